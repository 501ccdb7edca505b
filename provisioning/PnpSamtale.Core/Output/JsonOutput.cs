using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PnpSamtale.Core.Output;

/// <summary>Writes JSON with readable Norwegian letters, two-space indentation and LF line endings.</summary>
internal static class JsonOutput
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static void WriteDate(this Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, Text.NorwegianDates.Iso(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
