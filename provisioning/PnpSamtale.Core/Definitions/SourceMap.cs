namespace PnpSamtale.Core.Definitions;

/// <summary>
/// Where each part of a loaded definition stands in its file, keyed by a path such as <c>steps/3.4/partner</c>,
/// so that checks on the domain model can point at the line a person has to change.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, SourceLocation> _locations;

    internal SourceMap(string file, Dictionary<string, SourceLocation> locations)
    {
        File = file;
        _locations = locations;
    }

    /// <summary>The file the definition was read from.</summary>
    public string File { get; }

    /// <summary>The location recorded for <paramref name="path"/>, or the start of the file.</summary>
    public SourceLocation this[string path] => _locations.TryGetValue(path, out var location) ? location : new SourceLocation(File, 1, 1);
}
