using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.RoleDefinitions;

/// <summary>Role definitions (permission levels), looked up by kind, never by localised name.</summary>
public sealed class RoleDefinitionClient
{
    private readonly WireTransport transport;

    /// <summary>Creates the client.</summary>
    public RoleDefinitionClient(WireTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        this.transport = transport;
    }

    /// <summary>Every role definition of the site.</summary>
    public async Task<IReadOnlyList<RoleDefinition>> GetRoleDefinitionsAsync(Uri site, CancellationToken cancellationToken) =>
        (await transport.GetJsonAsync<ValueList<RoleDefinition>>(RoleDefinitionRequests.All(site), cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>The role definition of that kind.</summary>
    /// <exception cref="Errors.SharePointServiceException">The site has no role of that kind (400), or another failure.</exception>
    public Task<RoleDefinition> GetByTypeAsync(Uri site, RoleTypeKind kind, CancellationToken cancellationToken) =>
        transport.GetJsonAsync<RoleDefinition>(RoleDefinitionRequests.GetByType(site, kind), cancellationToken);
}
