using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using NodaTime;
using Treaties;
using Treaties.Samples;
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
        app.MapMethods("/", ApiRoutes.GetOrHead, (MapDrawing drawing, CatalogAnswers answers, string? date) =>
        {
            (LocalDate shown, string? note) = ShownDay(answers.Catalog, date);
            DayDrawing day = drawing.Draw(shown);
            day = note is null ? day : day with { Caption = note + day.Caption };
            string page = Fill(template, drawing, day, answers.Catalog);
            foreach ((string label, string route) in assets.Value)
            {
                page = page.Replace($"\"{label}\"", $"\"{route}\"", StringComparison.Ordinal);
            }

            return TypedResults.Content(page, "text/html; charset=utf-8");
        }).ExcludeFromDescription();

        // The drawing of a day, for the script when the day changes: the page's own, not part of the API.
        app.MapMethods("/drawing", ApiRoutes.GetOrHead, (MapDrawing drawing, CatalogAnswers answers, string? date) =>
            TypedResults.Ok(drawing.Draw(ShownDay(answers.Catalog, date).Day)))
            .AddEndpointFilter(DayCaching.Filter)
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// The day asked for, kept to the map's years; the day the data was checked up to when none or no day is asked. The
    /// note, a sentence for the caption, says why the day shown is not the one asked for.
    /// </summary>
    private static (LocalDate Day, string? Note) ShownDay(TreatyCatalog catalog, string? date)
    {
        LocalDate last = catalog.AsOf ?? LocalDate.FromDateTime(DateTime.UtcNow);
        LocalDate first = new(1947, 1, 1);
        if (string.IsNullOrEmpty(date))
        {
            return (last, null);
        }

        DayReading reading = InputText.ReadDay(date);
        if (reading.Fault != DayFault.None)
        {
            return (last, $"\"{date}\" in the address is not a day written yyyy-MM-dd, so the map shows {CatalogAnswers.Iso(last)}. ");
        }

        LocalDate asked = reading.Day;

        LocalDate day = asked < first ? first : asked > last ? last : asked;
        return day == asked
            ? (day, null)
            : (day, $"The map runs from {CatalogAnswers.Iso(first)} to {CatalogAnswers.Iso(last)}, so it shows {CatalogAnswers.Iso(day)}, not {CatalogAnswers.Iso(asked)}. ");
    }

    /// <summary>Fills the template with the day's map, legend and caption, and the list of states.</summary>
    private static string Fill(string template, MapDrawing drawing, DayDrawing day, TreatyCatalog catalog)
    {
        Dictionary<string, ShapeDrawing> shapes = day.Shapes.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var land = new StringBuilder();
        foreach (WorldMap.Country country in drawing.World.Countries)
        {
            land.Append(CultureInfo.InvariantCulture, $"<path d=\"{country.D}\"{Attributes(country.Code, country.Name, shapes[country.Code])}></path>");
        }

        foreach (WorldMap.Former former in drawing.World.Formers)
        {
            land.Append(CultureInfo.InvariantCulture, $"<path d=\"{former.D}\"{Attributes(former.Code, former.Name, shapes[former.Code])}></path>");
        }

        var dots = new StringBuilder();
        foreach (WorldMap.Dot dot in drawing.World.Dots)
        {
            dots.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{dot.X}\" cy=\"{dot.Y}\" r=\"2.6\"{Attributes(dot.Code, dot.Name, shapes[dot.Code])}></circle>");
        }

        var options = new StringBuilder();
        foreach ((string code, string name) in drawing.World.Countries.Select(c => (c.Code, c.Name)).Concat(drawing.World.Dots.Select(d => (d.Code, d.Name)))
            .DistinctBy(c => c.Item1).OrderBy(c => c.Item2, StringComparer.Create(CultureInfo.GetCultureInfo("en"), CompareOptions.None)))
        {
            options.Append(CultureInfo.InvariantCulture, $"<option value=\"{Encode(code)}\">{Encode(name)}</option>");
        }

        return template
            .Replace("{{as-of}}", catalog.AsOf is LocalDate asOf ? CatalogAnswers.Iso(asOf) : "the day the data was checked", StringComparison.Ordinal)
            .Replace("{{treaty-count}}", catalog.Treaties.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{date}}", day.Date, StringComparison.Ordinal)
            .Replace("{{title}}", Encode(day.Title), StringComparison.Ordinal)
            .Replace("{{caption}}", Encode(day.Caption), StringComparison.Ordinal)
            .Replace("{{defs}}", day.Defs, StringComparison.Ordinal)
            .Replace("{{legend}}", day.Legend, StringComparison.Ordinal)
            .Replace("{{land}}", land.ToString(), StringComparison.Ordinal)
            .Replace("{{dots}}", dots.ToString(), StringComparison.Ordinal)
            .Replace("{{options}}", options.ToString(), StringComparison.Ordinal);
    }

    private static string Attributes(string code, string name, ShapeDrawing shape) =>
        $" data-code=\"{Encode(code)}\" data-name=\"{Encode(name)}\" tabindex=\"0\" role=\"button\" aria-label=\"{Encode(shape.Label)}\""
        + (shape.Fill is null ? "" : $" fill=\"{shape.Fill}\"")
        + (shape.Treaties.Count == 0 ? "" : $" data-treaty=\"{Encode(shape.Treaties[0])}\" data-treaties=\"{Encode(string.Join(' ', shape.Treaties))}\"")
        + (shape.State is null ? "" : $" data-state=\"{Encode(shape.State)}\"")
        + (shape.Hidden ? " class=\"off\"" : shape.Changed ? " class=\"changed\"" : shape.Held ? " class=\"held\"" : "");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

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
