using PnpSamtale.Core.Policies;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Jobs.Reading;

/// <summary>
/// One conversation as the round site's register (owners only) says it: its pair, the partner's role and term end as
/// last designed, the status, classification and confirmation the routine accepted, and its items found by the ids the
/// register holds — never by a column the pair can edit.
/// </summary>
/// <param name="Key">The conversation key, <c>{term}/{step}/{partner}</c>.</param>
/// <param name="HolderUpn">The holder.</param>
/// <param name="PartnerUpn">The partner.</param>
/// <param name="PartnerRole">The partner's role in the step.</param>
/// <param name="InRound">Whether the design still has the conversation.</param>
/// <param name="Accepted">The accepted form values.</param>
/// <param name="TermEnd">The partner's term end as last designed.</param>
public sealed record RegisteredConversation(string Key, string? HolderUpn, string? PartnerUpn, string? PartnerRole, bool InRound, AcceptedFormValues Accepted, DateOnly? TermEnd)
{
    /// <summary>How the conversation is titled (<c>2.3 Holder – Partner</c>), as the design named it.</summary>
    public string Title { get; init; } = Key;

    /// <summary>Its item in <c>Samtaler</c>, if it exists.</summary>
    public ListItem? Conversation { get; init; }

    /// <summary>Its form's item, if it exists.</summary>
    public ListItem? Form { get; init; }

    /// <summary>Its measures folder, if it exists.</summary>
    public ListItem? Folder { get; init; }

    /// <summary>The measures in its folder (and any folder below it).</summary>
    public IReadOnlyList<ListItem> Measures { get; init; } = [];

    /// <summary>Whether <paramref name="upn"/> is its holder or partner.</summary>
    public bool Concerns(string upn) =>
        string.Equals(HolderUpn, upn, StringComparison.OrdinalIgnoreCase) || string.Equals(PartnerUpn, upn, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A form's status, classification and confirmation as the routine accepted them, with their days.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Classification">The classification's title.</param>
/// <param name="Confirmed">Whether the partner confirmed it.</param>
/// <param name="SentOn">The day it was sent to the partner.</param>
/// <param name="ConfirmedOn">The day it was confirmed.</param>
public sealed record AcceptedFormValues(FormStage Stage, string? Classification, bool Confirmed, DateOnly? SentOn, DateOnly? ConfirmedOn);

/// <summary>A legal hold the OU placed in <c>Tilbakehold</c> (owners only).</summary>
/// <param name="Key">The conversation it holds.</param>
/// <param name="Reason">Its category.</param>
/// <param name="Released">The day it was lifted, if it was.</param>
public sealed record LegalHold(string Key, string Reason, DateOnly? Released)
{
    /// <summary>Its item id in <c>Tilbakehold</c>: how a report names it (its key names the partner).</summary>
    public int ItemId { get; init; }

    /// <summary>Whether it holds on <paramref name="day"/>.</summary>
    public bool HoldsOn(DateOnly day) => Released is not { } released || day < released;

    /// <summary>
    /// Whether it names the conversation <paramref name="key"/>: trimmed and ignoring case, as a person types a key (a
    /// UPN's case carries no meaning), so a stray space or capital cannot let a held form be destroyed.
    /// </summary>
    public bool Names(string key) => string.Equals(Key.Trim(), key?.Trim(), StringComparison.OrdinalIgnoreCase);
}
