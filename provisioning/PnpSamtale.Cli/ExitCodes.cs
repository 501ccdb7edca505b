namespace PnpSamtale.Cli;

/// <summary>The exit codes of <c>samtale</c> (the README's table).</summary>
public static class ExitCodes
{
    /// <summary>Done; warnings may have been printed.</summary>
    public const int Ok = 0;

    /// <summary>
    /// Refused or failed: a routine, roster, blueprint or form file has errors (printed as file:line:column), SharePoint
    /// refused a request, or a job finished with failures. What was done stays done; the next run continues.
    /// </summary>
    public const int InvalidDefinition = 1;

    /// <summary>Bad arguments or settings: unknown option, malformed date or term, unknown step, missing file, a wrong <c>SharePoint__*</c> value.</summary>
    public const int Usage = 2;

    /// <summary>
    /// The tenant cannot be used: SharePoint, Graph or the sign-in service cannot be reached or did not answer in time,
    /// Entra ID refused the sign-in, no credential is available, or the certificate cannot be loaded.
    /// </summary>
    public const int TenantUnavailable = 3;

    /// <summary>
    /// Another run is in progress on the round (round start, reconcile or a job holds its lease in <c>Runder</c>): the
    /// line names the run, where it runs, since when, and when its lease expires. Nothing was written; run again later.
    /// </summary>
    public const int InProgress = 4;
}
