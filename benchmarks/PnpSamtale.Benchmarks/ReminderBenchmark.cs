using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using PnpSamtale.Jobs.Reminders;
using PnpSamtale.LocalTenant;
using PnpSamtale.Provisioning.Desired;

namespace PnpSamtale.Benchmarks;

/// <summary>
/// The <c>DeadlineReminders</c> job over N active rounds of the NTNU routine (terms 2027, 2028, …) with M conversations
/// each, on the local tenant with injected latency: a run on the day every conversation's invitation (2.1) is due, a
/// second run the same day (which must send nothing), and optionally the same two runs under injected 429s.
/// </summary>
internal static class ReminderBenchmark
{
    /// <summary>The day every round's planning step (1.1) is set to, so that the rounds' conversation windows coincide.</summary>
    private static readonly DateOnly PlanningDay = new(2027, 1, 15);

    public static async Task<int> RunAsync(int rounds, int conversations, TimeSpan latency, double throttleRate, string root, TextWriter output, TimedProgress? progress)
    {
        var templates = Bench.Load(root);
        var roster = Bench.Roster(conversations);
        var terms = Enumerable.Range(2027, rounds).Select(year => Term.Parse(year.ToString(CultureInfo.InvariantCulture))).ToList();
        var setDates = new Dictionary<StepId, DateOnly> { [StepId.Parse("1.1")] = PlanningDay };
        var provisioned = Bench.NewDirectory("reminders");
        var directories = new List<string> { provisioned };
        try
        {
            var (designs, setup) = await Bench.ProvisionAsync(provisioned, tenant => [.. terms.Select(term => Bench.Design(templates, roster, term, tenant, setDates))]);
            var (day, allSameDay) = InvitationDay(designs, templates.Routine);
            var now = Bench.OsloMorning(day);
            var total = designs.Sum(d => d.Plan.Conversations.Count);

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Deadline reminders, NTNU routine: {rounds} active rounds ({terms[0]}–{terms[^1]}) × {conversations} conversations = {total} conversations, {latency.TotalMilliseconds:0} ms injected latency per request"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Every round has the same roster ({roster.People.Count} people: the same department in every round) and its step 1.1 set to {PlanningDay:yyyy-MM-dd}, so every"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"conversation's invitation (2.1) is {(allSameDay ? "due" : "due or overdue")} on {day:dddd yyyy-MM-dd} (now = {now:yyyy-MM-dd HH:mm zzz}); setup (provisioning without latency): {setup.TotalSeconds:0.0} s"));
            output.WriteLine();
            output.WriteLine("| run | HTTP requests | lower bound | ratio | wall time | SharePoint ops | Graph ops | notices recorded | already sent | digests sent | mails in outbox | check |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");

            var failed = false;
            Measured<ReminderRun>? clean = null;
            foreach (var (name, directory, throttle) in Bench.Variants(provisioned, "reminders-throttled", throttleRate, directories))
            {
                await using var tenant = await Bench.StartAsync(directory, latency, throttle);
                await using var services = Bench.Services(tenant);
                var job = services.GetRequiredService<DeadlineReminders>();
                var request = new ReminderRequest(Bench.Scope(templates, tenant), now, Bench.Owner);
                Task<T> Run<T>(Func<Task<T>> work)
                {
                    progress?.Restart();
                    progress?.Report(name);
                    return work();
                }

                var first = await Bench.MeasureAsync(tenant, () => Run(() => job.RunAsync(request, progress, CancellationToken.None)));
                var outbox = tenant.GetOutbox().Count;
                var invited = first.Result.Digests.SelectMany(d => d.Notices).Where(n => n.Step == StepId.Parse("2.1")).Select(n => n.Key).Distinct(StringComparer.Ordinal).Count();
                var problems = new List<string>();
                if (first.Result.Failures.Count > 0)
                {
                    problems.Add($"{first.Result.Failures.Count} failures, e.g. {first.Result.Failures[0]}");
                }

                if (invited != total)
                {
                    problems.Add($"2.1 notices for {invited} of {total} conversations");
                }

                if (outbox != first.Result.Digests.Count)
                {
                    problems.Add($"{outbox} mails in the outbox for {first.Result.Digests.Count} digests");
                }

                if (clean is not null && (Recorded(first.Result) != Recorded(clean.Result) || first.Result.Digests.Count != clean.Result.Digests.Count))
                {
                    problems.Add("not what the clean run sent");
                }

                failed |= problems.Count > 0;
                output.WriteLine(Row(name, first, outbox, problems.Count == 0 ? $"every conversation's 2.1 notified once ({invited})" : "NO: " + string.Join("; ", problems)));

                var again = await Bench.MeasureAsync(tenant, () => Run(() => job.RunAsync(request, progress, CancellationToken.None)));
                var outboxAfter = tenant.GetOutbox().Count;
                var quiet = again.Result.Digests.Count == 0 && Recorded(again.Result) == 0 && outboxAfter == outbox && again.Result.Failures.Count == 0;
                failed |= !quiet;
                output.WriteLine(Row(name == "clean" ? "second run, same day" : "second run, same day, under 429s", again, outboxAfter, quiet ? "sent nothing" : "NO: sent again"));
                clean ??= first;
            }

