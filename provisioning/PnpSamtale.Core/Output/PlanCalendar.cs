using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PnpSamtale.Core.Planning;

namespace PnpSamtale.Core.Output;

/// <summary>
/// The plan's deadlines as an iCalendar file (RFC 5545) for Outlook and other calendars: one all-day event on the
/// latest date of every step and conversation whose deadline is known. UIDs are stable, so importing a re-planned
/// file updates the events instead of duplicating them.
/// </summary>
public static class PlanCalendar
{
    /// <summary>Renders the plan; <paramref name="stamp"/> is the creation time written as DTSTAMP.</summary>
    public static string Render(Plan plan, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var ics = new StringBuilder();
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//PnpSamtale//Plan//NB");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, $"X-WR-CALNAME:{Escape($"{plan.Routine.Title} {plan.Term}")}");
        foreach (var step in plan.Steps.Where(s => s.Window.Latest is not null))
        {
            var summary = $"Frist {step.Step.Id}: {step.Step.Activity} ({step.Step.Responsible})";
            var description = $"Vindu: {step.Window}. {step.Explanation}. Rutinen: {step.Step.When}";
            Event(ics, $"{plan.Routine.Id}-{plan.Term}-{step.Step.Id}", dtstamp, step.Window.Latest!.Value, summary, description);
        }

        foreach (var c in plan.Conversations.Where(c => c.Window.Latest is not null))
        {
            var conversation = c.Conversation;
            var summary = $"Frist samtale {conversation.Step}: {conversation.Holder.Name} – {conversation.Partner.Name}";
            var description = $"Samtaleansvarlig: {conversation.Holder.Name}. Samtalepartner: {conversation.Partner.Name}. Vindu: {c.Window}.";
            Event(ics, $"{plan.Routine.Id}-{plan.Term}-{conversation.Step}-{Hash(conversation.Key)}", dtstamp, c.Window.Latest!.Value, summary, description);
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static void Event(StringBuilder ics, string uid, string dtstamp, DateOnly date, string summary, string description)
    {
        Line(ics, "BEGIN:VEVENT");
        Line(ics, $"UID:{uid}@pnpsamtale");
        Line(ics, $"DTSTAMP:{dtstamp}");
        Line(ics, $"DTSTART;VALUE=DATE:{date:yyyyMMdd}");
        Line(ics, $"DTEND;VALUE=DATE:{date.AddDays(1):yyyyMMdd}");
        Line(ics, $"SUMMARY:{Escape(summary)}");
        Line(ics, $"DESCRIPTION:{Escape(description)}");
        Line(ics, "TRANSP:TRANSPARENT");
        Line(ics, "END:VEVENT");
    }

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11).</summary>
    internal static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Appends a content line, folded at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1).</summary>
    internal static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 1;
                limit = 75;
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }

    private static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
}
