using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PnpSamtale.Provisioning.Forms;

namespace PnpSamtale.Provisioning.Tests.Forms;

public sealed class FormDocumentTests
{
    public static TheoryData<string, string?, string> EveryFormInEveryLanguage => new()
    {
        { FormFixtures.StInn, null, "nb" },
        { FormFixtures.StInn, null, "en" },
        { FormFixtures.Ntnu, "sjekkliste-generell", "nb" },
        { FormFixtures.Ntnu, "sjekkliste-generell", "en" },
        { FormFixtures.Ntnu, "sjekkliste-postdoc", "nb" },
        { FormFixtures.Ntnu, "sjekkliste-postdoc", "en" },
        { FormFixtures.Ntnu, "sjekkliste-stipendiat", "nb" },
        { FormFixtures.Ntnu, "sjekkliste-stipendiat", "en" },
    };

    [Fact]
    public void Create_StInnInNorwegian_HeaderBlockHasTheRoundThePairAndTheWindow()
    {
        var request = FormFixtures.StInnRequest("nb");

        var text = Paragraphs(Create(FormFixtures.StInn, request));

        Assert.Equal("Skjema for medarbeidersamtale", text[0]);
        Assert.Equal("Rutine for medarbeidersamtaler og tillitsvalgtutvikling – H2026", text[1]);
        AssertFollows(text, "Runde", "H2026");
        AssertFollows(text, "Samtaleansvarlig", "Kari Nordmann");
        AssertFollows(text, "Samtalepartner", "Ola Berg");
        AssertFollows(text, "Rolle", "Leder av Valgkomiteen");
        AssertFollows(text, "Studiested", "Gjøvik");
        AssertFollows(text, "Samtaleperiode", "mandag 9. november 2026 – fredag 20. november 2026");
        AssertFollows(text, "Gradering", "Konfidensielt");
    }

    [Fact]
    public void Create_StInnInEnglish_LabelsAndDatesAreEnglish()
    {
        var text = Paragraphs(Create(FormFixtures.StInn, FormFixtures.StInnRequest("en")));

        Assert.Equal("Appraisal conversation form", text[0]);
        AssertFollows(text, "Conversation holder", "Kari Nordmann");
        AssertFollows(text, "Conversation partner", "Ola Berg");
        AssertFollows(text, "Campus", "Gjøvik");
        AssertFollows(text, "Conversation period", "Monday 9 November 2026 – Friday 20 November 2026");
        AssertFollows(text, "Classification", "Confidential");
    }

    [Fact]
    public void Create_NoCampus_LeavesTheCampusRowOut()
    {
        var text = Paragraphs(Create(FormFixtures.Ntnu, FormFixtures.NtnuRequest("nb", "sjekkliste-postdoc", careerPlan: true)));

        Assert.DoesNotContain("Studiested", text);
        AssertFollows(text, "Rolle", "Postdoktor");
    }

