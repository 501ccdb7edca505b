using PnpSamtale.SharePoint.Errors;

namespace PnpSamtale.Jobs.Shredding;

/// <summary>What the answer to one delete said; only a read afterwards says whether the thing is gone.</summary>
/// <param name="Kind">Deleted, not found, outcome unknown, or refused.</param>
/// <param name="Error">The error, when refused or not found.</param>
internal sealed record DeleteOutcome(DeleteOutcomeKind Kind, RemoteError? Error)
{
    /// <summary>The answer was lost (or the service failed mid-way): it may or may not have been carried out.</summary>
    public static DeleteOutcome Unknown { get; } = new(DeleteOutcomeKind.Unknown, null);

    /// <summary>Whether the delete may have happened, so that a read decides.</summary>
    public bool MayHaveDeleted => Kind is DeleteOutcomeKind.Deleted or DeleteOutcomeKind.Unknown;
}

/// <summary>The kinds of <see cref="DeleteOutcome"/>.</summary>
internal enum DeleteOutcomeKind
{
    /// <summary>SharePoint answered that it deleted it.</summary>
    Deleted,

    /// <summary>SharePoint answered 404 to the first and only send: something else removed it first (recycled it, say).</summary>
    NotFound,

    /// <summary>No answer (lost, cut short, or a 5xx): settled by reading.</summary>
    Unknown,

    /// <summary>SharePoint refused it (or it stayed throttled): nothing was deleted.</summary>
    Refused,
}
