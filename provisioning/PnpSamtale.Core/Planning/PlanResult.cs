namespace PnpSamtale.Core.Planning;

/// <summary>A plan, or the reasons the request cannot be planned (unknown step, season the routine lacks).</summary>
public sealed record PlanResult(Plan? Plan, IReadOnlyList<string> Errors)
{
    /// <summary>A successful result.</summary>
    public static PlanResult Success(Plan plan) => new(plan, []);

    /// <summary>A failed result.</summary>
    public static PlanResult Failure(params string[] errors) => new(null, errors);
}
