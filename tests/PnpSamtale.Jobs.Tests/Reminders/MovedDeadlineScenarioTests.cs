using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using PnpSamtale.Jobs.Reminders;
using PnpSamtale.Jobs.Rounds;

namespace PnpSamtale.Jobs.Tests.Reminders;

/// <summary>
/// The OU moves a deadline the way the design moves it — the round is started again with another date for the planning
/// meeting (1.2; <c>round start --set</c>, or <c>POST /api/rounds</c> with <c>setDates</c>), which moves every
/// conversation's <c>Frist</c> and so the invitations' (2.1) deadlines. Notices about the old deadline were sent, up to
/// the escalation; the moved deadline is reminded and escalated again, and no day gives a notice twice.
/// </summary>
public sealed class MovedDeadlineScenarioTests
{
    private const string Kari = "kari@stinn.example";
    private const string Sofie = "sofie@stinn.example";

    [Fact]
    public async Task OuMovesThePlanningMeeting_InvitationsAreRemindedAndEscalatedAgain_NeverTwiceForTheSameDeadline()
    {
        await using var fixture = await JobsFixture.StartAsync(RoundScenarioTests.Roster, new DateOnly(2026, 10, 15));
        var job = fixture.Get<DeadlineReminders>();
        for (var day = D(11, 12); day <= D(11, 27); day = day.AddDays(1))
        {
            foreach (var hour in new[] { 7, 8 })
            {
                var run = await job.RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(day, hour), JobsFixture.SiteOwner), null, CancellationToken.None);
                Assert.Empty(run.Failures);
                Assert.True(hour == 7 || run.Digests.Count == 0, $"the second run on {day} sent again");
            }

            if (day == D(11, 19))
            {
                // The OU starts the round again with the planning meeting a week later (16 November): the design's
                // deadlines move, in Aktiviteter and Samtaler alike; the reconcile after it keeps them.
                fixture.Clock.At(day, 14);
                var restart = await fixture.Get<RoundStarter>().StartAsync(
                    new RoundStartRequest(fixture.Scope, fixture.Routine, fixture.Forms, Term.Parse("H2026"), JobsFixture.SiteOwner)
                    {
                        SetDates = new Dictionary<StepId, DateOnly> { [StepId.Parse("1.2")] = D(11, 16) },
                    },
                    null,
                    CancellationToken.None);
                Assert.Empty(restart.Problems);
                Assert.Empty(restart.Failures);
                fixture.Clock.At(day, 15);
                await fixture.ReconcileAsync();
            }
        }

        // Before: the invitations were due 16 November (5 business days before the conversations' 23 November) and
        // escalated on the 19th. After: due 23 November (before 30 November), reminded from the 20th, escalated the 26th.
        string[] expected =
        [
            $"2026-11-12 {Sofie}: 2.1 upcoming Emma | 2.1 upcoming Jonas | 2.1 upcoming Lars",
            $"2026-11-16 {Sofie}: 2.1 dueToday Emma | 2.1 dueToday Jonas | 2.1 dueToday Lars",
            $"2026-11-17 {Sofie}: 2.1 overdue Emma | 2.1 overdue Jonas | 2.1 overdue Lars",
            $"2026-11-19 {Kari}: 2.1 escalation Emma | 2.1 escalation Jonas | 2.1 escalation Lars",
            $"2026-11-20 {Sofie}: 2.1 upcoming Emma | 2.1 upcoming Jonas | 2.1 upcoming Lars",
            $"2026-11-23 {Sofie}: 2.1 dueToday Emma | 2.1 dueToday Jonas | 2.1 dueToday Lars",
            $"2026-11-24 {Sofie}: 2.1 overdue Emma | 2.1 overdue Jonas | 2.1 overdue Lars",
            $"2026-11-26 {Kari}: 2.1 escalation Emma | 2.1 escalation Jonas | 2.1 escalation Lars",
        ];
        var invitations = fixture.Tenant.GetOutbox()
            .Select(m => (Mail: m, Lines: OutboxDigests.Lines(m).Where(l => l.StartsWith("2.1 ", StringComparison.Ordinal)).ToList()))
            .Where(m => m.Lines.Count > 0)
            .Select(m => $"{Core.Calendar.OsloTime.Day(m.Mail.SentAt):yyyy-MM-dd} {string.Join(",", m.Mail.To)}: {string.Join(" | ", m.Lines)}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, invitations);

        // One digest per person per day, whatever else it carried.
        var perDay = fixture.Tenant.GetOutbox().GroupBy(m => (Core.Calendar.OsloTime.Day(m.SentAt), string.Join(",", m.To)));
        Assert.All(perDay, g => Assert.Single(g));
    }

    private static DateOnly D(int month, int day) => new(2026, month, day);
}
