using PnpSamtale.Provisioning.Converge;
using PnpSamtale.Provisioning.Converge.Planning;
using PnpSamtale.Tests.Shared;
using Xunit;

namespace PnpSamtale.Provisioning.Tests.Planning;

public sealed class ConvergePlannerTests
{
    private static readonly Uri Graph = new("https://graph.microsoft.com/v1.0");
    private static readonly DateTimeOffset Now = new(2027, 1, 11, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_plan_of_a_small_round_on_a_tenant_without_its_sites_is_exactly_this_list()
    {
        var design = SmallRound.Design();

        var admin = ConvergePlanner.Plan(design.Admin, ActualSite.Missing(), Graph, Now, null);
        var round = ConvergePlanner.Plan(design.Round, ActualSite.Missing(), Graph, Now, null);

        var actual = string.Join('\n', [.. admin.Describe(), "--", .. round.Describe()]) + "\n";
        var expectedPath = Path.Combine(RepositoryRoot.Path, "tests/PnpSamtale.Provisioning.Tests/Planning/small-round.plan.txt");
        if (Environment.GetEnvironmentVariable("SAMTALE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Planning_is_pure_the_same_inputs_give_the_same_plan()
    {
        var design = SmallRound.Design();

        var first = ConvergePlanner.Plan(design.Round, ActualSite.Missing(), Graph, Now, null).Describe();
        var second = ConvergePlanner.Plan(design.Round, ActualSite.Missing(), Graph, Now, null).Describe();

        Assert.Equal(first, second);
    }
}
