using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http.Features;
using PnpSamtale.LocalTenant.Batch;
using PnpSamtale.LocalTenant.Diagnostics;
using PnpSamtale.LocalTenant.Hosting;

namespace PnpSamtale.LocalTenant.Faults;

/// <summary>
/// Carries out "commit, then drop the response" and "drop after N bytes" (<see cref="EndpointFault"/>): while any
/// endpoint fault is in force, the answer of each SharePoint and Graph request is kept in memory until the request is
/// done — its unit of work committed, or rolled back and its error written — and then sent, cut short or not sent at
/// all. It sits before error mapping so an error answer is held back like any other. The fault itself is chosen after
/// routing (<see cref="FaultInjectionMiddleware"/>); for an operation inside a <c>$batch</c> it is recorded on the
/// <c>$batch</c> request, whose whole answer it then affects once every operation has run. The answers are held back
/// the same way while <see cref="LocalTenantOptions.AfterRequest"/> is set, which may close the connection instead.
/// </summary>
internal static class ResponseFaultMiddleware
{
    private const string ScheduledKey = "PnpSamtale.LocalTenant.ResponseFault";

    /// <summary>Records that the answer of <paramref name="http"/> (or of the <c>$batch</c> it is part of) meets <paramref name="fault"/>; the first recorded wins.</summary>
    public static void Schedule(HttpContext http, EndpointFault fault)
    {
        var target = InnerRequests.OuterOf(http) ?? http;
        target.Items.TryAdd(ScheduledKey, fault);
    }

    /// <summary>Buffers the answer while faults are in force and applies the one recorded, if any.</summary>
    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var after = http.RequestServices.GetRequiredService<LocalTenantOptions>().AfterRequest;
        if (InnerRequests.IsInner(http) || EndpointKeys.IsLocal(http.Request.Path) || (!http.RequestServices.GetRequiredService<EndpointFaults>().Any && after is null))
        {
            await next(http);
            return;
        }

        var original = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
        try
        {
            await next(http);
        }
        finally
        {
            http.Features.Set(original);
        }

        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (after is not null && !after(EndpointKeys.For(http)))
        {
            Close(http);
            return;
        }

        switch (http.Items[ScheduledKey] as EndpointFault)
        {
            case { Kind: EndpointFaultKind.DropResponseAfterCommit }:
                LogFault(http, "a response dropped after commit");
                Close(http);
                return;
            case { Kind: EndpointFaultKind.DropAfterBytes } fault:
                LogFault(http, "a response cut short");
                http.Response.ContentLength ??= body.Length;
                await http.Response.StartAsync(http.RequestAborted);
                await http.Response.Body.WriteAsync(body[..Math.Min(fault.Bytes, body.Length)], http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
                return;
            default:
                if (body.Length > 0)
                {
                    await http.Response.Body.WriteAsync(body, http.RequestAborted);
                }

                return;
        }
    }

    /// <summary>
    /// Closes the connection without another byte: the sending side is shut down first, so what was flushed arrives
    /// and is followed by the end of the stream (the client reads a response that ended early rather than a reset that
    /// could discard bytes already on their way), then the connection is aborted.
    /// </summary>
    public static void Close(HttpContext http)
    {
        try
        {
            http.Features.Get<IConnectionSocketFeature>()?.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        }
        catch (System.Net.Sockets.SocketException)
        {
            // The client went away already: aborting is all that is left.
        }

        http.Abort();
    }

    private static void LogFault(HttpContext http, string fault)
    {
        var logger = http.Tenant().Logger;
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var endpoint = EndpointKeys.For(http);
            Log.FaultInjected(logger, fault, endpoint);
        }
    }
}
