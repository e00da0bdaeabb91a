using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Treaties;

namespace TreatyWeb.Api;

/// <summary>
/// Caching for the API. An answer depends only on its address and on the build of the library (which holds the data)
/// and of this sample (which words the answer), so its ETag is a hash of the two builds' module ids and the address.
/// A request whose If-None-Match names it gets 304 without the answer being worked out again. Only answers (200) carry
/// the ETag and Cache-Control; problems do not.
/// </summary>
public static class DayCaching
{
    /// <summary>How long a client or proxy may keep an answer before asking again: a new build may bring new data.</summary>
    public const string CacheControl = "public, max-age=3600";

    private static readonly string Build =
        $"{typeof(TreatyCatalog).Assembly.ManifestModule.ModuleVersionId:N}{typeof(DayCaching).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>The ETag of the answer at an address, quoted.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The ETag, such as <c>W/"3f2a…"</c>: weak, since the same answer may go out compressed or not.</returns>
    public static string ETagOf(HttpRequest request)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Build}\n{request.Path}{request.QueryString}"));
        return $"W/\"{Convert.ToHexStringLower(hash, 0, 16)}\"";
    }

    /// <summary>The endpoint filter: 304 when the client holds the answer, else the answer with its ETag.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        HttpContext http = context.HttpContext;
        string etag = ETagOf(http.Request);
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            http.Response.Headers.ETag = etag;
            http.Response.Headers.CacheControl = CacheControl;
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode == StatusCodes.Status200OK)
            {
                http.Response.Headers.ETag = etag;
                http.Response.Headers.CacheControl = CacheControl;
            }

            return Task.CompletedTask;
        });
        return await next(context);
    }
}
