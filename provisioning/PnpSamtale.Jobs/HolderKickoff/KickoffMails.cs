using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Terms;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Mail;

namespace PnpSamtale.Jobs.HolderKickoff;

/// <summary>
/// Sends each conversation holder of a round one kick-off mail (<see cref="KickoffComposer"/>), once: every mail carries
/// its key (<see cref="KickoffComposer.KeyOf"/>) as a draft, and before anything is created the key is looked for in the
/// sender's Sent Items (sent before: nothing to do) and Drafts (a draft an earlier run left: send that one, never a
/// second). A send whose answer is lost is not repeated. Graph may show a sent copy in Sent Items a little after the
/// send, so a second run started seconds after a first can miss it; the mail is meant to be run once, when a round starts.
/// </summary>
public sealed class KickoffMails(SiteContentReader reader, MailboxClient mailbox)
{
    /// <summary>Runs it for one round.</summary>
    /// <exception cref="InvalidOperationException">The round is not in the registry, its routine is unknown, or it cannot be planned.</exception>
    public async Task<KickoffMailRun> RunAsync(KickoffMailRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = request.Scope;
        var admin = await AdminState.ReadAsync(reader, scope, [], cancellationToken).ConfigureAwait(false);
        var round = admin.Rounds.FirstOrDefault(r => string.Equals(r.Term, request.Round, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"The rounds registry has no round {request.Round}; start it with 'samtale round start'.");
        var routine = scope.Routines(round.RoutineId)
            ?? throw new InvalidOperationException($"Round {round.Term} uses the routine '{round.RoutineId}', which was not found; give its folder with --routines.");
        var roster = admin.ToRoster(scope.Blueprint.Admin.Title);
        var planned = Planner.Create(new PlanRequest(routine, Term.Parse(round.Term)) { SetDates = round.SetDates, Roster = roster });
        var plan = planned.Plan ?? throw new InvalidOperationException($"Round {round.Term} cannot be planned: {string.Join(" ", planned.Errors)}");
        progress?.Report($"{round.Term}: leser {round.Site.AbsoluteUri}");
        var content = await RoundContent.ReadAsync(reader, scope, round, cancellationToken).ConfigureAwait(false);

        KickoffHolder Holder(string upn) => admin.Person(upn) is { } p ? new KickoffHolder(p.Upn, p.Name, p.Language) : new KickoffHolder(upn, upn, Language.Norwegian);
        var mails = KickoffComposer.Compose(new KickoffInput(content.Facts(plan), plan, Holder, request.Now) { Templates = request.Templates });
        var deliveries = new List<KickoffDelivery>();
        foreach (var mail in mails)
        {
            deliveries.Add(await DeliverAsync(request, mail, cancellationToken).ConfigureAwait(false));
            progress?.Report($"{deliveries.Count} av {mails.Count} samtaleansvarlige");
        }

        return new KickoffMailRun(round.Term, deliveries);
    }

    private async Task<KickoffDelivery> DeliverAsync(KickoffMailRequest request, KickoffMail mail, CancellationToken cancellationToken)
    {
        var lookup = new MailLookup(request.MailSender, MailKey.For(mail.Key));
        if ((await mailbox.FindAsync(lookup, MailFolderName.SentItems, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return new KickoffDelivery(mail, KickoffOutcome.SentBefore);
        }

        if (request.DryRun)
        {
            return new KickoffDelivery(mail, KickoffOutcome.WouldSend);
        }

        // A draft an earlier run made and did not send is sent now; extra copies of it are removed, so only one can go.
        var drafts = await mailbox.FindAsync(lookup, MailFolderName.Drafts, cancellationToken).ConfigureAwait(false);
        foreach (var extra in drafts.Skip(1))
        {
            await mailbox.DeleteMessageAsync(new DraftToSend(request.MailSender, extra.Id), cancellationToken).ConfigureAwait(false);
        }

        var id = drafts.Count > 0
            ? drafts[0].Id
            : (await mailbox.CreateDraftAsync(new KeyedMail(new OutgoingMail(request.MailSender, Message(mail)), lookup.Key), cancellationToken).ConfigureAwait(false)).Id;
        try
        {
            return await mailbox.SendDraftAsync(new DraftToSend(request.MailSender, id), cancellationToken).ConfigureAwait(false) == MailSendOutcome.Sent
                ? new KickoffDelivery(mail, KickoffOutcome.Sent)
                : new KickoffDelivery(mail, KickoffOutcome.Unknown, "utkastet fantes ikke lenger da det skulle sendes (sendt av en annen kjøring?)");
        }
        catch (RequestOutcomeUnknownException e)
        {
            return new KickoffDelivery(mail, KickoffOutcome.Unknown, e.Message);
        }
        catch (SharePointServiceException e)
        {
            return new KickoffDelivery(mail, KickoffOutcome.Failed, $"{(int)e.StatusCode} {e.ErrorCode}: {e.Message}");
        }
    }

    private static MailMessage Message(KickoffMail mail) =>
        new(mail.Subject, MailContentType.Text, mail.Body, [new MailRecipient(mail.Holder.Upn, mail.Holder.Name)]) { Attachments = mail.Files };
}
