using System.CommandLine;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Text;

namespace PnpSamtale.Cli.Commands;

/// <summary><c>samtale calendar add</c> and <c>samtale calendar check</c>: business-day arithmetic.</summary>
internal static class CalendarCommand
{
    public static Command Create(CliContext context)
    {
        var saturdays = new Option<bool>("--count-saturdays") { Description = "Count Saturdays as business days (virkedager in the sense of ferieloven)." };
        var closed = new Option<string[]>("--closed") { Description = "An extra closed date, YYYY-MM-DD, not counted (repeatable), e.g. --closed 2026-12-24 --closed 2026-12-31.", AllowMultipleArgumentsPerToken = false };
        var date = new Option<string>("--date") { Description = "The date to start from, YYYY-MM-DD.", Required = true };

        var days = new Option<int>("--business-days") { Description = "Business days to add; negative counts backwards. The start date itself is never counted.", Required = true };
        var add = new Command("add", "Print the date a number of business days after (or before) a date, e.g. --date 2026-11-09 --business-days -10 prints 2026-10-26.")
        {
            date, days, saturdays, closed,
        };
        add.SetAction(result =>
        {
            var calendar = Calendar(result, saturdays, closed);
            context.Out.Write(NorwegianDates.Iso(calendar.AddBusinessDays(Inputs.Date("--date", result.GetValue(date)!), result.GetValue(days))) + "\n");
            return ExitCodes.Ok;
        });

        var check = new Command("check", "Say whether a date is a business day, and if not, why not.") { date, saturdays, closed };
        check.SetAction(result =>
        {
            var calendar = Calendar(result, saturdays, closed);
            var day = Inputs.Date("--date", result.GetValue(date)!);
            var holiday = NorwegianHolidays.IsHoliday(day) ? NorwegianHolidays.ForYear(day.Year).First(h => h.Date == day).Name : null;
            var reason = calendar.IsBusinessDay(day) ? "virkedag"
                : holiday is not null ? $"ikke virkedag: {holiday}"
                : calendar.Options.ClosedDates.Contains(day) ? "ikke virkedag: stengt"
                : $"ikke virkedag: {NorwegianDates.DayName(day.DayOfWeek)}";
            context.Out.Write($"{NorwegianDates.Iso(day)} {NorwegianDates.DayName(day.DayOfWeek)}: {reason}\n");
            return ExitCodes.Ok;
        });

        return new Command("calendar", "Norwegian business-day arithmetic.") { add, check };
    }

    private static BusinessCalendar Calendar(ParseResult result, Option<bool> saturdays, Option<string[]> closed) => new(new CalendarOptions
    {
        CountSaturdays = result.GetValue(saturdays),
        ClosedDates = (result.GetValue(closed) ?? []).Select(c => Inputs.Date("--closed", c)).ToHashSet(),
    });
}
