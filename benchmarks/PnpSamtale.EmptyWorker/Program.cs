using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// The baseline the Functions app's start-up is compared with: the isolated-worker template with the ASP.NET Core
// integration, published the same way (see the benchmark's 'functions-startup').
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
await builder.Build().RunAsync().ConfigureAwait(false);
