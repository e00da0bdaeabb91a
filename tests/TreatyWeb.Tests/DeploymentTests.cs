using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Treaties.Tests;
using Xunit;

namespace TreatyWeb.Tests;

/// <summary>
/// The web sample deployed the usual way: the port comes from the host's variables, static files are compressed and
/// fingerprinted with ETags, the API's answers carry an ETag and Cache-Control, every response carries the security
/// headers, and HEAD works wherever GET does.
/// </summary>
[Collection(OneWebHostAtATime.Name)]
public sealed class DeploymentTests(TreatyWebFactory factory, KestrelWebFactory kestrel) : IClassFixture<TreatyWebFactory>, IClassFixture<KestrelWebFactory>
{
    private static readonly string Sample = Path.Combine(Repository.Root, "samples", "TreatyWeb");

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public void AppSettings_PinNoAddress_TheDevelopmentPortIsInLaunchSettings()
    {
        using JsonDocument settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "appsettings.json")));
        using JsonDocument launch = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample, "Properties", "launchSettings.json")));

        Assert.False(settings.RootElement.TryGetProperty("Urls", out _), "appsettings.json must not pin Urls: it overrides ASPNETCORE_URLS");
        Assert.Contains(
            launch.RootElement.GetProperty("profiles").EnumerateObject(),
            p => p.Value.TryGetProperty("applicationUrl", out JsonElement url) && url.GetString() == "http://localhost:5080");
    }

    /// <summary>The built sample, started as a host starts it, listens where the variable says and serves its page and files.</summary>
    [Theory]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("ASPNETCORE_HTTP_PORTS")]
    public async Task Server_ListensWhereTheHostSays(string variable)
    {
        int port = FreePort();
        string dll = BuiltSample();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (string name in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "ASPNETCORE_ENVIRONMENT" })
        {
            start.Environment.Remove(name);
        }

        start.Environment[variable] = variable == "ASPNETCORE_URLS" ? $"http://127.0.0.1:{port}" : port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using Process server = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        server.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        server.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
            HttpStatusCode? status = null;
            for (var clock = Stopwatch.StartNew(); status is null && clock.Elapsed < TimeSpan.FromSeconds(60) && !server.HasExited; await Task.Delay(200))
            {
                try
                {
                    using HttpResponseMessage response = await client.GetAsync("api/treaties");
                    status = response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
            }

            string log;
            lock (output)
            {
                log = output.ToString();
            }

            Assert.True(status == HttpStatusCode.OK, $"{variable}: no answer on port {port} ({status}). The server said:\n{log}");

            // Started as a host starts it (Production, from the build output), it serves the page and its compressed,
            // fingerprinted files. (From the build output they say no-cache, as files there may change; the year's
            // caching of a published folder is read from the manifest below.)
            string page = await client.GetStringAsync("/?date=1985-01-01");
            Assert.Contains("data-code=\"DEU\"", page, StringComparison.Ordinal);
            using var script = new HttpRequestMessage(HttpMethod.Get, AssetIn(page, "script", "src", "app"));
            script.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            using HttpResponseMessage file = await client.SendAsync(script);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal("gzip", Assert.Single(file.Content.Headers.ContentEncoding));
            Assert.NotEmpty(await file.Content.ReadAsByteArrayAsync());
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }

            await server.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("map/world.json")]
    [InlineData("app.js")]
    [InlineData("app.css")]
    public async Task StaticFiles_CompressedWhenAsked_WithAnETag(string file)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, file);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using HttpResponseMessage response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    /// <summary>
    /// The page links its script and style sheet by fingerprint. Served from a published folder, such an address is
    /// cached for a year (immutable); in Development, where the tests run, MapStaticAssets says no-cache, so the year is
    /// read from the manifest the build wrote.
    /// </summary>
    [Fact]
    public async Task Page_LinksItsScriptAndStyleByFingerprint_CachedForAYear()
    {
        string page = await _client.GetStringAsync("/");
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TreatyWeb.staticwebassets.endpoints.json")));

        foreach (string asset in new[] { AssetIn(page, "script", "src", "app"), AssetIn(page, "link", "href", "app") })
        {
            Assert.Matches(@"^app\.[a-z0-9]{6,}\.(js|css)$", asset);
            using HttpResponseMessage response = await _client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.All(
                manifest.RootElement.GetProperty("Endpoints").EnumerateArray().Where(e => e.GetProperty("Route").GetString() == asset),
                e => Assert.Contains(e.GetProperty("ResponseHeaders").EnumerateArray(), h => h.GetProperty("Name").GetString() == "Cache-Control" && h.GetProperty("Value").GetString()!.Contains("immutable", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("/api/map?date=")]
    [InlineData("/drawing?date=")]
    public async Task Api_AnswerForADay_HasAnETagAndCacheControl_And304WhenUnchanged(string route)
    {
        using HttpResponseMessage first = await _client.GetAsync(route + "1985-01-01");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        EntityTagHeaderValue etag = first.Headers.ETag ?? throw new Xunit.Sdk.XunitException("no ETag");
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.NotNull(first.Headers.CacheControl?.MaxAge);

        using var again = new HttpRequestMessage(HttpMethod.Get, route + "1985-01-01");
        again.Headers.IfNoneMatch.Add(etag);
        using HttpResponseMessage second = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using HttpResponseMessage otherDay = await _client.GetAsync(route + "1985-01-02");
        Assert.NotEqual(etag, otherDay.Headers.ETag);

        if (route.StartsWith("/api", StringComparison.Ordinal))
        {
            using HttpResponseMessage problem = await _client.GetAsync(route + "1985-02-30");
            Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
            Assert.Null(problem.Headers.ETag);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/map?date=1985-01-01")]
    [InlineData("/api/treaties/XYZ/members?date=2022-09-13")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        using HttpResponseMessage response = await _client.GetAsync(url);

        string policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    /// <summary>HEAD on a real server: the same status and headers as GET, and no body.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/?date=1985-01-01")]
    [InlineData("/app.js")]
    [InlineData("/map/world.json")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/treaties")]
    [InlineData("/api/treaties/NATO/members?date=1985-01-01")]
    [InlineData("/api/states/ARM/treaties?date=2022-09-13")]
    [InlineData("/api/states/ARM/defenders?date=2022-09-13")]
    [InlineData("/api/allies?a=USA&b=TWN&date=1970-01-01")]
    [InlineData("/api/map?date=1985-01-01")]
    [InlineData("/drawing?date=1985-01-01")]
    public async Task Head_WorksWhereverGetDoes(string url)
    {
        // On Kestrel, which drops a HEAD response's body as a deployed server does; one server for every address, since
        // each new factory finds its host by listening process-wide and could catch another's.
        using HttpClient client = kestrel.CreateClient();

        using HttpResponseMessage get = await client.GetAsync(url);
        using HttpResponseMessage head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    private static string AssetIn(string page, string tag, string attribute, string name) =>
        Regex.Match(page, $"<{tag}[^>]*{attribute}=\"({name}[^\"]*)\"").Groups[1].Value;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The sample's build output that this test project copied beside itself.</summary>
    private static string BuiltSample()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "TreatyWeb.dll");
        Assert.True(File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")), $"No runnable TreatyWeb beside the tests in {AppContext.BaseDirectory}");
        return dll;
    }
}
