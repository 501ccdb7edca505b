using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Folders;

/// <summary>
/// A folder made by <c>AddValidateUpdateItemUsingPath</c> with <c>listItemCreateInfo.UnderlyingObjectType</c> 1, as
/// PnP Core's <c>AddListFolder</c> sends it: <c>formValues</c> <c>Title</c>, <c>FileLeafRef</c> (the name) and
/// <c>ContentTypeId</c> <c>0x0120</c>, optionally under <c>FolderPath</c>. The answer has one entry per form value
/// and the new id, as for an item. The list must allow folders (<c>EnableFolderCreation</c>); a name taken in the
/// same folder marks the <c>FileLeafRef</c> entry and nothing is created.
/// </summary>
internal static class FolderCreation
{
    /// <summary>The <c>ErrorCode</c> of a name that is taken (SharePoint's "file exists" exception).</summary>
    public const int NameTakenCode = -2130575257;

    private const string LeafField = "FileLeafRef";
    private const string ContentTypeField = "ContentTypeId";

    // Characters SharePoint does not allow in file and folder names.
    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create("\"*:<>?/\\|#%");

    /// <summary>
    /// Creates a folder in <paramref name="parent"/> (the list or a folder of it) and returns the answer's entries.
    /// </summary>
    public static JsonArray Add(StoreSession session, Securable parent, IReadOnlyList<(string Name, string? Value)> pairs, int author, bool acceptAnyUpn)
    {
        var list = parent.List!;
        if (!list.EnableFolderCreation)
        {
            throw new SharePointErrorException(400, "-2146232832, Microsoft.SharePoint.SPException",
                $"Folders cannot be created in the list '{list.Title}': its EnableFolderCreation is false.");
        }

        var name = (Value(pairs, LeafField) ?? Value(pairs, "Title"))?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw SpErrors.Unsupported("A folder needs a name: give it as FileLeafRef in formValues.");
        }

        if (Value(pairs, ContentTypeField) is { } contentType && !contentType.StartsWith("0x0120", StringComparison.OrdinalIgnoreCase))
        {
            throw SpErrors.Unsupported($"A folder's ContentTypeId must start with 0x0120; '{contentType}' does not.");
        }

        var others = pairs.Where(p => !IsFolderProperty(p.Name)).ToList();
        var result = FormValues.Apply(session, parent.Site, list, others, new JsonObject(), 0, acceptAnyUpn);
        var url = FolderPaths.Url(parent.Site, list, parent.Item) + "/" + name;
        var invalid = name.AsSpan().IndexOfAny(Forbidden) >= 0 || name.EndsWith('.');
        var taken = !invalid && FolderLookup.Child(session, list.Id, parent.Item?.Id ?? 0, name) is not null;
        var nameError = invalid ? "The folder name contains characters that are not allowed."
            : taken ? $"A file or folder with the name {url} already exists."
            : null;

        var entries = new JsonArray();
        var applied = result.Entries.Select(e => e!.DeepClone()).GetEnumerator();
        foreach (var (field, text) in pairs)
        {
            if (!IsFolderProperty(field))
            {
                applied.MoveNext();
                entries.Add(applied.Current);
                continue;
            }

            var error = field.Equals(LeafField, StringComparison.OrdinalIgnoreCase) ? nameError : null;
            var entry = FormValues.Entry(field, text, error, 0);
            if (error is not null && taken)
            {
                entry["ErrorCode"] = NameTakenCode;
            }

            entries.Add(entry);
        }

        if (result.Values is not { } values || nameError is not null)
        {
            return entries;
        }

        values["Title"] ??= name;
        values[LeafField] = name;
        values[ItemPlacement.DirField] = FolderPaths.Url(parent.Site, list, parent.Item);
        var id = ListStore.NextItemId(session, list.Id);
        var now = session.Now;
        ItemStore.Insert(session, new ItemRecord(list.Id, id, values, 1, now, now, author, author, false)
        {
            IsFolder = true,
            FolderId = parent.Item?.Id ?? 0,
            Folder = parent.Item,
        });
        entries.Add(FormValues.Entry("Id", id.ToString(CultureInfo.InvariantCulture), null, 0));
        return entries;
    }

    private static bool IsFolderProperty(string name) =>
        name.Equals(LeafField, StringComparison.OrdinalIgnoreCase) || name.Equals(ContentTypeField, StringComparison.OrdinalIgnoreCase);

    private static string? Value(IReadOnlyList<(string Name, string? Value)> pairs, string name) =>
        pairs.Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
