using System;
using System.Linq;
using Treaties.Tests;
using Xunit;

namespace Treaties.Datasets.Tests.Comparison;

/// <summary>Matching curated treaties with ATOP's alliances, and the members whose days differ, with their reasons.</summary>
public class AtopComparisonTests
{
    private static readonly TreatyComparison[] Comparisons = [.. AtopComparison.Compare(TreatyCatalog.Default, AtopDataset.Load(AtopFiles.Stream(AtopFiles.Comparison)))];

    private static TreatyComparison Of(string id) => Comparisons.Single(c => c.Curated.Id == id);

    private static MemberDifference Member(string treaty, string state) => Of(treaty).Differences.Single(d => d.State.Code == state);

    [Fact]
    public void Compare_MatchesTheAllianceSharingTheMostMembers_NotAPairInsideIt()
    {
        Assert.Equal("ATOP-3215", Of("ANZUS").Atop?.Id);
        Assert.Equal("ATOP-4220", Of("CSTO").Atop?.Id);
        Assert.Equal("ATOP-3260", Of("SEATO").Atop?.Id);
        Assert.Equal(Comparisons.Length, TreatyCatalog.Default.Treaties.Count);
    }

    /// <summary>ATOP begins SADC's alliance with the protocol of 2001; the pact of 2003 is its second phase, and matches.</summary>
    [Fact]
    public void Compare_MatchesByALaterPhasesFirstDay_WhenTheAlliancesFirstDayIsTooEarly()
    {
        TreatyComparison sadc = AtopComparison.Compare(TreatyCatalog.Default, AtopDataset.Load(AtopFiles.Stream(AtopFiles.LaterPhase)))
            .Single(c => c.Curated.Id == "SADC");

        Assert.Equal("ATOP-4985", sadc.Atop?.Id);
        Assert.Contains(sadc.Differences, d => d.State.Code == "SYC" && d.Curated is null);
    }

    [Fact]
    public void Compare_AtopFromTheTreatysSignature_SaysSo()
    {
        MemberDifference usa = Member("ANZUS", "USA");

        Assert.Equal(-241, usa.StartDifference);
        Assert.Equal(DifferenceReason.AtopFromSignature, usa.StartReason);
        Assert.Null(usa.EndDifference);
        Assert.DoesNotContain(Of("ANZUS").Differences, d => d.State.Code == "AUS");
        Assert.Equal(2, Of("ANZUS").MembersAgreeing);
    }

    [Fact]
    public void Compare_MemberInOneOnly_HasNoDifferenceInDays()
    {
        MemberDifference china = Member("ANZUS", "CHN");

        Assert.Null(china.Curated);
        Assert.NotNull(china.Atop);
        Assert.Null(china.StartDifference);
        Assert.Equal(DifferenceReason.Unknown, china.StartReason);
    }

    [Fact]
    public void Compare_EndAfterAtopsLastYear_SaysSo()
    {
        MemberDifference uzbekistan = Member("CSTO", "UZB");

        Assert.Null(uzbekistan.Atop!.Value.End);
        Assert.Null(uzbekistan.EndDifference);
        Assert.Equal(DifferenceReason.AfterAtopsLastYear, uzbekistan.EndReason);
    }

    [Fact]
    public void Compare_AtopEndingWithTheOrganization_SaysSo()
    {
        MemberDifference australia = Member("SEATO", "AUS");

        Assert.Null(australia.Curated!.Value.End);
        Assert.Equal(DifferenceReason.AtopEndsWithTheOrganization, australia.EndReason);
    }

    [Fact]
    public void Compare_AtopExitADayBeforeTheCatalogsEnd_IsItsLastDay()
    {
        MemberDifference azerbaijan = Member("CSTO", "AZE");

        Assert.Equal(-1, azerbaijan.EndDifference);
        Assert.Equal(DifferenceReason.AtopExitIsTheLastDay, azerbaijan.EndReason);
    }

    [Fact]
    public void Compare_TreatyAfterAtopsLastDay_IsUnmatchedAndSaysWhy()
    {
        TreatyComparison russiaKorea = Of("RUS-PRK");

        Assert.Null(russiaKorea.Atop);
        Assert.True(russiaKorea.BeginsAfterAtop);
        Assert.Empty(russiaKorea.Differences);
        Assert.False(Of("WARSAW").BeginsAfterAtop);
    }

    [Fact]
    public void Compare_Answers_CannotBeWritten()
    {
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<TreatyComparison>)AtopComparison.Compare(TreatyCatalog.Default, AtopDataset.Load(AtopFiles.Stream(AtopFiles.Comparison))))[0] = Comparisons[1]);
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<MemberDifference>)Of("ANZUS").Differences).Clear());
    }

    [Fact]
    public void Compare_Null_Throws()
    {
        Assert.Equal("curated", Assert.Throws<ArgumentNullException>(() => AtopComparison.Compare(null!, TreatyCatalog.Default)).ParamName);
        Assert.Equal("atop", Assert.Throws<ArgumentNullException>(() => AtopComparison.Compare(TreatyCatalog.Default, null!)).ParamName);
    }
}
