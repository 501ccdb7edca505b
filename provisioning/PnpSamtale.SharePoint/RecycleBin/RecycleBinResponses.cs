using System.Text.Json;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.RecycleBin;

/// <summary>Reads the bins' answers.</summary>
public static class RecycleBinResponses
{
    /// <summary>A page of entries (<c>{"value":[…]}</c>), as <see cref="RecycleBinRequests.Page"/> answers.</summary>
    /// <exception cref="JsonException">The body is not a page of bin entries.</exception>
    public static IReadOnlyList<RecycleBinItem> Page(WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.EnsureSuccess();
        return response.ReadJson<ValueList<RecycleBinItem>>().Value;
    }
}
