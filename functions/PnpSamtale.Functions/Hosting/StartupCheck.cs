using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PnpSamtale.Functions.Callers;
using PnpSamtale.SharePoint.Configuration;

namespace PnpSamtale.Functions.Hosting;

/// <summary>
/// Checks every settings class before the worker connects to the Functions host, and collects all problems, not just
/// the first: the host then logs the worker's exit with one line per problem, each naming its app setting.
/// </summary>
internal static class StartupCheck
{
    /// <summary>The problems, each naming its app setting; empty when the worker may start.</summary>
    public static IReadOnlyList<string> Run(IServiceProvider services)
    {
        var problems = new List<string>();
        Check<SharePointOptions>(services, problems);
        Check<AppOptions>(services, problems);
        Check<ApiOptions>(services, problems);
        return [.. problems.Select(AppSettings.Display).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Writes the problems to <paramref name="error"/>; <c>true</c> when there are none.</summary>
    public static bool Passes(IServiceProvider services, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var problems = Run(services);
        foreach (var problem in problems)
        {
            error.WriteLine("samtale-functions: configuration: " + problem);
        }

        return problems.Count == 0;
    }

    private static void Check<T>(IServiceProvider services, List<string> problems)
        where T : class
    {
        try
        {
            _ = services.GetRequiredService<IOptions<T>>().Value;
        }
        catch (OptionsValidationException e)
        {
            problems.AddRange(e.Failures);
        }
        catch (InvalidOperationException e)
        {
            // A value that does not convert, e.g. SharePoint:Auth=Secret.
            problems.Add(e.Message + (e.InnerException is { } inner ? " " + inner.Message : string.Empty));
        }
    }
}
