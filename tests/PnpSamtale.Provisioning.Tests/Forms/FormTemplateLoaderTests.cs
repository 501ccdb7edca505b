using PnpSamtale.Core.Definitions;
using PnpSamtale.Provisioning.Forms;

namespace PnpSamtale.Provisioning.Tests.Forms;

public sealed class FormTemplateLoaderTests
{
    private const string Valid = """
        routine: eksempel
        measures: true
        forms:
          - id: skjema
            title: { nb: Skjema, en: Form }
            sections:
              - id: arbeid
                heading: { nb: Arbeid, en: Work }
                prompts:
                  - { nb: Hvordan går det?, en: How is it going? }
              - id: tiltak
                heading: { nb: Tiltak, en: Measures }
                kind: measures
        """;

    [Fact]
    public void LoadDirectory_ShippedTemplates_LoadWithoutProblems()
    {
        var loaded = FormTemplateLoader.LoadDirectory(FormFixtures.FormsDirectory);

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal([FormFixtures.Ntnu, FormFixtures.StInn], loaded.Templates.Select(t => t.RoutineId));
    }

    [Fact]
    public void LoadFile_StInn_HasOneFormWithMeasures()
    {
        var template = FormFixtures.Template(FormFixtures.StInn);

        Assert.True(template.HasMeasures);
        var form = Assert.Single(template.Forms);
        Assert.Same(form, template.Find(null));
        Assert.Equal(["oppfolging", "arbeidsmiljo", "egenutvikling", "tiltak", "bekreftelse", "gradering", "makulering"], form.Sections.Select(s => s.Id));
        Assert.Equal(FormSectionKind.Measures, form.Sections.Single(s => s.Id == "tiltak").Kind);
    }

    [Fact]
    public void LoadFile_Ntnu_HasAChecklistPerFormAndTheGeneralOneByDefault()
    {
        var template = FormFixtures.Template(FormFixtures.Ntnu);

        Assert.Equal(["sjekkliste-generell", "sjekkliste-postdoc", "sjekkliste-stipendiat"], template.Forms.Select(f => f.Id));
        Assert.Equal("sjekkliste-generell", template.Find(null)?.Id);
        Assert.Equal("sjekkliste-postdoc", template.Find("sjekkliste-postdoc")?.Id);
        Assert.Null(template.Find("sjekkliste-ukjent"));
        Assert.All(template.Forms, f => Assert.Equal(FormCondition.CareerPlan, f.Sections.Single(s => s.Id == "karriereplan").OnlyWhen));
        Assert.All(template.Forms, f => Assert.Equal("lonn", f.Sections.Single(s => s.Id == "lonn").NoticeId));
    }

    [Theory]
    [InlineData(FormFixtures.StInn)]
    [InlineData(FormFixtures.Ntnu)]
    public void ShippedTemplate_MatchesItsRoutine_EveryCategoryFormAndNoticeExists(string routineId)
    {
        var routine = FormFixtures.Routine(routineId);
        var template = FormFixtures.Template(routineId);

        Assert.Equal(routine.Id, template.RoutineId);
        Assert.NotNull(template.Find(null));
        Assert.All(routine.Categories, c => Assert.NotNull(template.Find(c.Form)));
        var notices = routine.Notices.Select(n => n.Id).ToHashSet();
        Assert.All(template.Forms.SelectMany(f => f.Sections).Where(s => s.NoticeId is not null), s => Assert.Contains(s.NoticeId!, notices));
    }

