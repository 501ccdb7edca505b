namespace PnpSamtale.Jobs.HolderKickoff;

/// <summary>What to run the kick-off mail with.</summary>
/// <param name="Scope">Blueprint, tenant and routines.</param>
/// <param name="Round">The round, e.g. <c>H2026</c>.</param>
/// <param name="Now">The moment of the run.</param>
/// <param name="MailSender">The mailbox the mails are sent from (its Drafts and Sent Items hold the keys).</param>
public sealed record KickoffMailRequest(JobScope Scope, string Round, DateTimeOffset Now, string MailSender)
{
    /// <summary>Compose the mails and look up what went before, but create and send nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>The texts.</summary>
    public KickoffTemplates Templates { get; init; } = KickoffTemplates.Default;
}
