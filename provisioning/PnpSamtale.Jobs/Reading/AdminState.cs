using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Jobs.Reading;

/// <summary>A round in the rounds registry (<c>Runder</c>).</summary>
/// <param name="ItemId">Its item id.</param>
/// <param name="Term">The term, e.g. <c>H2026</c>.</param>
/// <param name="RoutineId">The routine's id.</param>
/// <param name="Site">The round site.</param>
/// <param name="State">Its state (<c>Klargjøres</c>, <c>Aktiv</c>, <c>Avsluttet</c>).</param>
/// <param name="End">Its last deadline (<c>Rundeslutt</c>).</param>
public sealed record RoundEntry(int ItemId, string Term, string RoutineId, Uri Site, string State, DateOnly? End)
{
    /// <summary>The state of a round whose deadlines run.</summary>
    public const string Active = "Aktiv";

    /// <summary>Whether reminders run for it.</summary>
    public bool IsActive => string.Equals(State, Active, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the routine's next round starts by itself at its cadence (<c>Autostart</c>, set by the OU).</summary>
    public bool Autostart { get; init; }

    /// <summary>The dates set when the round was started (<c>SatteDatoer</c>): part of its design.</summary>
    public IReadOnlyDictionary<Core.Routines.StepId, DateOnly> SetDates { get; init; } = new Dictionary<Core.Routines.StepId, DateOnly>();

    /// <summary>When the round was last reconciled (<c>SistAvstemt</c>, UTC), if ever.</summary>
    public string? LastReconciled { get; init; }
}

/// <summary>One role of one person in the roster (<c>Verv</c>).</summary>
/// <param name="Upn">The person (lower case).</param>
/// <param name="Name">Their name.</param>
/// <param name="Role">The role abbreviation.</param>
/// <param name="Language">The language of their mail.</param>
/// <param name="From">The term's first day, if known.</param>
/// <param name="To">The term's last day, if known.</param>
public sealed record RosterEntry(string Upn, string Name, string Role, Language Language, DateOnly? From, DateOnly? To)
{
    /// <summary>Whether the person holds the role on <paramref name="day"/>.</summary>
    public bool HoldsOn(DateOnly day) => (From is null || From <= day) && (To is null || day <= To);

    /// <summary>The campus the role is held for, if any.</summary>
    public string? Campus { get; init; }

    /// <summary>The body the person represents in the role, if any.</summary>
    public string? Representing { get; init; }

    /// <summary>The person's manager (UPN), if the roster says.</summary>
    public string? Manager { get; init; }

    /// <summary>Who holds the person's conversation in the manager's place (UPN), if delegated.</summary>
    public string? Delegate { get; init; }

    /// <summary>The person's staff category, if any.</summary>
    public string? Category { get; init; }
}

/// <summary>The admin site as a job sees it: the rounds, the roster and the ids of its lists.</summary>
public sealed class AdminState
{
    internal AdminState(SiteContent content, IReadOnlyList<RoundEntry> rounds, IReadOnlyList<RosterEntry> roster)
    {
        Content = content;
        Rounds = rounds;
        Roster = roster;
    }

    /// <summary>What was read.</summary>
    public SiteContent Content { get; }

    /// <summary>Every round in the registry.</summary>
    public IReadOnlyList<RoundEntry> Rounds { get; }

    /// <summary>Every role of every person.</summary>
    public IReadOnlyList<RosterEntry> Roster { get; }

    /// <summary>The roster as terms of office, for the retention rule.</summary>
    public IEnumerable<TermOfOffice> Terms => Roster.Select(r => new TermOfOffice(r.Upn, r.Role, r.To));

