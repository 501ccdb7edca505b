using System.Globalization;
using System.Text.Json;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Items;

/// <summary>Reads the item answers.</summary>
internal static class ItemResponses
{
    /// <summary>
    /// The answer of <c>AddValidateUpdateItemUsingPath</c> or <c>ValidateUpdateListItem</c>:
    /// <c>{"value":[{"FieldName","FieldValue","HasException","ErrorCode","ErrorMessage"},…]}</c>; the new id is the
    /// <c>FieldValue</c> of the <c>Id</c> entry.
    /// </summary>
    public static ItemWriteResult WriteResult(WireResponse response, int knownItemId = 0)
    {
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

    /// <summary>One item.</summary>
    public static ListItem Item(WireResponse response)
    {
        using var document = JsonDocument.Parse(response.Content);
        return ListItem.FromJson(document.RootElement);
    }

    /// <summary>One page of items and the link to the next, if any.</summary>
    public static (IReadOnlyList<ListItem> Items, Uri? NextLink) Page(WireResponse response)
    {
        using var document = JsonDocument.Parse(response.Content);
        var root = document.RootElement;
        var items = root.GetProperty("value").EnumerateArray().Select(ListItem.FromJson).ToArray();
        var next = root.TryGetProperty("odata.nextLink", out var link) && link.GetString() is { Length: > 0 } url
            ? new Uri(url, UriKind.Absolute)
            : null;
        return (items, next);
    }

    /// <summary>The recycle bin item id of <c>recycle</c>: <c>{"value":"&lt;guid&gt;"}</c>.</summary>
    public static Guid RecycleBinId(WireResponse response) => response.ReadJson<GuidValue>().Value;

    private sealed record FieldResult(string FieldName, string? FieldValue, bool HasException, int ErrorCode, string? ErrorMessage);

    private sealed record GuidValue(Guid Value);
}
