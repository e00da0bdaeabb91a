using System;
using System.Linq;
using Treaties.Tests;
using Xunit;
using static Treaties.Tests.TestCatalogs;

namespace Treaties.Datasets.Tests;

/// <summary>Reading ATOP's member-level file: its rules for days, phases and codes, and its errors.</summary>
public class AtopDatasetTests
{
    private static readonly TreatyCatalog Atop = AtopDataset.Load(AtopFiles.Stream(AtopFiles.Small));

    [Fact]
    public void Load_EachAllianceIsATreaty_ParallelPhasesTheirOwn() =>
        Assert.Equal(["ATOP-1001", "ATOP-1002", "ATOP-1003-2", "ATOP-1003-3", "ATOP-1003"], Atop.Treaties.Select(t => t.Id));

    [Fact]
    public void Load_StatesFoundByCowCode_AndTheRowsCodeKept()
    {
        MembershipPeriod germany = Atop.GetTreaty("ATOP-1001").PeriodsOf("DEU").Single();

        Assert.Equal(255, germany.CowCode);
        Assert.Equal(AllianceProvisions.Defense | AllianceProvisions.Consultation, germany.Provisions);
        Assert.True(Atop.GetTreaty("ATOP-1001").IsMember("AUH", D(1900, 1, 1)));
        Assert.True(Atop.GetTreaty("ATOP-1003").IsMember("SUN", D(1980, 1, 1)));
        Assert.True(Atop.GetTreaty("ATOP-1003-2").IsMember("RUS", D(2000, 1, 1)));
    }

    [Fact]
    public void Load_EntryDay_ExitMonthCountsWhole()
    {
        Treaty dual = Atop.GetTreaty("ATOP-1001");
        MembershipPeriod germany = dual.PeriodsOf("DEU").Single();

        Assert.False(dual.IsMember("DEU", D(1879, 10, 6)));
        Assert.True(dual.IsMember("DEU", D(1879, 10, 7)));
        Assert.Equal(DatePrecision.Day, germany.StartRecord.Precision);
        Assert.True(dual.IsMember("DEU", D(1918, 11, 30)));
        Assert.False(dual.IsMember("DEU", D(1918, 12, 1)));
        Assert.Equal(DatePrecision.Month, germany.EndRecord!.Precision);
        Assert.Equal(D(1918, 12, 1), dual.Terminated);
    }

    [Fact]
    public void Load_ExitYearZero_IsOngoing()
    {
        Treaty treaty = Atop.GetTreaty("ATOP-1002");

        Assert.Null(treaty.PeriodsOf("USA").Single().End);
        Assert.Null(treaty.Terminated);
        Assert.True(treaty.IsMember("CAN", D(2024, 1, 1)));
    }

    [Fact]
    public void Load_ParallelPhases_KeepTheSuccessorsApart()
    {
        Assert.False(Atop.GetTreaty("ATOP-1003-2").IsMember("SVK", D(2000, 1, 1)));
        Assert.False(Atop.GetTreaty("ATOP-1003-3").IsMember("CZE", D(2000, 1, 1)));
        Assert.True(Atop.GetTreaty("ATOP-1003").IsMember("CSK", D(1992, 12, 31)));
        Assert.False(Atop.GetTreaty("ATOP-1003").IsMember("CSK", D(1993, 1, 1)));
    }

    [Theory]
    [InlineData("1,255,1879,10,7,1918,11,0,1,1,0,0,0", null, "consul", "The header has no column 'consul'")]
    [InlineData("1001,0,1879,10,7,1918,11,0,1,1,0,0,0,1", 2, "member", "A member code is a positive whole number")]
    [InlineData("1001,81x2,1879,10,7,1918,11,0,1,1,0,0,0,1", 2, "member", "The value must be a whole number")]
    [InlineData("1001,255,1879,10,7,1918,11,0,-1,1,0,0,0,1", 2, "phase", "A phase is 0 (the alliance has no phases) or a positive whole number")]
    [InlineData("1001,255,1879,2,30,1918,11,0,1,1,0,0,0,1", 2, "dayent", "1879-02 has no day 30")]
    [InlineData("1001,255,1879,13,1,1918,11,0,1,1,0,0,0,1", 2, "moent", "A month is from 1 to 12")]
    [InlineData("1001,255,1919,1,1,1918,11,0,1,1,0,0,0,1", 2, "yrexit", "is not after the entry")]
    [InlineData("1001,255,18x9,1,1,1918,11,0,1,1,0,0,0,1", 2, "yrent", "The value must be a whole number")]
    [InlineData("1001,255,,1,1,1918,11,0,1,1,0,0,0,1", 2, "yrent", "A whole number is required here")]
    [InlineData("1001,255,1879,1,1,1918,11,0,1,-9,0,0,0,1", 2, "defense", "A provision is 0")]
    public void Load_BadRow_NamesTheLineAndTheColumn(string row, int? line, string column, string message)
    {
        string text = row.Split(',').Length == 13 ? "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg\n" + row : AtopFiles.Header + "\n" + row;

        var ex = Assert.Throws<TreatyDataException>(() => AtopDataset.Load(AtopFiles.Stream(text)));

        Assert.Equal(line ?? 1, ex.LineNumber);
        Assert.Equal(column, ex.Column);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverlappingRowsOfOneState_NamesTheSecondLine()
    {
        string text = AtopFiles.Header + "\n1001,255,1879,10,7,1918,11,0,1,1,0,0,0,1\n1001,255,1900,1,1,1910,1,1,1,1,0,0,0,1\n";

        var ex = Assert.Throws<TreatyDataException>(() => AtopDataset.Load(AtopFiles.Stream(text)));

        Assert.Equal(3, ex.LineNumber);
        Assert.Contains("overlaps", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFile_SaysSo() =>
        Assert.Contains("The file is empty", Assert.Throws<TreatyDataException>(() => AtopDataset.Load(AtopFiles.Stream(""))).Message, StringComparison.Ordinal);
}