    /// <summary>Who holds <paramref name="role"/> on <paramref name="day"/>.</summary>
    public IReadOnlyList<string> Holders(string role, DateOnly day) =>
        [.. Roster.Where(r => string.Equals(r.Role, role, StringComparison.Ordinal) && r.HoldsOn(day)).Select(r => r.Upn).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    /// <summary>The roster's entry of a person (their name and language), if listed.</summary>
    public RosterEntry? Person(string upn) => Roster.FirstOrDefault(r => string.Equals(r.Upn, upn, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The roster as the OU keeps it in <c>Verv</c>: one person per address with every role they hold (name and language
    /// from their first row; manager, delegate and category from the first row that has them). The design every job
    /// derives the round's pairs and terms from.
    /// </summary>
    public Roster ToRoster(string organisation) => new(
        organisation,
        [.. Roster.GroupBy(r => r.Upn, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new Person
        {
            Upn = g.Key.ToLowerInvariant(),
            Name = g.First().Name,
            Language = g.First().Language,
            Manager = g.Select(r => r.Manager).FirstOrDefault(m => m is not null),
            Delegate = g.Select(r => r.Delegate).FirstOrDefault(d => d is not null),
            Category = g.Select(r => r.Category).FirstOrDefault(c => c is not null),
            Roles = [.. g.Select(r => new RoleAssignment(r.Role, r.Campus, r.Representing, r.From, r.To))],
        })],
        []);

    /// <summary>Reads the rounds registry and the roster, plus any other admin lists the job asks for.</summary>
    public static async Task<AdminState> ReadAsync(SiteContentReader reader, JobScope scope, IReadOnlyList<ListRead> extra, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(scope);
        var roundsList = scope.AdminList(ListRole.Rounds);
        var rosterList = scope.AdminList(ListRole.Roster);
        var content = await reader.ReadAsync(scope.AdminSite,
        [
            new ListRead(roundsList, [Fields.Round, Fields.Routine, Fields.SiteUrl, Fields.RoundState, Fields.RoundEnd, Fields.Autostart, Fields.SetDates, Fields.LastReconciled]),
            new ListRead(rosterList,
                [Fields.Title, Fields.RosterKey, Fields.RosterPerson + "Id", Fields.Role, Fields.Campus, Fields.Representing, Fields.Language, Fields.TermStart, Fields.TermEnd,
                 Fields.Manager + "Id", Fields.Delegate + "Id", Fields.Category]),
            .. extra,
        ], cancellationToken).ConfigureAwait(false);
        if (content.ListId(roundsList) is null)
        {
            throw new InvalidOperationException($"The admin site {scope.AdminSite} has no rounds registry ('{roundsList}'); start a round first.");
        }

        var rounds = content.Items(roundsList)
            .Select(i => new RoundEntry(i.Id, i.GetString(Fields.Round) ?? string.Empty, i.GetString(Fields.Routine) ?? string.Empty,
                SiteOf(scope, i), i.GetString(Fields.RoundState) ?? string.Empty, content.Day(i, Fields.RoundEnd))
            {
                Autostart = i.GetBoolean(Fields.Autostart) == true,
                SetDates = Provisioning.Desired.RoundDesigner.ParseSetDates(i.GetString(Fields.SetDates)),
                LastReconciled = i.GetString(Fields.LastReconciled),
            })
            .Where(r => r.Term.Length > 0)
            .ToList();
        var roster = content.Items(rosterList).Select(i => Entry(content, i)).OfType<RosterEntry>().ToList();
        return new AdminState(content, rounds, roster);
    }

    /// <summary>
    /// The round site: the registry's URL taken as a path on this tenant (a local tenant may listen on another port
    /// than when the round was started); the blueprint's URL when the registry has none.
    /// </summary>
    private static Uri SiteOf(JobScope scope, ListItem item)
    {
        var term = item.GetString(Fields.Round) ?? string.Empty;
        return Uri.TryCreate(item.GetString(Fields.SiteUrl), UriKind.Absolute, out var stored)
            ? new Uri(new Uri(scope.Tenant.GetLeftPart(UriPartial.Authority)), stored.AbsolutePath)
            : Provisioning.Desired.RoundDesigner.RoundSiteUrl(scope.Blueprint, scope.Tenant, term);
    }

    private static RosterEntry? Entry(SiteContent content, ListItem item)
    {
        // The person field is the truth; the key (upn/role/campus) names the same person when the user is unknown.
        var upn = content.Person(item, Fields.RosterPerson) ?? item.GetString(Fields.RosterKey)?.Split('/')[0].ToLowerInvariant();
        var role = item.GetString(Fields.Role);
        if (string.IsNullOrEmpty(upn) || string.IsNullOrEmpty(role))
        {
            return null;
        }

        return new RosterEntry(upn, item.GetString(Fields.Title) ?? upn, role,
            string.Equals(item.GetString(Fields.Language), "en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Norwegian,
            content.Day(item, Fields.TermStart), content.Day(item, Fields.TermEnd))
        {
            Campus = Blank(item.GetString(Fields.Campus)),
            Representing = Blank(item.GetString(Fields.Representing)),
            Manager = content.Person(item, Fields.Manager),
            Delegate = content.Person(item, Fields.Delegate),
            Category = Blank(item.GetString(Fields.Category)),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
