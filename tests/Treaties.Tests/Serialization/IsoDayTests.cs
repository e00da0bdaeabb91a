using NodaTime;
using Treaties.Serialization;
using Xunit;

namespace Treaties.Tests.Serialization;

/// <summary>The format's dates: real calendar days written yyyy-MM-dd, and nothing else.</summary>
public class IsoDayTests
{
    [Theory]
    [InlineData("2023-04-04", 2023, 4, 4)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void TryParse_RealDay_IsThatDay(string text, int year, int month, int day)
    {
        Assert.True(IsoDay.TryParse(text, out LocalDate date));
        Assert.Equal(new LocalDate(year, month, day), date);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2022-02-30")]
    [InlineData("2022-04-31")]
    [InlineData("2022-13-01")]
    [InlineData("2022-00-10")]
    [InlineData("2022-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("2022-1-01")]
    [InlineData("2022/01/01")]
    [InlineData("2022-01-01 ")]
    [InlineData("+022-01-01")]
    [InlineData("２０２２-01-01")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotARealDayWrittenYyyyMmDd_IsRejected(string? text) => Assert.False(IsoDay.TryParse(text, out _));
}