            output.WriteLine();
            if (clean is not null)
            {
                output.WriteLine("Notices of the first run: " + string.Join(", ", clean.Result.Digests.SelectMany(d => d.Notices)
                    .GroupBy(n => (n.Step, n.Kind, n.State))
                    .OrderBy(g => g.Key.Step).ThenBy(g => g.Key.Kind)
                    .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} × {g.Key.Step} {Describe(g.Key.Kind, g.Key.State)} to {g.Select(n => n.RecipientUpn).Distinct(StringComparer.Ordinal).Count()} recipients"))));
                var sizes = clean.Result.Digests.Select(d => d.Notices.Count).Order().ToList();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Digests: {sizes.Count}, {sizes.FirstOrDefault()}–{sizes.LastOrDefault()} notices each; largest body {clean.Result.Digests.Select(d => d.Body.Length).DefaultIfEmpty().Max() / 1024.0:0} KiB."));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Lower bound: 1 admin read (rounds registry + roster) + 1 read of Varsler (one query per round, one batch) + 1 read per round site ({rounds})"));
            output.WriteLine("+ ceil(Varsler records / 100) SharePoint batches + 2 × ceil(digests / 20) Graph batches (each digest drafted with its key, then sent)");
            output.WriteLine("+ 2 × ceil(digests / 100) SharePoint batches (each digest's record marked drafted, then sent) + ceil(form-date stamps / 100) per round site (0 here).");
            return failed ? 1 : 0;
        }
        finally
        {
            Bench.Delete(directories);
        }
    }

    /// <summary>
    /// The latest day any conversation's invitation (2.1: 10 business days before the conversation's deadline) is due
    /// on — on that day every invitation is due or overdue — and whether they all fall on it.
    /// </summary>
    private static (DateOnly Day, bool AllSameDay) InvitationDay(IReadOnlyList<RoundDesign> designs, Routine routine)
    {
        var calendar = new BusinessCalendar(routine.Calendar);
        var days = designs.SelectMany(d => d.Plan.Conversations)
            .Select(c => calendar.RollDeadline(calendar.AddBusinessDays(c.Window.Latest ?? throw new InvalidOperationException($"{c.Conversation.Key} has no deadline."), -10)))
            .Distinct()
            .ToList();
        return (days.Max(), days.Count == 1);
    }

    private static int Recorded(ReminderRun run) => run.Rounds.Sum(r => r.Notices);

    /// <summary>
    /// One SharePoint read of the admin site, one of <c>Varsler</c>, one of each round site (paging aside), the
    /// <c>Varsler</c> records in SharePoint batches of 100, the digests drafted and then sent in Graph batches of 20, and
    /// each digest's record marked drafted and then sent in SharePoint batches of 100.
    /// </summary>
    private static long LowerBound(ReminderRun run)
    {
        var siteReads = run.Rounds.Count(r => r.Problem is null);
        return 2 + siteReads + Bench.Ceiling(Recorded(run), Bench.SharePointBatch)
            + (2 * Bench.Ceiling(run.Digests.Count, Bench.GraphBatch)) + (2 * Bench.Ceiling(run.Digests.Count, Bench.SharePointBatch));
    }

    private static string Describe(NoticeKind kind, DueState state) => kind switch
    {
        NoticeKind.Escalation => "escalation",
        NoticeKind.Chase => "chase",
        NoticeKind.ChaseCopy => "chase copy",
        _ => state switch
        {
            DueState.DueToday => "due today",
            DueState.Overdue => "overdue",
            _ => "upcoming",
        },
    };

    private static string Row(string run, Measured<ReminderRun> measured, int outbox, string check)
    {
        var bound = LowerBound(measured.Result);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {run} | {measured.Requests} | {bound} | {(double)measured.Requests / Math.Max(1, bound):0.00}× | {measured.Elapsed.TotalSeconds:0.0} s | {measured.SharePointOperations} | {measured.GraphOperations} | {Recorded(measured.Result)} | {measured.Result.Rounds.Sum(r => r.AlreadySent)} | {measured.Result.Digests.Count} | {outbox} | {check} |");
    }
}
