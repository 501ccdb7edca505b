using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Policies;

/// <summary>
/// The routine's rule for forms: the holder and the partner, and nobody else, edit the form while it is being
/// worked on; once archived ("Arkivert") both only read it, and the classification decides who else reads it
/// (<c>Konfidensielt</c>: the custodians; <c>Strengt konfidensielt</c>: nobody).
/// </summary>
public static class FormAccessPolicy
{
    /// <summary>The access for a form at <paramref name="stage"/> with <paramref name="classification"/>.</summary>
    public static FormAccess For(FormStage stage, Classification classification)
    {
        ArgumentNullException.ThrowIfNull(classification);
        return stage == FormStage.Archived
            ? new FormAccess(AccessLevel.Read, classification.ExtraReaders.Count > 0 ? AccessLevel.Read : AccessLevel.None)
            : new FormAccess(AccessLevel.Edit, AccessLevel.None);
    }

    /// <summary>
    /// The routine's classification named <paramref name="title"/> (Norwegian or English title, or id); an empty or
    /// unknown value gives the routine's default, and with no default the strictest (fewest extra readers).
    /// </summary>
    public static Classification Classify(Routine routine, string? title)
    {
        ArgumentNullException.ThrowIfNull(routine);
        var text = title?.Trim();
        return routine.Classifications.FirstOrDefault(c =>
                   string.Equals(c.Title, text, StringComparison.OrdinalIgnoreCase) ||
                   string.Equals(c.TitleEn, text, StringComparison.OrdinalIgnoreCase) ||
                   string.Equals(c.Id, text, StringComparison.OrdinalIgnoreCase))
               ?? Default(routine);
    }

    /// <summary>The classification a new form gets.</summary>
    public static Classification Default(Routine routine)
    {
        ArgumentNullException.ThrowIfNull(routine);
        return routine.Classifications.FirstOrDefault(c => c.IsDefault)
               ?? routine.Classifications.OrderBy(c => c.ExtraReaders.Count).First();
    }
}
