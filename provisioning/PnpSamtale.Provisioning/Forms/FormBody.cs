using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PnpSamtale.Provisioning.Forms;

/// <summary>
/// The body of one form: title, the header block with the round and the pair, the sections in the chosen language,
/// and the confirmation block.
/// </summary>
internal sealed class FormBody(FormDefinition form, FormRequest request, FormLabels labels)
{
    // A4 with 2 cm margins, in twentieths of a point.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1134;
    private const int TextWidth = PageWidth - (2 * Margin);

    public Body Build(string footerId)
    {
        var body = new Body();
        body.Append(Paragraph(FormStyles.Title, form.Title.In(request.Language)));
        body.Append(Paragraph(FormStyles.Subtitle, $"{request.RoutineTitle} – {request.RoundTitle}"));
        body.Append(Facts());
        if (form.Intro is { } intro)
        {
            body.Append(Paragraph(FormStyles.Normal, intro.In(request.Language)));
        }

        foreach (var section in form.Sections.Where(s => s.AppliesTo(request.CareerPlan)))
        {
            AppendSection(body, section);
        }

        AppendConfirmation(body);
        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = (UInt32Value)(uint)PageWidth, Height = (UInt32Value)(uint)PageHeight },
            new PageMargin { Top = Margin, Right = (UInt32Value)(uint)Margin, Bottom = Margin, Left = (UInt32Value)(uint)Margin, Header = 567, Footer = 567, Gutter = 0 }));
        return body;
    }

    /// <summary>The footer: classification, round and the conversation key, so a printed form can be matched to its item.</summary>
    public Footer Footer() => new(Paragraph(
        FormStyles.Footer,
        $"{request.Classification} · {request.RoundTitle} · {labels.Key}: {request.ConversationKey}"));

    private Table Facts()
    {
        var rows = new List<(string Label, string Value)>
        {
            (labels.Round, request.RoundTitle),
            (labels.Holder, request.HolderName),
            (labels.Partner, request.PartnerName),
            (labels.Role, request.PartnerRole),
        };
        if (!string.IsNullOrWhiteSpace(request.Campus))
        {
            rows.Add((labels.Campus, request.Campus));
        }

        rows.Add((labels.Window, labels.Dates(request.Window)));
        rows.Add((labels.Classification, request.Classification));

        var table = NewTable(2800, TextWidth - 2800);
        foreach (var (label, value) in rows)
        {
            table.Append(new TableRow(Cell(label, 2800, bold: true), Cell(value, TextWidth - 2800)));
        }

        return table;
    }

    private void AppendSection(Body body, FormSection section)
    {
        body.Append(Paragraph(FormStyles.Heading1, section.Heading.In(request.Language)));
        if (section.Intro is { } intro)
        {
            body.Append(Paragraph(FormStyles.Normal, intro.In(request.Language)));
        }

        if (section.NoticeId is { } notice)
        {
            body.Append(Paragraph(FormStyles.Notice, request.Notices[notice]));
        }

        foreach (var prompt in section.Prompts)
        {
            body.Append(Paragraph(FormStyles.Prompt, prompt.In(request.Language)));
            body.Append(Paragraph(FormStyles.Answer, string.Empty));
        }

        if (section.Kind == FormSectionKind.Measures)
        {
            body.Append(Measures(section.Rows));
        }
    }

    private Table Measures(int rows)
    {
        int[] widths = [TextWidth - 4200, 2100, 2100];
        var table = NewTable(widths);
        table.Append(HeaderRow(widths, labels.Measure, labels.Deadline, labels.Responsible));
        for (var i = 0; i < rows; i++)
        {
            table.Append(new TableRow([RowHeight(454), .. widths.Select(w => Cell(string.Empty, w))]));
        }

        return table;
    }

    private void AppendConfirmation(Body body)
    {
        body.Append(Paragraph(FormStyles.Heading1, labels.ConfirmationHeading));
        body.Append(Paragraph(FormStyles.Normal, labels.ConfirmationText));
        int[] widths = [2400, TextWidth - 6400, 1600, 2400];
        var table = NewTable(widths);
        table.Append(HeaderRow(widths, string.Empty, labels.Name, labels.Date, labels.Signature));
        foreach (var (role, name) in new[] { (labels.Holder, request.HolderName), (labels.Partner, request.PartnerName) })
        {
            // Room for a handwritten signature when the form is printed.
            table.Append(new TableRow(RowHeight(680), Cell(role, widths[0], bold: true), Cell(name, widths[1]), Cell(string.Empty, widths[2]), Cell(string.Empty, widths[3])));
        }

        body.Append(table);
    }

    private static Table NewTable(params int[] widths) => new(
        new TableProperties(
            new TableStyle { Val = FormStyles.TableGrid },
            new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed }),
        new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

    /// <summary>A header row that repeats on every page the table runs over.</summary>
    private static TableRow HeaderRow(int[] widths, params string[] texts) => new(
        [new TableRowProperties(new TableHeader(), new CantSplit()), .. texts.Select((t, i) => Cell(t, widths[i], bold: true))]);

    private static TableRowProperties RowHeight(uint twips) =>
        new(new TableRowHeight { Val = twips, HeightType = HeightRuleValues.AtLeast });

    private static TableCell Cell(string text, int width, bool bold = false) => new(
        new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
        Paragraph(FormStyles.Normal, text, bold));

    private static Paragraph Paragraph(string style, string text, bool bold = false)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (text.Length > 0)
        {
            var run = new Run();
            if (bold)
            {
                run.Append(new RunProperties(new Bold()));
            }

            run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return paragraph;
    }
}
