using PnpSamtale.Core.Planning;

namespace PnpSamtale.Provisioning.Desired;

/// <summary>The desired state of a round: its plan, the admin site's share of it and the round site.</summary>
/// <param name="Plan">The round's plan.</param>
/// <param name="Admin">The admin site (rounds registry, roster).</param>
/// <param name="Round">The round site.</param>
public sealed record RoundDesign(Plan Plan, DesiredSite Admin, DesiredSite Round);

/// <summary>A round design, or why there is none.</summary>
/// <param name="Design">The design, when <paramref name="Problems"/> is empty.</param>
/// <param name="Problems">What is wrong with the input, each naming the item.</param>
public sealed record RoundDesignResult(RoundDesign? Design, IReadOnlyList<string> Problems);
