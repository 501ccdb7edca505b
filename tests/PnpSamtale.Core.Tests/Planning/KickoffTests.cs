using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Core.Tests.Planning;

/// <summary>When rounds start by themselves: the routine's cadence window, from its first business day.</summary>
public sealed class KickoffTests
{
    private static Routine Load(string file) =>
        RoutineLoader.LoadOrThrow(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates/routines", file)), file, TimeProvider.System);

    [Theory]
    [InlineData("2026-10-20", null)]          // medio oktober: too early
    [InlineData("2026-10-21", "H2026")]       // Wednesday 21 October: the window opens
    [InlineData("2026-10-31", "H2026")]       // the last day of ultimo oktober (a Saturday) still counts
    [InlineData("2026-11-01", null)]
    [InlineData("2027-02-21", null)]          // Sunday 21 February: the window opens on the first business day
    [InlineData("2027-02-22", "V2027")]
    [InlineData("2027-02-28", "V2027")]
    [InlineData("2027-03-01", null)]
    [InlineData("2027-06-15", null)]
    public void Due_StInn_UltimoOktoberAndUltimoFebruar(string day, string? expected)
    {
        var due = Kickoff.Due(Load("stinn-medarbeidersamtaler.yaml"), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, due?.ToString());
    }

    [Theory]
    [InlineData("2027-01-08", null)]
    [InlineData("2027-01-11", "2027")]         // medio januar: 11–20 January
    [InlineData("2027-01-20", "2027")]
    [InlineData("2027-01-21", null)]
    public void Due_Ntnu_AnnualMedioJanuar(string day, string? expected)
    {
        var due = Kickoff.Due(Load("ntnu-medarbeidersamtale.yaml"), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, due?.ToString());
    }

    [Fact]
    public void Order_SpringBeforeAutumn_YearsInOrder()
    {
        string[] shuffled = ["H2027", "V2027", "H2026", "2028", "V2026"];
        var terms = shuffled.Select(Term.Parse).OrderBy(Kickoff.Order).Select(t => t.ToString());
        Assert.Equal(["V2026", "H2026", "V2027", "H2027", "2028"], terms);
    }
}
