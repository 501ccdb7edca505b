using System.Reflection;
using PnpSamtale.Core.Rosters;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PnpSamtale.Jobs.HolderKickoff;

/// <summary>The kick-off mail's texts in Norwegian (bokmål) and English.</summary>
public sealed class KickoffTemplates
{
    /// <summary>Norwegian (bokmål).</summary>
    public KickoffTexts Nb { get; set; } = new();

    /// <summary>English.</summary>
    public KickoffTexts En { get; set; } = new();

    /// <summary>The texts shipped with the product.</summary>
    public static KickoffTemplates Default { get; } = LoadDefault();

    /// <summary>The texts for a person's language.</summary>
    public KickoffTexts For(Language language) => language == Language.English ? En : Nb;

    /// <summary>Reads the texts from YAML; says which file, line and field is wrong.</summary>
    /// <exception cref="InvalidDataException">The text is not a valid kick-off template.</exception>
    public static KickoffTemplates Parse(string yaml, string file)
    {
        KickoffTemplates templates;
        try
        {
            templates = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<KickoffTemplates>(yaml)
                ?? throw new InvalidDataException($"{file}: empty kick-off template");
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{file}:{e.Start.Line}:{e.Start.Column}: {e.InnerException?.Message ?? e.Message}", e);
        }

        foreach (var (language, texts) in new[] { ("nb", templates.Nb), ("en", templates.En) })
        {
            if (texts.Fields().FirstOrDefault(f => string.IsNullOrWhiteSpace(f.Value)) is { Field: { } missing })
            {
                throw new InvalidDataException($"{file}: {language}.{missing} is missing");
            }
        }

        return templates;
    }

    private static KickoffTemplates LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("kickoff.yaml")
            ?? throw new InvalidOperationException("The default kick-off template is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "templates/mail/kickoff.yaml");
    }
}