    [Theory]
    [InlineData(FormFixtures.StInn)]
    [InlineData(FormFixtures.Ntnu)]
    public void ShippedTemplate_EveryText_IsInBothLanguagesAndDiffers(string routineId)
    {
        var template = FormFixtures.Template(routineId);
        var texts = template.Forms.SelectMany(f => new[] { f.Title, f.Intro }
            .Concat(f.Sections.SelectMany(s => new[] { s.Heading, s.Intro }.Concat(s.Prompts))))
            .OfType<BilingualText>()
            .ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.NotEqual(t.Nb, t.En));
    }

    [Fact]
    public void Load_ValidText_ReadsEveryPart()
    {
        var loaded = FormTemplateLoader.Load(Valid, "eksempel.yaml");

        Assert.Empty(loaded.Diagnostics);
        var section = loaded.Template!.Find("skjema")!.Sections[0];
        Assert.Equal("How is it going?", Assert.Single(section.Prompts).In("en"));
        Assert.Equal(5, loaded.Template.Find(null)!.Sections[1].Rows);
    }

    [Fact]
    public void Load_TextWithoutEnglish_ReportsFileLineAndField()
    {
        var yaml = Valid.Replace("heading: { nb: Arbeid, en: Work }", "heading: { nb: Arbeid }", StringComparison.Ordinal);

        var loaded = FormTemplateLoader.Load(yaml, "eksempel.yaml");

        Assert.Null(loaded.Template);
        var problem = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.Schema, problem.Code);
        Assert.Equal(new SourceLocation("eksempel.yaml", 8, 18), problem.Location);
        Assert.Contains("'en'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspelledField_SuggestsTheFieldAtItsLine()
    {
        var yaml = Valid.Replace("kind: measures", "knd: measures", StringComparison.Ordinal);

        var loaded = FormTemplateLoader.Load(yaml, "eksempel.yaml");

        Assert.Null(loaded.Template);
        var problem = Assert.Single(loaded.Diagnostics);
        Assert.Equal("eksempel.yaml:13:9: error SAM002: unknown field 'knd'; did you mean 'kind'?", problem.ToString());
    }

    [Fact]
    public void Load_UnknownCondition_NamesTheAllowedValue()
    {
        var yaml = Valid.Replace("      - id: arbeid\n", "      - id: arbeid\n        onlyWhen: always\n", StringComparison.Ordinal);

        var problem = Assert.Single(FormTemplateLoader.Load(yaml, "eksempel.yaml").Diagnostics);

        Assert.Equal(8, problem.Location.Line);
        Assert.Contains("careerPlan", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SyntaxError_ReportsTheLine()
    {
        var problem = Assert.Single(FormTemplateLoader.Load("routine: eksempel\nforms: [\n", "eksempel.yaml").Diagnostics);

        Assert.Equal(DiagnosticCodes.YamlSyntax, problem.Code);
        Assert.Equal("eksempel.yaml", problem.Location.File);
    }

    [Fact]
    public void Load_RepeatedSectionId_ReportsTheRepetition()
    {
        var yaml = Valid.Replace("- id: tiltak", "- id: arbeid", StringComparison.Ordinal);

        var problem = Assert.Single(FormTemplateLoader.Load(yaml, "eksempel.yaml").Diagnostics);

        Assert.Equal(DiagnosticCodes.Duplicate, problem.Code);
        Assert.Equal(new SourceLocation("eksempel.yaml", 11, 13), problem.Location);
        Assert.Contains("first at line 7", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RepeatedFormId_ReportsTheRepetition()
    {
        var second = Valid[Valid.IndexOf("  - id: skjema", StringComparison.Ordinal)..];

        var loaded = FormTemplateLoader.Load(Valid + "\n" + second, "eksempel.yaml");

        Assert.Null(loaded.Template);
        var problem = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.Duplicate, problem.Code);
        Assert.Equal(new SourceLocation("eksempel.yaml", 14, 9), problem.Location);
        Assert.Contains("the form id 'skjema' is used twice (first at line 4)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MeasuresWithoutTable_ReportsTheForm()
    {
        var yaml = Valid[..Valid.IndexOf("      - id: tiltak", StringComparison.Ordinal)];

        var loaded = FormTemplateLoader.Load(yaml, "eksempel.yaml");

        Assert.Null(loaded.Template);
        var problem = Assert.Single(loaded.Diagnostics);
        Assert.Equal(4, problem.Location.Line);
        Assert.Contains("form 'skjema' has no section with kind: measures", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TableWithoutMeasures_ReportsTheTable()
    {
        var yaml = Valid.Replace("measures: true", "measures: false", StringComparison.Ordinal);

        var problem = Assert.Single(FormTemplateLoader.Load(yaml, "eksempel.yaml").Diagnostics);

        Assert.Equal(new SourceLocation("eksempel.yaml", 13, 15), problem.Location);
        Assert.Contains("measures: false", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SectionWithNothingToShow_IsAnError()
    {
        var yaml = Valid.Replace("        prompts:\n          - { nb: Hvordan går det?, en: How is it going? }\n", string.Empty, StringComparison.Ordinal);

        var problem = Assert.Single(FormTemplateLoader.Load(yaml, "eksempel.yaml").Diagnostics);

        Assert.Equal(7, problem.Location.Line);
        Assert.Contains("section 'arbeid' has nothing to show", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RowsOnPromptSection_IsMisplaced()
    {
        var yaml = Valid.Replace("heading: { nb: Arbeid, en: Work }", "heading: { nb: Arbeid, en: Work }\n        rows: 3", StringComparison.Ordinal);

        var problem = Assert.Single(FormTemplateLoader.Load(yaml, "eksempel.yaml").Diagnostics);

        Assert.Equal(DiagnosticCodes.Misplaced, problem.Code);
        Assert.Equal(9, problem.Location.Line);
    }

    [Fact]
    public void Load_TwoDefaults_IsAnError()
    {
        var second = Valid[Valid.IndexOf("  - id: skjema", StringComparison.Ordinal)..].Replace("id: skjema", "id: annet", StringComparison.Ordinal);
        var yaml = Valid.Replace("  - id: skjema\n", "  - id: skjema\n    default: true\n", StringComparison.Ordinal)
            + "\n" + second.Replace("  - id: annet\n", "  - id: annet\n    default: true\n", StringComparison.Ordinal);

        var problem = Assert.Single(FormTemplateLoader.Load(yaml, "eksempel.yaml").Diagnostics);

        Assert.Contains("'skjema' and 'annet' are both marked default", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_SeveralFormsAndNoDefault_FindsNoneWithoutAnId()
    {
        var second = Valid[Valid.IndexOf("  - id: skjema", StringComparison.Ordinal)..].Replace("id: skjema", "id: annet", StringComparison.Ordinal);

        var template = FormTemplateLoader.Load(Valid + "\n" + second, "eksempel.yaml").Template!;

        Assert.Null(template.Find(null));
        Assert.Equal("annet", template.Find("annet")?.Id);
    }

    [Fact]
    public void LoadFile_MissingFile_ReportsInsteadOfThrowing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pnpsamtale-{Guid.NewGuid():N}", "mangler.yaml");

        var problem = Assert.Single(FormTemplateLoader.LoadFile(path).Diagnostics);

        Assert.Equal(path, problem.Location.File);
        Assert.Contains("cannot read", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_FileNotNamedByRoutine_ReportsAndLeavesItOut()
    {
        var directory = Directory.CreateTempSubdirectory("pnpsamtale-forms-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "eksempel.yaml"), Valid);
            File.WriteAllText(Path.Combine(directory.FullName, "feil-navn.yaml"), Valid);

            var loaded = FormTemplateLoader.LoadDirectory(directory.FullName);

            Assert.Equal("eksempel", Assert.Single(loaded.Templates).RoutineId);
            var problem = Assert.Single(loaded.Diagnostics);
            Assert.EndsWith("feil-navn.yaml", problem.Location.File, StringComparison.Ordinal);
            Assert.Contains("name it eksempel.yaml", problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
