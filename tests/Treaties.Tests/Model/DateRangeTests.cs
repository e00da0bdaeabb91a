using System;
using NodaTime;
using Xunit;

namespace Treaties.Tests.Model;

/// <summary>The one half-open range: first day in, end day out, an open end goes on, and conversions to inclusive intervals.</summary>
public class DateRangeTests
{
    private static readonly LocalDate Start = new(2023, 4, 4);
    private static readonly LocalDate End = new(2024, 3, 7);

    [Fact]
    public void Contains_FirstDayIn_DayBeforeOut_EndDayOut_DayBeforeEndIn()
    {
        var range = new DateRange(Start, End);

        Assert.True(range.Contains(Start));
        Assert.False(range.Contains(Start.PlusDays(-1)));
        Assert.False(range.Contains(End));
        Assert.True(range.Contains(End.PlusDays(-1)));
    }

    [Fact]
    public void Contains_MissingEnd_GoesOnForEver()
    {
        var range = new DateRange(Start, null);

        Assert.True(range.IsOngoing);
        Assert.True(range.Contains(new LocalDate(9999, 12, 31)));
        Assert.False(range.Contains(Start.PlusDays(-1)));
    }

    [Fact]
    public void Overlaps_RangesThatMeetOnTheEndDay_DoNot()
    {
        var first = new DateRange(Start, End);

        Assert.False(first.Overlaps(new DateRange(End, null)));
        Assert.True(first.Overlaps(new DateRange(End.PlusDays(-1), null)));
        Assert.True(new DateRange(Start, null).Overlaps(new DateRange(End, null)));
        Assert.False(new DateRange(End, null).Overlaps(first));
    }

    [Fact]
    public void ToDateInterval_Closed_EndsTheDayBeforeTheEnd_Ongoing_IsNull()
    {
        Assert.Equal(new DateInterval(Start, End.PlusDays(-1)), new DateRange(Start, End).ToDateInterval());
        Assert.Null(new DateRange(Start, null).ToDateInterval());
    }

    [Fact]
    public void ToDateInterval_WithLastDay_ClosesOnlyAnOngoingRange()
    {
        LocalDate asOf = new(2026, 11, 30);

        Assert.Equal(new DateInterval(Start, asOf), new DateRange(Start, null).ToDateInterval(asOf));
        Assert.Equal(new DateInterval(Start, End.PlusDays(-1)), new DateRange(Start, End).ToDateInterval(asOf));
        var ex = Assert.Throws<ArgumentException>(() => new DateRange(Start, null).ToDateInterval(Start.PlusDays(-1)));
        Assert.Equal("lastDayIfOngoing", ex.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_EndNotAfterStart_ThrowsNamingEnd(int days)
    {
        var ex = Assert.Throws<ArgumentException>(() => new DateRange(Start, Start.PlusDays(days)));
        Assert.Equal("end", ex.ParamName);
        Assert.Contains("must be after the start", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_AndText()
    {
        Assert.Equal(new DateRange(Start, End), new DateRange(Start, End));
        Assert.True(new DateRange(Start, End) != new DateRange(Start, null));
        Assert.Equal("[2023-04-04, ongoing)", new DateRange(Start, null).ToString());
        Assert.Equal("[2023-04-04, 2024-03-07)", new DateRange(Start, End).ToString());
    }
}
