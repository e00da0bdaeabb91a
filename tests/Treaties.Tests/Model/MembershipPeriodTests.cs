using System;
using NodaTime;
using Xunit;
using static Treaties.Tests.TestCatalogs;

namespace Treaties.Tests.Model;

public class MembershipPeriodTests
{
    private static readonly MemberState Aze = new("AZE", "Azerbaijan");

    private static MembershipPeriod Closed() => new(Aze, D(1994, 4, 20), D(1999, 4, 21));

    [Fact]
    public void Contains_FirstDay_IsTrue() => Assert.True(Closed().Contains(D(1994, 4, 20)));

    [Fact]
    public void Contains_DayBeforeStart_IsFalse() => Assert.False(Closed().Contains(D(1994, 4, 19)));

    [Fact]
    public void Contains_EndDay_IsFalse() => Assert.False(Closed().Contains(D(1999, 4, 21)));

    [Fact]
    public void Contains_LastDayBeforeEnd_IsTrue() => Assert.True(Closed().Contains(D(1999, 4, 20)));

    [Fact]
    public void Contains_OpenEnded_IsTrueFarAhead()
    {
        var open = new MembershipPeriod(Aze, D(1994, 4, 20));

        Assert.True(open.IsOngoing);
        Assert.Null(open.End);
        Assert.True(open.Contains(D(9999, 12, 31)));
    }

    [Fact]
    public void ToDateInterval_Closed_EndsTheDayBeforeEnd()
    {
        DateInterval? interval = Closed().ToDateInterval();

        Assert.NotNull(interval);
        Assert.Equal(D(1994, 4, 20), interval.Start);
        Assert.Equal(D(1999, 4, 20), interval.End);
    }

    [Fact]
    public void ToDateInterval_Open_IsNull() => Assert.Null(new MembershipPeriod(Aze, D(1994, 4, 20)).ToDateInterval());

    [Theory]
    [InlineData(1994, 4, 20)]
    [InlineData(1994, 4, 19)]
    public void Constructor_EndNotAfterStart_ThrowsNamingEnd(int year, int month, int day)
    {
        var ex = Assert.Throws<ArgumentException>(() => new MembershipPeriod(Aze, D(1994, 4, 20), D(year, month, day)));

        Assert.Equal("end", ex.ParamName);
        Assert.Contains("must be after the start", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullState_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new MembershipPeriod(null!, D(1994, 4, 20)));
        Assert.Equal("state", ex.ParamName);
    }

    [Fact]
    public void ParticipationOn_BeforeAndAfterChange_ReportsEach()
    {
        var period = new MembershipPeriod(
            new MemberState("FRA", "France"),
            D(1949, 8, 24),
            participationChanges: [new ParticipationChange(ParticipationStatus.OutsideIntegratedCommand, D(1966, 7, 1))]);

        Assert.Equal(ParticipationStatus.Full, period.ParticipationOn(D(1966, 6, 30)));
        Assert.Equal(ParticipationStatus.OutsideIntegratedCommand, period.ParticipationOn(D(1966, 7, 1)));
        Assert.Null(period.ParticipationOn(D(1949, 8, 23)));
    }

    [Fact]
    public void Constructor_ParticipationChangeOutsidePeriod_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MembershipPeriod(
            Aze, D(1994, 4, 20), D(1999, 4, 21), participationChanges: [new ParticipationChange(ParticipationStatus.Frozen, D(1999, 4, 21))]));

        Assert.Equal("participationChanges", ex.ParamName);
        Assert.Contains("falls outside the membership", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ParticipationChangesOutOfOrder_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MembershipPeriod(
            Aze,
            D(1994, 4, 20),
            participationChanges:
            [
                new ParticipationChange(ParticipationStatus.Frozen, D(2000, 1, 1)),
                new ParticipationChange(ParticipationStatus.Full, D(1999, 1, 1)),
            ]));

        Assert.Contains("date order", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ParticipationChangeRepeatingStatus_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MembershipPeriod(
            Aze, D(1994, 4, 20), participationChanges: [new ParticipationChange(ParticipationStatus.Full, D(2000, 1, 1))]));

        Assert.Contains("repeats the status Full", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_SameFacts_AreEqual_DifferentEnd_AreNot()
    {
        Assert.Equal(Closed(), Closed());
        Assert.NotEqual(Closed(), new MembershipPeriod(Aze, D(1994, 4, 20)));
    }

    [Fact]
    public void ToString_ShowsHalfOpenRange() => Assert.Equal("AZE [1994-04-20, 1999-04-21)", Closed().ToString());

    [Fact]
    public void EndReason_NotGiven_IsUnstated() => Assert.Equal(MembershipEndReason.Unstated, Closed().EndReason);

    [Fact]
    public void WithEndReason_ClosedPeriod_KeepsEverythingElse()
    {
        MembershipPeriod left = Closed().WithEndReason(MembershipEndReason.LeftOrganisation);

        Assert.Equal(MembershipEndReason.LeftOrganisation, left.EndReason);
        Assert.Equal(Closed().Range, left.Range);
        Assert.NotEqual(Closed(), left);
        Assert.Equal(Closed(), left.WithEndReason(MembershipEndReason.Unstated));
    }

    [Fact]
    public void WithEndReason_OngoingPeriod_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new MembershipPeriod(Aze, D(1994, 4, 20)).WithEndReason(MembershipEndReason.Withdrawal));

    [Fact]
    public void WithEndReason_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Closed().WithEndReason((MembershipEndReason)7));

    [Fact]
    public void WithEndReason_KeepsDatasetCoding()
    {
        var coded = new MembershipPeriod(Aze, D(1994, 4, 20), D(1999, 4, 21), AllianceProvisions.Defense, 373);

        MembershipPeriod withdrawn = coded.WithEndReason(MembershipEndReason.Withdrawal);

        Assert.Equal((AllianceProvisions.Defense, 373, MembershipEndReason.Withdrawal), (withdrawn.Provisions, withdrawn.CowCode, withdrawn.EndReason));
    }
}
