using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Tests.Routines;

public sealed class StepIdTests
{
    private static readonly string[] Shuffled = ["3.10", "3.9", "3.2", "10.1", "3.1", "2.7", "3.10.1", "3"];

    [Fact]
    public void Order_DefaultComparer_IsNumericPerPart()
    {
        // OrderBy(n => n.Step) in the digest and Order() in the planner use the default comparer.
        var ids = Shuffled.Select(StepId.Parse).ToList();
        Assert.Equal(["2.7", "3", "3.1", "3.2", "3.9", "3.10", "3.10.1", "10.1"], ids.Order().Select(i => i.Value));
        Assert.Equal(["2.7", "3", "3.1", "3.2", "3.9", "3.10", "3.10.1", "10.1"], ids.OrderBy(i => i).Select(i => i.Value));
    }

    [Fact]
    public void Operators_CompareNumerically()
    {
        Assert.True(StepId.Parse("3.10") > StepId.Parse("3.9"));
        Assert.True(StepId.Parse("3.03") >= StepId.Parse("3.3"));
        Assert.True(StepId.Parse("3.3") <= StepId.Parse("3.03"));
    }
}
