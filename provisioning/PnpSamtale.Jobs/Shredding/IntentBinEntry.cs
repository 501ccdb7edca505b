using System.Globalization;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.RecycleBin;

namespace PnpSamtale.Jobs.Shredding;

/// <summary>
/// A recycle-bin entry a deletion receipt set out to destroy: its id, its stage and what it is as a code — the
/// conversation's form file (<c>s</c>), its measures folder (<c>m</c>), a list item (<c>t{id}</c>, the entry named
/// <c>{id}_.000</c>) or something else (<c>x</c>) — never its name, which a person may have chosen.
/// </summary>
/// <param name="Id">The bin entry's id.</param>
/// <param name="Stage">The bin it was in when the receipt was begun.</param>
/// <param name="Leaf">The code of its name (<c>s</c>, <c>m</c>, <c>t{id}</c> or <c>x</c>).</param>
internal sealed record IntentBinEntry(Guid Id, RecycleBinStage Stage, string Leaf)
{
    /// <summary>The code of an entry's leaf name, for a conversation: only names the product can derive again.</summary>
    public static string Code(string leafName, string conversationKey)
    {
        ArgumentNullException.ThrowIfNull(leafName);
        if (string.Equals(leafName, RoundDesigner.FormFileName(conversationKey), StringComparison.Ordinal))
        {
            return "s";
        }

        if (string.Equals(leafName, RoundDesigner.FolderName(conversationKey), StringComparison.Ordinal))
        {
            return "m";
        }

        return ItemLeafId(leafName) is { } id ? "t" + id.ToString(CultureInfo.InvariantCulture) : "x";
    }

    /// <summary>The id in a list item's bin name <c>{id}_.000</c>, if that is what the name is.</summary>
    public static int? ItemLeafId(string leafName) =>
        leafName.EndsWith("_.000", StringComparison.Ordinal)
        && int.TryParse(leafName.AsSpan(0, leafName.Length - 5), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : null;

    /// <summary>The entry's leaf name again, or <c>null</c> when its code is <c>x</c> (not derivable).</summary>
    public string? LeafName(string conversationKey) => Leaf switch
    {
        "s" => RoundDesigner.FormFileName(conversationKey),
        "m" => RoundDesigner.FolderName(conversationKey),
        ['t', .. var id] => id + "_.000",
        _ => null,
    };

    /// <summary>The entry as a token of a receipt's record: <c>p{stage}:{id}:{code}</c>.</summary>
    public string Token() => string.Create(CultureInfo.InvariantCulture, $"p{(int)Stage}:{Id:N}:{Leaf}");

    /// <summary>Reads a <see cref="Token"/>; <c>null</c> when it is not one.</summary>
    public static IntentBinEntry? Parse(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split(':');
        if (parts.Length != 3 || parts[0] is not ("p1" or "p2") || !Guid.TryParse(parts[1], out var id) || !IsCode(parts[2]))
        {
            return null;
        }

        return new IntentBinEntry(id, parts[0] == "p1" ? RecycleBinStage.FirstStage : RecycleBinStage.SecondStage, parts[2]);
    }

    private static bool IsCode(string code) =>
        code is "s" or "m" or "x" || (code.Length > 1 && code[0] == 't' && int.TryParse(code.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out _));
}
