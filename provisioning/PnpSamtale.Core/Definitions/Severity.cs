namespace PnpSamtale.Core.Definitions;

/// <summary>How serious a finding in a definition file is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; the file is usable.</summary>
    Warning,

    /// <summary>The file cannot be used until it is fixed.</summary>
    Error,
}
