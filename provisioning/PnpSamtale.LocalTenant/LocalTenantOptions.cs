namespace PnpSamtale.LocalTenant;

/// <summary>
/// How a local tenant runs: where it keeps its state, which port it listens on (always 127.0.0.1), its clock and
/// the faults it injects. Validated by <see cref="LocalTenantServer.StartAsync"/>; a bad value fails the start with
/// the option's name in the message.
/// </summary>
public sealed class LocalTenantOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "LocalTenant";

    /// <summary>The file name of the SQLite database inside <see cref="DataDirectory"/>.</summary>
    public const string DatabaseFileName = "local-tenant.db";

    /// <summary>
    /// The folder holding the SQLite database (<see cref="DatabaseFileName"/>), created when missing, so state
    /// survives restarts. Default <see langword="null"/>: an in-memory database that is gone when the server stops.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>The loopback port to listen on. Default 0: any free port (read it from <see cref="LocalTenantServer.BaseUri"/>).</summary>
    public int Port { get; set; }

    /// <summary>The clock for timestamps, throttling windows and latency. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Whether any UPN-shaped login (<c>name@domain.tld</c>) that is not yet in the directory is added to it on
    /// <c>ensureuser</c> (display name derived from the address). Default <see langword="true"/>. When
    /// <see langword="false"/> only users seeded through <c>POST /_local/users</c> exist; others get the documented 404.
    /// </summary>
    public bool AcceptAnyUpn { get; set; } = true;

    /// <summary>
    /// The list view threshold: on a list with more items than this a <c>$filter</c> on a non-indexed column fails
    /// with 500. Default 5000, as in SharePoint Online.
    /// </summary>
    public int ListViewThreshold { get; set; } = 5000;

    /// <summary>
    /// The time zone (a SharePoint zone id) of a site created without <c>TimeZoneId</c>: the tenant's default. Default 13,
    /// (UTC-08:00) Pacific Time — deliberately not Oslo's, so a client that forgets to ask for its zone is caught.
    /// </summary>
    public int DefaultTimeZoneId { get; set; } = 13;

    /// <summary>
    /// The <c>SiteStatus</c> that <c>SPSiteManager/status</c> answers for a URL where no site exists, with an empty
    /// <c>SiteId</c> and <c>SiteUrl</c>: 0 as documented, or 1 as SharePoint Online has answered since March 2026.
    /// Default 1.
    /// </summary>
    public int MissingSiteStatus { get; set; } = 1;

    /// <summary>
    /// The most items of a list or library that may have permissions of their own; breaking inheritance on one more
    /// fails. Default 50,000, as in SharePoint Online.
    /// </summary>
    public int UniqueScopeLimit { get; set; } = 50_000;

    /// <summary>
    /// How long after a draft is sent its copy appears in the sender's Sent Items ("getting the message in Sent Items
    /// might not succeed immediately after sending", Obtain immutable identifiers for Outlook resources); until then it
    /// is neither a draft nor found by id, list or filter. Measured on <see cref="TimeProvider"/>. Default zero.
    /// </summary>
    public TimeSpan SentItemsDelay { get; set; }

    /// <summary>
    /// Called with the endpoint key (as <see cref="LocalTenantServer.GetRequestCounts"/> counts it) of each SharePoint and
    /// Graph request that arrives on a connection — a <c>$batch</c> as one, its operations not at all — after it is counted
    /// and before anything of it is carried out. When it returns <see langword="false"/> the connection is closed and
    /// nothing is carried out. For tests that stop a client at a chosen request, e.g. kill its process there and then.
    /// Default <see langword="null"/>.
    /// </summary>
    public Func<string, bool>? BeforeRequest { get; set; }

    /// <summary>
    /// Called like <see cref="BeforeRequest"/>, but after the request was carried out (its unit of work committed, or
    /// rolled back and its error written) and before a byte of its answer is sent; when it returns
    /// <see langword="false"/> the connection is closed without the answer. For tests that stop a client between a write
    /// and the answer it would have acted on. Default <see langword="null"/>.
    /// </summary>
    public Func<string, bool>? AfterRequest { get; set; }

    /// <summary>Fault injection (latency, throttling, dropped connections). Default: none.</summary>
    public FaultOptions Faults { get; set; } = new();

    /// <summary>
    /// Called with the endpoint key of every request as it is counted (inner <c>$batch</c> operations too), before it is
    /// carried out; the request waits for the returned task. Lets a test act at an exact request — e.g. kill the client
    /// process when its N-th request arrives. Default none.
    /// </summary>
    public Func<string, Task>? OnRequest { get; set; }

    /// <summary>Adds logging providers to the server; default none (the server logs nothing).</summary>
    public Action<Microsoft.Extensions.Logging.ILoggingBuilder>? ConfigureLogging { get; set; }
}
