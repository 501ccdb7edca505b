using System.Text.Json;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.SharePoint.Folders;

/// <summary>Reads the answers of <see cref="FolderRequests"/>.</summary>
public static class FolderResponses
{
    /// <summary>
    /// The <c>ErrorCode</c> of the <c>FileLeafRef</c> entry when the name is taken ("A file or folder with the name … already
    /// exists.").
    /// </summary>
    public const int NameTakenCode = -2130575257;

    /// <summary>
    /// The answer of <see cref="FolderRequests.Create"/>, shaped as an item add's (<c>{"value":[…entries…,{"FieldName":"Id",…}]}</c>):
    /// the new id, or that the name is taken (the <c>FileLeafRef</c> entry fails with <see cref="NameTakenCode"/>).
    /// </summary>
    /// <exception cref="JsonException">The body is not the expected JSON.</exception>
    public static FolderCreation Created(WireResponse response)
    {
        var result = ItemResponses.WriteResult(response);
        var taken = result.Errors.Any(e => e.FieldName.Equals("FileLeafRef", StringComparison.OrdinalIgnoreCase) && e.ErrorCode == NameTakenCode);
        var others = result.Errors.Where(e => !(e.FieldName.Equals("FileLeafRef", StringComparison.OrdinalIgnoreCase) && e.ErrorCode == NameTakenCode)).ToArray();
        return new FolderCreation(result.Succeeded ? result.ItemId : 0, taken, others);
    }

    /// <summary>The <c>ServerRelativeUrl</c> of <see cref="FolderRequests.GetRootFolder"/>'s answer.</summary>
    /// <exception cref="JsonException">The body has no server-relative URL.</exception>
    public static string RootFolderUrl(WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.ReadJson<FolderUrl>().ServerRelativeUrl is { Length: > 0 } url
            ? url
            : throw new JsonException("The root folder answer has no ServerRelativeUrl.");
    }

    /// <summary>The folder of <see cref="FolderRequests.GetFolderItem"/>'s answer (<c>{"Id","FileLeafRef","FileRef"}</c>).</summary>
    /// <exception cref="JsonException">The body is not a folder's list item.</exception>
    public static ListFolder Folder(WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var item = ItemResponses.Item(response);
        var url = item.GetString("FileRef") ?? throw new JsonException($"Folder item {item.Id} came without its FileRef.");
        return new ListFolder(item.Id, item.GetString("FileLeafRef") ?? url[(url.LastIndexOf('/') + 1)..], url);
    }

    private sealed record FolderUrl(string? ServerRelativeUrl);
}
