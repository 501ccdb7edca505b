using System.Net;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.RecycleBin;

namespace PnpSamtale.Jobs.Shredding;

/// <summary>
/// Sends the deletes and reads what they left: never a delete twice. A delete whose answer was lost is not re-sent —
/// a second <c>DELETE</c> would answer 404 for what the first destroyed, and a 404 is no proof of who removed it — but
/// settled by the reads that follow: the round's lists read whole (an item is gone when a complete read no longer has
/// it) and every bin entry looked up in both bins (gone when both answer 404).
/// </summary>
internal sealed class ShredDeleter(SiteContentReader reader, SharePointBatchExecutor batches, int batchSize)
{
    /// <summary>Sends the deletes, a <c>$batch</c> at a time; one outcome per delete, in order.</summary>
    public async Task<IReadOnlyList<DeleteOutcome>> DeleteAsync(Uri site, IReadOnlyList<ShredExpiredForms.Target> targets, CancellationToken cancellationToken)
    {
        var outcomes = new List<DeleteOutcome>(targets.Count);
        foreach (var chunk in targets.Chunk(batchSize))
        {
            // Marked as not to be re-sent: a batch whose answer is lost ends in RequestOutcomeUnknownException.
            var operations = chunk.Select(t => t.Operation with { Idempotent = false }).ToArray();
            IReadOnlyList<WireResponse>? answers;
            try
            {
                answers = await batches.ExecuteAsync(site, operations, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is RequestOutcomeUnknownException or TimeoutException
                || (e is SharePointServiceException { Error.IsThrottled: false } service && (int)service.StatusCode >= 500))
            {
                answers = null;
            }

            outcomes.AddRange(answers?.Select(Outcome) ?? chunk.Select(_ => DeleteOutcome.Unknown));
        }

        return outcomes;
    }

    /// <summary>The round's lists read whole again, after the deletes.</summary>
    public Task<RoundContent> ReadRoundAsync(JobScope scope, RoundEntry round, CancellationToken cancellationToken) =>
        RoundContent.ReadAsync(reader, scope, round, cancellationToken);

    /// <summary>Of <paramref name="entries"/>, those still in the web's or the site collection's bin (either does not answer 404).</summary>
    /// <exception cref="SharePointServiceException">A read failed for another reason than "not found": no proof either way.</exception>
    public async Task<IReadOnlySet<Guid>> StillInBinsAsync(Uri site, IReadOnlyList<Guid> entries, CancellationToken cancellationToken)
    {
        var reads = entries.SelectMany(id => new[] { RecycleBinRequests.GetFromWeb(site, id), RecycleBinRequests.GetFromSite(site, id) }).ToArray();
        var answers = reads.Length == 0 ? [] : await batches.ExecuteAsync(site, reads, cancellationToken).ConfigureAwait(false);
        var still = new HashSet<Guid>();
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i].ToError() is not { IsNotFound: true })
            {
                answers[i].EnsureSuccess();
                still.Add(entries[i / 2]);
            }
        }

        return still;
    }

    private static DeleteOutcome Outcome(WireResponse answer) => answer.ToError() switch
    {
        null => new DeleteOutcome(DeleteOutcomeKind.Deleted, null),
        { IsNotFound: true } error => new DeleteOutcome(DeleteOutcomeKind.NotFound, error),

        // A part still throttled after the executor's re-sends, or any 4xx, was not carried out; another 5xx may have been.
        { IsThrottled: true } error => new DeleteOutcome(DeleteOutcomeKind.Refused, error),
        { Status: >= HttpStatusCode.InternalServerError } => DeleteOutcome.Unknown,
        { } error => new DeleteOutcome(DeleteOutcomeKind.Refused, error),
    };
}
