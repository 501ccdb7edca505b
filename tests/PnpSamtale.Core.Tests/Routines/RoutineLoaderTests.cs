using PnpSamtale.Core.Definitions;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Tests.Routines;

public sealed class RoutineLoaderTests
{
    [Fact]
    public void Load_StinnRoutine_HasEveryStepOfTheSeedInOrder()
    {
        var routine = Templates.Stinn;
        var ids = routine.Steps.Select(s => s.Id.Value).ToArray();
        Assert.Equal(
            ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3"],
            ids);
        Assert.Equal(5, routine.Phases.Count);
        Assert.Equal("Ultimo oktober og ultimo februar", routine.Cadence.Text);
        Assert.Equal(new SeasonAnchor(MonthPart.Ultimo, 10), routine.Cadence.Starts[Season.Autumn]);
        Assert.Equal(new SeasonAnchor(MonthPart.Ultimo, 2), routine.Cadence.Starts[Season.Spring]);
    }

    [Fact]
    public void Load_StinnRoutine_KeepsTheSeedTextsVerbatim()
    {
        var routine = Templates.Stinn;
        Step S(string id) => routine.FindStep(StepId.Parse(id))!;
        Assert.Equal("Medarbeidersamtale med L-KKU", S("3.4").Activity);
        Assert.Equal("Høst: Primo november  Vår: Primo mars", S("1.2").When);
        Assert.Equal("1 til 10 virkedager etter 3.7 og 3.8", S("4.1").When);
        Assert.Equal("Periodeslutt for vervet", S("5.3").When);
        Assert.Equal("Alle med en kopi", S("5.3").Responsible);
        Assert.Equal("Samtale-ansvarlig", S("2.1").Responsible);
        Assert.Equal(string.Empty, S("2.2").When);
        Assert.StartsWith("Innkalling sendes ut til: - Samtlige medlemmer i OU (OU-medlem fra VK og KKV har frivillig deltagelse)", S("1.1").Description, StringComparison.Ordinal);
        Assert.Equal(9, routine.Roles.Count);
    }

    [Fact]
    public void Load_ShippedRoutines_HaveAnEnglishActivityForEveryStep()
    {
        foreach (var routine in new[] { Templates.Stinn, Templates.Ntnu })
        {
            Assert.All(routine.Steps, s => Assert.False(string.IsNullOrWhiteSpace(s.ActivityEn), $"{routine.Id} {s.Id} has no activityEn"));
        }

        Assert.Equal("Confirm, or correct what is written in the form", Templates.Stinn.FindStep(StepId.Parse("2.5"))!.ActivityIn(Language.English));
        Assert.Equal("Bekreftelse eller rette det som står oppført i skjemaet", Templates.Stinn.FindStep(StepId.Parse("2.5"))!.ActivityIn(Language.Norwegian));
        Assert.Equal("Appraisal interview with each employee", Templates.Ntnu.FindStep(StepId.Parse("3.1"))!.ActivityIn(Language.English));
    }

