using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PnpSamtale.SharePoint.Mail;

namespace PnpSamtale.Jobs.HolderKickoff;

/// <summary>
/// The calendar file of one conversation's invitation deadline: an all-day event on the last day to send the invitation
/// (step 2.1), free time (it blocks nothing), with the conversation's window and link in its text. Its UID is the
/// conversation's key, so importing the file of a re-planned round again moves the event rather than adding one.
/// </summary>
public static class InvitationDeadline
{
    /// <summary>The media type of the file (RFC 5545 §8.1, a calendar published for import).</summary>
    public const string ContentType = "text/calendar; method=PUBLISH; charset=utf-8";

    /// <summary>The file.</summary>
    /// <param name="fileName">The name the recipient sees.</param>
    /// <param name="conversationKey">The conversation's key, e.g. <c>H2026/3.2/emma@stinn.example</c>.</param>
    /// <param name="day">The last day to send the invitation.</param>
    /// <param name="summary">The event's title.</param>
    /// <param name="description">The event's text.</param>
    /// <param name="link">The conversation item.</param>
    /// <param name="stamp">When the file was made (DTSTAMP).</param>
    public static MailAttachment File(string fileName, string conversationKey, DateOnly day, string summary, string description, Uri link, DateTimeOffset stamp)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        var calendar = new Ical.Net.Calendar { ProductId = "-//PnpSamtale//Oppstart//NB", Method = "PUBLISH" };
        calendar.Events.Add(new CalendarEvent
        {
            Uid = conversationKey.ToLowerInvariant() + "/innkalling@pnpsamtale",
            DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC"),
            DtStart = new CalDateTime(day),
            DtEnd = new CalDateTime(day.AddDays(1)),
            Summary = summary,
            Description = description,
            Url = link,
            Transparency = "TRANSPARENT",
        });
        var text = new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("The calendar could not be written.");
        return new MailAttachment(fileName, ContentType, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>A file name for a conversation: the prefix, the step and the partner's address before the @, e.g. <c>innkalling-3.2-emma.ics</c>.</summary>
    public static string FileName(string prefix, string step, string partnerUpn)
    {
        ArgumentNullException.ThrowIfNull(partnerUpn);
        var local = partnerUpn.Split('@')[0].ToLowerInvariant();
        var safe = new string([.. local.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-')]);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{step}-{safe}.ics");
    }
}
