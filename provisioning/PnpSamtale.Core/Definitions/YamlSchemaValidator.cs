using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace PnpSamtale.Core.Definitions;

/// <summary>
/// Validates a YAML document against a JSON Schema, reporting each violation at the line and column of the YAML
/// node that causes it. Supports the subset our schemas use: <c>$ref</c> to <c>$defs</c>, <c>type</c>,
/// <c>properties</c>, <c>required</c>, <c>additionalProperties</c>, <c>items</c>, <c>enum</c>, <c>const</c>,
/// <c>pattern</c>, <c>format: date</c>, <c>minimum</c>/<c>maximum</c>, <c>minItems</c>, <c>minLength</c>,
/// <c>oneOf</c> (with a <c>kind</c>-style discriminator when the branches have one) and <c>anyOf</c>.
/// </summary>
/// <remarks>
/// A plain YAML scalar is accepted where the schema asks for a string, so <c>id: 1.10</c> keeps its text.
/// JsonSchema.Net does not restore from our package feed; this also lets us report YAML positions directly.
/// </remarks>
internal sealed class YamlSchemaValidator
{
    private static readonly string[] Keywords = ["const", "enum", "pattern", "minimum", "maximum", "minLength", "minItems", "format", "properties", "required", "additionalProperties", "items", "oneOf", "anyOf", "$ref", "type"];
    private readonly JsonElement _root;
    private readonly string _file;

    public YamlSchemaValidator(JsonElement root, string file)
    {
        _root = root;
        _file = file;
    }

    public IReadOnlyList<Diagnostic> Validate(YamlNode node)
    {
        var errors = new List<Diagnostic>();
        Validate(node, _root, errors);
        return errors;
    }

    private void Validate(YamlNode node, JsonElement schema, List<Diagnostic> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(node, Resolve(reference.GetString()!), errors);
            return;
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            ValidateOneOf(node, schema, oneOf, errors);
            return;
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var branches = anyOf.EnumerateArray().Select(b => Check(node, b)).ToList();
            if (branches.TrueForAll(b => b.Count > 0))
            {
                errors.Add(Error(node, $"expected {Expectation(schema)}, found {YamlScalars.Describe(node)}"));
            }

            return;
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(node, type))
        {
            errors.Add(Error(node, $"expected {Expectation(schema)}, found {YamlScalars.Describe(node)}"));
            return;
        }

