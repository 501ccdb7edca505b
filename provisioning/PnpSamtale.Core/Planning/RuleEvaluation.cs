namespace PnpSamtale.Core.Planning;

/// <summary>The window a timing rule gives, how it was found, and any conflict it met.</summary>
internal sealed record RuleEvaluation(DateWindow Window, string Explanation, IReadOnlyList<string> Conflicts)
{
    public static RuleEvaluation Of(DateWindow window, string explanation) => new(window, explanation, []);
}
