using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// The answer of <c>GET {item}/versions</c>, newest first, in the shape SharePoint Online records for
/// <c>SP.ListItemVersion</c>: <c>Created</c> (UTC written without a zone, as recorded), <c>IsCurrentVersion</c>,
/// <c>VersionId</c> (512 per major version), <c>VersionLabel</c>, <c>ID</c>, the values of every column as they were
/// in that version, <c>Modified</c>, and the people as lookups: <c>Author</c> and <c>Editor</c> — who made this
/// version — and each person column as <c>{"LookupId","LookupValue","Email"}</c> under its internal name; then
/// <c>FSObjType</c> and <c>FileRef</c>.
/// </summary>
internal static class VersionJson
{
    private const string VersionCreatedFormat = "yyyy-MM-dd'T'HH:mm:ss";

    /// <summary>The versions of <paramref name="item"/>; <paramref name="people"/> are the site's principals by id.</summary>
    public static JsonArray Build(ItemRecord item, IReadOnlyList<ItemVersion> versions, IReadOnlyList<FieldDefinition> fields, IReadOnlyDictionary<int, Principal> people)
    {
        var value = new JsonArray();
        foreach (var version in versions)
        {
            var json = new JsonObject
            {
                ["Created"] = version.Created.UtcDateTime.ToString(VersionCreatedFormat, CultureInfo.InvariantCulture),
                ["IsCurrentVersion"] = version.Version == item.Version,
                ["VersionId"] = version.Version * 512,
                ["VersionLabel"] = Label(version.Version),
                ["ID"] = item.Id,
            };
            foreach (var field in fields.Where(f => f.InternalName is not ("ID" or "Created" or "Modified")))
            {
                var stored = version.Values[field.InternalName];
                json[field.InternalName] = field.TypeAsString == FieldTypes.User && stored is JsonValue id
                    ? Lookup(people, id.GetValue<int>())
                    : stored?.DeepClone();
            }

            // A store written before versions kept their editor has 0: the item's last editor is the best it knows.
            var editor = version.EditorId != 0 ? version.EditorId : item.EditorId;
            json["Modified"] = StoreValues.Text(version.Created);
            json["Author"] = Lookup(people, item.AuthorId);
            json["Editor"] = Lookup(people, editor);
            json["OData__x005f_UIVersionString"] = Label(version.Version);
            json["FSObjType"] = item.IsFolder ? "1" : "0";
            if (version.Values[ItemPlacement.DirField] is JsonValue dir)
            {
                json["FileRef"] = dir.GetValue<string>() + "/" + Folders.FolderPaths.LeafName(item);
            }

            value.Add(json);
        }

        return value;
    }

    private static string Label(int version) => version.ToString(CultureInfo.InvariantCulture) + ".0";

    private static JsonObject? Lookup(IReadOnlyDictionary<int, Principal> people, int id) =>
        people.TryGetValue(id, out var person)
            ? new JsonObject { ["LookupId"] = person.Id, ["LookupValue"] = person.Title, ["Email"] = person.Email }
            : null;
}
