using System;
using System.Collections.Generic;
using NodaTime;
using Xunit;

namespace Treaties.Tests;

/// <summary>
/// The rules every entry point keeps alike: a lookup by key throws <see cref="KeyNotFoundException"/> and has a Try twin;
/// a query given a code the catalog does not know throws <see cref="ArgumentException"/>; null throws
/// <see cref="ArgumentNullException"/>; and a date in a calendar other than ISO throws <see cref="ArgumentException"/>.
/// </summary>
public class ApiContractTests
{
    private static readonly TreatyCatalog Catalog = TreatyCatalog.Default;
    private static readonly Treaty Nato = Catalog.GetTreaty("NATO");
    private static readonly LocalDate Julian = new LocalDate(2023, 4, 4).WithCalendar(CalendarSystem.Julian);

    public static TheoryData<string, Action> NonIsoDates => new()
    {
        { "date", () => Nato.IsMember("FIN", Julian) },
        { "date", () => Nato.IsMember(Catalog.GetState("FIN"), Julian) },
        { "date", () => Nato.MembersOn(Julian) },
        { "date", () => Nato.StatusOn("FIN", Julian) },
        { "date", () => Nato.IsInForceOn(Julian) },
        { "date", () => Nato.MutualDefenceClauseOn(Julian) },
        { "days", () => Nato.ChangesBetween(new DateInterval(Julian, Julian)) },
        { "date", () => Catalog.TreatiesOf("FIN", Julian) },
        { "date", () => Catalog.AreAllies("FIN", "SWE", Julian) },
        { "date", () => Catalog.WhoMustDefend("FIN", Julian) },
        { "date", () => Catalog.WhoMustDefend("USA", Julian, "US-AK") },
        { "date", () => Catalog.RelationshipOn("FIN", "SWE", Julian) },
        { "days", () => Catalog.ChangesBetween(new DateInterval(Julian, Julian)) },
        { "period", () => Catalog.InvocationTimeline(period: new DateInterval(Julian, Julian)) },
        { "date", () => Nato.Memberships[0].Contains(Julian) },
        { "date", () => Nato.Memberships[0].Range.Contains(Julian) },
        { "date", () => Catalog.GetPlace("US-AK").HolderOn(Julian) },
        { "date", () => Nato.MutualDefenceClauses[0].Covers(Catalog.GetPlace("US-AK"), Julian) },
        { "date", () => _ = new RecordedDate(Julian) },
        { "start", () => _ = new DateRange(Julian, null) },
    };

    public static TheoryData<string, Action> UnknownCodesInQueries => new()
    {
        { "stateCode", () => Nato.IsMember("XYZ", new LocalDate(2023, 4, 4)) },
        { "stateCode", () => Nato.PeriodsOf("XYZ") },
        { "stateCode", () => Nato.StatusOn("XYZ", new LocalDate(2023, 4, 4)) },
        { "stateCode", () => Catalog.TreatiesOf("XYZ", new LocalDate(2023, 4, 4)) },
        { "otherStateCode", () => Catalog.AreAllies("FIN", "XYZ", new LocalDate(2023, 4, 4)) },
        { "stateCode", () => Catalog.WhoMustDefend("XYZ", new LocalDate(2023, 4, 4)) },
        { "placeCode", () => Catalog.WhoMustDefend("USA", new LocalDate(2023, 4, 4), "US-XX") },
        { "stateCode", () => Catalog.RelationshipOn("XYZ", "FIN", new LocalDate(2023, 4, 4)) },
        { "stateCode", () => Catalog.HistoryOf("XYZ") },
        { "treaty", () => Catalog.InvocationTimeline(treaty: "XYZ") },
        { "stateCode", () => Catalog.InvocationTimeline(stateCode: "XYZ") },
        { "state", () => Nato.IsMember(new MemberState("XYZ", "Nowhere"), new LocalDate(2023, 4, 4)) },
    };

