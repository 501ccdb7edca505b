using System.Globalization;
using System.Text.Json;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// Reads the item answers — of a single request, or of an operation inside a <c>$batch</c> — into the client's types.
/// The one place these shapes are read; the clients use it too.
/// </summary>
public static class ItemResponses
{
    /// <summary>
    /// The answer of <c>AddValidateUpdateItemUsingPath</c> or <c>ValidateUpdateListItem</c>:
    /// <c>{"value":[{"FieldName","FieldValue","HasException","ErrorCode","ErrorMessage"},…]}</c>; the new id is the
    /// <c>FieldValue</c> of the <c>Id</c> entry.
    /// </summary>
    /// <param name="response">A successful response.</param>
    /// <param name="knownItemId">The id of the item updated (for an update, whose answer has no <c>Id</c> entry); 0 for an add.</param>
    /// <exception cref="JsonException">The body is not the expected JSON.</exception>
    public static ItemWriteResult WriteResult(WireResponse response, int knownItemId = 0)
    {
        ArgumentNullException.ThrowIfNull(response);
        var entries = response.ReadJson<ValueList<FieldResult>>().Value;
        var errors = entries
            .Where(e => e.HasException)
            .Select(e => new FieldError(e.FieldName, e.ErrorCode, e.ErrorMessage))
            .ToArray();
        var idEntry = entries.FirstOrDefault(e => string.Equals(e.FieldName, "Id", StringComparison.OrdinalIgnoreCase));
        var id = idEntry?.FieldValue is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : knownItemId;
        return new ItemWriteResult(errors.Length == 0 ? id : knownItemId, errors);
    }

    /// <summary>One item (<c>GET …/items({id})</c>).</summary>
    /// <exception cref="JsonException">The body is not an item.</exception>
    public static ListItem Item(WireResponse response) => Item(response, null);

    /// <summary>One item read with <paramref name="expand"/>: what was expanded must be there.</summary>
    /// <exception cref="JsonException">The body is not an item, or an expansion asked for is missing.</exception>
    public static ListItem Item(WireResponse response, IReadOnlyList<string>? expand)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var document = JsonDocument.Parse(response.Content);
        return Expected(ListItem.FromJson(document.RootElement), expand);
    }

    /// <summary>One page of an item query (<c>GET …/items?…</c>) and the link to the next, if any.</summary>
    /// <exception cref="JsonException">The body is not a page of items.</exception>
    public static ItemPage Page(WireResponse response) => Page(response, null);

    /// <summary>
    /// One page of <paramref name="query"/>: every item must carry what the query expanded. SharePoint leaves out an
    /// expanded property that was not also selected; a page without the role assignments asked for is an error, never
    /// an item without grants (which would make the provisioner re-grant and never withdraw).
    /// </summary>
    /// <exception cref="JsonException">The body is not a page of items, or an expansion asked for is missing.</exception>
    public static ItemPage Page(WireResponse response, ItemQuery? query)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var document = JsonDocument.Parse(response.Content);
        var root = document.RootElement;
        var items = root.GetProperty("value").EnumerateArray().Select(e => Expected(ListItem.FromJson(e), query?.Expand)).ToArray();
        var next = root.TryGetProperty("odata.nextLink", out var link) && link.GetString() is { Length: > 0 } url
            ? new Uri(url, UriKind.Absolute)
            : null;
        return new ItemPage(items, next);
    }

    private static ListItem Expected(ListItem item, IReadOnlyList<string>? expand)
    {
        var wantsAssignments = expand?.Any(p => p.StartsWith("RoleAssignments/", StringComparison.OrdinalIgnoreCase)) == true;
        return wantsAssignments && item.RoleAssignments is null
            ? throw new JsonException($"Item {item.Id} came without its expanded RoleAssignments (Member and RoleDefinitionBindings); they were asked for and must be selected as well as expanded.")
            : item;
    }

    /// <summary>The highest item id of a list, from <see cref="ItemRequests.LastIdByTitle"/>'s answer; 0 when the list is empty.</summary>
    /// <exception cref="JsonException">The body is not a page of items.</exception>
    public static int LastId(WireResponse response) => Page(response).Items.Select(i => i.Id).DefaultIfEmpty(0).Max();

    /// <summary>The recycle bin item id of <c>recycle</c>: <c>{"value":"&lt;guid&gt;"}</c>.</summary>
    /// <exception cref="JsonException">The body is not the expected JSON.</exception>
    public static Guid RecycleBinId(WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.ReadJson<GuidValue>().Value;
    }

    private sealed record FieldResult(string FieldName, string? FieldValue, bool HasException, int ErrorCode, string? ErrorMessage);

    private sealed record GuidValue(Guid Value);
}
