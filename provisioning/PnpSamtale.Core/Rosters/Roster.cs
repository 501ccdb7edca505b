namespace PnpSamtale.Core.Rosters;

/// <summary>The people of an organisation and their roles.</summary>
public sealed record Roster(string Organisation, IReadOnlyList<Person> People, IReadOnlyList<Vacancy> Vacancies)
{
    /// <summary>The person with the given UPN (case-insensitive), if present.</summary>
    public Person? Find(string upn) => People.FirstOrDefault(p => string.Equals(p.Upn, upn, StringComparison.OrdinalIgnoreCase));
}
