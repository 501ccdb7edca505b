using System.Globalization;
using System.Text;

namespace PnpSamtale.Jobs.Shredding;

/// <summary>
/// The record a deletion receipt keeps while it is begun (<c>Makuleringsgrunnlag</c>), so that a later run can finish
/// what a run that died left: what was held when it was begun (counts by category) and, per conversation, what was to
/// go, by ids. Ids and counts only — no keys, names or titles. Text:
/// <code>
/// tilbakeholdt: Tvist=2
/// 17 s m t45
/// 18 m p1:6f1c…:s
/// </code>
/// </summary>
/// <param name="HeldByReason">What was held when the receipt was begun, by category.</param>
/// <param name="Conversations">What was to go, per conversation.</param>
internal sealed record ShredIntent(IReadOnlyDictionary<string, int> HeldByReason, IReadOnlyList<IntentConversation> Conversations)
{
    /// <summary>
    /// The longest record written: a multiple-lines-of-text column is documented to hold 63,999 characters, so a round
    /// with more to destroy than fits (some 4,000 conversations) leaves the rest to the next run.
    /// </summary>
    public const int MaxLength = 60_000;

    private const string HeldPrefix = "tilbakeholdt:";

    /// <summary>The record as text.</summary>
    public string Format() => Header(HeldByReason) + string.Concat(Conversations.Select(c => "\n" + c.Line()));

    /// <summary>The first line of the record: what was held, by category (names escaped, so any category reads back).</summary>
    public static string Header(IReadOnlyDictionary<string, int> heldByReason)
    {
        ArgumentNullException.ThrowIfNull(heldByReason);
        var text = new StringBuilder(HeldPrefix);
        foreach (var (reason, count) in heldByReason.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $" {Uri.EscapeDataString(reason)}={count}");
        }

        return text.ToString();
    }

    /// <summary>Reads a record; <c>null</c> when the text is not one.</summary>
    public static ShredIntent? Parse(string? text)
    {
        var lines = (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0 || !lines[0].StartsWith(HeldPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var held = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in lines[0][HeldPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.LastIndexOf('=');
            if (at <= 0 || !int.TryParse(pair.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return null;
            }

            held[Uri.UnescapeDataString(pair[..at])] = count;
        }

        var conversations = new List<IntentConversation>();
        foreach (var line in lines.Skip(1))
        {
            if (IntentConversation.Parse(line) is not { } conversation)
            {
                return null;
            }

            conversations.Add(conversation);
        }

        return new ShredIntent(held, conversations);
    }
}
