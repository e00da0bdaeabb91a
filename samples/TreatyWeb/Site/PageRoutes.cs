using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using TreatyWeb.Api;

namespace TreatyWeb.Site;

/// <summary>
/// The page at <c>/</c>. Its template is built into the assembly (it is not a static file: the server fills it in),
/// and it links the script and style sheet by their fingerprinted addresses, which <c>MapStaticAssets</c> serves with
/// a year's caching.
/// </summary>
public static class PageRoutes
{
    /// <summary>Maps the page, for GET and HEAD.</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns>The same routes, for chaining.</returns>
    public static IEndpointRouteBuilder MapPage(this IEndpointRouteBuilder app)
    {
        var assets = new Lazy<IReadOnlyDictionary<string, string>>(() => Fingerprinted(app));
        string template = Template();
        app.MapMethods("/", ApiRoutes.GetOrHead, (HttpContext http) =>
        {
            string page = template;
            foreach ((string label, string route) in assets.Value)
            {
                page = page.Replace($"\"{label}\"", $"\"{route}\"", StringComparison.Ordinal);
            }

            return TypedResults.Content(page, "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>Lets a GET-only endpoint, such as the OpenAPI document, answer HEAD too.</summary>
    /// <typeparam name="TBuilder">The endpoint's builder.</typeparam>
    /// <param name="builder">The endpoint.</param>
    /// <returns>The same endpoint, for chaining.</returns>
    public static TBuilder WithHead<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint => endpoint.Metadata.Add(new HttpMethodMetadata(ApiRoutes.GetOrHead)));
        return builder;
    }

    /// <summary>The fingerprinted address of each static file, by its plain one: <c>app.js</c> → <c>app.bvyxx6h3mn.js</c>.</summary>
    private static Dictionary<string, string> Fingerprinted(IEndpointRouteBuilder app)
    {
        var routes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (StaticAssetDescriptor asset in app.DataSources.SelectMany(s => s.Endpoints).SelectMany(e => e.Metadata.OfType<StaticAssetDescriptor>()))
        {
            if (asset.Selectors.Count == 0 && asset.Properties.FirstOrDefault(p => p.Name == "label") is StaticAssetProperty label
                && asset.Properties.Any(p => p.Name == "fingerprint"))
            {
                routes[label.Value] = asset.Route;
            }
        }

        return routes;
    }

    private static string Template()
    {
        using Stream stream = typeof(PageRoutes).Assembly.GetManifestResourceStream("TreatyWeb.Page.index.html")
            ?? throw new InvalidOperationException("The page's template is not built into the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
