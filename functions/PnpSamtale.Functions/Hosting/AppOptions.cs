using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Configuration;

namespace PnpSamtale.Functions.Hosting;

/// <summary>The app's own settings, bound from the <c>Samtale</c> section (app settings <c>Samtale__*</c>).</summary>
internal sealed class AppOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Samtale";

    /// <summary>The owner of new site collections: a service account's UPN, not a person of the roster. Required.</summary>
    public string? SiteOwner { get; set; }

    /// <summary>The one mailbox the reminders are sent from (Graph <c>sendMail</c>). Required.</summary>
    public string? MailSender { get; set; }

    /// <summary>
    /// The folder with <c>site/blueprint.yaml</c>, <c>routines/</c>, <c>forms/</c> and optionally
    /// <c>mail/digest.yaml</c>. Default: the <c>templates</c> folder that travels with the app.
    /// </summary>
    public string? Definitions { get; set; }

    /// <summary>
    /// The Oslo local time from which the morning reminders go out. The timer fires in UTC (Flex Consumption has no
    /// time zones), at two hours that cover winter and summer time; a run before this time waits for the next.
    /// Default 07:00.
    /// </summary>
    public TimeOnly RemindersFrom { get; set; } = new(7, 0);

    /// <summary>Deliveries of a queue message before the host moves it to the poison queue (host.json). Default 5.</summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>
    /// A file holding the moment the app takes for now (ISO 8601), re-read on every use: to replay days against the local
    /// tenant (see <see cref="Hosting.SimulatedClock"/>). Allowed only when <c>SharePoint:TenantUrl</c> is on loopback. No default:
    /// the system's clock.
    /// </summary>
    public string? SimulatedClock { get; set; }

    /// <summary>The definitions folder, resolved.</summary>
    public string DefinitionsPath => Path.GetFullPath(string.IsNullOrWhiteSpace(Definitions) ? Path.Combine(AppContext.BaseDirectory, "templates") : Definitions);
}

/// <summary>Checks <see cref="AppOptions"/> at start-up; every message names the app setting.</summary>
internal sealed class AppOptionsValidator(IOptions<SharePointOptions> sharePoint) : IValidateOptions<AppOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AppOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.SimulatedClock) && sharePoint.Value.TenantUrl is not { IsLoopback: true })
        {
            failures.Add("Samtale:SimulatedClock replays days against the local tenant only; SharePoint:TenantUrl is not on loopback. Remove the setting.");
        }
        else if (!string.IsNullOrWhiteSpace(options.SimulatedClock) && !File.Exists(options.SimulatedClock))
        {
            failures.Add($"Samtale:SimulatedClock must name a file holding the moment to take for now; '{options.SimulatedClock}' does not exist.");
        }

        if (!IsAddress(options.SiteOwner))
        {
            failures.Add($"Samtale:SiteOwner must be the UPN of the service account that owns new site collections, e.g. samtale@contoso.onmicrosoft.com; found '{options.SiteOwner}'.");
        }

        if (!IsAddress(options.MailSender))
        {
            failures.Add($"Samtale:MailSender must be the mailbox the reminders are sent from, e.g. samtale@contoso.no; found '{options.MailSender}'.");
        }

        var definitions = options.DefinitionsPath;
        if (!File.Exists(Path.Combine(definitions, "site", "blueprint.yaml")) || !Directory.Exists(Path.Combine(definitions, "routines")))
        {
            failures.Add($"Samtale:Definitions must be a folder with site/blueprint.yaml and routines/ (and forms/); '{definitions}' is not.");
        }

        if (options.MaxDequeueCount is < 1 or > 100)
        {
            failures.Add($"Samtale:MaxDequeueCount must be 1–100 (as host.json's extensions.queues.maxDequeueCount); found {options.MaxDequeueCount}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsAddress(string? value) =>
        value is { Length: > 2 } text && text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < text.Length - 1 && !text.Any(char.IsWhiteSpace);
}
