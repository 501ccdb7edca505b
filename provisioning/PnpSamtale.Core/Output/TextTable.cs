using System.Text;

namespace PnpSamtale.Core.Output;

/// <summary>A plain-text table with aligned columns, for terminals and print-outs.</summary>
public sealed class TextTable
{
    private readonly string[] _headers;
    private readonly List<Row> _rows = [];

    /// <summary>Creates a table with the given column headers.</summary>
    public TextTable(params string[] headers) => _headers = headers;

    /// <summary>Adds a row of cells (one per column).</summary>
    public void Add(params string[] cells) => _rows.Add(new Row(cells, null));

    /// <summary>Adds a line that spans the table, e.g. a phase heading.</summary>
    public void AddSection(string text) => _rows.Add(new Row(null, text));

    /// <summary>Adds an indented note under the previous row, e.g. an explanation.</summary>
    public void AddNote(string text) => _rows.Add(new Row(null, "      ↳ " + text));

    /// <summary>Renders the table with LF line endings.</summary>
    public override string ToString()
    {
        var widths = _headers.Select((h, i) => Math.Max(h.Length, _rows.Where(r => r.Cells is not null).Select(r => r.Cells![i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var text = new StringBuilder();
        Line(text, _headers, widths);
        Line(text, [.. widths.Select(w => new string('─', w))], widths);
        foreach (var row in _rows)
        {
            if (row.Cells is null)
            {
                text.Append(row.Span).Append('\n');
            }
            else
            {
                Line(text, row.Cells, widths);
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        var line = string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i])));
        text.Append(line.TrimEnd()).Append('\n');
    }

    private sealed record Row(string[]? Cells, string? Span);
}
