using System.IO.Compression;

namespace PnpSamtale.Provisioning.Forms;

/// <summary>
/// Rewrites a zip package with fixed entry times and a fixed entry order, so that the same content gives the same
/// bytes: System.IO.Packaging stamps every entry with the current time.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The earliest time a zip entry can carry (the DOS epoch).</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ContentTypes = "[Content_Types].xml";

    public static byte[] Normalise(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Office writes it; then the parts by name.
            var entries = input.Entries
                .OrderBy(e => e.FullName == ContentTypes ? 0 : 1)
                .ThenBy(e => e.FullName, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
