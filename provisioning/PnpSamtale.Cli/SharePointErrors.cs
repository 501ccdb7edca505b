using System.Net;
using PnpSamtale.SharePoint.Errors;

namespace PnpSamtale.Cli;

/// <summary>
/// Turns SharePoint's refusals into one clear line and exit code 1. A tenant that cannot be reached or signed in to is
/// not a refusal: that passes through to <see cref="SamtaleCli"/>, which says so in one line with exit code 3.
/// </summary>
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
        catch (InvalidOperationException e)
        {
            await context.Error.WriteLineAsync($"samtale: {e.Message}").ConfigureAwait(false);
        }

        return ExitCodes.InvalidDefinition;
    }
}
