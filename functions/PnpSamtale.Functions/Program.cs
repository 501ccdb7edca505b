using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PnpSamtale.Functions.Hosting;

// The Azure Functions custom handler: the host starts this process with FUNCTIONS_CUSTOMHANDLER_PORT, waits for any
// answer on GET /, then posts each invocation to /<FunctionName> (payload mode). Configuration is app settings only
// (SharePoint__*, Samtale__*), checked before the port opens so a wrong setting stops the host with a clear message.
const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";
var builder = WebApplication.CreateSlimBuilder(args);
if (!int.TryParse(builder.Configuration[PortVariable], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
{
    await Console.Error.WriteLineAsync($"samtale-functions: {PortVariable} must be the port the Functions host gave (1–65535); found '{builder.Configuration[PortVariable]}'. The host sets it; to try the handler alone, set it yourself.").ConfigureAwait(false);
    return 2;
}

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("System.Net.Http", LogLevel.Warning);

builder.Services.AddFunctionsHandler(builder.Configuration);

var app = builder.Build();
var problems = StartupCheck.Run(app.Services);
if (problems.Count > 0)
{
    foreach (var problem in problems)
    {
        await Console.Error.WriteLineAsync("samtale-functions: configuration: " + AppSettings.Display(problem)).ConfigureAwait(false);
    }

    return 1;
}

var dispatcher = app.Services.GetRequiredService<FunctionDispatcher>();
app.MapGet("/", (RequestDelegate)(context => context.Response.WriteAsync("PnpSamtale functions handler: ready")));
app.MapPost("/{function}", (RequestDelegate)dispatcher.InvokeAsync);
await app.RunAsync().ConfigureAwait(false);
return 0;
