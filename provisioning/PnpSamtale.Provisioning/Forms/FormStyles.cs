using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PnpSamtale.Provisioning.Forms;

/// <summary>
/// The styles part of a form. Headings, title and footer use Word's built-in style ids and names, so the navigation
/// pane, the table of contents and screen readers treat them as headings; the rest are the form's own styles.
/// </summary>
internal static class FormStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Prompt = "Prompt";
    public const string Answer = "Answer";
    public const string Notice = "Notice";
    public const string Footer = "Footer";
    public const string TableGrid = "TableGrid";

    private const string Font = "Calibri";
    private const string Accent = "1F3864";
    private const string Grey = "595959";
    private const string Rule = "BFBFBF";

    public static Styles Create(string cultureName) => new(
        Defaults(cultureName),
        Paragraph(Normal, "Normal", basedOn: null, isDefault: true, builtIn: true, null, null),
        Paragraph(Title, "Title", Normal, isDefault: false, builtIn: true,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "60" }),
            new StyleRunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "40" }, new FontSizeComplexScript { Val = "40" })),
        Paragraph(Subtitle, "Subtitle", Normal, isDefault: false, builtIn: true,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new Color { Val = Grey }, new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" })),
        Paragraph(Heading1, "heading 1", Normal, isDefault: false, builtIn: true,
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "360", After = "120" }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })),
        Paragraph(Prompt, "Prompt", Normal, isDefault: false, builtIn: false,
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }),
            new StyleRunProperties(new Bold())),
        // An empty paragraph with a rule under it: room to type, and a line to write on when printed.
        Paragraph(Answer, "Answer", Normal, isDefault: false, builtIn: false,
            new StyleParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = Rule }),
                new SpacingBetweenLines { Before = "240", After = "240" }),
            null),
        Paragraph(Notice, "Notice", Normal, isDefault: false, builtIn: false,
            new StyleParagraphProperties(
                new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = Accent }),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" },
                new Indentation { Left = "200" }),
            new StyleRunProperties(new Italic())),
        Paragraph(Footer, "footer", Normal, isDefault: false, builtIn: true,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new Color { Val = Grey }, new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" })),
        TableGridStyle());

    /// <summary>The document defaults: font, size, spacing and the language Word spell-checks in.</summary>
    private static DocDefaults Defaults(string cultureName) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
            new FontSize { Val = "22" },
            new FontSizeComplexScript { Val = "22" },
            new Languages { Val = cultureName })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto })));

    private static Style TableGridStyle() => new(
        new StyleName { Val = "Table Grid" },
        new UIPriority { Val = 59 },
        new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }),
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = Rule },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = Rule },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = Rule },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = Rule },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = Rule },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = Rule }),
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
    {
        Type = StyleValues.Table,
        StyleId = TableGrid,
    };

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault, bool builtIn, StyleParagraphProperties? paragraph, StyleRunProperties? run)
    {
        // Child order follows the schema: name, basedOn, next, uiPriority, qFormat, pPr, rPr.
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        if (!builtIn)
        {
            style.CustomStyle = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
            style.Append(new NextParagraphStyle { Val = Normal });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
