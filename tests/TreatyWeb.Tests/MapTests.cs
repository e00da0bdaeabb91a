using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace TreatyWeb.Tests;

/// <summary>
/// What the map shows, in a real headless Chromium: ISO dates in any locale, the legend in full above the fold, a
/// pattern of its own for each bilateral treaty, stripes for a state in several, zoom for small states, the map drawn
/// by the server for a browser without scripts, and Germany on a Cold War day.
/// </summary>
[Collection(OneWebHostAtATime.Name)]
public sealed class MapTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserTheory]
    [InlineData("de-DE")]
    [InlineData("en-US")]
    [InlineData("ja-JP")]
    public async Task DateField_ShowsIsoDates_WhateverTheLocale(string locale)
    {
        IPage page = await browser.OpenAsync("1985-01-01", locale);
        ILocator day = page.Locator("#day");

        Assert.Equal("1985-01-01", await day.InputValueAsync());
        Assert.Equal("text", await day.GetAttributeAsync("type"));
        await page.Locator("#slider").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Locator("#map[data-day='1985-01-02']").WaitForAsync();
        Assert.Equal("1985-01-02", await day.InputValueAsync());

        await day.FillAsync("1991-01-01");
        await day.PressAsync("Enter");
        await page.Locator("#map[data-day='1991-01-01']").WaitForAsync();
        Assert.Equal("1991-01-01", await day.InputValueAsync());
        await page.CloseAsync();
    }

    /// <summary>On the day with the most treaties in force, every entry and every name is whole and on the first screen.</summary>
    [BrowserFact]
    public async Task Legend_InFull_BesideTheMap_AboveTheFoldAt1400x900()
    {
        IPage page = await browser.OpenAsync("2026-12-06");
        LocatorBoundingBoxResult map = (await page.Locator("#map").BoundingBoxAsync())!;
        ILocator entries = page.Locator("#legend li");

        int inForce = Treaties.TreatyCatalog.Default.Treaties.Count(t => t.IsInForceOn(new NodaTime.LocalDate(2026, 12, 6)));
        Assert.Equal(inForce, await page.Locator("#legend button[data-treaty]").CountAsync());
        for (int i = 0; i < await entries.CountAsync(); i++)
        {
            ILocator entry = entries.Nth(i);
            LocatorBoundingBoxResult box = (await entry.BoundingBoxAsync())!;
            string text = await entry.InnerTextAsync();
            Assert.True(box.Y + box.Height <= 900 && box.X + box.Width <= 1400, $"'{text}' ends at ({box.X + box.Width}, {box.Y + box.Height}), outside 1400×900");
            Assert.True(box.X >= map.X + map.Width, $"'{text}' is not beside the map");
            Assert.True(
                await entry.EvaluateAsync<bool>("e => [e, ...e.querySelectorAll('*')].every(n => n.scrollWidth <= n.clientWidth + 1 && getComputedStyle(n).textOverflow !== 'ellipsis')"),
                $"'{text}' is cut");
        }

        string nato = await page.Locator("#legend button[data-treaty='EU']").InnerTextAsync();
        Assert.Contains("Treaty on European Union (as amended by the Treaty of Lisbon), Article 42(7): mutual assistance clause", nato.ReplaceLineEndings(" "), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    /// <summary>USA-JPN, CHN-PRK and TUR-AZE, and every other bilateral treaty in force, each look different, on the map and in the legend.</summary>
    [BrowserFact]
    public async Task BilateralTreaties_EachHaveAPatternOfTheirOwn_NamedInTheLegend()
    {
        IPage page = await browser.OpenAsync("2026-12-06");

        string[] looks = await page.EvaluateAsync<string[]>(@"() =>
            [...document.querySelectorAll('#legend button[data-treaty]')]
              .map(b => b.querySelector('.swatch rect').getAttribute('fill'))
              .filter(f => f.startsWith('url('))
              .map(f => document.querySelector(f.slice(4, -1)))
              .map(p => p.getAttribute('patternTransform').replace(/ scale\(.*\)/, '') + ' ' + [...p.querySelectorAll('rect')].map(r => r.getAttribute('fill')).join(' '))");
        Assert.True(looks.Length >= 20, $"{looks.Length} bilateral treaties in the legend");
        Assert.Equal(looks.Length, looks.Distinct().Count());

        var fills = new List<string?>();
        foreach (string code in new[] { "JPN", "PRK", "AZE" })
        {
            fills.Add(await page.Locator($"#land path[data-code='{code}']").GetAttributeAsync("fill"));
        }

        Assert.Equal(3, fills.Distinct().Count());
        Assert.Equal("url(#p-USA-JPN)", fills[0]);
        await page.CloseAsync();
    }

    /// <summary>New Zealand is in ANZUS and the Manila Pact: striped in both colours, so ANZUS's colour is on the map.</summary>
    [BrowserFact]
    public async Task StateInSeveralPacts_IsStriped_SoAnzusShows()
    {
        IPage page = await browser.OpenAsync("2026-12-06");
        ILocator nzl = page.Locator("#land path[data-code='NZL']");

        string anzus = (await page.Locator("#legend button[data-treaty='ANZUS'] .swatch rect").GetAttributeAsync("fill"))!;
        string fill = (await nzl.GetAttributeAsync("fill"))!;
        Assert.StartsWith("url(#p-", fill, StringComparison.Ordinal);
        string[] colours = await page.EvaluateAsync<string[]>($"() => [...document.querySelector('{fill[4..^1]}').querySelectorAll('rect')].map(r => r.getAttribute('fill'))");
        Assert.Contains(anzus, colours);
        Assert.Contains("ANZUS", (await nzl.GetAttributeAsync("data-treaties"))!.Split(' '));
        Assert.Contains("2 treaties", await nzl.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#legend li.key", new() { HasTextString = "Striped" }).IsVisibleAsync());
        await page.CloseAsync();
    }

    /// <summary>Armenia is a few pixels wide on the world map; the Caucasus view and the mouse wheel bring it close.</summary>
    [BrowserFact]
    public async Task SmallStates_ZoomToTheCaucasus_AndWithTheWheel()
    {
        IPage page = await browser.OpenAsync("2022-09-13");
        ILocator armenia = page.Locator("#land path[data-code='ARM']");
        double before = (await armenia.BoundingBoxAsync())!.Width;

        await page.Locator("#views button[data-view='caucasus']").ClickAsync();
        double near = (await armenia.BoundingBoxAsync())!.Width;
        Assert.True(before < 10 && near > 60, $"Armenia {before:F1} px wide at world scale, {near:F1} px in the Caucasus view");
        Assert.True(await page.Locator("#land path[data-code='AZE']").IsVisibleAsync());
        Assert.True(
            await page.EvaluateAsync<bool>("() => [...document.querySelectorAll(\"pattern[id^='s-']\")].every(p => !p.getAttribute('patternTransform').includes('scale'))"),
            "the legend's swatches keep their hatch as the map zooms");
        await armenia.ClickAsync();
        await page.Locator("#defenders").WaitForAsync();
        Assert.Contains("CSTO Article 4", await page.Locator("#defenders").InnerTextAsync(), StringComparison.Ordinal);

        foreach (string region in new[] { "europe", "gulf", "world" })
        {
            await page.Locator($"#views button[data-view='{region}']").ClickAsync();
            Assert.Equal("true", await page.Locator($"#views button[data-view='{region}']").GetAttributeAsync("aria-pressed"));
        }

        Assert.Equal("0 0 1000 436", await page.Locator("#map").GetAttributeAsync("viewBox"));
        LocatorBoundingBoxResult map = (await page.Locator("#map").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(map.X + map.Width / 2, map.Y + map.Height / 2);
        await page.Mouse.WheelAsync(0, -300);
        await page.WaitForFunctionAsync("() => Number(document.getElementById('map').getAttribute('viewBox').split(' ')[2]) < 1000");
        await page.CloseAsync();
    }

    /// <summary>With scripts off, the first response is the coloured map of the day, its legend and caption; the form still changes the day.</summary>
    [BrowserFact]
    public async Task WithoutJavaScript_TheServerDrawsTheColouredMap()
    {
        await using IBrowserContext context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 1400, Height = 900 } });
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.Server.Address, "/?date=1985-01-01").ToString());

        Assert.Null(await page.Locator("body").GetAttributeAsync("data-ready"));
        Assert.Equal("NATO", await page.Locator("#land path[data-code='USA']").GetAttributeAsync("data-treaty"));
        string usa = await page.Locator("#land path[data-code='USA']").EvaluateAsync<string>("e => getComputedStyle(e).fill");
        string none = await page.Locator("#land path[data-code='CHE']").EvaluateAsync<string>("e => getComputedStyle(e).fill");
        Assert.NotEqual(none, usa);
        Assert.Equal("WARSAW", await page.Locator("#land path[data-code='POL']").GetAttributeAsync("data-treaty"));
        Assert.True(await page.Locator("#legend button[data-treaty='WARSAW']").IsVisibleAsync());
        Assert.StartsWith("1985-01-01: ", await page.Locator("#map-caption").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#views").IsHiddenAsync(), "zoom needs the script, so its buttons are hidden without it");

        await page.Locator("#day").FillAsync("2022-09-13");
        await page.Locator("#show").ClickAsync();
        await page.Locator("#map[data-day='2022-09-13']").WaitForAsync();
        Assert.Equal("CSTO", await page.Locator("#land path[data-code='ARM']").GetAttributeAsync("data-treaty"));

        await page.GotoAsync(new Uri(browser.Server.Address, "/?date=1700-01-01").ToString());
        Assert.Equal("1947-01-01", await page.Locator("#map").GetAttributeAsync("data-day"));
        Assert.StartsWith("The map runs from 1947-01-01 to 2026-12-06, so it shows 1947-01-01, not 1700-01-01. 1947-01-01: ", await page.Locator("#map-caption").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// On 1985-01-01 the GDR is drawn in its own borders in the Warsaw Pact's colour beside West Germany in NATO's, and the
    /// Soviet Union as one shape, while today's Germany and Ukraine are not drawn: by the server and by the script alike.
    /// After 1990-10-03 Germany is one shape in NATO's colour and the GDR's is gone.
    /// </summary>
    [BrowserFact]
    public async Task ColdWar_1985_TheGdrInItsOwnBorders_NotInNatosColour()
    {
        IPage page = await browser.OpenAsync("1985-01-01");
        ILocator gdr = page.Locator("#land path[data-code='DDR']");
        ILocator west = page.Locator("#land path[data-code='FRG']");
        string nato = await Fill(page.Locator("#land path[data-code='NOR']"));
        string warsaw = await Fill(page.Locator("#land path[data-code='POL']"));

        foreach (string day in new[] { "1985-01-01", "1985-01-02" })
        {
            if (day != "1985-01-01")
            {
                await page.Locator("#slider").FocusAsync();
                await page.Keyboard.PressAsync("ArrowRight");
                await page.Locator($"#map[data-day='{day}']").WaitForAsync();
            }

            Assert.True(await gdr.IsVisibleAsync());
            Assert.Equal("WARSAW", await gdr.GetAttributeAsync("data-treaty"));
            Assert.Equal(warsaw, await Fill(gdr));
            Assert.NotEqual(nato, await Fill(gdr));
            Assert.Equal("NATO", await west.GetAttributeAsync("data-treaty"));
            Assert.True(await west.IsVisibleAsync());
            Assert.False(await page.Locator("#land path[data-code='DEU']").IsVisibleAsync());
            Assert.True(await page.Locator("#land path[data-code='SUN']").IsVisibleAsync());
            Assert.Equal("WARSAW", await page.Locator("#land path[data-code='SUN']").GetAttributeAsync("data-treaty"));
            Assert.False(await page.Locator("#land path[data-code='UKR']").IsVisibleAsync());
        }

        await gdr.ClickAsync();
        await page.Locator("#details-title", new() { HasTextString = "German Democratic Republic" }).WaitForAsync();
        await page.CloseAsync();

        IPage after = await browser.OpenAsync("1991-01-01");
        Assert.Equal("NATO", await after.Locator("#land path[data-code='DEU']").GetAttributeAsync("data-treaty"));
        Assert.True(await after.Locator("#land path[data-code='DEU']").IsVisibleAsync());
        Assert.False(await after.Locator("#land path[data-code='DDR']").IsVisibleAsync());
        await after.CloseAsync();
    }

    private static Task<string> Fill(ILocator shape) => shape.EvaluateAsync<string>("e => getComputedStyle(e).fill");
}
