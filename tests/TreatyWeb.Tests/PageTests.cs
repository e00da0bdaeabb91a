using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Treaties.Tests;
using Xunit;

namespace TreatyWeb.Tests;

/// <summary>Shares one server and one headless Chromium among the page's tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public KestrelWebFactory Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        string path = Chromium.Path ?? throw new InvalidOperationException(
            "TREATIES_REQUIRE_BROWSER=1 but no Chromium was found: install Debian's chromium package or set TREATIES_CHROMIUM.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = path, Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>Opens the page on a day and waits until its script has started and the map shows the day.</summary>
    public async Task<IPage> OpenAsync(string date, string? locale = null)
    {
        IPage page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 }, Locale = locale });
        await page.GotoAsync(new Uri(Server.Address, $"/?date={date}").ToString());
        await page.Locator("body[data-ready='true']").WaitForAsync();
        await page.Locator($"#map[data-day='{date}']").WaitForAsync();
        return page;
    }
}

/// <summary>The alliance map in a real headless Chromium: it renders, the day changes the colouring, a click shows the defenders.</summary>
[Collection(OneWebHostAtATime.Name)]
public sealed class PageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Map_Renders_EveryStateAsAButton_AndTheLegend()
    {
        IPage page = await browser.OpenAsync("2022-09-13");

        Assert.True(await page.Locator("#land path").CountAsync() > 200);
        Assert.Equal("CSTO", await page.Locator("#land path[data-code='ARM']").GetAttributeAsync("data-treaty"));
        Assert.Equal("NATO", await page.Locator("#land path[data-code='USA']").GetAttributeAsync("data-treaty"));
        Assert.Null(await page.Locator("#land path[data-code='CHE']").GetAttributeAsync("data-treaty"));
        Assert.StartsWith("Armenia: 2 treaties: CSTO, RUS-ARM", await page.Locator("#land path[data-code='ARM']").GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        Assert.Equal("button", await page.Locator("#land path[data-code='ARM']").GetAttributeAsync("role"));
        Assert.True(await page.Locator("#legend button[data-treaty='CSTO']").IsVisibleAsync());
        await page.CloseAsync();
    }

    /// <summary>The legend says that SEATO's organisation was dissolved and the treaty stays in force, by the server and by the script.</summary>
    [BrowserFact]
    public async Task Legend_SaysSeatoOutlivedItsOrganisation()
    {
        IPage page = await browser.OpenAsync("2026-12-06");
        ILocator seato = page.Locator("#legend button[data-treaty='SEATO']");

        Assert.Contains("the organisation was dissolved on 1977-06-30, the treaty stays in force", await seato.InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#day").FillAsync("1970-01-01");
        await page.Locator("#day").PressAsync("Enter");
        await page.Locator("#map[data-day='1970-01-01']").WaitForAsync();
        Assert.DoesNotContain("dissolved", await page.Locator("#legend button[data-treaty='SEATO']").InnerTextAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task AfricanAndGulfPacts_EachHaveTheirOwnColour_BeforeTheWiderPact()
    {
        IPage page = await browser.OpenAsync("2026-12-06");
        string[] states = ["QAT", "NGA", "CMR", "ETH", "BFA", "DZA", "ZAF", "UGA"];
        var fills = new Dictionary<string, string>();
        foreach (string state in states)
        {
            ILocator shape = page.Locator($"#land path[data-code='{state}']");
            fills[await shape.GetAttributeAsync("data-treaty") ?? "none"] = await shape.EvaluateAsync<string>("e => getComputedStyle(e).fill");
        }

        // The Gulf states show the GCC, not the Arab League; Nigeria ECOWAS, Cameroon ECCAS, Ethiopia the African Union's
        // pact, Burkina Faso the Alliance of Sahel States it kept after leaving ECOWAS, Algeria the Arab League, South Africa
        // SADC's pact and Uganda the Great Lakes protocol.
        Assert.Equal(["GCC", "ECOWAS", "ECCAS", "AU-PACT", "AES", "ARAB-LEAGUE", "SADC", "ICGLR"], fills.Keys);
        Assert.Equal(fills.Count, fills.Values.Distinct().Count());
        foreach (string treaty in fills.Keys)
        {
            Assert.True(await page.Locator($"#legend button[data-treaty='{treaty}']").IsVisibleAsync(), $"{treaty} is in the legend");
        }

        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Slider_ChangesTheColouring_FinlandJoinsNatoOn20230404()
    {
        IPage page = await browser.OpenAsync("2023-04-03");
        ILocator finland = page.Locator("#land path[data-code='FIN']");
        Assert.Equal("EU", await finland.GetAttributeAsync("data-treaty"));
        string? before = await finland.EvaluateAsync<string>("e => getComputedStyle(e).fill");

        // One step right on the slider, as a keyboard user moves it.
        await page.Locator("#slider").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Locator("#map[data-day='2023-04-04']").WaitForAsync();

        Assert.Equal("NATO", await finland.GetAttributeAsync("data-treaty"));
        Assert.NotEqual(before, await finland.EvaluateAsync<string>("e => getComputedStyle(e).fill"));
        Assert.EndsWith("?date=2023-04-04", page.Url, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Click_OnJapan_ShowsItsDefenders_AndTheSources()
    {
        IPage page = await browser.OpenAsync("2024-01-01");

        // Japan's box is mostly sea, so the click goes to the shape itself rather than to the box's centre.
        await page.Locator("#land path[data-code='JPN']").DispatchEventAsync("click");
        ILocator defenders = page.Locator("#defenders");
        await defenders.WaitForAsync();

        Assert.Contains("USA-JPN Article V", await defenders.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("United States", await defenders.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#details .sources a").CountAsync() > 0);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Keyboard_EnterOnAState_ChoosesIt()
    {
        IPage page = await browser.OpenAsync("2022-09-13");

        await page.Locator("#land path[data-code='ARM']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#defenders").WaitForAsync();

        Assert.Contains("CSTO Article 4", await page.Locator("#defenders").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("details", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Address_WithAnImpossibleDay_SaysSo_AndShowsTheLastDayChecked()
    {
        IPage page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(browser.Server.Address, "/?date=2022-02-30").ToString());
        await page.Locator("body[data-ready='true']").WaitForAsync();

        Assert.Equal("2026-12-06", await page.Locator("#map").GetAttributeAsync("data-day"));
        Assert.Contains("\"2022-02-30\" in the address is not a day", await page.Locator("#map-caption").InnerTextAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Screenshot_ForTheReadme()
    {
        IPage page = await browser.OpenAsync("2023-04-04");
        await page.Locator("#land path[data-code='FIN']").ClickAsync(new() { Force = true });
        ILocator defenders = page.Locator("#defenders");
        await defenders.WaitForAsync();

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        byte[] png = await page.ScreenshotAsync(new() { FullPage = false });

        // What the README's picture shows: Finland on its first day in NATO, with NATO's Article 5 among its defenders.
        Assert.Contains("NATO Article 5", await defenders.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        if (Environment.GetEnvironmentVariable("TREATIES_WRITE_DOCS") == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(Repository.Root, "docs", "treaty-web.png"), png);
        }

        await page.CloseAsync();
    }
}
