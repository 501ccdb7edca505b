using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Lists;

/// <summary>A list (BaseTemplate 100) or document library (101) of a site.</summary>
internal sealed record ListRecord(Guid Id, Guid SiteId, string Title, string UrlName, int BaseTemplate, bool HasUnique, DateTimeOffset Created)
{
    /// <summary>BaseTemplate of a generic list.</summary>
    public const int GenericList = 100;

    /// <summary>BaseTemplate of a document library.</summary>
    public const int DocumentLibrary = 101;

    /// <summary>Whether folders may be created in the list (<c>EnableFolderCreation</c>; off in a new list).</summary>
    public bool EnableFolderCreation { get; init; }

    /// <summary>Whether items carry files.</summary>
    public bool IsLibrary => BaseTemplate == DocumentLibrary;

    /// <summary>The server-relative URL of the root folder: <c>/sites/x/Lists/{url}</c> or <c>/sites/x/{url}</c> for a library.</summary>
    public string ServerRelativeUrl(SiteRecord site) => IsLibrary ? $"{site.ServerRelativeUrl}/{UrlName}" : $"{site.ServerRelativeUrl}/Lists/{UrlName}";

    /// <summary>The wire shape (SP.List), with the item count.</summary>
    public JsonObject ToJson(SiteRecord site, int itemCount) => new()
    {
        ["BaseTemplate"] = BaseTemplate,
        ["BaseType"] = IsLibrary ? 1 : 0,
        ["Created"] = StoreValues.Text(Created),
        ["Description"] = string.Empty,
        ["EnableFolderCreation"] = EnableFolderCreation,
        ["EntityTypeName"] = IsLibrary ? UrlName.Replace(" ", "_x0020_", StringComparison.Ordinal) : UrlName.Replace(" ", "_x0020_", StringComparison.Ordinal) + "List",
        ["HasUniqueRoleAssignments"] = HasUnique,
        ["Hidden"] = false,
        ["Id"] = Id.ToString("D"),
        ["ItemCount"] = itemCount,
        ["ListItemEntityTypeFullName"] = Items.ItemEntityType.FullName(this),
        ["ParentWebUrl"] = site.ServerRelativeUrl,
        ["Title"] = Title,
    };

    /// <summary>A URL name for a title: the characters SharePoint does not allow in a URL removed.</summary>
    public static string UrlNameFor(string title)
    {
        var name = new string([.. title.Where(c => !"~\"#%&*:<>?/\\{|}.".Contains(c, StringComparison.Ordinal))]).Trim();
        return name.Length == 0 ? "List" : name;
    }
}
