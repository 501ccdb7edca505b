using System.Text;

namespace PnpSamtale.Core.Output;

/// <summary>
/// Escapes text from people (names, roles, places) and from routines (activities, explanations, warnings) for
/// Markdown, so that "Anne_Marie *Berg*" stays a name and "[klikk](…)" or "&lt;script&gt;" stay text. Follows
/// CommonMark/GFM: every ASCII punctuation character that can start inline markup gets a backslash, and so do the
/// characters that would make a line a heading, list item or quote where the text starts a line.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Characters that start or end inline markup (emphasis, code, links, HTML, tables, strike-through).</summary>
    private const string Inline = "\\`*_[]<>|~&!";

    /// <summary>The text, escaped, on one line (line breaks become spaces).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
        var md = new StringBuilder(flat.Length + 8);
        foreach (var c in flat)
        {
            if (Inline.Contains(c, StringComparison.Ordinal))
            {
                md.Append('\\');
            }

            md.Append(c);
        }

        return EscapeLineStart(md.ToString());
    }

    /// <summary>
    /// A line that starts with "#", "+", "-", "=", "&gt;" or "12." / "12)" followed by a space would become a heading,
    /// a list item, a setext underline or an ordered list.
    /// </summary>
    private static string EscapeLineStart(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (text[0] is '#' or '+' or '-' or '=')
        {
            return "\\" + text;
        }

        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var marker = digits > 0 && digits < text.Length && text[digits] is '.' or ')';
        return marker && (digits + 1 == text.Length || text[digits + 1] == ' ')
            ? text[..digits] + "\\" + text[digits..]
            : text;
    }
}
