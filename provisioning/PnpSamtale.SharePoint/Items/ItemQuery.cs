namespace PnpSamtale.SharePoint.Items;

/// <summary>A query on a list's items.</summary>
/// <param name="Select">The fields to read (<c>$select</c>); <c>Id</c> is always added.</param>
/// <param name="Filter">The <c>$filter</c>, e.g. <c>Status eq 'Planlagt' and HolderId eq 7</c> (see <see cref="ItemFilter"/>); <c>null</c> for all.</param>
/// <param name="Top">Items per page (<c>$top</c>, 1 to 5000); <c>null</c> for the server's 100.</param>
public sealed record ItemQuery(IReadOnlyList<string> Select, string? Filter = null, int? Top = null);
