namespace PnpSamtale.Cli.Templates;

/// <summary>The definitions a command can name instead of giving a file.</summary>
internal enum TemplateKind
{
    /// <summary><c>routines/&lt;name&gt;.yaml</c>.</summary>
    Routines,

    /// <summary><c>rosters/&lt;name&gt;.yaml</c>.</summary>
    Rosters,
}
