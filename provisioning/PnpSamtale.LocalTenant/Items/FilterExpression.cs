namespace PnpSamtale.LocalTenant.Items;

/// <summary>A parsed <c>$filter</c>: comparisons joined by <c>and</c>/<c>or</c>.</summary>
internal abstract record FilterExpression
{
    /// <summary>The field names the expression reads.</summary>
    public abstract IEnumerable<string> Fields();
}

/// <summary><c>{field} {op} {literal}</c>, op one of eq, ne, lt, le, gt, ge.</summary>
internal sealed record FilterComparison(string Field, string Operator, FilterLiteral Literal) : FilterExpression
{
    /// <inheritdoc />
    public override IEnumerable<string> Fields() => [Field];
}

/// <summary><c>{left} and|or {right}</c>.</summary>
internal sealed record FilterLogical(bool IsAnd, FilterExpression Left, FilterExpression Right) : FilterExpression
{
    /// <inheritdoc />
    public override IEnumerable<string> Fields() => Left.Fields().Concat(Right.Fields());
}

/// <summary>A literal as written: its form (<see cref="FilterLiteralKind"/>) and text.</summary>
internal sealed record FilterLiteral(FilterLiteralKind Kind, string Text);

/// <summary>The written form of a literal.</summary>
internal enum FilterLiteralKind
{
    /// <summary><c>'text'</c>.</summary>
    String,

    /// <summary><c>3</c>, <c>2.5</c>.</summary>
    Number,

    /// <summary><c>datetime'2026-10-01T00:00:00Z'</c>.</summary>
    DateTime,

    /// <summary><c>guid'…'</c>.</summary>
    Guid,

    /// <summary><c>true</c>, <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,
}
