using Microsoft.AspNetCore.Builder;

// The baseline the Functions handler's start-up is compared with: the ASP.NET Core "empty" template, listening
// where a custom handler listens. Published the same way as the handler (see the benchmark's 'functions-startup').
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:" + builder.Configuration["FUNCTIONS_CUSTOMHANDLER_PORT"]);
var app = builder.Build();
app.MapGet("/", () => "Hello World!");
await app.RunAsync().ConfigureAwait(false);
