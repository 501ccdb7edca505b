using System.Globalization;
using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.Provisioning.Converge;

/// <summary>
/// Sends a plan: in waves, each wave every operation whose needs are known — SharePoint's <c>$batch</c> (100 per
/// request) per site, Graph's (20) for lists, columns and uploads — learning the ids of what was made from the answers
/// (files from reading their library), until nothing is left or nothing left can be sent. An operation that fails is
/// reported, and what needed it is reported as not sent; the next run plans them again. The log entry of changes put
/// back goes last, and only when a put-back was made.
/// </summary>
internal sealed class PlanRunner(SharePointBatchExecutor batches, GraphBatchExecutor graphBatches, SiteReader reader, SharePointOptions options)
{
    public async Task<IReadOnlyList<ConvergeFailure>> RunAsync(ConvergePlan plan, IProgress<ConvergeProgress>? progress, CancellationToken cancellationToken)
    {
        var book = plan.Known;
        var pending = plan.Operations.Where(o => o.Kind is not (OperationKind.CreateSite or OperationKind.WriteLog)).ToList();
        var failures = new List<ConvergeFailure>();
        var total = pending.Count;
        var sent = 0;
        var revertsMade = false;
        for (var wave = 1; pending.Count > 0; wave++)
        {
            var ready = pending.Where(o => o.Needs.All(book.Knows)).ToList();
            if (ready.Count == 0)
            {
                break;
            }

            var readySet = ready.ToHashSet(ReferenceEqualityComparer.Instance);
            pending.RemoveAll(readySet.Contains);
            var outcomes = new List<(PlannedOperation Operation, WireResponse Response)>();
            foreach (var group in ready.Where(o => o.ViaGraph).Chunk(options.GraphBatchSize))
            {
                var operations = group.Select((o, i) => new GraphBatchOperation((i + 1).ToString(CultureInfo.InvariantCulture), o.Build(book))).ToArray();
                var responses = await graphBatches.ExecuteAsync(operations, cancellationToken).ConfigureAwait(false);
                outcomes.AddRange(group.Select((o, i) => (o, responses[i])));
                Report(progress, plan.Site, wave, sent += group.Length, total);
            }

            foreach (var site in ready.Where(o => !o.ViaGraph).GroupBy(o => o.Site))
            {
                foreach (var group in site.Chunk(options.MaxBatchOperations))
                {
                    var responses = await batches.ExecuteAsync(site.Key, [.. group.Select(o => o.Build(book))], cancellationToken).ConfigureAwait(false);
                    outcomes.AddRange(group.Select((o, i) => (o, responses[i])));
                    Report(progress, plan.Site, wave, sent += group.Length, total);
                }
            }

            var uploaded = new HashSet<ItemRef>();
            foreach (var (operation, response) in outcomes)
            {
                if (Outcome(operation, response, book) is { } error)
                {
                    failures.Add(new ConvergeFailure(operation.ToString(), error));
                    continue;
                }

                revertsMade |= operation.Reverts;
                if (operation.Kind == OperationKind.UploadFile && operation.Produces is ItemRef file)
                {
                    uploaded.Add(file);
                }
            }

            // Graph's upload answers with the drive item, not the list item id: the ids are read by name — only for the
            // files this run uploaded (a name someone gave another file must not hand that file to a conversation).
            foreach (var list in uploaded.Select(f => f.List).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                foreach (var (name, id) in await reader.ReadFileNamesAsync(plan.Site, book.List(list), cancellationToken).ConfigureAwait(false))
                {
                    var file = new ItemRef(list, name);
                    if (uploaded.Contains(file))
                    {
                        book.Record(file, IdValue.Of(id));
                    }
                }
            }
        }

        foreach (var operation in pending)
        {
            var missing = operation.Needs.Where(n => !book.Knows(n)).Select(n => n.Describe()).Distinct();
            failures.Add(new ConvergeFailure(operation.ToString(), "ikke sendt: venter på " + string.Join(", ", missing)));
        }

        foreach (var log in plan.Operations.Where(o => o.Kind == OperationKind.WriteLog && revertsMade))
        {
            var response = (await batches.ExecuteAsync(log.Site, [log.Build(book)], cancellationToken).ConfigureAwait(false))[0];
            if (Outcome(log, response, book) is { } error)
            {
                failures.Add(new ConvergeFailure(log.ToString(), error));
            }
        }

        return failures;
    }

    /// <summary>The error of an answer, or <c>null</c> after recording what the operation made.</summary>
    private static string? Outcome(PlannedOperation operation, WireResponse response, IdBook book)
    {
        if (response.ToError() is { } error)
        {
            return error.ToString();
        }

        if (operation.Check?.Invoke(response) is { } refused)
        {
            return refused;
        }

        if (operation.Learn is { } learn)
        {
            learn(response, book);
        }
        else if (operation.Produces is UniqueScopeRef or KeyFreedRef)
        {
            book.Record(operation.Produces);
        }

        return null;
    }

    private static void Report(IProgress<ConvergeProgress>? progress, Uri site, int wave, int done, int total) =>
        progress?.Report(new ConvergeProgress(site, $"endringer, bølge {wave.ToString(CultureInfo.InvariantCulture)}", done, total));
}
