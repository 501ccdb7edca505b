namespace PnpSamtale.SharePoint.Drives;

/// <summary>One file to upload (or replace) in a library's root folder.</summary>
/// <param name="Site">The site the library is in.</param>
/// <param name="ListId">The library's list GUID.</param>
/// <param name="FileName">The file name (see <see cref="DriveRequests.Upload"/> for what it may hold).</param>
/// <param name="Content">The bytes.</param>
public sealed record DriveUpload(Uri Site, Guid ListId, string FileName, ReadOnlyMemory<byte> Content);
