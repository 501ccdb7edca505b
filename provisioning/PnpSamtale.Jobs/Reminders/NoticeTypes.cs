using PnpSamtale.Core.Reminders;

namespace PnpSamtale.Jobs.Reminders;

/// <summary>The <c>Varseltype</c> choice of each <see cref="NoticeKind"/>, in one place.</summary>
public static class NoticeTypes
{
    /// <summary>The choice text of a notice of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined kind.</exception>
    public static string Of(NoticeKind kind) => kind switch
    {
        NoticeKind.Reminder => "Påminnelse",
        NoticeKind.Chase or NoticeKind.ChaseCopy => "Purring",
        NoticeKind.Escalation => "Eskalering",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a notice kind."),
    };
}