        if (node is not YamlScalarNode && (schema.TryGetProperty("enum", out _) || schema.TryGetProperty("const", out _)))
        {
            errors.Add(Error(node, $"expected {Allowed(schema)}, found {YamlScalars.Describe(node)}"));
            return;
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                ValidateScalar(scalar, schema, errors);
                break;
            case YamlSequenceNode sequence:
                ValidateSequence(sequence, schema, errors);
                break;
            case YamlMappingNode mapping:
                ValidateMapping(mapping, schema, errors);
                break;
            default:
                errors.Add(Error(node, "YAML aliases are not supported here; write the value out"));
                break;
        }
    }

    private void ValidateOneOf(YamlNode node, JsonElement schema, JsonElement oneOf, List<Diagnostic> errors)
    {
        var branches = oneOf.EnumerateArray().Select(b => b.TryGetProperty("$ref", out var r) ? Resolve(r.GetString()!) : b).ToList();

        // With a discriminator ("kind: before"), report the errors of the branch the author chose.
        var discriminator = Discriminator(branches);
        if (discriminator is not null && node is YamlMappingNode mapping)
        {
            if (!mapping.Children.TryGetValue(new YamlScalarNode(discriminator), out var value))
            {
                errors.Add(Error(node, $"missing field '{discriminator}'; expected one of {Options(branches, discriminator)}"));
                return;
            }

            if (value is not YamlScalarNode chosen)
            {
                errors.Add(Error(value, $"'{discriminator}' must be one of {Options(branches, discriminator)}, found {YamlScalars.Describe(value)}"));
                return;
            }

            var branch = branches.FirstOrDefault(b => ConstOf(b, discriminator) == chosen.Value);
            if (branch.ValueKind == JsonValueKind.Undefined)
            {
                errors.Add(Error(chosen, $"'{chosen.Value}' is not a valid {discriminator}; expected one of {Options(branches, discriminator)}"));
                return;
            }

            Validate(node, branch, errors);
            return;
        }

        var results = branches.Select(b => Check(node, b)).ToList();
        var matches = results.Count(r => r.Count == 0);
        if (matches == 1)
        {
            return;
        }

        if (matches == 0 && results.Count(r => r.Count > 0 && r.TrueForAll(d => d.Location != Location(node))) == 1)
        {
            // Exactly one branch fits the shape and fails deeper down: its errors are the useful ones.
            errors.AddRange(results.First(r => r.TrueForAll(d => d.Location != Location(node))));
            return;
        }

        errors.Add(Error(node, matches == 0
            ? $"expected {Expectation(schema)}, found {YamlScalars.Describe(node)}"
            : $"the value fits more than one form of {Expectation(schema)}; write it so that only one fits"));
    }

    private List<Diagnostic> Check(YamlNode node, JsonElement schema)
    {
        var result = new List<Diagnostic>();
        Validate(node, schema, result);
        return result;
    }

    private void ValidateScalar(YamlScalarNode scalar, JsonElement schema, List<Diagnostic> errors)
    {
        var text = scalar.Value ?? string.Empty;
        if (schema.TryGetProperty("const", out var constant) && !SameValue(constant, scalar))
        {
            errors.Add(Error(scalar, $"expected '{constant}', found '{text}'"));
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => SameValue(v, scalar)))
        {
            errors.Add(Error(scalar, $"'{text}' is not allowed here; expected one of {string.Join(", ", values.EnumerateArray().Select(v => v.ToString()))}"));
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, EndAnchored(pattern.GetString()!), RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            var hint = schema.TryGetProperty("description", out var d) ? $" ({d.GetString()})" : string.Empty;
            errors.Add(Error(scalar, $"'{text}' does not have the expected form{hint}"));
        }

        if (schema.TryGetProperty("format", out var format) && format.GetString() == "date"
            && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add(Error(scalar, $"'{text}' is not a date; expected YYYY-MM-DD, e.g. 2026-11-09"));
        }

        if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
        {
            errors.Add(Error(scalar, minLength.GetInt32() == 1 ? "the value must not be empty" : $"expected at least {minLength.GetInt32()} characters"));
        }

        if (YamlScalars.TryNumber(scalar, out var number))
        {
            if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble())
            {
                errors.Add(Error(scalar, $"{text} is too small; the least allowed is {min}"));
            }

            if (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble())
            {
                errors.Add(Error(scalar, $"{text} is too large; the most allowed is {max}"));
            }
        }
    }

    private void ValidateSequence(YamlSequenceNode sequence, JsonElement schema, List<Diagnostic> errors)
    {
        if (schema.TryGetProperty("minItems", out var minItems) && sequence.Children.Count < minItems.GetInt32())
        {
            errors.Add(Error(sequence, $"expected at least {Text.EnglishNouns.Item.Count(minItems.GetInt32())}, found {sequence.Children.Count}"));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            foreach (var child in sequence.Children)
            {
                Validate(child, items, errors);
            }
        }
    }

    private void ValidateMapping(YamlMappingNode mapping, JsonElement schema, List<Diagnostic> errors)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var known = properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Select(x => x.Name).ToList()
            : [];

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!mapping.Children.ContainsKey(new YamlScalarNode(name)))
                {
                    errors.Add(Error(mapping, $"missing required field '{name}'"));
                }
            }
        }

        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(key, out var propertySchema))
            {
                Validate(value, propertySchema, errors);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                var suggestion = Suggestions.Closest(key, known);
                errors.Add(Error(keyNode, suggestion is null
                    ? $"unknown field '{key}'; expected one of {string.Join(", ", known)}"
                    : $"unknown field '{key}'; did you mean '{suggestion}'?"));
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Validate(value, additional, errors);
            }
        }
    }

    /// <summary>
    /// JSON Schema patterns are ECMA-262, where a final <c>$</c> means the end of the text; in .NET it also matches
    /// before a final newline, which would let "1.2\n" through.
    /// </summary>
    private static string EndAnchored(string pattern) =>
        pattern.EndsWith('$') && !pattern.EndsWith("\\$", StringComparison.Ordinal) ? pattern[..^1] + "\\z" : pattern;

    private static bool SameValue(JsonElement expected, YamlScalarNode actual) => expected.ValueKind switch
    {
        JsonValueKind.True => YamlScalars.TryBoolean(actual, out var b) && b,
        JsonValueKind.False => YamlScalars.TryBoolean(actual, out var b) && !b,
        JsonValueKind.Number => YamlScalars.TryNumber(actual, out var n) && n == expected.GetDouble(),
        _ => expected.ToString() == actual.Value,
    };

    private static string Allowed(JsonElement schema) =>
        schema.TryGetProperty("enum", out var values)
            ? $"one of {string.Join(", ", values.EnumerateArray().Select(v => v.ToString()))}"
            : $"'{schema.GetProperty("const")}'";

    private static bool MatchesType(YamlNode node, JsonElement type)
    {
        var names = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
            : [type.GetString()!];
        return names.Exists(name => name switch
        {
            "object" => node is YamlMappingNode,
            "array" => node is YamlSequenceNode,
            "string" => node is YamlScalarNode s && !YamlScalars.IsNull(s),
            "integer" => node is YamlScalarNode s && YamlScalars.TryInteger(s, out _),
            "number" => node is YamlScalarNode s && YamlScalars.TryNumber(s, out _),
            "boolean" => node is YamlScalarNode s && YamlScalars.TryBoolean(s, out _),
            "null" => node is YamlScalarNode s && YamlScalars.IsNull(s),
            _ => false,
        });
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal)
            || !_root.GetProperty("$defs").TryGetProperty(reference[prefix.Length..], out var target))
        {
            throw new InvalidOperationException($"The schema refers to '{reference}', which it does not define.");
        }

        return target;
    }

    private static string? Discriminator(List<JsonElement> branches)
    {
        foreach (var candidate in new[] { "kind", "type" })
        {
            if (branches.Count > 1 && branches.TrueForAll(b => ConstOf(b, candidate) is not null))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? ConstOf(JsonElement branch, string property) =>
        branch.TryGetProperty("properties", out var props) && props.TryGetProperty(property, out var p)
            && p.TryGetProperty("const", out var c) ? c.GetString() : null;

    private static string Options(List<JsonElement> branches, string discriminator) =>
        string.Join(", ", branches.Select(b => ConstOf(b, discriminator)));

    private static string Expectation(JsonElement schema)
    {
        if (schema.TryGetProperty("description", out var description))
        {
            return description.GetString()!;
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!) : [type.GetString()!];
            return string.Join(" or ", names.Select(n => n switch
            {
                "object" => "a mapping",
                "array" => "a list",
                "integer" => "a whole number",
                "boolean" => "true or false",
                "string" => "a text",
                _ => n,
            }));
        }

        return Keywords.FirstOrDefault(k => schema.TryGetProperty(k, out _)) is { } keyword ? $"a value that satisfies '{keyword}'" : "a valid value";
    }

    private SourceLocation Location(YamlNode node) => new(_file, (int)node.Start.Line, (int)node.Start.Column);

    private Diagnostic Error(YamlNode node, string message) =>
        new(Severity.Error, DiagnosticCodes.Schema, Location(node), message);
}
