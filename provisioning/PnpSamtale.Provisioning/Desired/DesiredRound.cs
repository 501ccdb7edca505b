using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Routines;

namespace PnpSamtale.Provisioning.Desired;

/// <summary>
/// What the design says of a round's conversations, beyond its lists: who each conversation's pair is, when its
/// partner's term ends, where its form and measures go, who marks which round step, and the routine's rules for who
/// may change a form's status. The planner turns it, with what the site holds, into item permissions, the register and
/// the values put back.
/// </summary>
/// <param name="Term">The round.</param>
/// <param name="Routine">The routine.</param>
/// <param name="Conversations">The designed conversations.</param>
/// <param name="StepEditors">The people who mark each round step, by step number.</param>
/// <param name="Audit">Where reverted changes are logged.</param>
public sealed record DesiredRound(
    string Term,
    Routine Routine,
    IReadOnlyList<DesiredConversation> Conversations,
    IReadOnlyDictionary<string, IReadOnlyList<string>> StepEditors,
    AuditTarget Audit)
{
    /// <summary>Whether the routine agrees measures (the measures list then has a folder per conversation).</summary>
    public bool HasMeasures { get; init; } = true;

    /// <summary>The form's access at a stage with a classification (title as in the list).</summary>
    public FormAccess Access(FormStage stage, string? classification) =>
        FormAccessPolicy.For(stage, FormAccessPolicy.Classify(Routine, classification));

    /// <summary>The classification a new form gets.</summary>
    public string DefaultClassification => FormAccessPolicy.Default(Routine).Title;
}

/// <summary>One designed conversation.</summary>
/// <param name="Key">Its key, <c>{term}/{step}/{partner}</c>.</param>
/// <param name="HolderUpn">The holder.</param>
/// <param name="PartnerUpn">The partner.</param>
/// <param name="PartnerRole">The partner's role in the step.</param>
/// <param name="TermEnd">When the form may be shredded from (the partner's term end, or the round's end), if known.</param>
/// <param name="FormFileName">The form's opaque file name.</param>
/// <param name="FolderName">The measures folder's opaque name.</param>
public sealed record DesiredConversation(string Key, string HolderUpn, string PartnerUpn, string? PartnerRole, DateOnly? TermEnd, string FormFileName, string FolderName)
{
    /// <summary>How the conversation is titled where its pair sees it (<c>2.3 Holder – Partner</c>).</summary>
    public string Title { get; init; } = Key;
}

/// <summary>Where the converger logs the changes it put back.</summary>
/// <param name="AdminSite">The admin site.</param>
/// <param name="LogList">The title of its <c>Logg</c>.</param>
public sealed record AuditTarget(Uri AdminSite, string LogList);
