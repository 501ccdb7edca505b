using System.Globalization;
using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Mail;

/// <summary>Sends mail through Graph, one at a time or batched (20 per <c>$batch</c>).</summary>
public sealed class MailClient
{
    private readonly WireTransport transport;
    private readonly GraphBatchExecutor batches;
    private readonly SharePointOptions options;

    /// <summary>Creates the client.</summary>
    public MailClient(WireTransport transport, GraphBatchExecutor batches, IOptions<SharePointOptions> options)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(options);
        this.transport = transport;
        this.batches = batches;
        this.options = options.Value;
    }

    /// <summary>Sends one message (Graph answers 202: accepted, not yet delivered).</summary>
    public async Task SendMailAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        await transport.SendOrThrowAsync(MailRequests.SendMail(options.GraphBaseUrl, mail.Sender, mail.Message), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Sends the messages through Graph <c>$batch</c>; one result per message, in input order.</summary>
    public async Task<IReadOnlyList<BatchResult>> SendMailsAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mails);
        var operations = mails
            .Select((mail, i) => new GraphBatchOperation(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                MailRequests.SendMail(options.GraphBaseUrl, mail.Sender, mail.Message)))
            .ToArray();
        return BatchResult.From(await batches.ExecuteAsync(operations, cancellationToken).ConfigureAwait(false));
    }
}
