namespace PnpSamtale.LocalTenant.Items;

/// <summary>Splits a <c>$filter</c> into tokens: parentheses, quoted literals (with their prefix) and words.</summary>
internal static class FilterLexer
{
    /// <summary>The tokens of <paramref name="text"/>.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '\''))
                {
                    i++;
                }

                if (i < text.Length && text[i] == '\'')
                {
                    i = EndOfQuoted(text, i);
                }

                tokens.Add(text[start..i]);
            }
        }

        return tokens;
    }

    private static int EndOfQuoted(string text, int quote)
    {
        var i = quote + 1;
        while (i < text.Length)
        {
            if (text[i] == '\'' && (i + 1 >= text.Length || text[i + 1] != '\''))
            {
                return i + 1;
            }

            i += text[i] == '\'' ? 2 : 1;
        }

        throw FilterParser.Invalid("a quoted value is not closed");
    }
}
