using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using PnpSamtale.Functions.Callers;
using PnpSamtale.Functions.Hosting;

// The isolated worker: the Functions host starts it as worker.config.json says, with the address of its gRPC stream;
// HTTP requests reach the functions through the ASP.NET Core integration, past the caller check. Settings are app
// settings only, checked before the worker connects, so a wrong one stops it with a line naming the setting.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddSamtaleFunctions(builder.Configuration);
builder.UseCallerCheck();
using var host = builder.Build();
if (!StartupCheck.Passes(host.Services, Console.Error))
{
    return 1;
}

await host.RunAsync().ConfigureAwait(false);
return 0;
