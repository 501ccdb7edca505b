using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PnpSamtale.LocalTenant.Store;

/// <summary>How values are written to and read from the database: GUIDs as lowercase text, times as ISO 8601 UTC.</summary>
internal static class StoreValues
{
    /// <summary>The wire and storage format of a time: <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>A GUID as stored.</summary>
    public static string Text(Guid id) => id.ToString("D");

    /// <summary>A time as stored and sent.</summary>
    public static string Text(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses a stored time.</summary>
    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>Reads a GUID column.</summary>
    public static Guid GetGuid(this SqliteDataReader reader, string column) => Guid.Parse(reader.GetString(reader.GetOrdinal(column)));

    /// <summary>Reads a text column.</summary>
    public static string GetText(this SqliteDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    /// <summary>Reads a nullable text column.</summary>
    public static string? GetNullableText(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    /// <summary>Reads an integer column.</summary>
    public static int GetInt(this SqliteDataReader reader, string column) => reader.GetInt32(reader.GetOrdinal(column));

    /// <summary>Reads a 0/1 column.</summary>
    public static bool GetFlag(this SqliteDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column)) != 0;

    /// <summary>Reads a time column.</summary>
    public static DateTimeOffset GetTime(this SqliteDataReader reader, string column) => ParseTime(reader.GetText(column));
}
