using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Regional;

namespace PnpSamtale.Jobs.Tests;

/// <summary>
/// A person of the round working in the browser: the production client's requests, sent with the local tenant's
/// act-as header, so that the tenant answers with that person's permissions — what they may read, and what they may
/// write, column by column.
/// </summary>
internal sealed class ActingPerson : IDisposable
{
    private readonly JobsFixture fixture;
    private readonly HttpClient http;
    private readonly WireTransport transport;

    public ActingPerson(JobsFixture fixture, string upn)
    {
        this.fixture = fixture;
        Upn = upn;
        http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Local-Act-As", upn);
        transport = new WireTransport(http);
    }

    public string Upn { get; }

    private Uri Site => fixture.RoundSite;

    /// <summary>Writes values to an item; <c>true</c> when SharePoint took them all, <c>false</c> when it refused (403, 404 or a field).</summary>
    public async Task<bool> UpdateAsync(string list, int itemId, params FormValue[] values)
    {
        var regional = await fixture.Get<RegionalSettingsClient>().GetAsync(Site, CancellationToken.None);
        var response = await transport.SendAsync(ItemRequests.Update(Site, await fixture.ListIdAsync(list), itemId, values, regional), CancellationToken.None);
        return response.IsSuccess && ItemResponses.WriteResult(response, itemId).Succeeded;
    }

    /// <summary>Adds an item in a folder; its id, or <c>null</c> when refused.</summary>
    public async Task<int?> AddInFolderAsync(string list, string folderUrl, params FormValue[] values)
    {
        var regional = await fixture.Get<RegionalSettingsClient>().GetAsync(Site, CancellationToken.None);
        var response = await transport.SendAsync(ItemRequests.AddInFolder(Site, await fixture.ListIdAsync(list), folderUrl, values, regional), CancellationToken.None);
        return response.IsSuccess && ItemResponses.WriteResult(response) is { Succeeded: true } written ? written.ItemId : null;
    }

    /// <summary>Adds an item at the list's root; its id, or <c>null</c> when refused.</summary>
    public async Task<int?> AddAsync(string list, params FormValue[] values)
    {
        var regional = await fixture.Get<RegionalSettingsClient>().GetAsync(Site, CancellationToken.None);
        var response = await transport.SendAsync(ItemRequests.Add(Site, await fixture.ListIdAsync(list), values, regional), CancellationToken.None);
        return response.IsSuccess && ItemResponses.WriteResult(response) is { Succeeded: true } written ? written.ItemId : null;
    }

    /// <summary>Recycles an item (the browser's delete); <c>true</c> when SharePoint did it.</summary>
    public async Task<bool> RecycleAsync(string list, int itemId) =>
        (await transport.SendAsync(ItemRequests.Recycle(Site, await fixture.ListIdAsync(list), itemId), CancellationToken.None)).IsSuccess;

    /// <summary>Deletes a past version of an item for good; <c>true</c> when SharePoint did it.</summary>
    public async Task<bool> DeleteVersionAsync(string list, int itemId, int versionId) =>
        (await transport.SendAsync(ItemRequests.DeleteVersion(Site, await fixture.ListIdAsync(list), itemId, versionId), CancellationToken.None)).IsSuccess;

    /// <summary>Deletes an item for good; <c>true</c> when SharePoint did it.</summary>
    public async Task<bool> DeleteAsync(string list, int itemId) =>
        (await transport.SendAsync(ItemRequests.Delete(Site, await fixture.ListIdAsync(list), itemId), CancellationToken.None)).IsSuccess;

    /// <summary>Whether the person can read the item (SharePoint answers 404 for what they cannot see).</summary>
    public async Task<bool> CanReadAsync(string list, int itemId) =>
        (await transport.SendAsync(ItemRequests.Get(Site, await fixture.ListIdAsync(list), itemId, ["Id"]), CancellationToken.None)).IsSuccess;

    /// <summary>The items of a list the person sees.</summary>
    public async Task<IReadOnlyList<ListItem>> ItemsAsync(string list, params string[] fields)
    {
        var response = await transport.SendAsync(ItemRequests.Query(Site, await fixture.ListIdAsync(list), new ItemQuery(["Id", .. fields], null, 5000)), CancellationToken.None);
        return response.IsSuccess ? ItemResponses.Page(response).Items : [];
    }

    public void Dispose() => http.Dispose();
}
