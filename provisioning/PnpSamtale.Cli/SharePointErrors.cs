using System.Net;
using PnpSamtale.SharePoint.Errors;

namespace PnpSamtale.Cli;

/// <summary>Turns failures talking to SharePoint into one clear line and exit code 1.</summary>
internal static class SharePointErrors
{
    public static async Task<int> GuardAsync(CliContext context, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (SharePointServiceException e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            await context.Error.WriteLineAsync($"samtale: SharePoint refused the request ({(int)e.StatusCode}): {e.Message} The app registration lacks a permission (see README, 'Real tenant'); nothing more was written, and the next run continues from here.").ConfigureAwait(false);
        }
        catch (SharePointServiceException e)
        {
            await context.Error.WriteLineAsync($"samtale: SharePoint answered {(int)e.StatusCode}: {e.Message} (request id {e.RequestId ?? "–"}). The next run continues from here.").ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            await context.Error.WriteLineAsync($"samtale: cannot reach the tenant: {e.Message}. Check --tenant and the network; nothing was written after this point.").ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            await context.Error.WriteLineAsync($"samtale: {e.Message}").ConfigureAwait(false);
        }

        return ExitCodes.InvalidDefinition;
    }
}
