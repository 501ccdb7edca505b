namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// When a filtered query may run on a list with more items than the list view threshold. SharePoint evaluates a filter
/// left to right and refuses it when a part of it can match more items than the threshold: the first condition must be
/// on an indexed column, and the conditions on that column together must leave at most the threshold (e.g.
/// <c>Id gt 5000 and Id le 10000 and Modified ge …</c> runs; <c>Round eq 'H2026'</c> runs only while at most 5,000
/// items have that round). Conditions after the first may be anything, <c>or</c> inside parentheses included; a filter
/// whose top is an <c>or</c> has no driving condition and is refused on such a list (local rule: stricter than needed).
/// </summary>
internal static class ThresholdRule
{
    /// <summary>Whether <paramref name="expression"/> may run over <paramref name="items"/>.</summary>
    public static bool Allows<T>(FilterExpression expression, Func<string, FilterField<T>> resolve, IReadOnlyList<T> items, int threshold)
    {
        var conditions = new List<FilterExpression>();
        Flatten(expression, conditions);
        if (conditions[0] is not FilterComparison first || !resolve(first.Field).Indexed)
        {
            return false;
        }

        var driving = conditions.OfType<FilterComparison>().Where(c => string.Equals(c.Field, first.Field, StringComparison.OrdinalIgnoreCase));
        var narrowing = FilterCompiler.Compile(driving.Cast<FilterExpression>().Aggregate((a, b) => new FilterLogical(true, a, b)), resolve);
        return items.Count(narrowing) <= threshold;
    }

    /// <summary>The top-level <c>and</c> conditions, left to right (an <c>or</c> is one condition).</summary>
    private static void Flatten(FilterExpression expression, List<FilterExpression> into)
    {
        if (expression is FilterLogical { IsAnd: true } and)
        {
            Flatten(and.Left, into);
            Flatten(and.Right, into);
        }
        else
        {
            into.Add(expression);
        }
    }
}
