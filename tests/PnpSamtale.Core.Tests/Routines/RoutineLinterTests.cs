using PnpSamtale.Core.Definitions;
using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Tests.Routines;

public sealed class RoutineLinterTests
{
    private static readonly TimeProvider Now = Clock.At(2026, 11, 22);

    [Fact]
    public void Lint_ShippedStinnRoutine_HasOnlyWarningsForTheSeedsInconsistencies()
    {
        var loaded = RoutineLoader.Load(Templates.StinnYaml, "stinn.yaml", Now);
        Assert.NotNull(loaded.Routine);
        Assert.All(loaded.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        var kku = Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.UnknownRole);
        Assert.Contains("L-KKU", kku.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean L-KKV", kku.Message, StringComparison.Ordinal);
        Assert.Equal(At(Templates.StinnYaml, "L-KKU }"), (kku.Location.Line, kku.Location.Column));
        var undefined = loaded.Diagnostics.Where(d => d.Code == DiagnosticCodes.RoleNotInGlossary).Select(d => d.Message.Split(' ')[1]).ToHashSet();
        Assert.Superset(new HashSet<string> { "L-AU", "L-SST", "L-SRU", "SRU", "KKV", "VK" }, undefined);
    }

    [Fact]
    public void Lint_ReferenceToMissingStep_IsAnErrorAtTheReference()
    {
        var yaml = Templates.StinnYaml.Replace("{ kind: after, steps: [\"3.5\"]", "{ kind: after, steps: [\"3.55\"]", StringComparison.Ordinal);
        var error = Single(yaml, DiagnosticCodes.MissingStep);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(At(yaml, "\"3.55\""), (error.Location.Line, error.Location.Column));
        Assert.Contains("step 4.3 refers to step 3.55", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 3.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_DependencyCycle_IsAnErrorNamingTheCycle()
    {
        var yaml = Templates.StinnYaml.Replace("timing: { kind: season, autumn: primo november, spring: primo mars }", "timing: { kind: after, steps: [\"1.3\"], minBusinessDays: 1, maxBusinessDays: 2 }", StringComparison.Ordinal);
        var error = Single(yaml, DiagnosticCodes.Cycle);
        Assert.Contains("1.2 → 1.3 → 1.2", error.Message, StringComparison.Ordinal);
        Assert.True(error.Location.Line > 1);
    }

    [Fact]
    public void Lint_DuplicateStepId_IsAnErrorAtTheSecondOne()
    {
        var yaml = Templates.StinnYaml.Replace("- id: \"3.10\"", "- id: \"3.9\"", StringComparison.Ordinal);
        var error = Single(yaml, DiagnosticCodes.Duplicate);
        Assert.Equal(At(yaml, "\"3.9\"", occurrence: 2), (error.Location.Line, error.Location.Column));
        Assert.Contains("step 3.9 is defined more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_BeforeDeadlineEarlierThanRoundStart_IsAnError()
    {
        // 40 business days before primo november always falls before the round starts ultimo oktober.
        var yaml = Templates.StinnYaml.Replace("{ kind: before, step: \"1.2\", businessDays: 10 }", "{ kind: before, step: \"1.2\", businessDays: 40 }", StringComparison.Ordinal);
        var error = Single(yaml, DiagnosticCodes.WindowCannotBeMet);
        Assert.Contains("step 1.1 cannot be met", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(yaml, "{ kind: before, step: \"1.2\", businessDays: 40 }").Line, error.Location.Line);
    }

    [Fact]
    public void Lint_RoleMisspelt_WarnsWithDidYouMean()
    {
        var yaml = Templates.StinnYaml.Replace("escalateTo: L-OU", "escalateTo: L-0U", StringComparison.Ordinal);
        var loaded = RoutineLoader.Load(yaml, "x.yaml", Now);
        var warning = Assert.Single(loaded.Diagnostics, d => d.Message.Contains("L-0U", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("did you mean L-OU", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ConversationTimingInRoundPhase_IsAnError()
    {
        var yaml = Templates.StinnYaml.Replace("timing: { kind: termEnd }", "timing: { kind: conversation }", StringComparison.Ordinal);
        var error = Single(yaml, DiagnosticCodes.Misplaced);
        Assert.Contains("step 5.3 is timed by the conversation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YamlSyntaxError_GivesLineAndColumn()
    {
        var yaml = Templates.StinnYaml.Replace("title: Planlegging og opplæring", "title: [Planlegging og opplæring", StringComparison.Ordinal);
        var loaded = RoutineLoader.Load(yaml, "broken.yaml", Now);
        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Null(loaded.Routine);
        Assert.True(error.Location.Line >= At(yaml, "[Planlegging").Line);
        Assert.StartsWith("broken.yaml:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YamlMappingInPlainScalar_ReportsTheExactLine()
    {
        var yaml = Templates.StinnYaml.Replace("activity: Medarbeidersamtale med L-AU", "activity: Medarbeidersamtale: med L-AU", StringComparison.Ordinal);
        var error = Assert.Single(RoutineLoader.Load(yaml, "broken.yaml", Now).Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(At(yaml, "Medarbeidersamtale: med L-AU").Line, error.Location.Line);
    }

    [Fact]
    public void Load_UnknownField_SuggestsTheRightOne()
    {
        var yaml = Templates.StinnYaml.Replace("activity: Planleggingsmøte gjennomføres", "activty: Planleggingsmøte gjennomføres", StringComparison.Ordinal);
        var errors = RoutineLoader.Load(yaml, "x.yaml", Now).Diagnostics;
        Assert.Contains(errors, d => d.Message == "unknown field 'activty'; did you mean 'activity'?" && (d.Location.Line, d.Location.Column) == At(yaml, "activty"));
        Assert.Contains(errors, d => d.Message == "missing required field 'activity'");
    }

    [Fact]
    public void Load_UnknownTimingKind_ListsTheKinds()
    {
        var yaml = Templates.StinnYaml.Replace("{ kind: sameDay, step: \"1.2\" }", "{ kind: sameday, step: \"1.2\" }", StringComparison.Ordinal);
        var error = Assert.Single(RoutineLoader.Load(yaml, "x.yaml", Now).Diagnostics);
        Assert.Equal("'sameday' is not a valid kind; expected one of before, after, sameDay, season, setIn, conversation, termEnd", error.Message);
        Assert.Equal(At(yaml, "sameday"), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Load_WrongTypesAndForms_AreSchemaErrorsAtTheValue()
    {
        var yaml = Templates.StinnYaml
            .Replace("businessDays: 10 }", "businessDays: ti }", StringComparison.Ordinal)
            .Replace("autumn: ultimo oktober", "autumn: slutten av oktober", StringComparison.Ordinal);
        var errors = RoutineLoader.Load(yaml, "x.yaml", Now).Diagnostics;
        Assert.Contains(errors, d => d.Message.StartsWith("expected a whole number, found the text \"ti\"", StringComparison.Ordinal) && (d.Location.Line, d.Location.Column) == At(yaml, "ti }"));
        Assert.Contains(errors, d => d.Message.Contains("'slutten av oktober' does not have the expected form", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MaxBelowMin_IsAnError()
    {
        var yaml = Templates.StinnYaml.Replace("minBusinessDays: 3, maxBusinessDays: 3", "minBusinessDays: 3, maxBusinessDays: 1", StringComparison.Ordinal);
        var loaded = RoutineLoader.Load(yaml, "x.yaml", Now);
        Assert.Contains(loaded.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("less than minBusinessDays", StringComparison.Ordinal));
        Assert.Null(loaded.Routine);
    }

    [Fact]
    public void Load_ValueWithTrailingNewline_IsASchemaErrorNotACrash()
    {
        var yaml = Templates.StinnYaml.Replace("  autumn: ultimo oktober\n", "  autumn: |\n    ultimo oktober\n", StringComparison.Ordinal);
        var error = Assert.Single(RoutineLoader.Load(yaml, "x.yaml", Now).Diagnostics);
        Assert.Contains("does not have the expected form", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ListWhereAnEnumIsExpected_IsASchemaError()
    {
        var yaml = Templates.StinnYaml.Replace("retention: { until: termEnd,", "retention: { until: [termEnd],", StringComparison.Ordinal);
        var error = Assert.Single(RoutineLoader.Load(yaml, "x.yaml", Now).Diagnostics);
        Assert.Equal("expected one of termEnd, roundEnd, found a list", error.Message);
    }

    [Fact]
    public void Load_KindAsList_SaysWhatKindMustBe()
    {
        var yaml = Templates.StinnYaml.Replace("timing: { kind: termEnd }", "timing: { kind: [termEnd] }", StringComparison.Ordinal);
        var error = Assert.Single(RoutineLoader.Load(yaml, "x.yaml", Now).Diagnostics);
        Assert.StartsWith("'kind' must be one of before, after,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyTiming_DescribesATimingRule()
    {
        var yaml = Templates.StinnYaml.Replace("timing: { kind: termEnd }", "timing:", StringComparison.Ordinal);
        var error = Assert.Single(RoutineLoader.Load(yaml, "x.yaml", Now).Diagnostics);
        Assert.StartsWith("expected a timing rule such as { kind: before", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Alias_IsRejectedWhereItIsUsed()
    {
        var yaml = Templates.StinnYaml
            .Replace("timing: { kind: sameDay, step: \"1.2\" }\n        occurs:", "timing: &same { kind: sameDay, step: \"1.2\" }\n        occurs:", StringComparison.Ordinal)
            .Replace("timing: { kind: sameDay, step: \"2.2\" }", "timing: *same", StringComparison.Ordinal);
        var error = Assert.Single(RoutineLoader.Load(yaml, "x.yaml", Now).Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(At(yaml, "*same"), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Load_TabIndentation_PointsAtTheTab()
    {
        var yaml = "id: x\n\ttitle: y\n";
        var error = Assert.Single(RoutineLoader.Load(yaml, "x.yaml", Now).Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal(2, error.Location.Line);
    }

    private static Diagnostic Single(string yaml, string code)
    {
        var loaded = RoutineLoader.Load(yaml, "x.yaml", Now);
        Assert.Null(loaded.Routine);
        return Assert.Single(loaded.Diagnostics, d => d.Code == code);
    }

    /// <summary>1-based line and column of the n-th occurrence of <paramref name="needle"/>.</summary>
    internal static (int Line, int Column) At(string text, string needle, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
        }

        Assert.True(index >= 0, $"'{needle}' not found");
        var line = text[..index].Count(c => c == '\n') + 1;
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return (line, column);
    }
}
