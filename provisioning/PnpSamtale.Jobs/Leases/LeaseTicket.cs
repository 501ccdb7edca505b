namespace PnpSamtale.Jobs.Leases;

/// <summary>A lease this run holds on one round: where its item is, and the lease as written.</summary>
/// <param name="Target">The registry.</param>
/// <param name="Term">The round.</param>
/// <param name="ListId">The registry's id.</param>
/// <param name="EntityType">The registry's <c>ListItemEntityTypeFullName</c>.</param>
/// <param name="ItemId">The round's item.</param>
/// <param name="Lease">The lease as this run wrote it.</param>
public sealed record LeaseTicket(LeaseTarget Target, string Term, Guid ListId, string EntityType, int ItemId, LeaseRecord Lease);
