using System;
using Xunit;
using static Treaties.Tests.TestCatalogs;

namespace Treaties.Tests.Model;

public class RecordedDateTests
{
    private static readonly Source Treaty = new(
        "nato-treaty", "The North Atlantic Treaty", "NATO", new Uri("https://www.nato.int/cps/en/natohq/official_texts_17120.htm"), SourceKind.Official);

    [Fact]
    public void ImplicitConversion_FromLocalDate_HasNoSourcesAndIsConfirmed()
    {
        RecordedDate date = D(1949, 4, 4);

        Assert.Equal(D(1949, 4, 4), date.Date);
        Assert.Empty(date.Sources);
        Assert.True(date.IsConfirmed);
        Assert.False(date.IsDisputed);
    }

    [Fact]
    public void Constructor_MonthPrecisionNotFirstOfMonth_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RecordedDate(D(2013, 4, 11), precision: DatePrecision.Month));

        Assert.Equal("date", ex.ParamName);
        Assert.Contains("first of the month", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_YearPrecisionNotFirstOfJanuary_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RecordedDate(D(2013, 4, 1), precision: DatePrecision.Year));
        Assert.Contains("first of January", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_UnconfirmedAndDisputed_SaysSo()
    {
        var date = new RecordedDate(
            D(1999, 4, 21), [Treaty], isConfirmed: false, alternatives: [new AlternativeDate(D(1999, 4, 20), [Treaty], "expiry of the term")]);

        Assert.True(date.IsDisputed);
        Assert.Equal("1999-04-21 (unconfirmed) (disputed)", date.ToString());
    }

    [Fact]
    public void Equals_ComparesSourcesAndAlternatives()
    {
        var withSource = new RecordedDate(D(1949, 4, 4), [Treaty]);

        Assert.Equal(withSource, new RecordedDate(D(1949, 4, 4), [Treaty]));
        Assert.NotEqual(withSource, new RecordedDate(D(1949, 4, 4)));
    }

    [Fact]
    public void Source_RelativeUrl_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => new Source("x", "Title", "Publisher", new Uri("/relative", UriKind.Relative), SourceKind.Official));
        Assert.Equal("url", ex.ParamName);
    }
}
