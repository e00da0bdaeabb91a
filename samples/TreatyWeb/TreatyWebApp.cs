using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Treaties;
using TreatyWeb.Api;
using TreatyWeb.Site;

namespace TreatyWeb;

/// <summary>
/// Builds the web sample: the API, its OpenAPI document, problem details for every error, and the page. Also the entry
/// point type that tests hand to <c>WebApplicationFactory</c>.
/// </summary>
public sealed class TreatyWebApp
{
    private TreatyWebApp()
    {
    }

    /// <summary>Builds the application over the bundled catalog.</summary>
    /// <param name="args">The command line, as ASP.NET Core reads it (<c>--urls</c> and the like).</param>
    /// <returns>The application, ready to run.</returns>
    public static WebApplication Create(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
        // Run from the build output rather than a published folder, the static files and their compressed copies are
        // where the build left them, and a manifest beside the app says where; published, there is no such manifest and
        // this does nothing. The full builder does this in Development only, the slim one never; here it is done in every
        // environment, so that `dotnet run --no-launch-profile` (Production) serves the page's files too.
        builder.WebHost.UseStaticWebAssets();

        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(_ => new CatalogAnswers(TreatyCatalog.Default));
        builder.Services.AddSingleton<MapDrawing>();
        builder.Services.AddResponseCompression();

        WebApplication app = builder.Build();
        app.UseSiteHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.MapStaticAssets();
        app.MapPage();
        app.MapOpenApi().WithHead();
        app.MapTreatyApi();
        return app;
    }
}
