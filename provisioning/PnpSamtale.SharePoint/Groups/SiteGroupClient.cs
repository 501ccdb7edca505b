using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Groups;

/// <summary>Site groups and their members.</summary>
public sealed class SiteGroupClient
{
    private readonly WireTransport transport;

    /// <summary>Creates the client.</summary>
    public SiteGroupClient(WireTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        this.transport = transport;
    }

    /// <summary>Creates a group (it has no permissions until a role assignment grants some).</summary>
    /// <exception cref="Errors.SharePointServiceException">The name is taken, or another failure.</exception>
    public Task<SiteGroup> CreateGroupAsync(Uri site, string title, string? description, CancellationToken cancellationToken) =>
        transport.GetJsonAsync<SiteGroup>(SiteGroupRequests.Create(site, title, description), cancellationToken);

    /// <summary>The group with that name, or <c>null</c> when there is none.</summary>
    public Task<SiteGroup?> FindGroupByNameAsync(Uri site, string title, CancellationToken cancellationToken) =>
        transport.FindJsonAsync<SiteGroup>(SiteGroupRequests.GetByName(site, title), cancellationToken);

    /// <summary>The group with that id, or <c>null</c> when there is none.</summary>
    public Task<SiteGroup?> FindGroupAsync(Uri site, int groupId, CancellationToken cancellationToken) =>
        transport.FindJsonAsync<SiteGroup>(SiteGroupRequests.GetById(site, groupId), cancellationToken);

    /// <summary>Every group of the site collection.</summary>
    public async Task<IReadOnlyList<SiteGroup>> GetGroupsAsync(Uri site, CancellationToken cancellationToken) =>
        (await transport.GetJsonAsync<ValueList<SiteGroup>>(SiteGroupRequests.List(site), cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Deletes the group.</summary>
    public async Task RemoveGroupAsync(Uri site, int groupId, CancellationToken cancellationToken) =>
        await transport.SendOrThrowAsync(SiteGroupRequests.RemoveById(site, groupId), cancellationToken).ConfigureAwait(false);

    /// <summary>The group's members.</summary>
    public async Task<IReadOnlyList<SiteUser>> GetMembersAsync(Uri site, int groupId, CancellationToken cancellationToken) =>
        (await transport.GetJsonAsync<ValueList<SiteUser>>(SiteGroupRequests.ListMembers(site, groupId), cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Adds a person (ensured on the way) and returns the site user.</summary>
    public Task<SiteUser> AddMemberAsync(Uri site, int groupId, string upnOrLoginName, CancellationToken cancellationToken) =>
        transport.GetJsonAsync<SiteUser>(SiteGroupRequests.AddMember(site, groupId, upnOrLoginName), cancellationToken);

    /// <summary>Removes a member by site user id.</summary>
    public async Task RemoveMemberAsync(Uri site, int groupId, int userId, CancellationToken cancellationToken) =>
        await transport.SendOrThrowAsync(SiteGroupRequests.RemoveMember(site, groupId, userId), cancellationToken).ConfigureAwait(false);
}
