using PnpSamtale.SharePoint.Mail;

namespace PnpSamtale.Jobs.HolderKickoff;

/// <summary>One holder's kick-off mail, ready to send.</summary>
/// <param name="Holder">Who it goes to.</param>
/// <param name="Key">Its idempotency key (<c>{round}/oppstart/{upn}</c>): the mail goes once per holder and round.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Body">The text.</param>
/// <param name="Conversations">How many conversations it lists.</param>
/// <param name="Files">A calendar file per conversation whose invitation deadline is known.</param>
public sealed record KickoffMail(KickoffHolder Holder, string Key, string Subject, string Body, int Conversations, IReadOnlyList<MailAttachment> Files);
