using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Folders;

/// <summary>A list of measures (<c>Tiltak</c>) that allows folders, on a site titled "Runde", and raw folder requests.</summary>
internal sealed record FolderTestList(TestTenant Tenant, string Site, string ListId)
{
    public string List => $"{Site}/_api/web/lists(guid'{ListId}')";

    public string Root => $"{Site}/Lists/Tiltak";

    public static async Task<FolderTestList> CreateAsync(TestTenant tenant, string name, bool enableFolders = true)
    {
        var site = await tenant.CreateSiteAsync(name, "Runde");
        var list = new FolderTestList(tenant, site, await tenant.CreateListAsync(site, "Tiltak"));
        if (enableFolders)
        {
            var enabled = await list.MergeListAsync(new { __metadata = new { type = "SP.List" }, EnableFolderCreation = true });
            Assert.Equal(HttpStatusCode.NoContent, enabled.StatusCode);
        }

        return list;
    }

    public async Task<HttpResponseMessage> MergeListAsync(object body, string? actAs = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, List) { Content = TestTenant.Json(body) };
        request.Headers.Add("X-HTTP-Method", "MERGE");
        request.Headers.Add("IF-MATCH", "*");
        if (actAs is not null)
        {
            request.Headers.Add("X-Local-Act-As", actAs);
        }

        return await Tenant.Http.SendAsync(request);
    }

    /// <summary>The body PnP Core's AddListFolder sends: Title, FileLeafRef and ContentTypeId 0x0120, UnderlyingObjectType 1.</summary>
    public static object FolderBody(string name, string? parent = null) => new
    {
        listItemCreateInfo = parent is null ? (object)new { UnderlyingObjectType = 1 } : new { FolderPath = new { DecodedUrl = parent }, UnderlyingObjectType = 1 },
        formValues = new[]
        {
            new { FieldName = "Title", FieldValue = name },
            new { FieldName = "FileLeafRef", FieldValue = name },
            new { FieldName = "ContentTypeId", FieldValue = "0x0120" },
        },
        bNewDocumentUpdate = false,
    };

    public static object ItemBody(string folderPath, params (string Name, string Value)[] values) => new
    {
        listItemCreateInfo = new { FolderPath = new { DecodedUrl = folderPath }, UnderlyingObjectType = 0 },
        formValues = values.Select(v => new { FieldName = v.Name, FieldValue = v.Value }).ToArray(),
        bNewDocumentUpdate = false,
    };

    public Task<HttpResponseMessage> AddAsync(object body, string? actAs = null) =>
        Tenant.SendAsync(HttpMethod.Post, List + "/AddValidateUpdateItemUsingPath", body, actAs);

    /// <summary>Creates a folder in the root (or in <paramref name="parent"/>) and returns its item id.</summary>
    public async Task<int> AddFolderAsync(string name, string? parent = null) => NewId(await TestTenant.ExpectAsync(await AddAsync(FolderBody(name, parent)), HttpStatusCode.OK));

    /// <summary>Adds an item in the folder at <paramref name="folderPath"/> and returns its id.</summary>
    public async Task<int> AddItemInAsync(string folderPath, string title, string? actAs = null) =>
        NewId(await TestTenant.ExpectAsync(await AddAsync(ItemBody(folderPath, ("Title", title)), actAs), HttpStatusCode.OK));

    public static int NewId(JsonObject answer) =>
        int.Parse(answer["value"]!.AsArray().Single(e => e!["FieldName"]!.GetValue<string>() == "Id")!["FieldValue"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

    public string Item(int id) => $"{List}/items({id})";
}
