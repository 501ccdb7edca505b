using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PnpSamtale.Core.Definitions;

/// <summary>
/// Typed reads from a YAML mapping that has already passed schema validation, so a missing required field here
/// is a bug in the schema, not in the user's file.
/// </summary>
internal readonly struct YamlMap
{
    private readonly YamlMappingNode _node;

    public YamlMap(YamlMappingNode node) => _node = node;

    public YamlMappingNode Node => _node;

    public bool Has(string key) => _node.Children.ContainsKey(new YamlScalarNode(key));

    public YamlNode? Get(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    public YamlNode Required(string key) => Get(key) ?? throw new InvalidOperationException($"Schema should have required '{key}'.");

    public string String(string key) => ((YamlScalarNode)Required(key)).Value ?? string.Empty;

    public string? OptionalString(string key) => Get(key) is YamlScalarNode s && !YamlScalars.IsNull(s) ? s.Value : null;

    public int Int(string key, int fallback) =>
        Get(key) is YamlScalarNode s ? int.Parse(s.Value!, CultureInfo.InvariantCulture) : fallback;

    public bool Bool(string key, bool fallback) =>
        Get(key) is YamlScalarNode s && YamlScalars.TryBoolean(s, out var b) ? b : fallback;

    public DateOnly? Date(string key) =>
        OptionalString(key) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public YamlMap Map(string key) => new((YamlMappingNode)Required(key));

    public YamlMap? OptionalMap(string key) => Get(key) is YamlMappingNode m ? new YamlMap(m) : null;

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
