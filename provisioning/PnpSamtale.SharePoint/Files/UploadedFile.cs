namespace PnpSamtale.SharePoint.Files;

/// <summary>A file in a library.</summary>
/// <param name="Name">The file name.</param>
/// <param name="ServerRelativeUrl">The server-relative URL, e.g. <c>/sites/x/Samtaleskjema/skjema-17.json</c>.</param>
/// <param name="UniqueId">The file's unique id.</param>
/// <param name="Length">The size in bytes.</param>
/// <param name="TimeLastModified">When it was last changed.</param>
public sealed record UploadedFile(string Name, string ServerRelativeUrl, Guid UniqueId, long Length, DateTimeOffset TimeLastModified);
