using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Treaties.Tests;
using Xunit;

namespace Treaties.Datasets.Tests.Panels;

/// <summary>State-year panels: which states are in an alliance in a year, with their own provisions and how many alliances, written as CSV and Parquet.</summary>
public class StateYearPanelTests
{
    [Fact]
    public void Curated_FinlandJoinsNato_SecondAllianceIn2023()
    {
        StateYear before = StateYearPanel.Rows(2022, 2022, PanelRules.Days, TreatyCatalog.Default).Single(r => r.CowCode == 375);
        StateYear after = StateYearPanel.Rows(2023, 2023, PanelRules.Days, TreatyCatalog.Default).Single(r => r.CowCode == 375);

        Assert.Equal(("EU", 1), (before.Treaties, before.Alliances));
        Assert.Equal(("EU;NATO", 2), (after.Treaties, after.Alliances));
        Assert.Equal(AllianceProvisions.Defense | AllianceProvisions.Consultation, after.Provisions);
    }

    [Fact]
    public void Rows_ComeInOrderOfYearThenCode_EachOnce()
    {
        StateYear[] rows = [.. StateYearPanel.Rows(1988, 1992, PanelRules.Days, TreatyCatalog.Default)];

        Assert.Equal(rows.OrderBy(r => r.Year).ThenBy(r => r.CowCode), rows);
        Assert.Equal(rows.Length, rows.Select(r => (r.Year, r.CowCode)).Distinct().Count());
    }

    [Fact]
    public void WriteCsv_CuratedNames_NumberAndTreaties()
    {
        var output = new MemoryStream();

        long count = PanelWriter.WriteCsv(StateYearPanel.Rows(2023, 2023, PanelRules.Days, TreatyCatalog.Default), output, PanelColumns.Curated);

        string[] lines = Encoding.UTF8.GetString(output.ToArray()).TrimEnd('\n').Split('\n');
        Assert.Equal("ccode,year,alliance,defense,offense,neutral,nonagg,consul,number,treaties", lines[0]);
        Assert.Equal(count + 1, lines.Length);
        Assert.Equal("375,2023,1,1,0,0,0,1,2,EU;NATO", lines.Single(l => l.StartsWith("375,", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WriteParquet_AtopNames_ReadsBackTheSameRows()
    {
        TreatyCatalog atop = AtopDataset.Load(AtopFiles.Stream(AtopFiles.Quirks));
        StateYear[] rows = [.. StateYearPanel.Rows(1900, 1995, PanelRules.Atop, atop)];
        var output = new MemoryStream();

        long count = await PanelWriter.WriteParquetAsync(rows, output, PanelColumns.Atop);

        output.Position = 0;
        await using Parquet.ParquetReader reader = await Parquet.ParquetReader.CreateAsync(output);
        Assert.Equal(rows.Length, count);
        Assert.Equal(PanelWriter.StateYearColumnNames(PanelColumns.Atop), reader.Schema.DataFields.Select(f => f.Name));
        using Parquet.ParquetRowGroupReader group = reader.OpenRowGroupReader(0);
        int[] codes = new int[rows.Length];
        int[] numbers = new int[rows.Length];
        await group.ReadAsync<int>(reader.Schema.DataFields[0], codes, null, default);
        await group.ReadAsync<int>(reader.Schema.DataFields[8], numbers, null, default);
        Assert.Equal(rows.Select(r => r.CowCode), codes);
        Assert.Equal(rows.Select(r => r.Alliances), numbers);
    }

    [Fact]
    public void Rows_BadArguments_Throw()
    {
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => StateYearPanel.Rows(1900, 1901, null!, TreatyCatalog.Default)).ParamName);
        Assert.Throws<ArgumentNullException>(() => StateYearPanel.Rows(1900, 1901, PanelRules.Days, (TreatyCatalog[])null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => StateYearPanel.Rows(1901, 1900, PanelRules.Days, TreatyCatalog.Default));
    }

    [Fact]
    public void PanelRules_FromName_IgnoresCase_AndNamesTheRulesWhenUnknown()
    {
        Assert.Same(PanelRules.Atop, PanelRules.FromName("ATOP"));
        Assert.Same(PanelRules.Days, PanelRules.FromName(" days "));
        ArgumentException e = Assert.Throws<ArgumentException>(() => PanelRules.FromName("weeks"));
        Assert.Equal("name", e.ParamName);
        Assert.Contains("the rules are 'atop' and 'days'", e.Message, StringComparison.Ordinal);
        Assert.Equal(["atop", "days"], PanelRules.All.Select(r => r.ToString()));
    }
}
