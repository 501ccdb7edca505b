using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// The request bodies the Functions host sends a custom handler in payload mode, shaped as the host writes them:
/// the timer's <c>TimerInfo</c> (with a tracked <c>ScheduleStatus</c>, or <c>null</c> when not monitored), a queue
/// message as a JSON-encoded string with its metadata as strings, an HTTP request with multi-valued headers, and
/// <c>Metadata.sys</c> on every one.
/// </summary>
internal static class HostPayloads
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Timer(string function, DateTimeOffset utcNow, bool withStatus, bool pastDue = false)
    {
        // Newtonsoft writes the host's DateTimes with the offset of the host's zone (UTC on Azure): +00:00.
        var status = withStatus
            ? $$"""
                {
                  "Last": "{{(utcNow - TimeSpan.FromDays(1)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture)}}+00:00",
                  "Next": "{{(utcNow + TimeSpan.FromDays(1)).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}}+00:00",
                  "LastUpdated": "{{(utcNow - TimeSpan.FromDays(1)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture)}}+00:00"
                }
                """
            : "null";
        return $$"""
            {
              "Data": {
                "timer": {
                  "Schedule": { "AdjustForDST": true },
                  "ScheduleStatus": {{status}},
                  "IsPastDue": {{(pastDue ? "true" : "false")}}
                }
              },
              "Metadata": {
                "sys": {{Sys(function, utcNow)}}
              }
            }
            """;
    }

    /// <summary>A timer payload of a schedule's first run: the "never" dates of a fresh status, year 1.</summary>
    public static string FirstTimer(string function, DateTimeOffset utcNow) => $$"""
        {
          "Data": {
            "timer": {
              "Schedule": { "AdjustForDST": true },
              "ScheduleStatus": { "Last": "0001-01-01T00:00:00", "Next": "{{utcNow.UtcDateTime.AddDays(1).ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture)}}", "LastUpdated": "0001-01-01T00:00:00+00:00" },
              "IsPastDue": false
            }
          },
          "Metadata": { "sys": {{Sys(function, utcNow)}} }
        }
        """;

    public static string Queue(string function, string message, int dequeueCount, DateTimeOffset utcNow)
    {
        // A queue message is a string, so the host JSON-encodes it (a JSON document inside a JSON string), and
        // writes the metadata's numbers and dates as strings too.
        var body = new JsonObject
        {
            ["Data"] = new JsonObject { ["round"] = JsonSerializer.Serialize(message) },
            ["Metadata"] = new JsonObject
            {
                ["DequeueCount"] = dequeueCount.ToString(CultureInfo.InvariantCulture),
                ["ExpirationTime"] = JsonSerializer.Serialize(utcNow.AddDays(7)),
                ["Id"] = JsonSerializer.Serialize(Guid.NewGuid().ToString()),
                ["InsertionTime"] = JsonSerializer.Serialize(utcNow.AddSeconds(-2)),
                ["NextVisibleTime"] = JsonSerializer.Serialize(utcNow.AddMinutes(1)),
                ["PopReceipt"] = JsonSerializer.Serialize("AgAAAAMAAAAAAAAA"),
                ["sys"] = JsonNode.Parse(Sys(function, utcNow)),
            },
        };
        return body.ToJsonString(Indented);
    }

    public static string Http(string function, string method, string url, IReadOnlyDictionary<string, string> headers, IReadOnlyDictionary<string, string>? routeParams, string? body, DateTimeOffset utcNow)
    {
        var allHeaders = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase)
        {
            ["Host"] = new Uri(url).Authority,
            ["Max-Forwards"] = "10",
            ["x-functions-key"] = "xVfK2s…function-key…",
            ["X-Forwarded-For"] = "203.0.113.7:50312",
        };
        if (body is not null)
        {
            allHeaders["Content-Type"] = "application/json";
            allHeaders["Content-Length"] = System.Text.Encoding.UTF8.GetByteCount(body).ToString(CultureInfo.InvariantCulture);
        }

        var request = new JsonObject
        {
            ["Url"] = url,
            ["Method"] = method,
            ["Query"] = new JsonObject(),
            ["Headers"] = new JsonObject(allHeaders.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)new JsonArray(h.Value)))),
            ["Identities"] = new JsonArray(new JsonObject
            {
                ["AuthenticationType"] = "WebJobsAuthLevel",
                ["IsAuthenticated"] = true,
                ["Actor"] = null,
                ["BootstrapContext"] = null,
                ["Claims"] = new JsonArray("http://schemas.microsoft.com/2017/07/functions/claims/level: Function", "http://schemas.microsoft.com/2017/07/functions/claims/keyid: default"),
                ["Label"] = null,
                ["Name"] = null,
                ["NameClaimType"] = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
                ["RoleClaimType"] = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
            }),
        };
        var metadata = new JsonObject
        {
            ["Query"] = new JsonObject(),
            ["Headers"] = new JsonObject(allHeaders.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)JsonValue.Create(h.Value)))),
            ["sys"] = JsonNode.Parse(Sys(function, utcNow)),
        };
        if (routeParams is not null)
        {
            request["Params"] = new JsonObject(routeParams.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value))));
            metadata["Params"] = request["Params"]!.DeepClone();
            foreach (var (name, value) in routeParams)
            {
                metadata[name] = value;
            }
        }

        if (body is not null)
        {
            request["Body"] = body;
        }

        return new JsonObject { ["Data"] = new JsonObject { ["req"] = request }, ["Metadata"] = metadata }.ToJsonString(Indented);
    }

    private static string Sys(string function, DateTimeOffset utcNow) =>
        $$"""{ "MethodName": "{{function}}", "UtcNow": "{{utcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)}}", "RandGuid": "{{Guid.NewGuid()}}" }""";
}
