using System.CommandLine;

namespace PnpSamtale.Cli.Templates;

/// <summary>
/// <c>--templates DIR</c>, on every command (a recursive option of the root): a folder of one's own definitions that
/// take the place of the shipped ones file by file.
/// </summary>
internal sealed class TemplatesOption
{
    private readonly Option<string> option = new("--templates")
    {
        Description = "A folder of your own definitions (routines/, rosters/, site/blueprint.yaml, forms/, mail/digest.yaml, e.g. from 'samtale templates export DIR'); a file there replaces the shipped one of the same name. Default: Samtale__Definitions, else only the shipped ones.",
        Recursive = true,
    };

    /// <summary>The option, to add to the root command.</summary>
    public Option<string> Option => option;

    /// <summary>The library for this invocation.</summary>
    public TemplateLibrary Library(ParseResult result) => TemplateLibrary.Open(result.GetValue(option));
}
