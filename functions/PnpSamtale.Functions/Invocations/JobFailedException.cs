namespace PnpSamtale.Functions.Invocations;

/// <summary>
/// A job ran but reported failures (each already in the invocation's log). Thrown so that the Functions host records
/// the invocation as failed and, for a queue message, delivers it again (and moves it to the poison queue after the
/// last attempt). The message has counts only.
/// </summary>
public sealed class JobFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JobFailedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public JobFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public JobFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
