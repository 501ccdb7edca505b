namespace PnpSamtale.Core.Definitions;

/// <summary>A definition file that cannot be used; <see cref="Diagnostics"/> says where and why.</summary>
public sealed class DefinitionException : Exception
{
    /// <summary>Creates the exception from the findings (at least one error).</summary>
    public DefinitionException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates an exception with a message only.</summary>
    public DefinitionException()
        : this([])
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    public DefinitionException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public DefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>The findings, errors and warnings.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
