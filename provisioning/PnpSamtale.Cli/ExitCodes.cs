namespace PnpSamtale.Cli;

/// <summary>The exit codes of <c>samtale</c>.</summary>
public static class ExitCodes
{
    /// <summary>Done; warnings may have been printed.</summary>
    public const int Ok = 0;

    /// <summary>A routine or roster file has errors (printed as file:line:column).</summary>
    public const int InvalidDefinition = 1;

    /// <summary>Bad arguments: unknown option, malformed date or term, unknown step, missing file.</summary>
    public const int Usage = 2;
}
