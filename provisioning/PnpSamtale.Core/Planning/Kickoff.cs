using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Planning;

/// <summary>
/// When a routine's rounds start by themselves: from the round's first business day within the cadence's part of the
/// month (e.g. "ultimo oktober": 21–31 October) to the last day of that part. A kick-off missed on the first day is
/// caught up on the next days of the window, never after it.
/// </summary>
public static class Kickoff
{
    /// <summary>The term whose kick-off window contains <paramref name="today"/>, if any.</summary>
    public static Term? Due(Routine routine, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(routine);
        if (today.Year < NorwegianHolidays.FirstYear || today.Year > NorwegianHolidays.LastYear)
        {
            return null;
        }

        var calendar = new BusinessCalendar(routine.Calendar);
        foreach (var (season, anchor) in routine.Cadence.Starts.OrderBy(s => s.Key))
        {
            var first = calendar.OnOrAfter(anchor.FirstDay(today.Year));
            if (first <= today && today <= anchor.LastDay(today.Year))
            {
                return Term.Create(season, today.Year);
            }
        }

        return null;
    }

    /// <summary>
    /// Orders terms in time: spring before autumn of the same year; an annual term sorts with the spring of its year.
    /// </summary>
    public static int Order(Term term) => (term.Year * 2) + (term.Season == Season.Autumn ? 1 : 0);
}
