using PnpSamtale.Core.Definitions;
using PnpSamtale.Core.Rosters;

namespace PnpSamtale.Core.Tests.Rosters;

public sealed class RosterLoaderTests
{
    private static string Example => File.ReadAllText(Templates.StinnRosterPath);

    [Fact]
    public void Load_Example_CoversTwoCampusesAVacancyAndTwoRoles()
    {
        var roster = Templates.StinnRoster;
        Assert.Equal(25, roster.People.Count);
        Assert.Equal(["Gjøvik", "Trondheim"], roster.People.SelectMany(p => p.Roles).Select(r => r.Campus).OfType<string>().Distinct().Order());
        Assert.Equal("L-VK", Assert.Single(roster.Vacancies).Role);
        Assert.Contains(roster.People, p => p.Roles.Count == 2);
        Assert.Contains(roster.People, p => p.Language == Language.English);
    }

    [Fact]
    public void Load_DuplicatePerson_IsAnErrorAtTheSecondEntry()
    {
        var yaml = Example.Replace("upn: ola.berg@stinn.example", "upn: kari.nordmann@stinn.example", StringComparison.Ordinal);
        var error = Assert.Single(RosterLoader.Load(yaml, "r.yaml").Diagnostics);
        Assert.Equal(DiagnosticCodes.Duplicate, error.Code);
        Assert.Equal(Routines.RoutineLinterTests.At(yaml, "kari.nordmann@stinn.example", 2).Line, error.Location.Line);
    }

    [Fact]
    public void Load_PersonWithoutEmail_IsASchemaError()
    {
        var yaml = Example.Replace("    upn: ola.berg@stinn.example\n", string.Empty, StringComparison.Ordinal);
        var error = Assert.Single(RosterLoader.Load(yaml, "r.yaml").Diagnostics);
        Assert.Equal("missing required field 'upn'", error.Message);
        Assert.Equal(Routines.RoutineLinterTests.At(yaml, "name: Ola Berg").Line, error.Location.Line);
    }

    [Fact]
    public void Load_MalformedEmailAndDate_AreSchemaErrors()
    {
        var yaml = Example.Replace("upn: ola.berg@stinn.example", "upn: ola.berg", StringComparison.Ordinal).Replace("to: 2027-08-14", "to: 2027-14-08", StringComparison.Ordinal);
        var errors = RosterLoader.Load(yaml, "r.yaml").Diagnostics;
        Assert.Contains(errors, d => d.Message.StartsWith("'ola.berg' does not have the expected form", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Message == "'2027-14-08' is not a date; expected YYYY-MM-DD, e.g. 2026-11-09");
    }

    [Fact]
    public void Load_TermEndingBeforeItStarts_IsAnError()
    {
        var yaml = Example.Replace("{ role: L-OU, from: 2026-07-01, to: 2027-06-30 }", "{ role: L-OU, from: 2026-07-01, to: 2025-06-30 }", StringComparison.Ordinal);
        var error = Assert.Single(RosterLoader.Load(yaml, "r.yaml").Diagnostics);
        Assert.Equal(DiagnosticCodes.BadDateRange, error.Code);
    }

    [Fact]
    public void Load_DuplicateThenUnknownManager_ReportsBothAtTheirLines()
    {
        var yaml = "organisation: X\npeople:\n  - { name: A, upn: a@x.example }\n  - { name: A2, upn: a@x.example }\n  - { name: B, upn: b@x.example }\n  - { name: C, upn: c@x.example, manager: nobody@x.example }\n";
        var errors = RosterLoader.Load(yaml, "r.yaml").Diagnostics;
        Assert.Equal(2, errors.Count);
        Assert.Equal((DiagnosticCodes.Duplicate, 4), (errors[0].Code, errors[0].Location.Line));
        Assert.Equal((DiagnosticCodes.MissingReference, 6), (errors[1].Code, errors[1].Location.Line));
    }

    [Fact]
    public void Load_UnknownManager_IsAnError()
    {
        var yaml = File.ReadAllText(Templates.NtnuRosterPath).Replace("delegate: per.holm@ntnu.example, category: postdoktor", "delegate: per.hom@ntnu.example, category: postdoktor", StringComparison.Ordinal);
        var error = Assert.Single(RosterLoader.Load(yaml, "r.yaml").Diagnostics);
        Assert.Equal("delegate 'per.hom@ntnu.example' is not in the roster; add the person or correct the address", error.Message);
    }
}
