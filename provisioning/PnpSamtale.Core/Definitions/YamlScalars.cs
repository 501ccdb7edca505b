using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PnpSamtale.Core.Definitions;

/// <summary>How a YAML scalar reads under the YAML 1.2 core schema.</summary>
internal static partial class YamlScalars
{
    /// <summary>Whether the scalar is a plain <c>null</c>, <c>~</c> or empty value.</summary>
    public static bool IsNull(YamlScalarNode node) =>
        node.Style == ScalarStyle.Plain && node.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Reads a plain <c>true</c>/<c>false</c>.</summary>
    public static bool TryBoolean(YamlScalarNode node, out bool value)
    {
        value = false;
        if (node.Style != ScalarStyle.Plain)
        {
            return false;
        }

        switch (node.Value)
        {
            case "true" or "True" or "TRUE":
                value = true;
                return true;
            case "false" or "False" or "FALSE":
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reads a plain integer.</summary>
    public static bool TryInteger(YamlScalarNode node, out long value)
    {
        value = 0;
        return node.Style == ScalarStyle.Plain && node.Value is not null && IntegerPattern().IsMatch(node.Value)
            && long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads a plain number.</summary>
    public static bool TryNumber(YamlScalarNode node, out double value)
    {
        value = 0;
        return node.Style == ScalarStyle.Plain && node.Value is not null && NumberPattern().IsMatch(node.Value)
            && double.TryParse(node.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A short description of what a node is, for messages ("a list", "the number 3").</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "nothing (null)",
        YamlScalarNode s when TryBoolean(s, out _) => $"the boolean {s.Value}",
        YamlScalarNode s when TryNumber(s, out _) => $"the number {s.Value}",
        YamlScalarNode s => $"the text \"{Shorten(s.Value ?? string.Empty)}\"",
        _ => "an alias",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
