using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Treaties;
using Xunit;

namespace TreatyWeb.Tests.Api;

/// <summary>Every route of the web sample's API, with good input and bad, in memory.</summary>
[Collection(OneWebHostAtATime.Name)]
public sealed class ApiTests(TreatyWebFactory factory) : IClassFixture<TreatyWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Treaties_ListsEveryTreaty_WithSourcedDates()
    {
        using JsonDocument answer = await Get("/api/treaties");

        JsonElement root = answer.RootElement;
        Assert.Equal("2026-12-06", root.GetProperty("asOf").GetString());
        Assert.Equal(TreatyCatalog.Default.Treaties.Count, root.GetProperty("treaties").GetArrayLength());
        JsonElement nato = root.GetProperty("treaties").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "NATO");
        Assert.Equal("1949-08-24", nato.GetProperty("enteredIntoForce").GetProperty("date").GetString());
        Assert.NotEqual(0, nato.GetProperty("enteredIntoForce").GetProperty("sources").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, nato.GetProperty("terminated").ValueKind);
        JsonElement taiwan = root.GetProperty("treaties").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "USA-TWN");
        Assert.Equal("1980-01-01", taiwan.GetProperty("terminated").GetProperty("date").GetString());
        Assert.True(taiwan.GetProperty("terminated").GetProperty("disputed").GetBoolean());
        Assert.Equal("AUS-PNG", root.GetProperty("pending")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Members_Csto20220913_AreTheSix_WithProvenance()
    {
        using JsonDocument answer = await Get("/api/treaties/CSTO/members?date=2022-09-13");

        JsonElement members = answer.RootElement.GetProperty("members");
        Assert.Equal(["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"], members.EnumerateArray().Select(m => m.GetProperty("state").GetProperty("code").GetString()).Order());
        JsonElement since = members[0].GetProperty("since");
        Assert.True(since.GetProperty("confirmed").GetBoolean());
        Assert.StartsWith("http", since.GetProperty("sources")[0].GetProperty("url").GetString(), System.StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, answer.RootElement.GetProperty("warning").ValueKind);
    }

    [Theory]
    [InlineData("2023-04-03", false)]
    [InlineData("2023-04-04", true)]
    public async Task Members_FinlandInNato_FromItsFirstDay(string date, bool member)
    {
        using JsonDocument answer = await Get($"/api/treaties/nato/members?date={date}");

        Assert.Equal(member, answer.RootElement.GetProperty("members").EnumerateArray().Any(m => m.GetProperty("state").GetProperty("code").GetString() == "FIN"));
    }

    [Fact]
    public async Task Members_ArmeniaIn2024_IsFrozenAndMarkedUnconfirmed()
    {
        using JsonDocument answer = await Get("/api/treaties/CSTO/members?date=2024-06-01");

        JsonElement armenia = answer.RootElement.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("state").GetProperty("code").GetString() == "ARM");
        Assert.Equal("Frozen", armenia.GetProperty("participation").GetString());
        Assert.False(armenia.GetProperty("since").GetProperty("confirmed").GetBoolean());
        Assert.True(armenia.GetProperty("since").GetProperty("disputed").GetBoolean());
        Assert.NotEqual(0, armenia.GetProperty("since").GetProperty("otherDates").GetArrayLength());
    }

    [Fact]
    public async Task Members_AfterTheCheckedDay_AnswersWithAWarning()
    {
        using JsonDocument answer = await Get("/api/treaties/NATO/members?date=2030-01-01");

        Assert.Contains("after 2026-12-06", answer.RootElement.GetProperty("warning").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateTreaties_Armenia20220913_CstoAndRussia()
    {
        using JsonDocument answer = await Get("/api/states/ARM/treaties?date=2022-09-13");

        JsonElement treaties = answer.RootElement.GetProperty("treaties");
        Assert.Equal(["CSTO", "RUS-ARM"], treaties.EnumerateArray().Select(t => t.GetProperty("treaty").GetProperty("id").GetString()).Order());
        Assert.Equal("Article 4", treaties.EnumerateArray().Single(t => t.GetProperty("treaty").GetProperty("id").GetString() == "CSTO").GetProperty("defenceClause").GetProperty("article").GetString());
    }

    [Fact]
    public async Task StateTreaties_None_SaysWhatTheCatalogCovers()
    {
        using JsonDocument answer = await Get("/api/states/CHE/treaties?date=2024-01-01");

        Assert.Equal(0, answer.RootElement.GetProperty("treaties").GetArrayLength());
        Assert.Contains($"{TreatyCatalog.Default.Treaties.Count} treaties of this catalog", answer.RootElement.GetProperty("coverage").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Defenders_Armenia20220913_ByTreatyAndArticle()
    {
        using JsonDocument answer = await Get("/api/states/ARM/defenders?date=2022-09-13");

        Dictionary<string, string[]> byTreaty = answer.RootElement.GetProperty("commitments").EnumerateArray().ToDictionary(
            c => $"{c.GetProperty("treaty").GetProperty("id").GetString()} {c.GetProperty("clause").GetProperty("article").GetString()}",
            c => c.GetProperty("defenders").EnumerateArray().Select(d => d.GetProperty("state").GetProperty("code").GetString()!).ToArray());
        Assert.Equal(["BLR", "KAZ", "KGZ", "RUS", "TJK"], byTreaty["CSTO Article 4"].Order());
        Assert.Equal(["RUS"], byTreaty["RUS-ARM Article 3"]);
    }

    [Fact]
    public async Task Defenders_JapanToday_TheUnitedStatesUnderArticleV()
    {
        using JsonDocument answer = await Get("/api/states/JPN/defenders?date=2026-11-30");

        JsonElement commitment = Assert.Single(answer.RootElement.GetProperty("commitments").EnumerateArray());
        Assert.Equal("USA-JPN", commitment.GetProperty("treaty").GetProperty("id").GetString());
        Assert.Equal("Article V", commitment.GetProperty("clause").GetProperty("article").GetString());
        Assert.Equal("ActToMeetCommonDanger", commitment.GetProperty("clause").GetProperty("obligation").GetString());
        Assert.Equal("USA", Assert.Single(commitment.GetProperty("defenders").EnumerateArray()).GetProperty("state").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("1972-05-14", 0)]
    [InlineData("1972-05-15", 1)]
    public async Task Defenders_Okinawa_FromTheDayJapanHeldItAgain(string date, int commitments)
    {
        using JsonDocument answer = await Get($"/api/states/JPN/defenders?date={date}&place=JP-47");

        Assert.Equal("JP-47", answer.RootElement.GetProperty("place").GetProperty("code").GetString());
        Assert.Equal(commitments, answer.RootElement.GetProperty("commitments").GetArrayLength());
    }

    [Fact]
    public async Task Defenders_NewZealand2000_NamesTheSuspendedUnitedStates()
    {
        using JsonDocument answer = await Get("/api/states/NZL/defenders?date=2000-01-01");

        JsonElement anzus = answer.RootElement.GetProperty("commitments").EnumerateArray().Single(c => c.GetProperty("treaty").GetProperty("id").GetString() == "ANZUS");
        JsonElement suspended = Assert.Single(anzus.GetProperty("suspended").EnumerateArray());
        Assert.Equal("USA", suspended.GetProperty("state").GetProperty("code").GetString());
        Assert.Equal("1986-08-11", suspended.GetProperty("since").GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("1970-01-01", true, "Allies")]
    [InlineData("1979-12-31", true, "Allies")]
    [InlineData("1980-01-01", false, "FormerAllies")]
    public async Task Allies_UnitedStatesAndTaiwan_UntilTheTreatyEnded(string date, bool allies, string kind)
    {
        using JsonDocument answer = await Get($"/api/allies?a=USA&b=TWN&date={date}");

        Assert.Equal(allies, answer.RootElement.GetProperty("allies").GetBoolean());
        Assert.Equal(kind, answer.RootElement.GetProperty("kind").GetString());
        Assert.Equal("USA-TWN", answer.RootElement.GetProperty("bonds")[0].GetProperty("treaty").GetProperty("id").GetString());
    }

    /// <summary>SEATO's organisation was dissolved on 1977-06-30 and the Manila Pact stayed in force: the map and a state's treaties say so from that day, not before.</summary>
    [Theory]
    [InlineData("1977-06-29", null)]
    [InlineData("1977-06-30", "1977-06-30")]
    [InlineData("2026-12-06", "1977-06-30")]
    public async Task Seato_OutlivedItsOrganisation_TheMapAndTheStatesTreatiesSaySo(string date, string? dissolved)
    {
        using JsonDocument map = await Get($"/api/map?date={date}");
        using JsonDocument zealand = await Get($"/api/states/NZL/treaties?date={date}");

        JsonElement seato = map.RootElement.GetProperty("treaties").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "SEATO");
        JsonElement item = zealand.RootElement.GetProperty("treaties").EnumerateArray().Single(t => t.GetProperty("treaty").GetProperty("id").GetString() == "SEATO");
        foreach (JsonElement said in new[] { seato, item })
        {
            JsonElement fact = said.GetProperty("organisationDissolved");
            Assert.Equal(dissolved, fact.ValueKind == JsonValueKind.Null ? null : fact.GetProperty("date").GetString());
        }

        Assert.All(
            map.RootElement.GetProperty("treaties").EnumerateArray().Where(t => t.GetProperty("id").GetString() != "SEATO"),
            t => Assert.Equal(JsonValueKind.Null, t.GetProperty("organisationDissolved").ValueKind));
    }

    [Fact]
    public async Task Map_1980_DrawsTheSovietUnionOverItsSuccessors()
    {
        using JsonDocument answer = await Get("/api/map?date=1980-01-01");

        JsonElement soviet = answer.RootElement.GetProperty("states").EnumerateArray().Single(s => s.GetProperty("state").GetProperty("code").GetString() == "SUN");
        Assert.Contains("WARSAW", soviet.GetProperty("treaties").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("UKR", soviet.GetProperty("drawnOver").EnumerateArray().Select(t => t.GetString()));
        Assert.DoesNotContain(answer.RootElement.GetProperty("treaties").EnumerateArray(), t => t.GetProperty("id").GetString() == "CENTO");
    }

    [Theory]
    [InlineData("/api/treaties/CSTO/members", "The query parameter 'date' is missing; give a day written yyyy-MM-dd, such as 2022-09-13.")]
    [InlineData("/api/treaties/CSTO/members?date=2022-02-30", "'2022-02-30' is not a calendar day: 2022-02 has no day 30.")]
    [InlineData("/api/treaties/CSTO/members?date=13-09-2022", "'13-09-2022' is not a date written yyyy-MM-dd, such as 2022-09-13.")]
    [InlineData("/api/states/ARM/treaties?date=2022-13-01", "'2022-13-01' is not a calendar day: there is no month 13.")]
    [InlineData("/api/states/ARM/defenders?date=yesterday", "'yesterday' is not a date written yyyy-MM-dd, such as 2022-09-13.")]
    [InlineData("/api/allies?a=USA&date=1970-01-01", "The query parameter 'b' is missing; give a state's code, such as TWN.")]
    [InlineData("/api/allies?b=TWN&date=1970-01-01", "The query parameter 'a' is missing; give a state's code, such as USA.")]
    [InlineData("/api/map?date=", "The query parameter 'date' is missing; give a day written yyyy-MM-dd, such as 2022-09-13.")]
    public async Task BadInput_Is400_WithOneSentence(string url, string detail) =>
        Assert.Equal(detail, await ProblemDetail(url, HttpStatusCode.BadRequest));

    [Theory]
    [InlineData("/api/treaties/XYZ/members?date=2022-09-13", "No treaty has the id or alias 'XYZ'.")]
    [InlineData("/api/treaties/AUS-PNG/members?date=2026-01-01", "has not entered into force")]
    [InlineData("/api/states/XXX/treaties?date=2022-09-13", "'XXX' is not the alpha-3 code of a state this catalog knows.")]
    [InlineData("/api/states/XXX/defenders?date=2022-09-13", "'XXX'")]
    [InlineData("/api/states/JPN/defenders?date=2022-09-13&place=ZZ-99", "ZZ-99")]
    [InlineData("/api/allies?a=USA&b=XXX&date=1970-01-01", "'XXX'")]
    public async Task UnknownCode_Is404_NamingIt(string url, string detail) =>
        Assert.Contains(detail, await ProblemDetail(url, HttpStatusCode.NotFound), System.StringComparison.Ordinal);

    [Fact]
    public async Task OpenApi_DescribesEveryRoute()
    {
        using JsonDocument document = await Get("/openapi/v1.json");

        string[] paths = [.. document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name)];
        Assert.Equal(
            ["/api/allies", "/api/map", "/api/states/{code}/defenders", "/api/states/{code}/treaties", "/api/treaties", "/api/treaties/{id}/members"],
            paths.Order());
        JsonElement allies = document.RootElement.GetProperty("paths").GetProperty("/api/allies").GetProperty("get");
        Assert.True(allies.GetProperty("responses").TryGetProperty("400", out _));
        Assert.Contains("yyyy-MM-dd", allies.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "date").GetProperty("description").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_AndMap_AreServedFromThisServer()
    {
        string page = await _client.GetStringAsync("/");
        using JsonDocument map = await Get("/map/world.json");

        Assert.Matches("<script src=\"app\\.[a-z0-9]+\\.js\"", page);
        Assert.DoesNotContain("//cdn", page, System.StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Natural Earth", map.RootElement.GetProperty("source").GetString(), System.StringComparison.Ordinal);
        Assert.Contains(map.RootElement.GetProperty("countries").EnumerateArray(), c => c.GetProperty("code").GetString() == "FIN");
    }

    /// <summary>Nothing returns 500: 2,000 requests built from the routes and junk values each get 200, 400 or 404.</summary>
    [Fact]
    public async Task AnyInput_GetsAnAnswerOrAProblem_NeverAServerError()
    {
        string[] routes = ["/api/treaties/{0}/members?date={1}", "/api/states/{0}/treaties?date={1}", "/api/states/{0}/defenders?date={1}&place={2}", "/api/allies?a={0}&b={2}&date={1}", "/api/map?date={1}"];
        string[] codes = ["CSTO", "nato", "ARM", "JPN", "SUN", "DDR", "AUS-PNG", "XXX", "", "%20", "ÄÖÜ", "НАТО", "a%2Fb", "..", new string('A', 600), "JP-47", "US-HI", "null", "0"];
        string[] days = ["2022-09-13", "1947-01-01", "0001-01-01", "9999-12-31", "2022-02-29", "2024-02-29", "2022-13-01", "-2022-01-01", "20220913", "", "2022-9-13", "today", "%00", "2022-09-13T00:00", "１９９１-01-01"];
        var random = new System.Random(18);
        for (int i = 0; i < 2_000; i++)
        {
            string url = string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                routes[random.Next(routes.Length)],
                System.Uri.EscapeDataString(codes[random.Next(codes.Length)]),
                days[random.Next(days.Length)],
                System.Uri.EscapeDataString(codes[random.Next(codes.Length)]));
            using HttpResponseMessage response = await _client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Gets an RFC 7807 problem with the status expected, and returns its detail.</summary>
    private async Task<string?> ProblemDetail(string url, HttpStatusCode status)
    {
        using HttpResponseMessage response = await _client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        return problem.RootElement.GetProperty("detail").GetString();
    }

    private async Task<JsonDocument> Get(string url)
    {
        using HttpResponseMessage response = await _client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
