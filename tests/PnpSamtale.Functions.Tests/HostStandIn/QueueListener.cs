using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace PnpSamtale.Functions.Tests.HostStandIn;

/// <summary>
/// The host's queue side, on a real queue service (Azurite): queue output bindings written as the host's queue
/// extension writes them (base64, its default encoding), and the queue trigger's listener — receive, invoke with the
/// message's dequeue count, delete on success; on failure release the message, and after host.json's
/// <c>extensions.queues.maxDequeueCount</c> (default 5) move it to <c>&lt;queue&gt;-poison</c>. Unlike the host it
/// releases a failed message at once rather than after host.json's <c>visibilityTimeout</c>, and it polls only when
/// a test asks (<see cref="DrainAsync"/>).
/// </summary>
internal sealed class QueueListener(FunctionsHostStandIn host, string connectionString)
{
    private static readonly QueueClientOptions Encoding = new() { MessageEncoding = QueueMessageEncoding.Base64 };

    /// <summary>A queue of the app's storage account.</summary>
    public QueueClient Queue(string name) => new(connectionString, name, Encoding);

    /// <summary>The maximum deliveries of a message, from host.json.</summary>
    public int MaxDequeueCount
    {
        get
        {
            using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(host.AppRoot, "host.json")));
            return hostJson.RootElement.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("queues", out var queues)
                && queues.TryGetProperty("maxDequeueCount", out var count) ? count.GetInt32() : 5;
        }
    }

    /// <summary>Writes an invocation's queue outputs to their queues. Returns the messages written.</summary>
    public async Task<IReadOnlyList<string>> WriteOutputsAsync(InvocationResult invocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var written = new List<string>();
        if (!invocation.Succeeded)
        {
            return written;
        }

        foreach (var binding in invocation.Function.Bindings.Where(b => !b.IsInput && b.Type.Equals("queue", StringComparison.OrdinalIgnoreCase)))
        {
            var queue = Queue(binding.Text("queueName") ?? throw new InvalidOperationException($"{invocation.Function.Name}: the queue output '{binding.Name}' names no queue."));
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var message in invocation.QueueMessages(binding.Name))
            {
                await queue.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);
                written.Add(message);
            }
        }

        return written;
    }

    /// <summary>
    /// Delivers what is in the queue of <paramref name="function"/>'s trigger until it is empty, one message at a time,
    /// as the host's listener does with <c>batchSize</c> 1. Returns every delivery's invocation, in order.
    /// </summary>
    public async Task<IReadOnlyList<InvocationResult>> DrainAsync(string function, CancellationToken cancellationToken = default)
    {
        var trigger = host.Functions[function].Trigger;
        var name = trigger.Text("queueName") ?? throw new InvalidOperationException($"{function} has no queue trigger.");
        var queue = Queue(name);
        var poison = Queue(name + "-poison");
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var deliveries = new List<InvocationResult>();
        for (var round = 0; round < 100; round++)
        {
            QueueMessage[] received = (await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false)).Value;
            if (received.Length == 0)
            {
                return deliveries;
            }

            var message = received[0];
            var invocation = await host.InvokeQueueAsync(function, new QueueDelivery(
                message.MessageText, message.MessageId, message.PopReceipt, message.DequeueCount,
                message.InsertedOn ?? DateTimeOffset.MinValue, message.ExpiresOn ?? DateTimeOffset.MaxValue, message.NextVisibleOn ?? DateTimeOffset.MinValue), cancellationToken).ConfigureAwait(false);
            deliveries.Add(invocation);
            await WriteOutputsAsync(invocation, cancellationToken).ConfigureAwait(false);
            if (invocation.Succeeded)
            {
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
            }
            else if (message.DequeueCount >= MaxDequeueCount)
            {
                await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                await poison.SendMessageAsync(message.MessageText, cancellationToken).ConfigureAwait(false);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        throw new InvalidOperationException($"{function}: the queue {name} did not empty within 100 deliveries.");
    }
}
