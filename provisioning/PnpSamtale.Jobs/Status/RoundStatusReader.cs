using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Progress;
using PnpSamtale.Core.Terms;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.SharePoint.Errors;

namespace PnpSamtale.Jobs.Status;

/// <summary>
/// Reads who is behind in a round: the round's entry in <c>Runder</c> and the roster in <c>Verv</c> (admin site), the
/// round site's steps and the conversations, forms and measures its owners-only register names, with the statuses the
/// register accepted — never the columns the pair can edit — then leaves the judging to <see cref="ProgressAssessor"/>.
/// Two <c>$batch</c> reads; writes nothing.
/// </summary>
public sealed class RoundStatusReader(SiteContentReader reader)
{
    /// <summary>Who is behind in round <paramref name="term"/> on <paramref name="today"/>; <c>null</c> when the round has no site.</summary>
    /// <exception cref="InvalidOperationException">The round's routine is not among the scope's routines, or it cannot be planned.</exception>
    public async Task<RoundStatus?> ReadAsync(JobScope scope, string term, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(term);
        try
        {
            var admin = await AdminState.ReadAsync(reader, scope, [], cancellationToken).ConfigureAwait(false);
            if (admin.Rounds.FirstOrDefault(r => string.Equals(r.Term, term, StringComparison.OrdinalIgnoreCase)) is not { } round)
            {
                return null;
            }

            var routine = scope.Routines(round.RoutineId)
                ?? throw new InvalidOperationException($"Round {round.Term} uses the routine '{round.RoutineId}', which was not found; give its folder with --routines.");
            var roster = admin.ToRoster(scope.Blueprint.Admin.Title);
            var planned = Planner.Create(new PlanRequest(routine, Term.Parse(round.Term)) { SetDates = round.SetDates, Roster = roster });
            if (planned.Plan is not { } plan)
            {
                throw new InvalidOperationException($"Round {round.Term} cannot be planned: {string.Join(" ", planned.Errors)}");
            }

            var content = await RoundContent.ReadAsync(reader, scope, round, cancellationToken).ConfigureAwait(false);
            var progress = ProgressAssessor.Assess(new ProgressRequest(content.Facts(plan), plan, roster, today));
            return new RoundStatus(round.Term, round.Site, progress);
        }
        catch (SharePointServiceException e) when (e.ErrorCode == RemoteError.SiteNotFoundCode)
        {
            return null;
        }
    }
}
