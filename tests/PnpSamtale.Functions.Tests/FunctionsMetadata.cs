using System.Text.Json;

namespace PnpSamtale.Functions.Tests;

/// <summary>A function as <c>functions.metadata</c> in the package lists it: name, trigger type and the trigger's schedule, queue or route.</summary>
internal sealed record MetadataFunction(string Name, string TriggerType, string? Schedule, string? QueueName, string? Route, IReadOnlyList<string> OutputQueues)
{
    /// <summary>Reads the package's <c>functions.metadata</c>.</summary>
    public static IReadOnlyList<MetadataFunction> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.EnumerateArray().Select(function =>
        {
            var bindings = function.GetProperty("bindings").EnumerateArray().ToList();
            var trigger = bindings.Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            string? Text(JsonElement binding, string name) => binding.TryGetProperty(name, out var value) ? value.GetString() : null;
            return new MetadataFunction(
                function.GetProperty("name").GetString()!,
                trigger.GetProperty("type").GetString()!,
                Text(trigger, "schedule"),
                Text(trigger, "queueName"),
                Text(trigger, "route"),
                [.. bindings.Where(b => b.GetProperty("type").GetString() == "queue").Select(b => Text(b, "queueName")!)]);
        })];
    }
}
