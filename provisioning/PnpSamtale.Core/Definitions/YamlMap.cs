using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PnpSamtale.Core.Definitions;

/// <summary>
/// Typed reads from a YAML mapping that has already passed schema validation, so a missing required field here
/// is a bug in the schema, not in the user's file.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The reads are named after the YAML scalar kinds they return.")]
public readonly struct YamlMap
{
    private readonly YamlMappingNode _node;

    /// <summary>Wraps a mapping node.</summary>
    public YamlMap(YamlMappingNode node) => _node = node;

    /// <summary>The mapping node.</summary>
    public YamlMappingNode Node => _node;

    /// <summary>Whether the key is present.</summary>
    public bool Has(string key) => _node.Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>The value of a key, if present.</summary>
    public YamlNode? Get(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    /// <summary>The value of a key the schema requires.</summary>
    public YamlNode Required(string key) => Get(key) ?? throw new InvalidOperationException($"Schema should have required '{key}'.");

    /// <summary>A required text.</summary>
    public string String(string key) => ((YamlScalarNode)Required(key)).Value ?? string.Empty;

    /// <summary>An optional text; <c>null</c> when absent or null.</summary>
    public string? OptionalString(string key) => Get(key) is YamlScalarNode s && !YamlScalars.IsNull(s) ? s.Value : null;

    /// <summary>An integer, or <paramref name="fallback"/> when absent.</summary>
    public int Int(string key, int fallback) =>
        Get(key) is YamlScalarNode s ? int.Parse(s.Value!, CultureInfo.InvariantCulture) : fallback;

    /// <summary>A boolean, or <paramref name="fallback"/> when absent.</summary>
    public bool Bool(string key, bool fallback) =>
        Get(key) is YamlScalarNode s && YamlScalars.TryBoolean(s, out var b) ? b : fallback;

    /// <summary>An optional date (yyyy-MM-dd).</summary>
    public DateOnly? Date(string key) =>
        OptionalString(key) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>A required mapping.</summary>
    public YamlMap Map(string key) => new((YamlMappingNode)Required(key));

    /// <summary>An optional mapping.</summary>
    public YamlMap? OptionalMap(string key) => Get(key) is YamlMappingNode m ? new YamlMap(m) : null;

    /// <summary>A list of mappings; empty when absent.</summary>
    public IReadOnlyList<YamlMap> Maps(string key) =>
        Get(key) is YamlSequenceNode seq ? [.. seq.Children.Cast<YamlMappingNode>().Select(n => new YamlMap(n))] : [];

    /// <summary>A list of texts; a single text is read as a list of one.</summary>
    public IReadOnlyList<YamlScalarNode> Scalars(string key) => Get(key) switch
    {
        YamlSequenceNode seq => [.. seq.Children.Cast<YamlScalarNode>()],
        YamlScalarNode s when !YamlScalars.IsNull(s) => [s],
        _ => [],
    };
}
