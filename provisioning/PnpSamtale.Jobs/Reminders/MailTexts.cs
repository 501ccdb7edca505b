using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PnpSamtale.Jobs.Reminders;

/// <summary>The texts of the digest mail in one language (<c>templates/mail/digest.yaml</c>).</summary>
public sealed class MailTexts
{
    /// <summary>The subject; <c>{deadlines}</c> (the counted noun: "1 frist", "2 frister"), <c>{count}</c>, <c>{date}</c>.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>The greeting; <c>{name}</c>.</summary>
    public string Greeting { get; set; } = string.Empty;

    /// <summary>The first paragraph.</summary>
    public string Intro { get; set; } = string.Empty;

    /// <summary>Section headings by kind: escalation, chase, chaseCopy, overdue, dueToday, upcoming.</summary>
    public Dictionary<string, string> Sections { get; set; } = [];

    /// <summary>One item; <c>{round}</c>, <c>{step}</c>, <c>{activity}</c>, <c>{about}</c>, <c>{deadline}</c>, <c>{late}</c>.</summary>
    public string Item { get; set; } = string.Empty;

    /// <summary>What the item concerns; <c>{about}</c>.</summary>
    public string About { get; set; } = string.Empty;

    /// <summary>How late; <c>{businessDays}</c> (the counted noun: "1 virkedag", "3 virkedager"), <c>{days}</c> (the number).</summary>
    public string Late { get; set; } = string.Empty;

    /// <summary>The item's link line; <c>{link}</c>.</summary>
    public string Link { get; set; } = string.Empty;

    /// <summary>
    /// What to do, and what counts as done, by what shows a step done: <c>none</c> (a round step), <c>scheduled</c>,
    /// <c>held</c>, <c>formSent</c>, <c>formConfirmed</c>, <c>formArchived</c>, <c>measures</c>. Optional: a template
    /// without them lists the items without the line.
    /// </summary>
    public Dictionary<string, string> Actions { get; set; } = [];

    /// <summary>The action line under an item; <c>{action}</c>.</summary>
    public string Action { get; set; } = "  {action}";

    /// <summary>The closing paragraph.</summary>
    public string Footer { get; set; } = string.Empty;
}

/// <summary>The digest texts in Norwegian (bokmål) and English.</summary>
public sealed class MailTemplates
{
    /// <summary>The section keys a template must have.</summary>
    public static readonly IReadOnlyList<string> SectionKeys = ["escalation", "chase", "chaseCopy", "overdue", "dueToday", "upcoming"];

    /// <summary>Norwegian (bokmål).</summary>
    public MailTexts Nb { get; set; } = new();

    /// <summary>English.</summary>
    public MailTexts En { get; set; } = new();

    /// <summary>The texts shipped with the product.</summary>
    public static MailTemplates Default { get; } = LoadDefault();

    /// <summary>Reads templates from YAML; says which file, line and field is wrong.</summary>
    /// <exception cref="InvalidDataException">The text is not a valid digest template.</exception>
    public static MailTemplates Parse(string yaml, string file)
    {
        MailTemplates templates;
        try
        {
            templates = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<MailTemplates>(yaml)
                ?? throw new InvalidDataException($"{file}: empty mail template");
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{file}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }

        foreach (var (language, texts) in new[] { ("nb", templates.Nb), ("en", templates.En) })
        {
            foreach (var (field, value) in new[] { ("subject", texts.Subject), ("greeting", texts.Greeting), ("item", texts.Item) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    throw new InvalidDataException($"{file}: {language}.{field} is missing");
                }
            }

            if (SectionKeys.FirstOrDefault(k => !texts.Sections.ContainsKey(k)) is { } missing)
            {
                throw new InvalidDataException($"{file}: {language}.sections.{missing} is missing");
            }
        }

        return templates;
    }

    /// <summary>Reads templates from a file.</summary>
    public static MailTemplates Load(string path) => Parse(File.ReadAllText(path), path);

    private static MailTemplates LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("digest.yaml")
            ?? throw new InvalidOperationException("The default mail template is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "templates/mail/digest.yaml");
    }
}
