namespace PnpSamtale.Cli.Templates;

/// <summary>A definition file in a templates folder.</summary>
/// <param name="Root">The templates folder.</param>
/// <param name="Relative">The file, relative to it, with forward slashes (<c>routines/stinn-medarbeidersamtaler.yaml</c>).</param>
internal sealed record TemplateFile(string Root, string Relative)
{
    /// <summary>The file's full path.</summary>
    public string FullPath => Path.Combine(Root, Relative);
}
