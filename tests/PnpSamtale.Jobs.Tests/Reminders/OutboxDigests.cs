using System.Text.RegularExpressions;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Jobs.Reminders;
using PnpSamtale.LocalTenant.Graph;

namespace PnpSamtale.Jobs.Tests.Reminders;

/// <summary>Reads the digests the local tenant delivered back into what a test compares: who, which day, which lines.</summary>
internal static partial class OutboxDigests
{
    private static readonly string[] Partners = ["Jonas", "Emma", "Lars"];

    /// <summary>"date recipient: step section partner | …" for a delivered digest.</summary>
    public static string Describe(SentMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return $"{OsloTime.Day(mail.SentAt):yyyy-MM-dd} {string.Join(",", mail.To)}: {string.Join(" | ", Lines(mail))}";
    }

    /// <summary>The digest's notices as "step section partner", sorted.</summary>
    public static IReadOnlyList<string> Lines(SentMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var sections = MailTemplates.Default.Nb.Sections.Concat(MailTemplates.Default.En.Sections).ToDictionary(s => s.Value, s => s.Key, StringComparer.Ordinal);
        var items = new List<string>();
        var section = "?";
        foreach (var line in mail.Body.Split('\n'))
        {
            if (sections.TryGetValue(line.Trim(), out var key))
            {
                section = key;
            }
            else if (ItemPattern().Match(line) is { Success: true } item)
            {
                var who = Partners.FirstOrDefault(n => line.Contains(n, StringComparison.Ordinal));
                items.Add($"{item.Groups["step"].Value} {section}{(who is null ? string.Empty : " " + who)}");
            }
        }

        return [.. items.Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"^- H2026 (?<step>\d+\.\d+) ")]
    private static partial Regex ItemPattern();
}
