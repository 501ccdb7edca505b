using System.Globalization;
using System.Text.RegularExpressions;
using PnpSamtale.Core.Definitions;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Cli;

/// <summary>Turns argument texts and files into domain values, or a <see cref="UsageException"/> naming the argument.</summary>
internal static partial class Inputs
{
    public static DateOnly Date(string option, string text)
    {
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new UsageException($"{option}: '{text}' is not a date; expected YYYY-MM-DD, e.g. 2026-11-09.");
        }

        return date.Year is >= Core.Calendar.NorwegianHolidays.FirstYear and <= Core.Calendar.NorwegianHolidays.LastYear
            ? date
            : throw new UsageException($"{option}: {text} is outside the calendar, which covers {Core.Calendar.NorwegianHolidays.FirstYear}–{Core.Calendar.NorwegianHolidays.LastYear}.");
    }

    /// <summary>
    /// A moment: an ISO 8601 date-time with an offset (2026-11-20T07:00+01:00, 2026-11-20T06:00Z, +0100, +01, seconds
    /// and fractions allowed), a local Oslo date-time (2026-11-20T07:00), or a date (2026-11-20, read as 07:00 Oslo
    /// time, when the daily jobs run).
    /// </summary>
    public static DateTimeOffset Now(string option, string text)
    {
        var trimmed = text.Trim();
        var match = IsoMoment().Match(trimmed);
        var stamp = match.Groups["local"].Value.Replace('t', 'T');
        if (match.Success && match.Groups["offset"].Success)
        {
            var offset = match.Groups["offset"].Value switch
            {
                "Z" or "z" => "+00:00",
                { Length: 3 } hours => hours + ":00",
                { Length: 5 } compact => compact[..3] + ":" + compact[3..],
                var full => full,
            };
            if (DateTimeOffset.TryParseExact(stamp + offset, ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
            {
                Date(option, exact.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return exact;
            }
        }

        DateTime local;
        if (match.Success && !match.Groups["offset"].Success
            && DateTime.TryParseExact(stamp, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            local = time;
        }
        else if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            local = Date(option, trimmed).ToDateTime(new TimeOnly(7, 0));
        }
        else
        {
            throw new UsageException($"{option}: '{text}' is not a moment; expected an ISO 8601 date-time such as 2026-11-20T07:00+01:00 or 2026-11-20T06:00Z, 2026-11-20T07:00 (Oslo time) or a date, 2026-11-20 (07:00 Oslo time).");
        }

        Date(option, local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return new DateTimeOffset(local, Core.Calendar.OsloTime.Zone.GetUtcOffset(local));
    }

    public static Term Term(string option, string text) =>
        Core.Terms.Term.Problem(text) is { } problem
            ? throw new UsageException($"{option}: '{text}' is not a term: {problem}. Expected {Core.Terms.Term.Expected}.")
            : Core.Terms.Term.Parse(text);

    public static Dictionary<StepId, DateOnly> SetDates(IEnumerable<string> values)
    {
        var result = new Dictionary<StepId, DateOnly>();
        foreach (var value in values)
        {
            var parts = value.Split('=', 2);
            if (parts.Length != 2 || !StepId.TryParse(parts[0].Trim(), out var step))
            {
                throw new UsageException($"--set: '{value}' is not STEP=DATE; expected e.g. --set 1.2=2026-11-09.");
            }

            if (!result.TryAdd(step, Date($"--set {step}", parts[1])))
            {
                throw new UsageException($"--set: step {step} is given more than once.");
            }
        }

        return result;
    }

    public static string ReadFile(string option, string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{option}: '{path}' is a directory; expected a YAML file.");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"{option}: cannot read '{path}': {e.Message}", e);
        }
    }

    /// <summary>Loads a routine, printing its findings; returns null (after printing) if it has errors.</summary>
    public static Routine? Routine(string option, string path, CliContext context)
    {
        var loaded = RoutineLoader.Load(ReadFile(option, path), path, context.Clock);
        Print(loaded.Diagnostics.Where(d => d.Severity == Severity.Error), context);
        return loaded.Routine;
    }

    /// <summary>Loads a roster, printing its findings; returns null (after printing) if it has errors.</summary>
    public static Roster? Roster(string option, string path, CliContext context)
    {
        var loaded = RosterLoader.Load(ReadFile(option, path), path);
        Print(loaded.Diagnostics, context);
        return loaded.Roster;
    }

    /// <summary>An ISO 8601 local date-time ('T' or 't'), then an optional offset: Z, ±hh, ±hhmm or ±hh:mm.</summary>
    [GeneratedRegex(@"^(?<local>\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)(?<offset>[Zz]|[+-]\d{2}(:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoMoment();

    public static void Print(IEnumerable<Diagnostic> diagnostics, CliContext context)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.Error.WriteLine(diagnostic.ToString());
        }
    }
}
