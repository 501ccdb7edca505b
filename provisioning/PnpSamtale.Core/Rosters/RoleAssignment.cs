namespace PnpSamtale.Core.Rosters;

/// <summary>A person's role ("verv") with where and when it is held.</summary>
/// <param name="Role">The role abbreviation, e.g. <c>NL-SRU</c> or <c>SRU</c> (member of SRU).</param>
/// <param name="Campus">The campus ("studiested") for roles held per campus.</param>
/// <param name="Representing">The body the person was appointed from, e.g. an OU member from VK.</param>
/// <param name="From">First day of the term, if known.</param>
/// <param name="To">Last day of the term ("periodeslutt"), if known.</param>
public sealed record RoleAssignment(string Role, string? Campus, string? Representing, DateOnly? From, DateOnly? To)
{
    /// <summary>Whether the term overlaps the period from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool IsActiveBetween(DateOnly start, DateOnly end) => (From is null || From <= end) && (To is null || To >= start);
}
