using System.Text.Json;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Permissions;

/// <summary>Permissions at web, list and item scope, one by one or batched.</summary>
public sealed class PermissionClient
{
    private readonly WireTransport transport;
    private readonly SharePointBatchExecutor batches;

    /// <summary>Creates the client.</summary>
    public PermissionClient(WireTransport transport, SharePointBatchExecutor batches)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(batches);
        this.transport = transport;
        this.batches = batches;
    }

    /// <summary>Gives the scope its own permissions.</summary>
    public Task BreakInheritanceAsync(SecurableScope scope, bool copyRoleAssignments, bool clearSubscopes, CancellationToken cancellationToken) =>
        SendAsync(PermissionRequests.BreakInheritance(scope, copyRoleAssignments, clearSubscopes), cancellationToken);

    /// <summary>Makes the scope inherit again.</summary>
    public Task ResetInheritanceAsync(SecurableScope scope, CancellationToken cancellationToken) =>
        SendAsync(PermissionRequests.ResetInheritance(scope), cancellationToken);

    /// <summary>Grants a role (the scope must have unique permissions).</summary>
    public Task AddRoleAssignmentAsync(SecurableScope scope, int principalId, int roleDefinitionId, CancellationToken cancellationToken) =>
        SendAsync(PermissionRequests.AddRoleAssignment(scope, principalId, roleDefinitionId), cancellationToken);

    /// <summary>Withdraws a role.</summary>
    public Task RemoveRoleAssignmentAsync(SecurableScope scope, int principalId, int roleDefinitionId, CancellationToken cancellationToken) =>
        SendAsync(PermissionRequests.RemoveRoleAssignment(scope, principalId, roleDefinitionId), cancellationToken);

    /// <summary>The role assignments that apply to the scope (those of the nearest scope with unique permissions).</summary>
    public async Task<IReadOnlyList<RoleAssignment>> GetRoleAssignmentsAsync(SecurableScope scope, CancellationToken cancellationToken)
    {
        var response = await transport.SendOrThrowAsync(PermissionRequests.GetRoleAssignments(scope), cancellationToken).ConfigureAwait(false);
        return RoleAssignmentJson.Read(response);
    }

    /// <summary>Whether the scope has its own permissions.</summary>
    public async Task<bool> HasUniqueRoleAssignmentsAsync(SecurableScope scope, CancellationToken cancellationToken) =>
        (await transport.GetJsonAsync<UniqueFlag>(PermissionRequests.GetHasUniqueRoleAssignments(scope), cancellationToken).ConfigureAwait(false))
        .HasUniqueRoleAssignments;

    /// <summary>What the person can do at the scope, through their own roles and their groups'.</summary>
    public Task<BasePermissions> GetUserEffectivePermissionsAsync(SecurableScope scope, string upnOrLoginName, CancellationToken cancellationToken) =>
        transport.GetJsonAsync<BasePermissions>(PermissionRequests.GetUserEffectivePermissions(scope, upnOrLoginName), cancellationToken);

    /// <summary>
    /// Applies the changes through <c>$batch</c>; all scopes must be in <paramref name="site"/>. Inheritance changes
    /// go first, role assignments after them: a throttled break that is re-sent on its own must not leave the grants
    /// for its scope to run against a scope that still inherits. One result per change, in input order.
    /// </summary>
    public async Task<IReadOnlyList<BatchResult>> ApplyAsync(Uri site, IReadOnlyList<PermissionChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var results = new BatchResult[changes.Count];
        var inheritance = Enumerable.Range(0, changes.Count).Where(i => changes[i] is BreakInheritance or ResetInheritance).ToArray();
        var assignments = Enumerable.Range(0, changes.Count).Except(inheritance).ToArray();
        foreach (var phase in new[] { inheritance, assignments })
        {
            if (phase.Length == 0)
            {
                continue;
            }

            var requests = phase.Select(i => PermissionRequests.For(changes[i])).ToArray();
            var responses = await batches.ExecuteAsync(site, requests, cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < phase.Length; j++)
            {
                results[phase[j]] = new BatchResult(phase[j], responses[j].ToError());
            }
        }

        return results;
    }

    private async Task SendAsync(WireRequest request, CancellationToken cancellationToken) =>
        await transport.SendOrThrowAsync(request, cancellationToken).ConfigureAwait(false);

    private sealed record UniqueFlag(bool HasUniqueRoleAssignments);
}
