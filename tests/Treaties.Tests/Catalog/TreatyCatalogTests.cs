using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Xunit;
using static Treaties.Tests.TestCatalogs;

namespace Treaties.Tests.Catalog;

public class TreatyCatalogTests
{
    private static readonly TreatyCatalog Catalog = Small();

    [Theory]
    [InlineData("NATO")]
    [InlineData("nato")]
    [InlineData("north atlantic treaty organization")]
    public void GetTreaty_IdOrAliasAnyCase_FindsIt(string name) => Assert.Equal("NATO", Catalog.GetTreaty(name).Id);

    [Fact]
    public void GetTreaty_Alias_FindsCsto() => Assert.Equal("CSTO", Catalog.GetTreaty("cst").Id);

    [Fact]
    public void GetTreaty_Unknown_ThrowsKeyNotFoundNamingIdAndKnownIds()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Catalog.GetTreaty("SEATO"));

        Assert.Contains("'SEATO'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CSTO, NATO, NORDIC", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGetTreaty_UnknownAndNull_ReturnFalse()
    {
        Assert.False(Catalog.TryGetTreaty("SEATO", out _));
        Assert.False(Catalog.TryGetTreaty(null, out _));
        Assert.True(Catalog.TryGetTreaty("CST", out Treaty? csto));
        Assert.Equal("CSTO", csto.Id);
    }

    [Fact]
    public void GetState_LowerCase_ReturnsState() => Assert.Equal("Finland", Catalog.GetState("fin").Name);

    [Fact]
    public void TryGetState_Unknown_ReturnsFalse() => Assert.False(Catalog.TryGetState("XYZ", out _));

    [Fact]
    public void TreatiesOf_StateInTwoTreaties_ListsBoth() =>
        Assert.Equal(["NATO", "NORDIC"], Catalog.TreatiesOf("FIN", D(2023, 4, 4)).Select(t => t.Id));

    [Fact]
    public void TreatiesOf_DayBeforeAccession_ListsOnlyTheOther() =>
        Assert.Equal(["NORDIC"], Catalog.TreatiesOf("FIN", D(2023, 4, 3)).Select(t => t.Id));

    [Fact]
    public void TreatiesOf_StateInNoTreaty_IsEmpty() => Assert.Empty(Catalog.TreatiesOf("JPN", D(2023, 4, 3)));

    [Fact]
    public void TreatiesOf_Observer_IsEmpty() => Assert.Empty(Catalog.TreatiesOf("SRB", D(2020, 1, 1)));

    [Fact]
    public void TreatiesOf_UnknownCode_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Catalog.TreatiesOf("XYZ", D(2020, 1, 1)));
        Assert.Equal("stateCode", ex.ParamName);
    }

    [Fact]
    public void AreAllies_BothMembersOfDefenceTreaty_IsTrue() => Assert.True(Catalog.AreAllies("KGZ", "TJK", D(2022, 9, 14)));

    [Fact]
    public void AreAllies_OrderDoesNotMatter() =>
        Assert.Equal(Catalog.AreAllies("ARM", "AZE", D(1999, 4, 20)), Catalog.AreAllies("AZE", "ARM", D(1999, 4, 20)));

    [Fact]
    public void AreAllies_FormerMemberAfterExit_IsFalse()
    {
        Assert.True(Catalog.AreAllies("ARM", "AZE", D(1999, 4, 20)));
        Assert.False(Catalog.AreAllies("ARM", "AZE", D(1999, 4, 21)));
    }

    [Fact]
    public void AreAllies_FrozenParticipation_StillAllies() => Assert.True(Catalog.AreAllies("ARM", "KGZ", D(2025, 1, 1)));

    [Fact]
    public void AreAllies_OnlyConsultationTreatyInCommon_IsFalse() =>
        Assert.False(Catalog.AreAllies("FIN", "SWE", D(2023, 4, 4)));

    [Fact]
    public void AreAllies_DayBothInDefenceTreaty_IsTrue()
    {
        Assert.False(Catalog.AreAllies("FIN", "SWE", D(2024, 3, 6)));
        Assert.True(Catalog.AreAllies("FIN", "SWE", D(2024, 3, 7)));
    }

    [Fact]
    public void AreAllies_SameState_IsFalse() => Assert.False(Catalog.AreAllies("FIN", "fin", D(2024, 3, 7)));

    [Fact]
    public void AreAllies_UnknownSecondCode_ThrowsNamingParameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => Catalog.AreAllies("FIN", "XYZ", D(2024, 3, 7)));
        Assert.Equal("otherStateCode", ex.ParamName);
    }

    [Fact]
    public void AreAllies_MemberStateOverload_Agrees() =>
        Assert.True(Catalog.AreAllies(Catalog.GetState("KGZ"), Catalog.GetState("TJK"), D(2022, 9, 14)));

    [Fact]
    public void HistoryOf_State_ListsItsChangesAcrossTreatiesInOrder() =>
        Assert.Equal(
            ["1995-01-01 NORDIC: FIN Joined", "2023-04-04 NATO: FIN Joined"],
            Catalog.HistoryOf("FIN").Select(c => c.ToString()));

    [Fact]
    public void ChangesBetween_AcrossTreaties_InDateOrder()
    {
        IReadOnlyList<MembershipChange> changes = Catalog.ChangesBetween(new DateInterval(D(1994, 1, 1), D(1995, 12, 31)));

        Assert.Equal(6, changes.Count);
        Assert.Equal(changes.OrderBy(c => c.Date).Select(c => c.Date), changes.Select(c => c.Date));
    }

    [Fact]
    public void States_IncludeNonMembers() => Assert.Contains(Catalog.States, s => s.Code == "JPN");
}
