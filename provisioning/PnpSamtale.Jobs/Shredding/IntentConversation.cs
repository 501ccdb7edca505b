using System.Globalization;
using System.Text;

namespace PnpSamtale.Jobs.Shredding;

/// <summary>
/// What a deletion receipt set out to destroy of one conversation, by ids only: the conversation's entry in the
/// register (owners only, which names the form and the measures folder by id and keeps the key the checksum needs),
/// whether its form and its folder were to go, the ids of its measures and its bin entries.
/// </summary>
/// <param name="RegisterId">The item id of the conversation's entry in <c>Samtaleregister</c>.</param>
/// <param name="Form">Whether the form the register names was to go.</param>
/// <param name="Folder">Whether the measures folder the register names was to go.</param>
/// <param name="Measures">The item ids of the measures that were to go.</param>
/// <param name="BinEntries">The bin entries that were to go.</param>
internal sealed record IntentConversation(int RegisterId, bool Form, bool Folder, IReadOnlyList<int> Measures, IReadOnlyList<IntentBinEntry> BinEntries)
{
    /// <summary>How many things of the conversation were to go.</summary>
    public int Count => (Form ? 1 : 0) + (Folder ? 1 : 0) + Measures.Count + BinEntries.Count;

    /// <summary>One line of a receipt's record: <c>{register id}[ s][ m][ t{id}]…[ p{stage}:{id}:{code}]…</c>.</summary>
    public string Line()
    {
        var line = new StringBuilder(RegisterId.ToString(CultureInfo.InvariantCulture));
        if (Form)
        {
            line.Append(" s");
        }

        if (Folder)
        {
            line.Append(" m");
        }

        foreach (var measure in Measures)
        {
            line.Append(CultureInfo.InvariantCulture, $" t{measure}");
        }

        foreach (var entry in BinEntries)
        {
            line.Append(' ').Append(entry.Token());
        }

        return line.ToString();
    }

    /// <summary>Reads a <see cref="Line"/>; <c>null</c> when it is not one.</summary>
    public static IntentConversation? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0 || !TryId(tokens[0], out var registerId))
        {
            return null;
        }

        bool form = false, folder = false;
        var measures = new List<int>();
        var bin = new List<IntentBinEntry>();
        foreach (var token in tokens.Skip(1))
        {
            switch (token)
            {
                case "s":
                    form = true;
                    break;
                case "m":
                    folder = true;
                    break;
                case ['t', .. var id] when TryId(id, out var measure):
                    measures.Add(measure);
                    break;
                case ['p', ..] when IntentBinEntry.Parse(token) is { } entry:
                    bin.Add(entry);
                    break;
                default:
                    return null;
            }
        }

        return new IntentConversation(registerId, form, folder, measures, bin);
    }

    private static bool TryId(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}
