namespace PnpSamtale.Jobs.HolderKickoff;

/// <summary>The texts of the kick-off mail in one language (<c>templates/mail/kickoff.yaml</c>).</summary>
public sealed class KickoffTexts
{
    /// <summary>The subject; <c>{round}</c>.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>The greeting; <c>{name}</c>.</summary>
    public string Greeting { get; set; } = string.Empty;

    /// <summary>The first paragraph; <c>{round}</c>, <c>{routine}</c>.</summary>
    public string Intro { get; set; } = string.Empty;

    /// <summary>One conversation; <c>{step}</c>, <c>{partner}</c>, <c>{earliest}</c>, <c>{latest}</c>, <c>{invite}</c>.</summary>
    public string Item { get; set; } = string.Empty;

    /// <summary>The invitation's last day, when the routine has an invitation step; <c>{date}</c>.</summary>
    public string Invite { get; set; } = string.Empty;

    /// <summary>The conversation's link line; <c>{link}</c>.</summary>
    public string Link { get; set; } = string.Empty;

    /// <summary>What counts as done.</summary>
    public string Done { get; set; } = string.Empty;

    /// <summary>What the attached calendar files are.</summary>
    public string Calendar { get; set; } = string.Empty;

    /// <summary>The closing paragraph.</summary>
    public string Footer { get; set; } = string.Empty;

    /// <summary>The calendar event's title; <c>{partner}</c>, <c>{step}</c>.</summary>
    public string EventSummary { get; set; } = string.Empty;

    /// <summary>The calendar event's text; <c>{partner}</c>, <c>{step}</c>, <c>{earliest}</c>, <c>{latest}</c>, <c>{link}</c>.</summary>
    public string EventDescription { get; set; } = string.Empty;

    /// <summary>The fields and their values, to check that none is missing.</summary>
    internal IEnumerable<(string Field, string Value)> Fields() =>
    [
        ("subject", Subject), ("greeting", Greeting), ("intro", Intro), ("item", Item), ("invite", Invite), ("link", Link),
        ("done", Done), ("calendar", Calendar), ("footer", Footer), ("eventSummary", EventSummary), ("eventDescription", EventDescription),
    ];
}
