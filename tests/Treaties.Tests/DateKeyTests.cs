using System;
using NodaTime;
using Treaties.Indexing;
using Xunit;

namespace Treaties.Tests;

/// <summary>The date keys behind every point lookup must order exactly as the dates do.</summary>
public class DateKeyTests
{
    [Fact]
    public void ReadsPackedValue_WithTheNodaTimeInUse() => Assert.True(DateKey.ReadsPackedValue);

    [Theory]
    [InlineData(-9998)]
    [InlineData(-1)]
    [InlineData(1949)]
    [InlineData(9998)]
    public void Compact_GrowsByOneADayWithinAMonth_AndByAtLeastOneAcrossMonthsAndYears(int year)
    {
        // Every day of two years, across month and year ends and leap days, and of years before 1.
        LocalDate end = new(year + 1, 12, 31);
        for (LocalDate day = new(year, 1, 1); day < end; day = day.PlusDays(1))
        {
            LocalDate next = day.PlusDays(1);
            int step = DateKey.Compact(DateKey.Of(next)) - DateKey.Compact(DateKey.Of(day));
            Assert.True(next.Month == day.Month ? step == 1 : step is >= 1 and <= 4, $"{day:uuuu-MM-dd}: {step}");
        }

        Assert.Equal((372 * (year - 1)) + 30, DateKey.Compact(DateKey.Of(new LocalDate(year, 1, 31))));
    }

    [Fact]
    public void Of_EqualsTheComputedKey_AndOrdersAsDates()
    {
        var random = new Random(11);
        LocalDate previous = new(1, 1, 1);
        for (int i = 0; i < 20_000; i++)
        {
            LocalDate date = previous.PlusDays(random.Next(0, 150));
            Assert.Equal(DateKey.Computed(date), DateKey.Of(date));
            Assert.True(DateKey.Of(date) >= DateKey.Of(previous));
            Assert.Equal(date > previous, DateKey.Of(date) > DateKey.Of(previous));
            previous = date;
        }
    }

    [Theory]
    [InlineData(2023, 4, 3, 2023, 4, 4)]
    [InlineData(1999, 12, 31, 2000, 1, 1)]
    [InlineData(2024, 2, 28, 2024, 2, 29)]
    [InlineData(-1, 12, 31, 0, 1, 1)]
    public void Of_ConsecutiveDays_AreOrdered(int y1, int m1, int d1, int y2, int m2, int d2) =>
        Assert.True(DateKey.Of(new LocalDate(y1, m1, d1)) < DateKey.Of(new LocalDate(y2, m2, d2)));

    [Fact]
    public void Of_OtherCalendar_IsTheKeyOfTheSameDay()
    {
        var iso = new LocalDate(2023, 4, 4);

        Assert.Equal(DateKey.Of(iso), DateKey.Of(iso.WithCalendar(CalendarSystem.Julian)));
        Assert.Equal(DateKey.Of(iso), DateKey.Of(iso.WithCalendar(CalendarSystem.PersianSimple)));
    }

    [Fact]
    public void Never_IsAfterTheLastDay() => Assert.True(DateKey.Of(new LocalDate(9999, 12, 31)) < DateKey.Never);
}
