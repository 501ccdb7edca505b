using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Terms;
using PnpSamtale.Jobs.Reading;

namespace PnpSamtale.Jobs.Rounds;

/// <summary>The <c>RoundKickoff</c> job's input: where, and the moment it runs.</summary>
/// <param name="Scope">The blueprint, tenant and routines.</param>
/// <param name="Now">The moment; its Oslo day decides.</param>
public sealed record KickoffRequest(JobScope Scope, DateTimeOffset Now);

/// <summary>What the kick-off decided for one routine in the registry.</summary>
/// <param name="RoutineId">The routine.</param>
/// <param name="Latest">Its latest round in the registry.</param>
/// <param name="Start">The round to start now, or <c>null</c>.</param>
/// <param name="Reason">Why (Norwegian, for the log).</param>
public sealed record KickoffDecision(string RoutineId, string Latest, Term? Start, string Reason);

/// <summary>The kick-off's decisions for one day.</summary>
/// <param name="Day">The Oslo day.</param>
/// <param name="Decisions">One per routine in the registry.</param>
public sealed record KickoffRun(DateOnly Day, IReadOnlyList<KickoffDecision> Decisions)
{
    /// <summary>The rounds to start.</summary>
    public IReadOnlyList<KickoffDecision> Starts => [.. Decisions.Where(d => d.Start is not null)];
}

/// <summary>
/// The <c>RoundKickoff</c> job: a routine's next round starts by itself when its latest round in the registry has
/// <c>Autostart</c> ticked (the admin site's setting) and today is within the routine's kick-off window (e.g.
/// "ultimo oktober": from the first business day from 21 October to 31 October), unless that round exists already.
/// It only decides; starting is <see cref="RoundStarter"/>'s work.
/// </summary>
public sealed class RoundKickoff(SiteContentReader reader)
{
    /// <summary>Reads the registry and decides, per routine, whether a round is due.</summary>
    public async Task<KickoffRun> RunAsync(KickoffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = OsloTime.Day(request.Now);
        var admin = await AdminState.ReadAsync(reader, request.Scope, [], cancellationToken).ConfigureAwait(false);
        var registered = admin.Rounds.Select(r => r.Term).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var decisions = new List<KickoffDecision>();
        foreach (var rounds in admin.Rounds.GroupBy(r => r.RoutineId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var latest = rounds
                .Select(r => (Entry: r, Parsed: Term.TryParse(r.Term, out var term) ? term : (Term?)null))
                .Where(r => r.Parsed is not null)
                .MaxBy(r => Kickoff.Order(r.Parsed!.Value));
            if (latest.Entry is null)
            {
                continue;
            }

            decisions.Add(Decide(request.Scope, rounds.Key, latest.Entry, latest.Parsed!.Value, today, registered));
        }

        return new KickoffRun(today, decisions);
    }

    private static KickoffDecision Decide(JobScope scope, string routineId, RoundEntry latest, Term latestTerm, DateOnly today, HashSet<string> registered)
    {
        if (!latest.Autostart)
        {
            return new KickoffDecision(routineId, latest.Term, null, $"automatisk start er ikke slått på for {latest.Term}");
        }

        if (scope.Routines(routineId) is not { } routine)
        {
            return new KickoffDecision(routineId, latest.Term, null, $"rutinen '{routineId}' finnes ikke blant definisjonene");
        }

        if (Kickoff.Due(routine, today) is not { } due)
        {
            return new KickoffDecision(routineId, latest.Term, null, $"ikke i oppstartsvinduet ({routine.Cadence.Text})");
        }

        if (registered.Contains(due.ToString()) || Kickoff.Order(due) <= Kickoff.Order(latestTerm))
        {
            return new KickoffDecision(routineId, latest.Term, null, $"runde {due} finnes allerede");
        }

        return new KickoffDecision(routineId, latest.Term, due, $"{routine.Cadence.Text}: {due} startes");
    }
}
