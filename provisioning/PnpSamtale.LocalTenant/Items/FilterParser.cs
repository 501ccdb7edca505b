using PnpSamtale.LocalTenant.Http;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// Parses the <c>$filter</c> subset: comparisons (<c>eq ne lt le gt ge</c>) of a field with a literal, joined by
/// <c>and</c> (binding tighter) and <c>or</c>, with parentheses. Anything else is a 400 naming what was found.
/// </summary>
internal sealed class FilterParser
{
    private static readonly string[] Operators = ["eq", "ne", "lt", "le", "gt", "ge"];
    private readonly List<string> tokens;
    private int position;

    private FilterParser(List<string> tokens) => this.tokens = tokens;

    /// <summary>Parses a filter.</summary>
    public static FilterExpression Parse(string text)
    {
        var parser = new FilterParser(FilterLexer.Tokens(text));
        var expression = parser.Or();
        return parser.position == parser.tokens.Count ? expression : throw Invalid($"unexpected '{parser.tokens[parser.position]}'");
    }

    private FilterExpression Or()
    {
        var left = And();
        while (Accept("or"))
        {
            left = new FilterLogical(false, left, And());
        }

        return left;
    }

    private FilterExpression And()
    {
        var left = Primary();
        while (Accept("and"))
        {
            left = new FilterLogical(true, left, Primary());
        }

        return left;
    }

    private FilterExpression Primary()
    {
        if (Accept("("))
        {
            var inner = Or();
            return Accept(")") ? inner : throw Invalid("missing ')'");
        }

        var field = Next("a field name");
        if (!char.IsLetter(field[0]) && field[0] != '_')
        {
            throw Invalid($"expected a field name, found '{field}'");
        }

        var op = Next("an operator").ToLowerInvariant();
        if (!Operators.Contains(op))
        {
            throw Invalid($"'{op}' is not a supported operator; use eq, ne, lt, le, gt or ge");
        }

        return new FilterComparison(field, op, Literal(Next("a value")));
    }

    private static FilterLiteral Literal(string token)
    {
        if (token.StartsWith('\''))
        {
            return new FilterLiteral(FilterLiteralKind.String, Unquote(token));
        }

        foreach (var (prefix, kind) in new[] { ("datetime'", FilterLiteralKind.DateTime), ("guid'", FilterLiteralKind.Guid) })
        {
            if (token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return new FilterLiteral(kind, Unquote(token[(prefix.Length - 1)..]));
            }
        }

        return token.ToLowerInvariant() switch
        {
            "true" or "false" => new FilterLiteral(FilterLiteralKind.Boolean, token.ToLowerInvariant()),
            "null" => new FilterLiteral(FilterLiteralKind.Null, token),
            _ when token.Length > 0 && (char.IsAsciiDigit(token[0]) || token[0] is '-' or '.') => new FilterLiteral(FilterLiteralKind.Number, token),
            _ => throw Invalid($"'{token}' is not a value; quote text as 'text'"),
        };
    }

    private static string Unquote(string token) => token[1..^1].Replace("''", "'", StringComparison.Ordinal);

    private bool Accept(string token)
    {
        if (position < tokens.Count && string.Equals(tokens[position], token, StringComparison.OrdinalIgnoreCase))
        {
            position++;
            return true;
        }

        return false;
    }

    private string Next(string expected) =>
        position < tokens.Count ? tokens[position++] : throw Invalid($"expected {expected} at the end");

    /// <summary>A 400 describing what is wrong with the filter.</summary>
    public static SharePointErrorException Invalid(string what) => SpErrors.Unsupported($"The $filter expression is not valid: {what}.");
}