    [Theory]
    [MemberData(nameof(EveryFormInEveryLanguage))]
    public void Create_AnyForm_HasEveryHeadingOfItsLanguageAndNoTextOfTheOther(string routineId, string? formId, string language)
    {
        var template = FormFixtures.Template(routineId);
        var form = template.Find(formId)!;
        var other = language == "nb" ? "en" : "nb";
        var request = Request(routineId, language, formId, careerPlan: true);

        var document = FormDocument.Create(template, request);

        var expected = form.Sections.Select(s => s.Heading.In(language)).Append(language == "nb" ? "Bekreftelse og underskrift" : "Confirmation and signature");
        Assert.Equal(expected, Headings(document));
        var text = Paragraphs(document);
        var foreign = template.Forms
            .SelectMany(f => f.Sections.SelectMany(s => new[] { s.Heading, s.Intro }.Concat(s.Prompts)).Append(f.Title).Append(f.Intro))
            .OfType<BilingualText>()
            .Select(t => t.In(other))
            .Concat(language == "nb" ? ["Conversation holder", "Conversation partner", "Measure", "Deadline", "Signature"] : ["Samtaleansvarlig", "Samtalepartner", "Tiltak", "Frist", "Underskrift"]);
        Assert.All(foreign, f => Assert.DoesNotContain(text, p => p.Contains(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void Create_EveryPrompt_IsFollowedByAnEmptyAnswerParagraph()
    {
        var body = Body(Create(FormFixtures.StInn, FormFixtures.StInnRequest("nb")));
        var paragraphs = body.Elements<Paragraph>().ToList();

        var prompts = paragraphs.Select((p, i) => (p, i)).Where(x => Style(x.p) == "Prompt").ToList();

        Assert.Equal(11, prompts.Count);
        Assert.All(prompts, x =>
        {
            Assert.Equal("Answer", Style(paragraphs[x.i + 1]));
            Assert.Equal(string.Empty, paragraphs[x.i + 1].InnerText);
        });
    }

    [Fact]
    public void Create_StInn_MeasuresTableHasHeaderAndEmptyRowsAfterItsHeading()
    {
        var body = Body(Create(FormFixtures.StInn, FormFixtures.StInnRequest("nb")));

        var heading = body.Elements<Paragraph>().Single(p => p.InnerText == "Avtalte tiltak");
        var table = heading.ElementsAfter().OfType<Table>().First();
        var rows = table.Elements<TableRow>().ToList();

        Assert.Equal(["Tiltak", "Frist", "Ansvarlig"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(5, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(string.Empty, r.InnerText));
    }

    [Fact]
    public void Create_ConfirmationBlock_NamesThePair()
    {
        var body = Body(Create(FormFixtures.StInn, FormFixtures.StInnRequest("nb")));

        var table = body.Elements<Table>().Last();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();

        Assert.Equal(["", "Navn", "Dato", "Underskrift"], rows[0]);
        Assert.Equal(["Samtaleansvarlig", "Kari Nordmann", "", ""], rows[1]);
        Assert.Equal(["Samtalepartner", "Ola Berg", "", ""], rows[2]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Create_Ntnu_CareerPlanSectionOnlyWhenOffered(bool careerPlan)
    {
        var headings = Headings(Create(FormFixtures.Ntnu, FormFixtures.NtnuRequest("nb", "sjekkliste-generell", careerPlan)));

        Assert.Equal(careerPlan, headings.Contains("Karriereplan"));
        Assert.Contains("Lønn", headings);
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("en")]
    public void Create_Ntnu_PrintsTheSalaryAndThirdPartyNotices(string language)
    {
        var routine = FormFixtures.Routine(FormFixtures.Ntnu);
        var salary = routine.Notices.Single(n => n.Id == "lonn");
        var thirdParty = routine.Notices.Single(n => n.Id == "tredjepart");

        var body = Body(Create(FormFixtures.Ntnu, FormFixtures.NtnuRequest(language, "sjekkliste-stipendiat", careerPlan: true)));

        var notices = body.Elements<Paragraph>().Where(p => Style(p) == "Notice").Select(p => p.InnerText).ToList();
        Assert.Contains(language == "en" ? salary.TextEn : salary.Text, notices);
        Assert.Contains(language == "en" ? thirdParty.TextEn : thirdParty.Text, notices);
        Assert.Contains(language == "en" ? "separate meeting about salary" : "eget møte om lønn", string.Join("\n", notices), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SameInput_GivesTheSameBytes()
    {
        var first = Create(FormFixtures.Ntnu, FormFixtures.NtnuRequest("nb", "sjekkliste-postdoc", careerPlan: true));
        var second = Create(FormFixtures.Ntnu, FormFixtures.NtnuRequest("nb", "sjekkliste-postdoc", careerPlan: true));
        var otherPartner = Create(FormFixtures.Ntnu, FormFixtures.NtnuRequest("nb", "sjekkliste-postdoc", careerPlan: true) with { PartnerName = "Bjørn Aune" });

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherPartner);
    }

    [Fact]
    public void Create_Package_CarriesNoTimeOfMaking()
    {
        using var zip = new ZipArchive(new MemoryStream(Create(FormFixtures.StInn, FormFixtures.StInnRequest("nb"))));

        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Theory]
    [InlineData("nb", "Samtaleskjema H2026")]
    [InlineData("en", "Conversation form H2026")]
    public void Create_Properties_TitleHasNoNamesAndThereIsNoCreator(string language, string title)
    {
        var request = FormFixtures.StInnRequest(language);

        using var document = WordprocessingDocument.Open(new MemoryStream(FormDocument.Create(FormFixtures.Template(FormFixtures.StInn), request)), false);

        var properties = document.PackageProperties;
        Assert.Equal(title, properties.Title);
        Assert.DoesNotContain("Kari", properties.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Ola", properties.Title, StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(properties.Creator));
        Assert.True(string.IsNullOrEmpty(properties.LastModifiedBy));
        Assert.Equal(request.ConversationKey, properties.Identifier);
    }

    [Fact]
    public void Create_Footer_CarriesTheClassificationAndTheConversationKey()
    {
        using var document = Open(Create(FormFixtures.StInn, FormFixtures.StInnRequest("nb")));

        var footer = Assert.Single(document.MainDocumentPart!.FooterParts).Footer.InnerText;

        Assert.Equal("Konfidensielt · H2026 · Samtale-ID: h2026-3.5-7f3a9c", footer);
    }

    [Fact]
    public void Create_Headings_UseTheBuiltInHeadingStyle()
    {
        using var document = Open(Create(FormFixtures.StInn, FormFixtures.StInnRequest("nb")));

        var style = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");

        Assert.Equal("heading 1", style.StyleName?.Val?.Value);
        Assert.Equal(0, style.StyleParagraphProperties?.OutlineLevel?.Val?.Value);
    }

    [Theory]
    [MemberData(nameof(EveryFormInEveryLanguage))]
    public void Create_AnyForm_IsValidWordprocessingMl(string routineId, string? formId, string language)
    {
        using var document = Open(FormDocument.Create(FormFixtures.Template(routineId), Request(routineId, language, formId, careerPlan: true)));

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void Create_UnknownLanguage_Throws()
    {
        var request = FormFixtures.StInnRequest("nb") with { Language = "nn" };

        var error = Assert.Throws<ArgumentException>(() => Create(FormFixtures.StInn, request));

        Assert.Contains("'nn'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownForm_ThrowsNamingTheKnownForms()
    {
        var request = FormFixtures.NtnuRequest("nb", "sjekkliste-ukjent", careerPlan: false);

        var error = Assert.Throws<ArgumentException>(() => Create(FormFixtures.Ntnu, request));

        Assert.Contains("sjekkliste-ukjent", error.Message, StringComparison.Ordinal);
        Assert.Contains("sjekkliste-generell", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoticeMissingFromRequest_ThrowsNamingIt()
    {
        var request = FormFixtures.NtnuRequest("nb", "sjekkliste-generell", careerPlan: false);
        var notices = request.Notices.Where(n => n.Key != "lonn").ToDictionary();

        var error = Assert.Throws<ArgumentException>(() => Create(FormFixtures.Ntnu, request with { Notices = notices }));

        Assert.Contains("lonn", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Core.Rosters.Language.Norwegian, "nb")]
    [InlineData(Core.Rosters.Language.English, "en")]
    public void FormLanguage_RosterLanguage_MapsToTheFormLanguage(Core.Rosters.Language language, string expected)
    {
        Assert.Equal(expected, FormLanguage.Of(language));
    }

    [Fact]
    public void Window_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FormWindow(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 9)));
    }

    private static FormRequest Request(string routineId, string language, string? formId, bool careerPlan) =>
        routineId == FormFixtures.StInn
            ? FormFixtures.StInnRequest(language) with { CareerPlan = careerPlan }
            : FormFixtures.NtnuRequest(language, formId!, careerPlan);

    private static byte[] Create(string routineId, FormRequest request) =>
        FormDocument.Create(FormFixtures.Template(routineId), request);

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static Body Body(byte[] docx)
    {
        using var document = Open(docx);
        return (Body)document.MainDocumentPart!.Document.Body!.CloneNode(true);
    }

    private static string? Style(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    /// <summary>The text of every paragraph, table cells included, in document order.</summary>
    private static List<string> Paragraphs(byte[] docx) => [.. Body(docx).Descendants<Paragraph>().Select(p => p.InnerText)];

    private static List<string> Headings(byte[] docx) =>
        [.. Body(docx).Elements<Paragraph>().Where(p => Style(p) == "Heading1").Select(p => p.InnerText)];

    /// <summary>The header block puts each label in its own cell, with the value in the next.</summary>
    private static void AssertFollows(List<string> text, string label, string value)
    {
        var at = text.IndexOf(label);
        Assert.True(at >= 0, $"no paragraph '{label}'");
        Assert.Equal(value, text[at + 1]);
    }
}
