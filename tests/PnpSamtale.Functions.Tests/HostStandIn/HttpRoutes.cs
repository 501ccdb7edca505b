using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace PnpSamtale.Functions.Tests.HostStandIn;

/// <summary>
/// The host's HTTP routes: each HTTP function at <c>{routePrefix}/{route}</c> (host.json's
/// <c>extensions.http.routePrefix</c>, default <c>api</c>; the route defaults to the function's name) for its methods
/// (any when none are named), matched as ASP.NET Core templates.
/// </summary>
internal sealed class HttpRoutes
{
    private readonly List<(FunctionSpec Function, TemplateMatcher Matcher, IReadOnlyList<string> Methods)> routes = [];

    /// <summary>The routes of <paramref name="functions"/> under the app's route prefix.</summary>
    public HttpRoutes(IEnumerable<FunctionSpec> functions, string appRoot)
    {
        var prefix = RoutePrefix(appRoot);
        foreach (var function in functions.Where(f => f.Trigger.Type.Equals("httpTrigger", StringComparison.OrdinalIgnoreCase)))
        {
            var route = function.Trigger.Text("route") ?? function.Name;
            var template = TemplateParser.Parse(prefix.Length == 0 ? route : prefix + "/" + route);
            routes.Add((function, new TemplateMatcher(template, new RouteValueDictionary()), function.Trigger.List("methods")));
        }
    }

    /// <summary>The function for a method and path, with its route values; <c>null</c> when none matches (the host answers 404).</summary>
    public (FunctionSpec Function, RouteValueDictionary Values)? Match(string method, string path)
    {
        foreach (var (function, matcher, methods) in routes)
        {
            var values = new RouteValueDictionary();
            if (matcher.TryMatch(path, values) && (methods.Count == 0 || methods.Contains(method, StringComparer.OrdinalIgnoreCase)))
            {
                return (function, values);
            }
        }

        return null;
    }

    private static string RoutePrefix(string appRoot)
    {
        var hostJson = Path.Combine(appRoot, "host.json");
        if (!File.Exists(hostJson))
        {
            return "api";
        }

        using var host = JsonDocument.Parse(File.ReadAllText(hostJson));
        return host.RootElement.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("http", out var http) && http.TryGetProperty("routePrefix", out var prefix)
            ? prefix.GetString() ?? "api"
            : "api";
    }
}
