namespace PnpSamtale.LocalTenant.Http;

/// <summary>Gives every response the <c>SPRequestGuid</c> and <c>request-id</c> headers (the same GUID).</summary>
internal static class RequestIdMiddleware
{
    private const string ItemKey = "PnpSamtale.LocalTenant.RequestId";

    /// <summary>The request id of <paramref name="http"/>.</summary>
    public static string Get(HttpContext http) => http.Items[ItemKey] as string ?? string.Empty;

    /// <summary>Assigns the id and sets the headers.</summary>
    public static Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        http.Items[ItemKey] = Guid.NewGuid().ToString("D");
        Apply(http);
        return next(http);
    }

    /// <summary>(Re)applies the headers, e.g. after an error cleared the response.</summary>
    public static void Apply(HttpContext http)
    {
        var id = Get(http);
        http.Response.Headers["SPRequestGuid"] = id;
        http.Response.Headers["request-id"] = id;
        var clientRequestId = http.Request.Headers["client-request-id"].ToString();
        if (clientRequestId.Length > 0)
        {
            http.Response.Headers["client-request-id"] = clientRequestId;
        }
    }
}
