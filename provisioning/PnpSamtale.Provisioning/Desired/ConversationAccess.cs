using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Routines;

namespace PnpSamtale.Provisioning.Desired;

/// <summary>
/// How the items of a list with conversation permissions are secured: from the form's status and classification,
/// by the routine's <see cref="FormAccessPolicy"/>.
/// </summary>
/// <param name="Routine">The routine whose classifications apply.</param>
public sealed record ConversationAccess(Routine Routine)
{
    /// <summary>The access for a form whose list values are <paramref name="status"/> and <paramref name="classification"/>.</summary>
    public FormAccess For(string? status, string? classification) =>
        FormAccessPolicy.For(FormStages.Parse(status), FormAccessPolicy.Classify(Routine, classification));
}
