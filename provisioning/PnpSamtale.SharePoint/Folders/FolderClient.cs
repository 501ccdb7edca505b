using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Folders;

/// <summary>
/// Folders in lists: one folder per conversation, secured on its own (break its inheritance and grant on
/// <c>SecurableScope.Item(site, listId, folder.Id)</c> with the permission client), so that what is added in it
/// (<see cref="Items.ItemClient.AddItemInFolderAsync"/>) is protected from the moment it exists.
/// </summary>
public sealed class FolderClient
{
    private readonly WireTransport transport;
    private readonly SharePointBatchExecutor batches;

    /// <summary>Creates the client.</summary>
    public FolderClient(WireTransport transport, SharePointBatchExecutor batches)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(batches);
        this.transport = transport;
        this.batches = batches;
    }

    /// <summary>Lets folders be created in the list (a new list does not); harmless when they already may.</summary>
    public async Task EnableFolderCreationAsync(Uri site, Guid listId, CancellationToken cancellationToken) =>
        await transport.SendOrThrowAsync(FolderRequests.EnableFolderCreation(site, listId), cancellationToken).ConfigureAwait(false);

    /// <summary>The server-relative URL of the list's root folder, e.g. <c>/sites/x/Lists/Tiltak</c>.</summary>
    public async Task<string> GetRootFolderUrlAsync(Uri site, Guid listId, CancellationToken cancellationToken) =>
        FolderResponses.RootFolderUrl(await transport.SendOrThrowAsync(FolderRequests.GetRootFolder(site, listId), cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// The folder called <paramref name="name"/> in the list's root folder: created when missing, found when it exists
    /// (SharePoint refuses a second folder of the same name), so running it again is safe.
    /// </summary>
    /// <exception cref="Errors.SharePointServiceException">
    /// The list does not allow folders (400; call <see cref="EnableFolderCreationAsync"/>), SharePoint refused a value, or another failure.
    /// </exception>
    public async Task<ListFolder> EnsureFolderAsync(Uri site, Guid listId, string name, CancellationToken cancellationToken) =>
        (await EnsureFoldersAsync(site, listId, [name], cancellationToken).ConfigureAwait(false))[0].GetValueOrThrow();

    /// <summary>
    /// The folders called <paramref name="names"/> in the list's root folder, each created when missing and found when
    /// it exists: one read of the root folder, the creations through <c>$batch</c>, then one <c>$batch</c> finding those
    /// that existed. One result per name, in input order; each succeeds or fails on its own.
    /// </summary>
    public async Task<IReadOnlyList<BatchResult<ListFolder>>> EnsureFoldersAsync(
        Uri site, Guid listId, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        var creations = names.Select(name => FolderRequests.Create(site, listId, name)).ToArray();
        var root = await GetRootFolderUrlAsync(site, listId, cancellationToken).ConfigureAwait(false);
        var responses = await batches.ExecuteAsync(site, creations, cancellationToken).ConfigureAwait(false);
        var results = new BatchResult<ListFolder>[names.Count];
        var existing = new List<int>();
        for (var i = 0; i < names.Count; i++)
        {
            if (responses[i].ToError() is { } error)
            {
                results[i] = new BatchResult<ListFolder>(i, null, error);
                continue;
            }

            var created = FolderResponses.Created(responses[i]);
            if (created.Errors.Count > 0)
            {
                var refused = string.Join("; ", created.Errors.Select(e => $"{e.FieldName}: {e.ErrorMessage}"));
                results[i] = new BatchResult<ListFolder>(i, null, new Errors.RemoteError(responses[i].Status, created.Errors[0].ErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture), $"SharePoint refused the folder '{names[i]}': {refused}", responses[i].RequestId));
            }
            else if (created.Created)
            {
                results[i] = new BatchResult<ListFolder>(i, new ListFolder(created.ItemId, names[i], root + "/" + names[i]), null);
            }
            else
            {
                existing.Add(i);
            }
        }

        var found = await batches.ExecuteAsync(site, [.. existing.Select(i => FolderRequests.GetFolderItem(site, root + "/" + names[i]))], cancellationToken).ConfigureAwait(false);
        for (var j = 0; j < existing.Count; j++)
        {
            var i = existing[j];
            results[i] = found[j].ToError() is { } error
                ? new BatchResult<ListFolder>(i, null, error)
                : new BatchResult<ListFolder>(i, FolderResponses.Folder(found[j]), null);
        }

        return results;
    }

    /// <summary>The folder at <paramref name="folderServerRelativeUrl"/>, or <c>null</c> when there is none (or it is hidden from the caller).</summary>
    public async Task<ListFolder?> FindFolderAsync(Uri site, string folderServerRelativeUrl, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(FolderRequests.GetFolderItem(site, folderServerRelativeUrl), cancellationToken).ConfigureAwait(false);
        if (response.ToError() is { IsNotFound: true })
        {
            return null;
        }

        response.EnsureSuccess();
        return FolderResponses.Folder(response);
    }
}
