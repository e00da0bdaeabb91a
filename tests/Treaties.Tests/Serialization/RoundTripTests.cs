using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using static Treaties.Tests.TestCatalogs;

namespace Treaties.Tests.Serialization;

public class RoundTripTests
{
    private static readonly Source Official = new("off", "Official record", "Depositary", new Uri("https://example.org/record"), SourceKind.Official, D(2020, 1, 2));
    private static readonly Source News = new("news", "Report", "A paper", new Uri("https://example.org/news?id=1&x=y"), SourceKind.News);

    /// <summary>A catalog that uses every part of the format.</summary>
    private static TreatyCatalog Rich()
    {
        var builder = new TreatyCatalogBuilder()
            .WithAsOf(D(2026, 11, 24))
            .AddSource(Official)
            .AddState(new MemberState("AAA", "Alpha", "AA"))
            .AddState(new MemberState("BBB", "Béta – with non-ASCII", "BB"))
            .AddState(new MemberState("CCC", "Gamma", "CC"))
            .AddState(new MemberState("DDD", "Delta", "DD"))
            .AddState(new MemberState(
                "OLD", "Old Union", "OU", new RecordedDate(D(1922, 12, 30), [Official], isConfirmed: false, note: "Reference only."), new RecordedDate(D(1991, 12, 26), [Official]), ["AAA", "BBB"]));
        builder.AddPlace(new Place("XX-1", "Island", new MemberState("AAA", "Alpha"), GeographicRegion.Africa, note: "An island."))
            .AddPlace(new Place("XY", "Territory", new MemberState("BBB", "Béta"), GeographicRegion.Pacific, "XYZ", new MemberState("DDD", "Delta"), new RecordedDate(D(1962, 7, 3), [Official])));
        builder.AddTreaty("T1", "Treaty one", new RecordedDate(D(1990, 1, 1), [Official]), new RecordedDate(D(1990, 6, 1), [Official]))
            .AddAlias("First")
            .WithNote("A note.")
            .AddDocument(new TreatyDocument("Protocol", new RecordedDate(D(1995, 1, 1), [Official]), new RecordedDate(D(1995, 2, 1), [Official]), [new MemberState("AAA", "Alpha")], "Extended it."))
            .AddMembership(new MembershipPeriod(
                new MemberState("AAA", "Alpha"),
                new RecordedDate(D(1990, 6, 1), [Official]),
                new RecordedDate(D(1999, 4, 21), [Official], alternatives: [new AlternativeDate(D(1999, 4, 20), [News], "Expiry of the term.")]),
                new RecordedDate(D(1990, 1, 1), [Official]),
                [new ParticipationChange(ParticipationStatus.Suspended, new RecordedDate(D(1998, 1, 1), [News], DatePrecision.Year, isConfirmed: false), "Said so.")],
                "First member."))
            .AddMember("BBB", new RecordedDate(D(1990, 6, 1), [Official]), new RecordedDate(D(2030, 1, 1), [Official]))
            .AddObserver(new ObserverPeriod(new MemberState("CCC", "Gamma"), new RecordedDate(D(2013, 4, 1), [Official], DatePrecision.Month), new RecordedDate(D(2021, 8, 15), [News]), "Assembly", "Lapsed."))
            .AddClause(new MutualDefenceClause(
                "Article 4", "Defend.", ObligationStrength.NecessaryAssistanceIncludingMilitary,
                new GeographicScope("Europe and one island, until 2000.", regions: [GeographicRegion.Europe], wholeTerritoryOf: ["AAA"], rules: [new ScopeRule("XX-1", true, end: new RecordedDate(D(2000, 1, 1), [Official]), note: "Until 2000.")]), "\"necessary assistance\"", new RecordedDate(D(1991, 1, 1), [Official]),
                [new Invocation(new RecordedDate(D(1995, 5, 5), [Official]), [new MemberState("BBB", "Béta")], "Nothing came.", false, "Asked.")]))
            .AddClause(new ConsultationClause("Article 2", "Consult."))
            .WithTerminated(new RecordedDate(D(2030, 1, 1), [Official]));
        return builder.Build();
    }

    [Fact]
    public void SaveLoadSave_GivesEqualCatalogAndIdenticalBytes()
    {
        TreatyCatalog original = Rich();
        string first = original.ToJson();
        TreatyCatalog loaded = TreatyCatalog.Parse(first);
        string second = loaded.ToJson();

        AssertEquivalent(original, loaded);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Save_KeepsSourcesAlternativesAndConfirmation()
    {
        TreatyCatalog loaded = TreatyCatalog.Parse(Rich().ToJson());
        MembershipPeriod first = loaded.GetTreaty("T1").PeriodsOf("AAA")[0];

        Assert.Equal(News, first.EndRecord!.Alternatives.Single().Sources.Single());
        Assert.False(first.ParticipationChanges[0].StartRecord.IsConfirmed);
        Assert.Equal(DatePrecision.Year, first.ParticipationChanges[0].StartRecord.Precision);
        Assert.Equal(D(2020, 1, 2), loaded.Sources.Single(s => s.Id == "off").Date);
        Assert.Equal(D(2026, 11, 24), loaded.AsOf);
    }

    [Fact]
    public void Save_WritesNonAsciiReadably() => Assert.Contains("Béta – with non-ASCII", Rich().ToJson(), StringComparison.Ordinal);

    [Fact]
    public void Save_LeavesOutDefaults()
    {
        string json = Rich().ToJson();

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"confirmed\": true", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"precision\": \"day\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsyncLoadAsync_MatchTheSynchronousForms()
    {
        TreatyCatalog original = Rich();
        using var stream = new MemoryStream();
        await original.SaveAsync(stream);
        stream.Position = 0;

        TreatyCatalog loaded = await TreatyCatalog.LoadAsync(stream);

        AssertEquivalent(original, loaded);
        Assert.Equal(original.ToJson(), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void BundledData_SaveLoadSave_IsStable()
    {
        string first = TreatyCatalog.Default.ToJson();
        TreatyCatalog loaded = TreatyCatalog.Parse(first);

        AssertEquivalent(TreatyCatalog.Default, loaded);
        Assert.Equal(first, loaded.ToJson());
    }

    private static void AssertEquivalent(TreatyCatalog expected, TreatyCatalog actual)
    {
        Assert.Equal(expected.AsOf, actual.AsOf);
        Assert.Equal(expected.Sources, actual.Sources);
        Assert.Equal(expected.Places, actual.Places);
        Assert.Equal(expected.States.Count, actual.States.Count);
        Assert.All(expected.States.Zip(actual.States), pair => Assert.True(pair.First.IsSameRecord(pair.Second), pair.First.Code));
        Assert.Equal(expected.Treaties, actual.Treaties);
    }
}
