using Microsoft.Extensions.Configuration;

namespace PnpSamtale.Cli.Templates;

/// <summary>
/// Where the definitions come from when a command is not given a file: a folder of the user's own
/// (<c>--templates DIR</c> or <c>Samtale__Definitions</c>, the Functions app's setting) file by file, then the ones
/// shipped beside the tool. Both have the layout of the repository's <c>templates/</c>: <c>routines/</c>,
/// <c>rosters/</c>, <c>site/blueprint.yaml</c>, <c>forms/</c>, <c>mail/digest.yaml</c>.
/// </summary>
internal sealed class TemplateLibrary
{
    /// <summary>The environment setting for the user's own folder (as <c>Samtale__Definitions</c>).</summary>
    public const string Setting = "Samtale:Definitions";

    /// <summary>The shipped blueprint, relative to a templates folder.</summary>
    public const string Blueprint = "site/blueprint.yaml";

    /// <summary>The shipped digest texts, relative to a templates folder.</summary>
    public const string Mail = "mail/digest.yaml";

    private TemplateLibrary(string? own, string shipped)
    {
        Own = own;
        Shipped = shipped;
    }

    /// <summary>The user's own folder (full path), if any.</summary>
    public string? Own { get; }

    /// <summary>The folder shipped with the tool (beside <c>samtale.dll</c>).</summary>
    public string Shipped { get; }

    /// <summary>The folder shipped with this build of the tool.</summary>
    public static string ShippedFolder { get; } = Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>The folders to look in, the user's first.</summary>
    public IReadOnlyList<string> Roots => Own is null ? [Shipped] : [Own, Shipped];

    /// <summary>The library for <paramref name="option"/> (the <c>--templates</c> value), else the environment setting.</summary>
    public static TemplateLibrary Open(string? option, string? shipped = null)
    {
        var own = option ?? new ConfigurationBuilder().AddEnvironmentVariables().Build()[Setting];
        var name = option is null ? "Samtale__Definitions" : "--templates";
        if (string.IsNullOrWhiteSpace(own))
        {
            return new TemplateLibrary(null, shipped ?? ShippedFolder);
        }

        var full = Path.GetFullPath(own);
        return Directory.Exists(full)
            ? new TemplateLibrary(full, shipped ?? ShippedFolder)
            : throw new UsageException($"{name}: '{own}' is not a folder; expected a folder like the one 'samtale templates export DIR' writes (routines/, rosters/, site/, forms/, mail/).");
    }

    /// <summary>The first of the roots that has <paramref name="relative"/> (e.g. <c>site/blueprint.yaml</c>), or <c>null</c>.</summary>
    public string? Find(string relative) =>
        Roots.Select(root => Path.Combine(root, relative)).FirstOrDefault(File.Exists);

    /// <summary>
    /// A routine or roster given as a file (<c>routines/mine.yaml</c>) or by the name of one in the library
    /// (<c>stinn-medarbeidersamtaler</c>): the file's path; a name that is not there is a usage error listing the names.
    /// </summary>
    /// <param name="option">The option, for messages (<c>--routine</c>).</param>
    /// <param name="value">What was given.</param>
    /// <param name="kind">The library folder: <see cref="TemplateKind.Routines"/> or <see cref="TemplateKind.Rosters"/>.</param>
    public string Resolve(string option, string value, TemplateKind kind)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (File.Exists(value) || Directory.Exists(value) || !IsName(value))
        {
            return value;
        }

        return Find(Path.Combine(Folder(kind), value + ".yaml"))
            ?? throw new UsageException($"{option}: '{value}' is neither a file nor a {Singular(kind)} the tool knows; known: {string.Join(", ", Names(kind))} (see 'samtale templates list').");
    }

    /// <summary>The names of the routines or rosters in the library, the user's first, each once.</summary>
    public IReadOnlyList<string> Names(TemplateKind kind) =>
        [.. Roots.SelectMany(root => Files(Path.Combine(root, Folder(kind)))).Select(Path.GetFileNameWithoutExtension).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>Every definition file the library holds (schemas included), by root, relative to it, in a stable order.</summary>
    public IReadOnlyList<TemplateFile> List() =>
        [.. Roots.SelectMany(root => Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
                .Select(f => new TemplateFile(root, Path.GetRelativePath(root, f).Replace('\\', '/')))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
            : Enumerable.Empty<TemplateFile>())];

    /// <summary>The folder of a kind: <c>routines</c> or <c>rosters</c>.</summary>
    public static string Folder(TemplateKind kind) => kind switch
    {
        TemplateKind.Routines => "routines",
        TemplateKind.Rosters => "rosters",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Routines or Rosters."),
    };

    private static string Singular(TemplateKind kind) => kind == TemplateKind.Routines ? "routine" : "roster";

    /// <summary>A bare name like <c>stinn-eksempel</c>: no folder, no extension.</summary>
    private static bool IsName(string value) =>
        value.Length is > 0 and <= 100 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal) : [];
}
