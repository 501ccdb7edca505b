using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Forms;

namespace PnpSamtale.Provisioning.Desired;

/// <summary>What a round is made from.</summary>
/// <param name="Blueprint">The site blueprint.</param>
/// <param name="Routine">The routine.</param>
/// <param name="Forms">The routine's form template.</param>
/// <param name="Roster">The roster.</param>
/// <param name="Term">The round's term.</param>
/// <param name="Tenant">The SharePoint tenant root, e.g. <c>https://contoso.sharepoint.com</c>.</param>
public sealed record RoundRequest(Blueprint Blueprint, Routine Routine, FormTemplate Forms, Roster Roster, Term Term, Uri Tenant)
{
    /// <summary>Dates decided or recorded for steps.</summary>
    public IReadOnlyDictionary<StepId, DateOnly> SetDates { get; init; } = new Dictionary<StepId, DateOnly>();

    /// <summary>
    /// Whether <see cref="Roster"/> is to be written to <c>Verv</c> (it came from a file the OU gave <c>round start</c>).
    /// Default true; false when the roster was read from <c>Verv</c> itself (a reconcile, a start from <c>Verv</c>).
    /// </summary>
    public bool WriteRoster { get; init; } = true;
}