    public static TheoryData<string, Action> Nulls => new()
    {
        { "idOrAlias", () => Catalog.GetTreaty(null!) },
        { "stateCode", () => Catalog.GetState(null!) },
        { "placeCode", () => Catalog.GetPlace(null!) },
        { "stateCode", () => Nato.IsMember((string)null!, new LocalDate(2023, 4, 4)) },
        { "state", () => Nato.IsMember((MemberState)null!, new LocalDate(2023, 4, 4)) },
        { "stateCode", () => Catalog.TreatiesOf((string)null!, new LocalDate(2023, 4, 4)) },
        { "otherStateCode", () => Catalog.AreAllies("FIN", null!, new LocalDate(2023, 4, 4)) },
        { "placeCode", () => Catalog.WhoMustDefend("USA", new LocalDate(2023, 4, 4), (string)null!) },
        { "days", () => Catalog.ChangesBetween(null!) },
    };

    [Theory]
    [MemberData(nameof(NonIsoDates))]
    public void EveryEntryPoint_NonIsoDate_ThrowsArgumentExceptionNamingTheCalendar(string parameter, Action call)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(call);
        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains("Julian calendar", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ISO calendar", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(UnknownCodesInQueries))]
    public void EveryQuery_UnknownCode_ThrowsArgumentExceptionNamingTheCode(string parameter, Action call)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(call);
        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains("XYZ", ex.Message.Replace("US-XX", "XYZ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Nulls))]
    public void EveryEntryPoint_Null_ThrowsArgumentNullNamingTheParameter(string parameter, Action call) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(call).ParamName);

    [Fact]
    public void Lookups_UnknownKey_ThrowKeyNotFound_AndTheirTryTwinsReturnFalse()
    {
        Assert.Contains("'XYZ'", Assert.Throws<KeyNotFoundException>(() => Catalog.GetTreaty("XYZ")).Message, StringComparison.Ordinal);
        Assert.Contains("'XYZ'", Assert.Throws<KeyNotFoundException>(() => Catalog.GetState("XYZ")).Message, StringComparison.Ordinal);
        Assert.Contains("'US-XX'", Assert.Throws<KeyNotFoundException>(() => Catalog.GetPlace("US-XX")).Message, StringComparison.Ordinal);
        Assert.False(Catalog.TryGetTreaty("XYZ", out Treaty? treaty));
        Assert.Null(treaty);
        Assert.False(Catalog.TryGetState("XYZ", out MemberState? state));
        Assert.Null(state);
        Assert.False(Catalog.TryGetPlace("US-XX", out Place? place));
        Assert.Null(place);
    }

    [Fact]
    public void Lookups_KnownKey_InAnyCase_AgreeWithTheirTryTwins()
    {
        Assert.True(Catalog.TryGetTreaty("nato", out Treaty? treaty));
        Assert.Same(Catalog.GetTreaty("NATO"), treaty);
        Assert.True(Catalog.TryGetState("fin", out MemberState? state));
        Assert.Same(Catalog.GetState("FIN"), state);
        Assert.True(Catalog.TryGetPlace("us-hi", out Place? place));
        Assert.Same(Catalog.GetPlace("US-HI"), place);
    }

    [Fact]
    public void WhoMustDefend_PlaceOfAnotherCatalog_ThrowsArgumentException()
    {
        var builder = new TreatyCatalogBuilder().AddState(new MemberState("USA", "United States"));
        var foreign = new Place("US-ZZ", "Nowhere", new MemberState("USA", "United States"), GeographicRegion.NorthAmerica);
        TreatyCatalog other = builder.AddPlace(foreign).Build();

        Assert.Single(other.Places);
        Assert.Equal("place", Assert.Throws<ArgumentException>(() => Catalog.WhoMustDefend(Catalog.GetState("USA"), new LocalDate(2024, 1, 1), foreign)).ParamName);
    }
}
