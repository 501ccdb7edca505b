namespace PnpSamtale.SharePoint.Drives;

/// <summary>A file in a drive as Graph describes it (<c>driveItem</c>).</summary>
/// <param name="Id">Graph's item id.</param>
/// <param name="Name">The file name.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="WebUrl">The file's URL.</param>
/// <param name="CreatedDateTime">When the file was first created.</param>
/// <param name="LastModifiedDateTime">When its content last changed.</param>
/// <param name="File">The file facet; <c>null</c> for a folder.</param>
public sealed record DriveItem(
    string Id, string Name, long Size, string WebUrl, DateTimeOffset CreatedDateTime, DateTimeOffset LastModifiedDateTime, DriveFile? File);

/// <summary>The <c>file</c> facet of a <see cref="DriveItem"/>.</summary>
/// <param name="MimeType">The MIME type Graph gives the content, e.g. <c>application/json</c>.</param>
public sealed record DriveFile(string MimeType);
