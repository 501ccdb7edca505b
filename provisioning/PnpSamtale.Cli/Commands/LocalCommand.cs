using System.CommandLine;
using PnpSamtale.LocalTenant;

namespace PnpSamtale.Cli.Commands;

/// <summary><c>samtale local serve</c>: runs the local tenant for a person to browse and for tools to call.</summary>
internal static class LocalCommand
{
    /// <summary>The data directory used when none is given.</summary>
    public const string DefaultDataDirectory = ".samtale";

    /// <summary>The port used when none is given.</summary>
    public const int DefaultPort = 5287;

    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { Description = $"Port on 127.0.0.1 (default {DefaultPort}; 0 picks a free one).", DefaultValueFactory = _ => DefaultPort };
        var data = new Option<string>("--data") { Description = $"Data directory; the tenant's state is kept in {LocalTenantOptions.DatabaseFileName} there (default ./{DefaultDataDirectory}).", DefaultValueFactory = _ => DefaultDataDirectory };
        var serve = new Command("serve", "Run the local tenant (the SharePoint/Graph stand-in) on loopback until Ctrl+C. Its read-only HTML view at / shows sites, lists, items and who can read each form.")
        {
            port, data,
        };
        serve.SetAction(result =>
        {
            var directory = Path.GetFullPath(result.GetValue(data)!);
            if (result.GetValue(port) is < 0 or > 65535)
            {
                throw new UsageException($"--port: {result.GetValue(port)} is not a port; expected 0–65535.");
            }

            Directory.CreateDirectory(directory);
            return ServeAsync(new LocalTenantOptions { DataDirectory = directory, Port = result.GetValue(port) }, context).GetAwaiter().GetResult();
        });

        var outboxData = new Option<string>("--data") { Description = $"Data directory (default ./{DefaultDataDirectory}).", DefaultValueFactory = _ => DefaultDataDirectory };
        var to = new Option<string>("--to") { Description = "Only mail to this address (UPN)." };
        var outbox = new Command("outbox", "Show the mail the local tenant has \"sent\" (Graph sendMail and sent drafts land here): when, to whom, subject, text and the names of attached files.")
        {
            outboxData, to,
        };
        outbox.SetAction(result => OutboxAsync(Path.GetFullPath(result.GetValue(outboxData)!), result.GetValue(to), context).GetAwaiter().GetResult());

        return new Command("local", "The local tenant: a SQLite-backed stand-in for SharePoint Online and Microsoft Graph on 127.0.0.1.") { serve, outbox };
    }

    private static async Task<int> OutboxAsync(string directory, string? to, CliContext context)
    {
        if (!File.Exists(Path.Combine(directory, LocalTenantOptions.DatabaseFileName)))
        {
            throw new UsageException($"--data: there is no local tenant in {directory}; run a round first ('samtale round start …').");
        }

        await using var tenant = await StartAsync(new LocalTenantOptions { DataDirectory = directory, Port = 0 }, context.Stop).ConfigureAwait(false);
        var mails = tenant.GetOutbox()
            .Where(m => to is null || m.To.Concat(m.Cc).Contains(to.Trim(), StringComparer.OrdinalIgnoreCase))
            .ToList();
        foreach (var mail in mails)
        {
            await context.Out.WriteLineAsync($"── {Core.Calendar.OsloTime.ToOslo(mail.SentAt):yyyy-MM-dd HH:mm} fra {mail.From} til {string.Join(", ", mail.To)}{(mail.Cc.Count > 0 ? " (kopi " + string.Join(", ", mail.Cc) + ")" : string.Empty)}").ConfigureAwait(false);
            await context.Out.WriteLineAsync($"Emne: {mail.Subject}").ConfigureAwait(false);
            await context.Out.WriteLineAsync(mail.Body.TrimEnd()).ConfigureAwait(false);
            foreach (var file in mail.Attachments)
            {
                await context.Out.WriteLineAsync($"Vedlegg: {file.Name} ({file.ContentType}, {file.Content.Length} byte)").ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync().ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync($"{Core.Text.NorwegianNouns.Mail.Count(mails.Count)}{(to is null ? string.Empty : " til " + to)}.").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static async Task<int> ServeAsync(LocalTenantOptions options, CliContext context)
    {
        await using var tenant = await StartAsync(options, context.Stop).ConfigureAwait(false);
        await context.Out.WriteLineAsync($"Local tenant listening on {tenant.BaseUri} (Graph: {tenant.GraphBaseUri}).").ConfigureAwait(false);
        await context.Out.WriteLineAsync($"Data: {Path.Combine(options.DataDirectory!, LocalTenantOptions.DatabaseFileName)}").ConfigureAwait(false);
        await context.Out.WriteLineAsync($"Browse {tenant.BaseUri} to see sites, lists, items and who can read each form. Press Ctrl+C to stop.").ConfigureAwait(false);
        await context.Out.FlushAsync().ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, context.Stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await context.Out.WriteLineAsync("Stopped.").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    private static async Task<LocalTenantServer> StartAsync(LocalTenantOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await LocalTenantServer.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new UsageException($"--port: cannot listen on 127.0.0.1:{options.Port}: {e.Message}", e);
        }
    }
}
