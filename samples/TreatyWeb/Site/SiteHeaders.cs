using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TreatyWeb.Site;

/// <summary>
/// The security headers every response carries. The page runs only its own script file and its own style sheet, so the
/// content security policy allows nothing else: no inline script, no other origin, no framing. Fills and patterns set
/// by the server are SVG attributes and those set by the script are CSSOM properties, which the policy does not block.
/// </summary>
public static class SiteHeaders
{
    /// <summary>The content security policy of every response.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every response.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application, for chaining.</returns>
    public static IApplicationBuilder UseSiteHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        IHeaderDictionary headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return next(context);
    });
}