    [Fact]
    public void Load_StepWithoutActivityEn_FallsBackToTheRoutinesOwnWords()
    {
        var yaml = Templates.StinnYaml.Replace("        activityEn: Agree on measures\n", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(Templates.StinnYaml, yaml);
        var routine = RoutineLoader.LoadOrThrow(yaml, "stinn.yaml", Clock.At(2026, 11, 22));
        var step = routine.FindStep(StepId.Parse("2.3"))!;
        Assert.Null(step.ActivityEn);
        Assert.Equal("Avtale tiltak", step.ActivityIn(Language.English));
    }

    [Fact]
    public void Load_EmptyActivityEn_IsASchemaErrorWithItsLine()
    {
        var yaml = Templates.StinnYaml.Replace("activityEn: Agree on measures", "activityEn: \"\"", StringComparison.Ordinal);
        var loaded = RoutineLoader.Load(yaml, "stinn.yaml", Clock.At(2026, 11, 22));
        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.Schema, error.Code);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.Contains("activityEn: \"\"", StringComparison.Ordinal)) + 1, error.Location.Line);
    }

    [Fact]
    public void Load_StinnRoutine_EveryRowEqualsTheSeedTable()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Routines", "stinn-seed-activities.tsv"))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();
        var steps = Templates.Stinn.Steps.ToList();
        Assert.Equal(27, rows.Count);
        Assert.Equal(rows.Count, steps.Count);
        foreach (var (row, step) in rows.Zip(steps))
        {
            Assert.Equal(row[0], step.Id.Value);
            Assert.Equal(row[1], step.Activity);
            Assert.Equal(row[2], step.Description);
            Assert.Equal(row[3], step.Responsible);
            Assert.Equal(row[4], step.When);
        }
    }

    [Fact]
    public void Load_StinnRoutine_StructuresEveryTimingRuleOfTheSeed()
    {
        var routine = Templates.Stinn;
        TimingRule T(string id) => routine.FindStep(StepId.Parse(id))!.Timing;
        Assert.Equal(new BeforeStep(StepId.Parse("1.2"), 10), T("1.1"));
        var season = Assert.IsType<InSeason>(T("1.2"));
        Assert.Equal(new SeasonAnchor(MonthPart.Primo, 11), season.Parts[Season.Autumn]);
        Assert.Equal(new SeasonAnchor(MonthPart.Primo, 3), season.Parts[Season.Spring]);
        Assert.Equal(new SameDayAs(StepId.Parse("1.2")), T("1.3"));
        Assert.IsType<AtConversation>(T("2.2"));
        var after = Assert.IsType<AfterSteps>(T("4.1"));
        Assert.Equal(["3.7", "3.8"], after.Steps.Select(s => s.Value));
        Assert.Equal((1, 10), (after.MinBusinessDays, after.MaxBusinessDays));
        Assert.Equal(new SetInStep(StepId.Parse("1.2")), T("5.1"));
        Assert.Equal(new SetInStep(StepId.Parse("2.3")), T("2.7"));
        var fiveTwo = Assert.IsType<AfterSteps>(T("5.2"));
        Assert.Equal((3, 3), (fiveTwo.MinBusinessDays, fiveTwo.MaxBusinessDays));
        Assert.IsType<AtTermEnd>(T("5.3"));
    }

    [Fact]
    public void Load_StinnRoutine_HasParticipantsOccurrenceAndConversationRules()
    {
        var routine = Templates.Stinn;
        var invite = routine.FindStep(StepId.Parse("1.1"))!;
        Assert.Contains(invite.Participants, p => p.Role == "OU" && p.Optional && p.Representing.SequenceEqual(["VK", "KKV"]));
        Assert.Contains(invite.Participants, p => p.Role == "OrgKons" && !p.Optional);
        var course = routine.FindStep(StepId.Parse("1.3"))!;
        Assert.Equal(Occurrence.Always, course.OccurrenceIn(Season.Autumn));
        Assert.Equal(Occurrence.WhenNeeded, course.OccurrenceIn(Season.Spring));
        var sru = routine.FindStep(StepId.Parse("4.1"))!.Conversation!;
        Assert.True(sru.PerCampus);
        Assert.Equal(new ByRole("NL-SRU"), sru.Holder);
        Assert.Equal(new ByRole("SRU"), sru.Partner);
        Assert.Equal(PhaseScope.Conversation, routine.Phases[1].Scope);
        Assert.Equal(["Konfidensielt", "Strengt konfidensielt"], routine.Classifications.Select(c => c.Title));
        Assert.Equal(RetentionUntil.TermEnd, routine.Retention.Until);
        Assert.Equal("L-OU", routine.Reminders.EscalateTo);
    }

    [Fact]
    public void Load_NtnuRoutine_ExpressesTheManagerLedAnnualAppraisal()
    {
        var routine = Templates.Ntnu;
        Assert.Equal([Season.Year], routine.Cadence.Starts.Keys);
        var conversation = routine.Steps.Single(s => s.Conversation is not null).Conversation!;
        Assert.IsType<ManagerOfPartner>(conversation.Holder);
        Assert.IsType<AllEmployees>(conversation.Partner);
        Assert.True(conversation.Delegable);
        Assert.Equal(["teknisk-administrativ", "vitenskapelig", "postdoktor", "stipendiat"], routine.Categories.Select(c => c.Id));
        Assert.False(routine.Categories[0].CareerPlan);
        Assert.True(routine.Categories[1].CareerPlan);
        Assert.Equal("sjekkliste-postdoc", routine.Categories[2].Form);
        Assert.Equal("sjekkliste-stipendiat", routine.Categories[3].Form);
        Assert.Contains(routine.Notices, n => n.Id == "tredjepart" && n.Text.Contains("tillitsvalgt", StringComparison.Ordinal));
        Assert.Contains(routine.Notices, n => n.Id == "lonn" && n.Text.Contains("eget møte", StringComparison.Ordinal));
        Assert.Contains(routine.Notices, n => n.Id == "utenlandske-ansatte" && n.TextEn.Contains("English", StringComparison.Ordinal));
        Assert.Contains(routine.Steps, s => s.Timing is SetInStep && s.Activity.Contains("Følge opp", StringComparison.Ordinal));
        Assert.Contains(routine.Steps, s => s.Activity.Contains("sjekkliste", StringComparison.Ordinal) && s.Timing is BeforeStep);
    }

    [Fact]
    public void Load_NtnuRoutine_ChecksClean()
    {
        var loaded = RoutineLoader.Load(File.ReadAllText(Templates.NtnuRoutinePath), "ntnu.yaml", Clock.At(2026, 11, 22));
        Assert.Empty(loaded.Diagnostics);
    }

    [Fact]
    public void Load_EveryShippedRoutineAndRoster_ValidatesWithoutErrors()
    {
        var routines = Directory.GetFiles(Path.Combine(Templates.Root, "templates", "routines"), "*.yaml");
        var rosters = Directory.GetFiles(Path.Combine(Templates.Root, "templates", "rosters"), "*.yaml");
        Assert.NotEmpty(routines);
        Assert.NotEmpty(rosters);
        foreach (var file in routines)
        {
            var loaded = RoutineLoader.Load(File.ReadAllText(file), file, Clock.At(2026, 11, 22));
            Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        }

        foreach (var file in rosters)
        {
            var loaded = PnpSamtale.Core.Rosters.RosterLoader.Load(File.ReadAllText(file), file);
            Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        }
    }

    [Fact]
    public void Load_SchemaFilesInTemplates_AreTheEmbeddedOnes()
    {
        // The loaders use embedded copies; this proves the files editors see are the same schemas.
        foreach (var name in new[] { "routines/routine.schema.json", "rosters/roster.schema.json" })
        {
            var onDisk = File.ReadAllText(Path.Combine(Templates.Root, "templates", name));
            using var stream = typeof(RoutineLoader).Assembly.GetManifestResourceStream(Path.GetFileName(name))!;
            using var reader = new StreamReader(stream);
            Assert.Equal(onDisk, reader.ReadToEnd());
        }
    }

    [Fact]
    public void LoadOrThrow_BrokenRoutine_ThrowsWithDiagnostics()
    {
        var e = Assert.Throws<DefinitionException>(() => RoutineLoader.LoadOrThrow("id: [", "x.yaml"));
        Assert.Single(e.Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, e.Diagnostics[0].Code);
    }
}
