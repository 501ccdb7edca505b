using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Mail;

namespace PnpSamtale.Jobs.Reminders;

/// <summary>What came of sending a set of digest drafts.</summary>
internal sealed class SendOutcomes
{
    /// <summary>Sent by this run: Graph accepted the send, or its answer was lost and the copy is in Sent Items.</summary>
    public HashSet<DigestKey> Sent { get; } = [];

    /// <summary>Not a draft any more and in Sent Items: an earlier run sent it.</summary>
    public HashSet<DigestKey> Confirmed { get; } = [];

    /// <summary>Gone from Drafts, not (yet) in Sent Items: it may have gone; asked again next run, never sent again blindly.</summary>
    public HashSet<DigestKey> Unconfirmed { get; } = [];
}

/// <summary>
/// The mailbox side of delivering digests (Graph, 20 to a <c>$batch</c>): a digest's mail is a draft carrying the
/// digest's key, and before anything is created or sent again the key is looked for — in Sent Items (it went), then in
/// Drafts (it did not). A request whose answer was lost (<see cref="RequestOutcomeUnknownException"/>) is settled by
/// that search, never by sending it again blindly.
/// </summary>
internal sealed class DigestMailer(MailboxClient mailbox)
{
    /// <summary>
    /// What the mailbox holds for each key (Sent Items, then Drafts for those not sent): no copy and no draft is evidence
    /// too. A key whose search failed is left out: no evidence, so nothing is done with it.
    /// </summary>
    public async Task<Dictionary<DigestKey, MailEvidence>> LookUpAsync(string sender, IReadOnlyList<DigestKey> keys, List<string> failures, CancellationToken cancellationToken)
    {
        var evidence = new Dictionary<DigestKey, MailEvidence>();
        var sent = await FindAsync(sender, keys, MailFolderName.SentItems, failures, cancellationToken).ConfigureAwait(false);
        var notSent = keys.Where(k => sent.TryGetValue(k, out var copies) && copies.Count == 0).ToList();
        var drafts = await FindAsync(sender, notSent, MailFolderName.Drafts, failures, cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            if (sent.TryGetValue(key, out var copies) && (copies.Count > 0 || drafts.ContainsKey(key)))
            {
                evidence[key] = new MailEvidence(copies.Count, [.. drafts.GetValueOrDefault(key, []).Where(m => m.IsDraft).Select(m => m.Id)]);
            }
        }

        return evidence;
    }

    /// <summary>
    /// Creates each digest's draft; returns the draft ids. When the answer is lost, Drafts says which were made (a draft
    /// is there as soon as it is created); those that were not are created once more. A digest left without a draft stays
    /// <c>Reservert</c> and is composed again by the next run.
    /// </summary>
    public async Task<Dictionary<DigestKey, string>> CreateDraftsAsync(string sender, IReadOnlyList<(DigestKey Key, Digest Digest)> digests, List<string> failures, CancellationToken cancellationToken)
    {
        var drafts = new Dictionary<DigestKey, string>();
        var pending = digests.ToList();
        for (var attempt = 0; attempt < 2 && pending.Count > 0; attempt++)
        {
            IReadOnlyList<SharePoint.Batching.BatchResult<MailDraft>>? results;
            try
            {
                results = await mailbox.CreateDraftsAsync([.. pending.Select(p => Mail(sender, p.Key, p.Digest))], cancellationToken).ConfigureAwait(false);
            }
            catch (RequestOutcomeUnknownException)
            {
                results = null;
            }

            if (results is not null)
            {
                foreach (var result in results)
                {
                    if (result is { Succeeded: true, Value: { } draft })
                    {
                        drafts[pending[result.Index].Key] = draft.Id;
                    }
                    else
                    {
                        failures.Add($"{pending[result.Index].Key}: utkastet ble ikke laget ({result.Error}); neste kjøring prøver igjen.");
                    }
                }

                return drafts;
            }

            var found = await FindAsync(sender, [.. pending.Select(p => p.Key)], MailFolderName.Drafts, failures, cancellationToken).ConfigureAwait(false);
            foreach (var (key, messages) in found)
            {
                if (messages.FirstOrDefault(m => m.IsDraft) is { } draft)
                {
                    drafts[key] = draft.Id;
                }
            }

            pending = [.. pending.Where(p => found.TryGetValue(p.Key, out var messages) && !messages.Any(m => m.IsDraft))];
        }

        failures.AddRange(pending.Select(p => $"{p.Key}: svaret på utkastet kom ikke fram to ganger og det finnes ikke i Utkast; neste kjøring prøver igjen."));
        return drafts;
    }

