namespace PnpSamtale.SharePoint.Items;

/// <summary>One version of an item.</summary>
/// <param name="VersionId">The version id (512 per major version).</param>
/// <param name="VersionLabel">The label, e.g. <c>1.0</c>.</param>
/// <param name="IsCurrentVersion">Whether this is the current version.</param>
/// <param name="Created">When the version was made.</param>
public sealed record ItemVersion(int VersionId, string VersionLabel, bool IsCurrentVersion, DateTimeOffset Created);
