using System.Text;

namespace PnpSamtale.LocalTenant.Http;

/// <summary>
/// Makes SharePoint paths routable: slashes inside quoted path arguments
/// (<c>GetFolderByServerRelativePath(decodedurl='/sites/x/Lib')</c>) become <c>%2F</c> so each argument stays in one
/// route segment, and <c>POST</c> with <c>X-HTTP-Method</c> becomes that method (SharePoint's tunnelling). Graph
/// paths (<c>/v1.0</c>) have no quoted arguments and are left as they are: an apostrophe there is part of a name
/// (<c>root:/Kari's.docx:/content</c>).
/// </summary>
internal static class PathNormalizationMiddleware
{
    private static readonly string[] TunnelledMethods = ["DELETE", "MERGE", "PATCH", "PUT"];

    /// <summary>Rewrites the request in place and continues.</summary>
    public static Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var path = http.Request.Path.Value;
        if (path is not null && path.Contains('\'', StringComparison.Ordinal) && !ErrorHandlingMiddleware.IsGraph(http))
        {
            http.Request.Path = new PathString(EncodeQuotedSlashes(path));
        }

        var tunnelled = http.Request.Headers["X-HTTP-Method"].ToString().Trim();
        if (HttpMethods.IsPost(http.Request.Method) && TunnelledMethods.Contains(tunnelled, StringComparer.OrdinalIgnoreCase))
        {
            http.Request.Method = tunnelled.ToUpperInvariant();
        }

        return next(http);
    }

    /// <summary>Replaces every slash between single quotes by <c>%2F</c>.</summary>
    public static string EncodeQuotedSlashes(string path)
    {
        var result = new StringBuilder(path.Length + 16);
        var quoted = false;
        foreach (var c in path)
        {
            if (c == '\'')
            {
                quoted = !quoted;
            }

            if (c == '/' && quoted)
            {
                result.Append("%2F");
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
