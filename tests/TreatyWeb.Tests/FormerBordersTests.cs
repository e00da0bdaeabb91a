using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Treaties;
using TreatyWeb.Site;
using Xunit;

namespace TreatyWeb.Tests;

/// <summary>
/// States that no longer exist are drawn in their own borders on the days they existed, never in their successors'
/// alliances: the GDR beside West Germany until 1990-10-02, the Soviet Union, Czechoslovakia and Yugoslavia each as one
/// shape; today's shapes of their land are hidden those days and shown again from the day the state ended.
/// </summary>
[Collection(OneWebHostAtATime.Name)]
public sealed class FormerBordersTests(TreatyWebFactory factory) : IClassFixture<TreatyWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Germany_1985_TheGdrInTheWarsawPact_WestGermanyInNato_TodaysGermanyHidden()
    {
        Dictionary<string, JsonElement> shapes = await ShapesOn("1985-01-01");

        Assert.Equal("WARSAW", Treaty(shapes["DDR"]));
        Assert.Equal("DDR", shapes["DDR"].GetProperty("state").GetString());
        Assert.Equal("NATO", Treaty(shapes["FRG"]));
        Assert.Equal("DEU", shapes["FRG"].GetProperty("state").GetString());
        Assert.True(Hidden(shapes["DEU"]));
        Assert.False(Hidden(shapes["DDR"]));
        Assert.False(Hidden(shapes["FRG"]));
        Assert.DoesNotContain(shapes.Values, s => s.GetProperty("changed").GetBoolean() && s.GetProperty("code").GetString() == "DEU");
    }

    [Theory]
    [InlineData("1990-10-02", true)]
    [InlineData("1990-10-03", false)]
    [InlineData("1949-10-06", false)]
    [InlineData("1949-10-07", true)]
    public async Task Germany_IsDividedFromTheGdrsFirstDayToItsLast(string day, bool divided)
    {
        Dictionary<string, JsonElement> shapes = await ShapesOn(day);

        Assert.Equal(divided, Hidden(shapes["DEU"]));
        Assert.Equal(!divided, Hidden(shapes["DDR"]));
        Assert.Equal(!divided, Hidden(shapes["FRG"]));
    }

    [Fact]
    public async Task Germany_OnUnificationDay_IsOneShapeInNato()
    {
        Dictionary<string, JsonElement> shapes = await ShapesOn("1990-10-03");

        Assert.Equal("NATO", Treaty(shapes["DEU"]));
    }

    [Theory]
    [InlineData("SUN", "1985-01-01", "WARSAW", "RUS")]
    [InlineData("SUN", "1991-12-25", "SUN-FIN", "UKR")]
    [InlineData("CSK", "1985-01-01", "WARSAW", "SVK")]
    [InlineData("YUG", "1985-01-01", null, "HRV")]
    [InlineData("SCG", "2000-01-01", null, "MNE")]
    public async Task FormerState_IsOneShape_OverItsSuccessors(string code, string day, string? treaty, string successor)
    {
        Dictionary<string, JsonElement> shapes = await ShapesOn(day);

        Assert.False(Hidden(shapes[code]));
        Assert.Equal(treaty, Treaty(shapes[code]));
        Assert.True(Hidden(shapes[successor]));
        Assert.StartsWith(WorldMap.Load().Formers.Single(f => f.Code == code).Name, shapes[code].GetProperty("label").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SovietUnion_OnItsLastDayAndTheDayAfter()
    {
        Dictionary<string, JsonElement> last = await ShapesOn("1991-12-25");
        Dictionary<string, JsonElement> after = await ShapesOn("1991-12-26");

        Assert.False(Hidden(last["SUN"]));
        Assert.True(Hidden(after["SUN"]));
        Assert.False(Hidden(after["RUS"]));
        Assert.False(Hidden(after["KAZ"]));
    }

    [Fact]
    public async Task Yemen_BeforeUnification_StaysHatchedAsBordersChanged_ForWantOfItsOwnBorders()
    {
        Dictionary<string, JsonElement> shapes = await ShapesOn("1985-01-01");

        Assert.True(shapes["YEM"].GetProperty("changed").GetBoolean());
        Assert.Equal("url(#p-changed)", shapes["YEM"].GetProperty("fill").GetString());
    }

    /// <summary>Each former shape covers the land of the state it stands for: every successor the catalog names that has a shape.</summary>
    [Fact]
    public void FormerShapes_CoverTheCatalogsSuccessors_AndNameCatalogStates()
    {
        WorldMap world = WorldMap.Load();
        var onMap = world.Countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["CSK", "DDR", "FRG", "SCG", "SUN", "YUG"], world.Formers.Select(f => f.Code).Order(StringComparer.Ordinal));
        foreach (WorldMap.Former former in world.Formers)
        {
            Assert.True(TreatyCatalog.Default.TryGetState(former.State, out _), former.State);
            Assert.True(TreatyCatalog.Default.TryGetState(former.While, out MemberState? existing), former.While);
            Assert.NotNull(existing.Dissolved);
            Assert.All(former.Over, code => Assert.Contains(code, onMap));
            Assert.All(Successors(existing).Where(onMap.Contains), code => Assert.Contains(code, former.Over));
        }
    }

    private static IEnumerable<string> Successors(MemberState state) =>
        state.Successors.SelectMany(code => TreatyCatalog.Default.TryGetState(code, out MemberState? next) && next.Dissolved is not null
            ? Successors(next)
            : [code]);

    private async Task<Dictionary<string, JsonElement>> ShapesOn(string day)
    {
        using JsonDocument drawing = JsonDocument.Parse(await _client.GetStringAsync($"/drawing?date={day}"));
        return drawing.RootElement.GetProperty("shapes").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!, s => s.Clone(), StringComparer.Ordinal);
    }

    private static string? Treaty(JsonElement shape) =>
        shape.GetProperty("treaties").EnumerateArray().Select(t => t.GetString()).FirstOrDefault();

    private static bool Hidden(JsonElement shape) => shape.GetProperty("hidden").GetBoolean();
}
