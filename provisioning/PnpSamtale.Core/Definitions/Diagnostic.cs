namespace PnpSamtale.Core.Definitions;

/// <summary>A finding in a definition file, printed as <c>file:line:column: error CODE: message</c>.</summary>
/// <param name="Severity">Warning or error.</param>
/// <param name="Code">A stable code, e.g. <c>SAM104</c>, that tests and documentation refer to.</param>
/// <param name="Location">Where in the file.</param>
/// <param name="Message">What was expected and what was found, in words a routine author can act on.</param>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
