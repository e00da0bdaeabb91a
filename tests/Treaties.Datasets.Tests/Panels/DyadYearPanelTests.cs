using System;
using System.IO;
using System.Linq;
using System.Text;
using Treaties.Tests;
using Xunit;

namespace Treaties.Datasets.Tests.Panels;

/// <summary>Dyad-year panels: who is allied in a year, with which codes and provisions, written as CSV and Parquet.</summary>
public class DyadYearPanelTests
{
    private static readonly TreatyCatalog Atop = AtopDataset.Load(AtopFiles.Stream(AtopFiles.Small));

    private static string[] Lines(int from, int to, bool directed, params TreatyCatalog[] catalogs) =>
        [.. DyadYearPanel.Rows(from, to, directed, catalogs).Select(r => $"{r.CowCode1},{r.CowCode2},{r.Year},{(int)r.Provisions},{r.Treaties}")];

    [Fact]
    public void Atop_AlliedFromTheYearOfEntry_ThroughTheYearOfTheLastDay()
    {
        Assert.Empty(Lines(1878, 1878, false, Atop));
        Assert.Equal(["255,300,1879,17,ATOP-1001"], Lines(1879, 1879, false, Atop));
        Assert.Equal(["255,300,1918,17,ATOP-1001"], Lines(1918, 1918, false, Atop));
        Assert.Empty(Lines(1919, 1919, false, Atop));
    }

    [Fact]
    public void Atop_ProvisionIsSet_WhenEitherPeriodCarriesIt()
    {
        DyadYear row = DyadYearPanel.Rows(1900, 1900, false, Atop).Single();

        Assert.Equal(AllianceProvisions.Defense | AllianceProvisions.Consultation, row.Provisions);
    }

    [Fact]
    public void Atop_ParallelPhases_DoNotAllyTheSuccessors()
    {
        string[] rows = Lines(1993, 1993, false, Atop);

        Assert.Contains("316,365,1993,24,ATOP-1003-2", rows);
        Assert.Contains("317,365,1993,24,ATOP-1003-3", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith("316,317,", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.StartsWith("315,", StringComparison.Ordinal));
    }

    [Fact]
    public void Directed_GivesBothOrders_InOrder() =>
        Assert.Equal(["255,300,1900,17,ATOP-1001", "300,255,1900,17,ATOP-1001"], Lines(1900, 1900, true, Atop));

    [Fact]
    public void Curated_ACodeChangeInAYear_GivesARowForEachCode()
    {
        string[] rows = Lines(1990, 1990, false, TreatyCatalog.Default);

        Assert.Contains(rows, r => r.StartsWith("2,260,1990,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("2,255,1990,", StringComparison.Ordinal));
        Assert.DoesNotContain(Lines(1991, 1991, false, TreatyCatalog.Default), r => r.StartsWith("2,260,", StringComparison.Ordinal));
    }

    [Fact]
    public void Curated_ClausesGiveTheProvisions_AndTreatiesAreListed()
    {
        string usCanada = Lines(2000, 2000, false, TreatyCatalog.Default).Single(r => r.StartsWith("2,20,2000,", StringComparison.Ordinal));

        Assert.Equal($"2,20,2000,{(int)(AllianceProvisions.Defense | AllianceProvisions.Consultation)},NATO", usCanada);
    }

    [Fact]
    public void Curated_StateWithoutACowCode_IsLeftOut() =>
        Assert.DoesNotContain(DyadYearPanel.Rows(2000, 2000, false, TreatyCatalog.Default), r => r.CowCode1 == 0 || r.CowCode2 == 0);

    [Fact]
    public void Both_TogetherListEveryTreatyThatTiedThem()
    {
        string row = Lines(1950, 1950, false, TreatyCatalog.Default, Atop).Single(r => r.StartsWith("2,20,1950,", StringComparison.Ordinal));

        Assert.EndsWith(",ATOP-1002;NATO", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_BadYears_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DyadYearPanel.Rows(2000, 1999, false, Atop));
        Assert.Throws<ArgumentOutOfRangeException>(() => DyadYearPanel.Rows(0, 1999, false, Atop));
        Assert.Throws<ArgumentNullException>(() => DyadYearPanel.Rows(1900, 1901, false, (TreatyCatalog[])null!));
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => DyadYearPanel.Rows(1900, 1901, false, (PanelRules)null!, Atop)).ParamName);
    }

    [Fact]
    public void WriteCsv_AtopNames_OneLinePerRow()
    {
        var output = new MemoryStream();
        long count = PanelWriter.WriteCsv(DyadYearPanel.Rows(1900, 1901, false, Atop), output, PanelColumns.Atop);

        string[] lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, count);
        Assert.Equal("ccode1,ccode2,year,atop_alliance,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul", lines[0]);
        Assert.Equal("255,300,1900,1,1,0,0,0,1", lines[1]);
        Assert.Equal("255,300,1901,1,1,0,0,0,1", lines[2]);
    }

    [Fact]
    public void WriteCsv_EmptyPanel_StillHasItsHeader()
    {
        var output = new MemoryStream();

        Assert.Equal(0, PanelWriter.WriteCsv(DyadYearPanel.Rows(1800, 1801, false, Atop), output, PanelColumns.Curated));
        Assert.Equal("ccode1,ccode2,year,alliance,defense,offense,neutral,nonagg,consul,treaties\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async System.Threading.Tasks.Task WriteParquet_ReadsBackTheSameRows()
    {
        DyadYear[] rows = [.. DyadYearPanel.Rows(1949, 1960, false, TreatyCatalog.Default)];
        var output = new MemoryStream();

        long count = await PanelWriter.WriteParquetAsync(rows, output, PanelColumns.Curated);

        output.Position = 0;
        await using Parquet.ParquetReader reader = await Parquet.ParquetReader.CreateAsync(output);
        Assert.Equal(rows.Length, count);
        Assert.Equal(PanelWriter.ColumnNames(PanelColumns.Curated), reader.Schema.DataFields.Select(f => f.Name));
        using Parquet.ParquetRowGroupReader group = reader.OpenRowGroupReader(0);
        Assert.Equal(rows.Length, group.RowCount);
    }
}
