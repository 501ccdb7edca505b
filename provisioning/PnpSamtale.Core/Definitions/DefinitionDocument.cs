using System.Reflection;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PnpSamtale.Core.Definitions;

/// <summary>
/// A YAML definition file parsed and checked against its JSON Schema. Either <see cref="Root"/> is set and
/// <see cref="Diagnostics"/> has no errors, or the diagnostics say what is wrong and where.
/// </summary>
public sealed class DefinitionDocument
{
    private DefinitionDocument(string file, YamlMappingNode? root, IReadOnlyList<Diagnostic> diagnostics)
    {
        File = file;
        Root = root;
        Diagnostics = diagnostics;
    }

    /// <summary>The file name used in messages.</summary>
    public string File { get; }

    /// <summary>The root mapping, when the text parsed and matched the schema.</summary>
    public YamlMappingNode? Root { get; }

    /// <summary>What is wrong, with file, line and column; empty when <see cref="Root"/> is set.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Parses <paramref name="text"/> and validates it against the embedded schema <paramref name="schemaName"/>.</summary>
    public static DefinitionDocument Parse(string text, string file, string schemaName) =>
        Parse(text, file, schemaName, Assembly.GetExecutingAssembly());

    /// <summary>
    /// Parses <paramref name="text"/> and validates it against the schema <paramref name="schemaName"/> embedded in
    /// <paramref name="schemaAssembly"/> (for definition files whose loaders live outside the domain assembly).
    /// </summary>
    public static DefinitionDocument Parse(string text, string file, string schemaName, Assembly schemaAssembly)
    {
        ArgumentNullException.ThrowIfNull(schemaAssembly);
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes its message with the position; we print our own.
            var colon = reason.IndexOf("): ", StringComparison.Ordinal);
            var message = colon > 0 && reason.StartsWith("(Line", StringComparison.Ordinal) ? reason[(colon + 3)..] : reason;
            // A scanner error (a tab, a stray character) is best located by where scanning stopped.
            var at = e is SyntaxErrorException ? e.End : e.Start;
            return Failed(file, new Diagnostic(Severity.Error, DiagnosticCodes.YamlSyntax, new SourceLocation(file, (int)at.Line, (int)at.Column), $"YAML syntax error: {message}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this instead of a YamlException when the text ends inside an open flow collection.
            var at = scanner.CurrentPosition;
            return Failed(file, new Diagnostic(Severity.Error, DiagnosticCodes.YamlSyntax, new SourceLocation(file, (int)at.Line, (int)at.Column), "YAML syntax error: the file ends inside an unclosed [ or {"));
        }

        if (FirstAlias(text) is { } alias)
        {
            return Failed(file, new Diagnostic(Severity.Error, DiagnosticCodes.YamlSyntax, new SourceLocation(file, (int)alias.Line, (int)alias.Column), "YAML aliases (*name) are not supported here; write the value out so every line of the file says what it means"));
        }

        if (stream.Documents.Count != 1)
        {
            return Failed(file, new Diagnostic(Severity.Error, DiagnosticCodes.YamlSyntax, new SourceLocation(file, 1, 1), $"expected exactly one YAML document, found {stream.Documents.Count}"));
        }

        var node = stream.Documents[0].RootNode;
        var schema = LoadSchema(schemaName, schemaAssembly);
        var errors = new YamlSchemaValidator(schema.RootElement, file).Validate(node);
        return errors.Count > 0 || node is not YamlMappingNode mapping
            ? new DefinitionDocument(file, null, errors)
            : new DefinitionDocument(file, mapping, []);
    }

    /// <summary>Where the first alias (<c>*name</c>) stands, if the text uses any; the text is known to parse.</summary>
    private static Mark? FirstAlias(string text)
    {
        var parser = new Parser(new StringReader(text));
        while (parser.MoveNext())
        {
            if (parser.Current is YamlDotNet.Core.Events.AnchorAlias alias)
            {
                return alias.Start;
            }
        }

        return null;
    }

    /// <summary>The location of a node in this file.</summary>
    public SourceLocation At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    private static DefinitionDocument Failed(string file, Diagnostic diagnostic) => new(file, null, [diagnostic]);

    private static JsonDocument LoadSchema(string name, Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The schema '{name}' is not embedded in {assembly.GetName().Name}.");
        return JsonDocument.Parse(stream);
    }
}
