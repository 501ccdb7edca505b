using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PnpSamtale.Functions.Security;
using PnpSamtale.SharePoint.Configuration;

namespace PnpSamtale.Functions.Hosting;

/// <summary>Checks every settings class before the handler opens its port; collects all problems, not just the first.</summary>
internal static class StartupCheck
{
    /// <summary>The problems, each naming its setting; empty when the handler may start.</summary>
    public static IReadOnlyList<string> Run(IServiceProvider services)
    {
        var problems = new List<string>();
        Check<SharePointOptions>(services, problems);
        Check<HandlerOptions>(services, problems);
        Check<ApiOptions>(services, problems);
        return problems;
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
