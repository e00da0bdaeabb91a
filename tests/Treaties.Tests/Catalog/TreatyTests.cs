using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Xunit;
using static Treaties.Tests.TestCatalogs;

namespace Treaties.Tests.Catalog;

public class TreatyTests
{
    private static readonly TreatyCatalog Catalog = Small();
    private static readonly Treaty Nato = Catalog.GetTreaty("NATO");
    private static readonly Treaty Csto = Catalog.GetTreaty("CSTO");

    [Fact]
    public void IsMember_FirstDayOfMembership_IsTrue() => Assert.True(Nato.IsMember("FIN", D(2023, 4, 4)));

    [Fact]
    public void IsMember_DayBeforeMembership_IsFalse() => Assert.False(Nato.IsMember("FIN", D(2023, 4, 3)));

    [Fact]
    public void IsMember_DayMembershipEnded_IsFalse() => Assert.False(Csto.IsMember("AZE", D(1999, 4, 21)));

    [Fact]
    public void IsMember_LastDayOfMembership_IsTrue() => Assert.True(Csto.IsMember("AZE", D(1999, 4, 20)));

    [Fact]
    public void IsMember_BeforeTreatyEnteredIntoForce_IsFalse() => Assert.False(Nato.IsMember("USA", D(1949, 8, 23)));

    [Fact]
    public void IsMember_OpenEndedFarFuture_IsTrue() => Assert.True(Nato.IsMember("USA", D(2999, 1, 1)));

    [Theory]
    [InlineData("fin")]
    [InlineData("Fin")]
    [InlineData("FIN")]
    public void IsMember_AnyCase_SameAnswer(string code) => Assert.True(Nato.IsMember(code, D(2023, 4, 4)));

    [Fact]
    public void IsMember_KnownStateNeverMember_IsFalse() => Assert.False(Nato.IsMember("JPN", D(2023, 4, 4)));

    [Fact]
    public void IsMember_Observer_IsFalse() => Assert.False(Csto.IsMember("SRB", D(2020, 1, 1)));

    [Fact]
    public void IsMember_FrozenParticipation_IsStillMember() => Assert.True(Csto.IsMember("ARM", D(2024, 6, 1)));

    [Theory]
    [InlineData("XYZ")]
    [InlineData("")]
    [InlineData("FI")]
    [InlineData("F!N")]
    public void IsMember_NotAStateCode_ThrowsArgumentExceptionNamingCode(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => Nato.IsMember(code, D(2023, 4, 4)));

        Assert.Equal("stateCode", ex.ParamName);
        Assert.Contains($"'{code}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsMember_NullCode_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Nato.IsMember((string)null!, D(2023, 4, 4)));
        Assert.Equal("stateCode", ex.ParamName);
    }

    [Fact]
    public void IsMember_MemberStateOverload_AgreesWithCode()
    {
        var finland = new MemberState("FIN", "Finland");

        Assert.True(Nato.IsMember(finland, D(2023, 4, 4)));
        Assert.False(Nato.IsMember(finland, D(2023, 4, 3)));
    }

