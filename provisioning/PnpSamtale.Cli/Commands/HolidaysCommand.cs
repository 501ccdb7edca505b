using System.CommandLine;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Output;
using PnpSamtale.Core.Text;

namespace PnpSamtale.Cli.Commands;

/// <summary><c>samtale holidays</c>: the Norwegian statutory holidays in a date range.</summary>
internal static class HolidaysCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "First date, YYYY-MM-DD (default: 1 January this year)." };
        var to = new Option<string>("--to") { Description = "Last date, YYYY-MM-DD (default: 31 December of the --from year)." };
        var format = new Option<string>("--format") { Description = "table (default) or csv: a 'date,name' header, then one line per holiday in date order.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv");
        var command = new Command("holidays", $"List Norwegian statutory holidays (Easter computed; 1 and 17 May from {NorwegianHolidays.PublicHolidaysSince}) for {NorwegianHolidays.FirstYear}–{NorwegianHolidays.LastYear}. Two holidays on one date give two lines.")
        {
            from, to, format,
        };
        command.SetAction(result =>
        {
            var start = result.GetValue(from) is { } f ? Inputs.Date("--from", f) : new DateOnly(context.Clock.GetLocalNow().Year, 1, 1);
            var end = result.GetValue(to) is { } t ? Inputs.Date("--to", t) : new DateOnly(start.Year, 12, 31);
            if (end < start)
            {
                throw new UsageException($"--to ({NorwegianDates.Iso(end)}) is before --from ({NorwegianDates.Iso(start)}).");
            }

            if (start.Year < NorwegianHolidays.FirstYear || end.Year > NorwegianHolidays.LastYear)
            {
                throw new UsageException($"the calendar covers {NorwegianHolidays.FirstYear}–{NorwegianHolidays.LastYear}; got {NorwegianDates.Iso(start)} to {NorwegianDates.Iso(end)}.");
            }

            var holidays = NorwegianHolidays.Between(start, end);
            if (result.GetValue(format) == "csv")
            {
                context.Out.Write("date,name\n");
                foreach (var holiday in holidays)
                {
                    context.Out.Write($"{NorwegianDates.Iso(holiday.Date)},{holiday.Name}\n");
                }
            }
            else
            {
                var table = new TextTable("Dato", "Dag", "Helligdag");
                foreach (var holiday in holidays)
                {
                    table.Add(NorwegianDates.Iso(holiday.Date), NorwegianDates.DayName(holiday.Date.DayOfWeek), holiday.Name);
                }

                context.Out.Write(table.ToString());
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
