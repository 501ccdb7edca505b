using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Files;

/// <summary>
/// Files in libraries. A library file is also a list item (with <c>FileLeafRef</c>): secure, delete or recycle it
/// through the item id <see cref="GetListItemIdAsync"/> returns.
/// </summary>
public sealed class FileClient
{
    private readonly WireTransport transport;

    /// <summary>Creates the client.</summary>
    public FileClient(WireTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        this.transport = transport;
    }

    /// <summary>Uploads (or overwrites) a file in the library.</summary>
    public Task<UploadedFile> UploadAsync(Uri site, string library, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        transport.GetJsonAsync<UploadedFile>(FileRequests.Upload(site, library, fileName, content), cancellationToken);

    /// <summary>The id of the list item behind the file.</summary>
    public async Task<int> GetListItemIdAsync(Uri site, string serverRelativeUrl, CancellationToken cancellationToken) =>
        (await transport.GetJsonAsync<ItemId>(FileRequests.GetListItemId(site, serverRelativeUrl), cancellationToken).ConfigureAwait(false)).Id;

    /// <summary>The file's bytes.</summary>
    public async Task<ReadOnlyMemory<byte>> DownloadAsync(Uri site, string serverRelativeUrl, CancellationToken cancellationToken) =>
        (await transport.SendOrThrowAsync(FileRequests.Download(site, serverRelativeUrl), cancellationToken).ConfigureAwait(false)).Content;

    private sealed record ItemId(int Id);
}
