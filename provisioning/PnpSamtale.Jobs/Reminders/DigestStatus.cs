namespace PnpSamtale.Jobs.Reminders;

/// <summary>How far a digest's one mail got: the choices of <c>Varsler</c>'s <c>Varselstatus</c> on a digest's record.</summary>
public enum DigestStatus
{
    /// <summary><c>Reservert</c>: its notices are claimed; no mail of it was sent (a draft may exist).</summary>
    Reserved = 0,

    /// <summary><c>Utkast</c>: its draft exists and a send may have been made; only the mailbox can say whether it went.</summary>
    Drafted = 1,

    /// <summary><c>Sendt</c>: Graph accepted its send, or its copy was found in Sent Items.</summary>
    Sent = 2,
}

/// <summary>The SharePoint choice text of each <see cref="DigestStatus"/>, in one place.</summary>
public static class DigestStatuses
{
    /// <summary>Every choice, in the order of the states (as the blueprint lists them).</summary>
    public static IReadOnlyList<string> Choices { get; } = [.. Enum.GetValues<DigestStatus>().Select(Choice)];

    /// <summary>The choice text of <paramref name="status"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined state.</exception>
    public static string Choice(DigestStatus status) => status switch
    {
        DigestStatus.Reserved => "Reservert",
        DigestStatus.Drafted => "Utkast",
        DigestStatus.Sent => "Sendt",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a digest status."),
    };

    /// <summary>The state a choice text names, or <c>null</c> for empty or unknown text (a notice's record has none).</summary>
    public static DigestStatus? Parse(string? text) =>
        Enum.GetValues<DigestStatus>().Cast<DigestStatus?>().FirstOrDefault(s => string.Equals(Choice(s!.Value), text, StringComparison.OrdinalIgnoreCase));
}
