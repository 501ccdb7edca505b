using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Conversations;

/// <summary>One appraisal conversation of a round: who holds it, with whom, for which step.</summary>
/// <param name="Term">The round's term.</param>
/// <param name="Step">The step that defines the conversation (e.g. 3.5).</param>
/// <param name="Holder">The conversation holder ("samtaleansvarlig").</param>
/// <param name="Partner">The conversation partner ("samtalepartner").</param>
/// <param name="PartnerRole">The role that makes the partner part of this step, if role-based.</param>
/// <param name="Campus">The campus, for per-campus conversations.</param>
public sealed record Conversation(Term Term, StepId Step, Person Holder, Person Partner, string? PartnerRole, string? Campus)
{
    /// <summary>
    /// The stable key: round + step + partner. A conversation is the partner's, in one step of one round; the holder is
    /// not part of it because a role can change hands during the round and the conversation goes with the role.
    /// </summary>
    public string Key => KeyOf(Term, Step, Partner.Upn);

    /// <summary>The key of the partner's conversation in a step of a round.</summary>
    public static string KeyOf(Term term, StepId step, string partnerUpn) => $"{term}/{step}/{partnerUpn}";
}