    [Fact]
    public void IsMember_MemberStateUnknownToCatalog_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Nato.IsMember(new MemberState("DEU", "Germany"), D(2023, 4, 4)));
        Assert.Equal("state", ex.ParamName);
    }

    [Fact]
    public void IsMember_IsoDateOfTheSameDay_AsAJulianDateConvertedBack()
    {
        LocalDate julian = D(2023, 4, 4).WithCalendar(CalendarSystem.Julian);

        Assert.True(Nato.IsMember("FIN", julian.WithCalendar(CalendarSystem.Iso)));
        Assert.False(Nato.IsMember("FIN", julian.PlusDays(-1).WithCalendar(CalendarSystem.Iso)));
    }

    [Fact]
    public void MembersOn_DayOfAccession_IncludesNewMember()
    {
        Assert.Equal(["FIN", "FRA", "USA"], Codes(Nato.MembersOn(D(2023, 4, 4))));
        Assert.Equal(["FRA", "USA"], Codes(Nato.MembersOn(D(2023, 4, 3))));
    }

    [Fact]
    public void MembersOn_BeforeEntryIntoForce_IsEmpty() => Assert.Empty(Nato.MembersOn(D(1949, 8, 23)));

    [Fact]
    public void MembersOn_ExcludesObserversAndIncludesFrozen() =>
        Assert.Equal(["ARM", "KGZ", "TJK"], Codes(Csto.MembersOn(D(2024, 6, 1))));

    [Fact]
    public void MembersOn_DayExitTookEffect_ExcludesLeaver()
    {
        Assert.Contains("AZE", Codes(Csto.MembersOn(D(1999, 4, 20))));
        Assert.DoesNotContain("AZE", Codes(Csto.MembersOn(D(1999, 4, 21))));
    }

    [Fact]
    public void MembersOn_SameSegment_ReturnsTheSameCollection() =>
        Assert.Same(Nato.MembersOn(D(2023, 5, 1)), Nato.MembersOn(D(2023, 6, 1)));

    [Fact]
    public void StatusOn_FrozenMember_SaysMemberFrozenSince()
    {
        MembershipStatus status = Csto.StatusOn("ARM", D(2024, 6, 1));

        Assert.True(status.IsMember);
        Assert.False(status.IsFullyParticipating);
        Assert.Equal(ParticipationStatus.Frozen, status.Participation);
        Assert.Equal(D(2024, 2, 22), status.Since);
        Assert.Equal("Member (Frozen) since 2024-02-22", status.ToString());
    }

    [Fact]
    public void StatusOn_DayBeforeFreeze_IsFullSinceStart() =>
        Assert.Equal(D(1994, 4, 20), Csto.StatusOn("ARM", D(2024, 2, 21)).Since);

    [Fact]
    public void StatusOn_OutsideIntegratedCommandThenBack_FollowsChanges()
    {
        Assert.Equal(ParticipationStatus.Full, Nato.StatusOn("FRA", D(1966, 6, 30)).Participation);
        Assert.Equal(ParticipationStatus.OutsideIntegratedCommand, Nato.StatusOn("FRA", D(1966, 7, 1)).Participation);
        Assert.Equal(ParticipationStatus.OutsideIntegratedCommand, Nato.StatusOn("FRA", D(2009, 4, 3)).Participation);
        Assert.Equal(ParticipationStatus.Full, Nato.StatusOn("FRA", D(2009, 4, 4)).Participation);
    }

    [Fact]
    public void StatusOn_Observer_IsObserverNotMember()
    {
        MembershipStatus status = Csto.StatusOn("SRB", D(2013, 4, 1));

        Assert.Equal(MembershipRole.Observer, status.Role);
        Assert.False(status.IsMember);
        Assert.Null(status.Participation);
        Assert.Equal(MembershipRole.None, Csto.StatusOn("SRB", D(2013, 3, 31)).Role);
    }

    [Fact]
    public void StatusOn_NeverMember_IsDefault() => Assert.Equal(default, Nato.StatusOn("JPN", D(2023, 1, 1)));

    [Fact]
    public void PeriodsOf_LeaverAndNonMember()
    {
        MembershipPeriod period = Assert.Single(Csto.PeriodsOf("aze"));
        Assert.Equal(D(1999, 4, 21), period.End);
        Assert.Empty(Nato.PeriodsOf("JPN"));
    }

    [Fact]
    public void ChangesBetween_IncludesBothEnds_InDateOrder()
    {
        IReadOnlyList<MembershipChange> changes = Nato.ChangesBetween(new DateInterval(D(2009, 4, 4), D(2023, 4, 4)));

        Assert.Equal(
            ["2009-04-04 NATO: FRA participation Full", "2023-04-04 NATO: FIN Joined"],
            changes.Select(c => c.ToString()));
    }

    [Fact]
    public void ChangesBetween_Null_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Nato.ChangesBetween(null!));
        Assert.Equal("days", ex.ParamName);
    }

    [Fact]
    public void Changes_ListJoinsExitsAndObservers()
    {
        Assert.Contains(Csto.Changes, c => c.Kind == MembershipChangeKind.Left && c.State.Code == "AZE" && c.Date == D(1999, 4, 21));
        Assert.Contains(Csto.Changes, c => c.Kind == MembershipChangeKind.ObserverStatusGranted && c.State.Code == "SRB");
        Assert.Contains(Csto.Changes, c => c.Kind == MembershipChangeKind.ParticipationChanged && c.Participation == ParticipationStatus.Frozen);
    }

    [Fact]
    public void MutualDefenceClauseOn_BeforeAndAfterEntryIntoForce()
    {
        Assert.Null(Nato.MutualDefenceClauseOn(D(1949, 8, 23)));
        Assert.Equal("Article 5", Nato.MutualDefenceClauseOn(D(1949, 8, 24))?.Article);
        Assert.Null(Catalog.GetTreaty("NORDIC").MutualDefenceClauseOn(D(2000, 1, 1)));
    }

    [Fact]
    public void Clauses_AreSplitByKind()
    {
        Assert.Equal(2, Nato.Clauses.Count);
        Assert.Equal("Article 5", Assert.Single(Nato.MutualDefenceClauses).Article);
        Assert.Equal("Article 4", Assert.Single(Nato.ConsultationClauses).Article);
        Assert.Equal(ObligationStrength.NecessaryAssistanceIncludingMilitary, Csto.MutualDefenceClauses[0].Obligation);
    }

    [Fact]
    public void IsInForceOn_EntryIntoForceDay() =>
        Assert.Equal((false, true), (Nato.IsInForceOn(D(1949, 8, 23)), Nato.IsInForceOn(D(1949, 8, 24))));

    private static string[] Codes(IEnumerable<MemberState> states) => [.. states.Select(s => s.Code)];
}
