using System;
using System.Linq;
using Xunit;
using static Treaties.Tests.TestCatalogs;

namespace Treaties.Tests.Model;

/// <summary>Correlates of War codes: held over days, changing with a state's history, and found again by number.</summary>
public class CowCodeTests
{
    private static readonly TreatyCatalog Catalog = TreatyCatalog.Default;

    [Theory]
    [InlineData("DEU", "1990-10-02", 260)]
    [InlineData("DEU", "1990-10-03", 255)]
    [InlineData("YEM", "1990-05-21", 678)]
    [InlineData("YEM", "1990-05-22", 679)]
    [InlineData("USA", "1816-01-01", 2)]
    [InlineData("TWN", "1970-01-01", 713)]
    [InlineData("AUH", "1900-01-01", 300)]
    [InlineData("XKO", "1900-01-01", 730)]
    public void CowCodeOn_FollowsTheDays(string state, string day, int code) =>
        Assert.Equal(code, Catalog.GetState(state).CowCodeOn(NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value));

    [Fact]
    public void StatesWithoutACowCode_AnswerNull()
    {
        Assert.Null(Catalog.GetState("PSE").CowCodeOn(D(2024, 1, 1)));
        Assert.Null(Catalog.GetState("VAT").CowCodeOn(D(2024, 1, 1)));
    }

    [Theory]
    [InlineData(365, "1991-12-25", "SUN")]
    [InlineData(365, "1991-12-26", "RUS")]
    [InlineData(345, "1992-04-26", "YUG")]
    [InlineData(345, "1992-04-27", "SCG")]
    [InlineData(345, "2006-06-03", "SRB")]
    [InlineData(260, "1980-01-01", "DEU")]
    public void TryGetStateByCowCode_FindsWhoHeldItThatDay(int code, string day, string state)
    {
        Assert.True(Catalog.TryGetStateByCowCode(code, NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value, out MemberState? found));
        Assert.Equal(state, found.Code);
    }

    [Fact]
    public void TryGetStateByCowCode_CodeNotHeldThatDay_IsFalse()
    {
        Assert.False(Catalog.TryGetStateByCowCode(260, D(1990, 10, 3), out MemberState? none));
        Assert.Null(none);
        Assert.False(Catalog.TryGetStateByCowCode(999, D(2000, 1, 1), out _));
    }

    [Fact]
    public void StatesWithCowCode_InTheOrderTheyHeldIt() =>
        Assert.Equal(["YUG", "SCG", "SRB"], Catalog.StatesWithCowCode(345).Select(s => s.Code));

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public void CowCode_OutOfRange_Throws(int code) => Assert.Throws<ArgumentOutOfRangeException>(() => new CowCode(code));

    [Fact]
    public void CowCodes_Overlapping_Throw()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MemberState("DEU", "Germany")
            .WithCowCodes([new CowCode(260, end: new RecordedDate(D(1990, 10, 3))), new CowCode(255, new RecordedDate(D(1990, 10, 2)))]));
        Assert.Equal("cowCodes", ex.ParamName);
        Assert.Contains("must not overlap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_ProvisionsAndCowCode_RoundTripThroughJson()
    {
        var builder = new TreatyCatalogBuilder().AddState(new MemberState("DEU", "Germany").WithCowCodes([new CowCode(255)]));
        builder.AddTreaty("ATOP-1", "An alliance", new RecordedDate(D(1900, 1, 1)), new RecordedDate(D(1900, 1, 1)))
            .AddMembership(new MembershipPeriod(
                Catalog.GetState("DEU"), new RecordedDate(D(1900, 1, 1)), null, AllianceProvisions.Defense | AllianceProvisions.Consultation, 255));
        TreatyCatalog catalog = builder.Build();

        TreatyCatalog again = TreatyCatalog.Parse(catalog.ToJson());
        MembershipPeriod period = again.GetTreaty("ATOP-1").Memberships.Single();

        Assert.Equal(AllianceProvisions.Defense | AllianceProvisions.Consultation, period.Provisions);
        Assert.Equal(255, period.CowCode);
        Assert.Equal(255, again.GetState("DEU").CowCodes.Single().Code);
        Assert.Contains("\"provisions\": [\n", catalog.ToJson().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Period_UndefinedProvisionBit_Throws() =>
        Assert.Throws<ArgumentException>(() => new MembershipPeriod(Catalog.GetState("DEU"), new RecordedDate(D(1900, 1, 1)), null, (AllianceProvisions)64, null));

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public void Period_CowCodeOutsideCowsRange_Throws(int code) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MembershipPeriod(Catalog.GetState("DEU"), new RecordedDate(D(1900, 1, 1)), null, AllianceProvisions.Defense, code));
}