    /// <summary>
    /// Sends the drafts. When the answer is lost, Sent Items says which went; a draft still in Drafts did not and is sent
    /// once more; one in neither folder may have gone and is left for the next run.
    /// </summary>
    public async Task<SendOutcomes> SendAsync(string sender, IReadOnlyList<(DigestKey Key, string DraftId)> drafts, List<string> failures, CancellationToken cancellationToken)
    {
        var outcomes = new SendOutcomes();
        var pending = drafts.ToList();
        for (var attempt = 0; attempt < 2 && pending.Count > 0; attempt++)
        {
            IReadOnlyList<SharePoint.Batching.BatchResult<MailSendOutcome>>? results;
            try
            {
                results = await mailbox.SendDraftsAsync([.. pending.Select(p => new DraftToSend(sender, p.DraftId))], cancellationToken).ConfigureAwait(false);
            }
            catch (RequestOutcomeUnknownException)
            {
                results = null;
            }

            if (results is not null)
            {
                await SortAsync(sender, pending, results, attempt, outcomes, failures, cancellationToken).ConfigureAwait(false);
                return outcomes;
            }

            var evidence = await LookUpAsync(sender, [.. pending.Select(p => p.Key)], failures, cancellationToken).ConfigureAwait(false);
            var again = new List<(DigestKey Key, string DraftId)>();
            foreach (var (key, _) in pending)
            {
                if (evidence.GetValueOrDefault(key) is not { } found)
                {
                    // The search failed: nothing is known, nothing is sent.
                    outcomes.Unconfirmed.Add(key);
                }
                else if (found.SentCopies > 0)
                {
                    outcomes.Sent.Add(key);
                }
                else if (found.Drafts.Count > 0)
                {
                    again.Add((key, found.Drafts[0]));
                }
                else
                {
                    // Out of Drafts, not yet in Sent Items: its copy may show late.
                    outcomes.Unconfirmed.Add(key);
                }
            }

            pending = again;
        }

        failures.AddRange(pending.Select(p => $"{p.Key}: svaret på sendingen kom ikke fram to ganger, og utkastet ligger i Utkast; neste kjøring sender det."));
        return outcomes;
    }

    private async Task SortAsync(
        string sender, List<(DigestKey Key, string DraftId)> pending, IReadOnlyList<SharePoint.Batching.BatchResult<MailSendOutcome>> results, int attempt,
        SendOutcomes outcomes, List<string> failures, CancellationToken cancellationToken)
    {
        var gone = new List<DigestKey>();
        foreach (var result in results)
        {
            var key = pending[result.Index].Key;
            if (!result.Succeeded)
            {
                failures.Add($"{key}: sendingen ble avvist ({result.Error}); utkastet ligger i Utkast, og neste kjøring prøver igjen.");
            }
            else if (result.Value == MailSendOutcome.Sent)
            {
                outcomes.Sent.Add(key);
            }
            else
            {
                gone.Add(key);
            }
        }

        // No such draft: it went before (or was deleted). Only Sent Items can say which.
        var copies = await FindAsync(sender, gone, MailFolderName.SentItems, failures, cancellationToken).ConfigureAwait(false);
        foreach (var key in gone)
        {
            var set = !copies.TryGetValue(key, out var found) || found.Count == 0 ? outcomes.Unconfirmed : attempt == 0 ? outcomes.Confirmed : outcomes.Sent;
            set.Add(key);
        }
    }

    private async Task<Dictionary<DigestKey, IReadOnlyList<KeyedMessage>>> FindAsync(
        string sender, IReadOnlyList<DigestKey> keys, MailFolderName folder, List<string> failures, CancellationToken cancellationToken)
    {
        var found = new Dictionary<DigestKey, IReadOnlyList<KeyedMessage>>();
        if (keys.Count == 0)
        {
            return found;
        }

        var results = await mailbox.FindAsync([.. keys.Select(k => new MailLookup(sender, k.Mail))], folder, cancellationToken).ConfigureAwait(false);
        foreach (var result in results)
        {
            if (result is { Succeeded: true, Value: { } messages })
            {
                found[keys[result.Index]] = messages;
            }
            else
            {
                failures.Add($"{keys[result.Index]}: søket i {(folder == MailFolderName.SentItems ? "Sendte elementer" : "Utkast")} feilet ({result.Error}); sammendraget står til neste kjøring.");
            }
        }

        return found;
    }

    private static KeyedMail Mail(string sender, DigestKey key, Digest digest) =>
        new(new OutgoingMail(sender, new MailMessage(digest.Subject, MailContentType.Text, digest.Body, [new MailRecipient(digest.Recipient.Upn, digest.Recipient.Name)])), key.Mail);
}
