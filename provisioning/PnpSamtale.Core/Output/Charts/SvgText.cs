using System.Globalization;
using System.Text;

namespace PnpSamtale.Core.Output.Charts;

/// <summary>Writes SVG: escaped text, numbers with one decimal in the invariant culture, so the output is the same on every machine.</summary>
internal sealed class SvgText
{
    private readonly StringBuilder svg = new();

    /// <summary>A number as SVG wants it: "12", "12.5".</summary>
    public static string N(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Text for an element or attribute: &amp;, &lt;, &gt; and quotes escaped.</summary>
    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>Appends a raw line (markup the caller built).</summary>
    public SvgText Raw(string line)
    {
        svg.Append(line).Append('\n');
        return this;
    }

    public SvgText Rect(double x, double y, double width, double height, string css, string? title = null)
    {
        svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(Math.Max(0, width)))
            .Append("\" height=\"").Append(N(height)).Append("\" class=\"").Append(css).Append('"');
        return Close("rect", title);
    }

    public SvgText Line(double x1, double y1, double x2, double y2, string css)
    {
        svg.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2))
            .Append("\" class=\"").Append(css).Append("\"/>\n");
        return this;
    }

    public SvgText Polygon(IEnumerable<(double X, double Y)> points, string css, string? title = null)
    {
        svg.Append("<polygon points=\"").Append(string.Join(' ', points.Select(p => N(p.X) + "," + N(p.Y)))).Append("\" class=\"").Append(css).Append('"');
        return Close("polygon", title);
    }

    public SvgText Text(double x, double y, string text, string css, string anchor = "start")
    {
        svg.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" class=\"").Append(css).Append('"');
        if (anchor != "start")
        {
            svg.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        svg.Append('>').Append(Escape(text)).Append("</text>\n");
        return this;
    }

    /// <inheritdoc />
    public override string ToString() => svg.ToString();

    /// <summary>Ends an element, with a tooltip (<c>&lt;title&gt;</c>) when there is one.</summary>
    private SvgText Close(string element, string? title)
    {
        if (title is null)
        {
            svg.Append("/>\n");
        }
        else
        {
            svg.Append("><title>").Append(Escape(title)).Append("</title></").Append(element).Append(">\n");
        }

        return this;
    }
}
