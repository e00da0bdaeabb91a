using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using Treaties.Tests;
using Xunit;

namespace Treaties.Datasets.Tests.Atop;

/// <summary>
/// The real ATOP files, opt-in through <c>TREATIES_ATOP_DIR</c>: they load, and under <see cref="PanelRules.Atop"/> the
/// panels have exactly ATOP's own dyad-years and state-years. docs/datasets.md records what these tests found.
/// </summary>
public class AtopRealFileTests
{
    private const string Atop51 = "atop5_1m.csv";
    private const string Atop401 = "atop-member-level.csv";
    private const string StateYears51 = "atop5_1sy.csv";

    /// <summary>
    /// The state-years where ATOP's <c>atop5_1sy.csv</c> disagrees with its own member rows on a provision: the member
    /// rows of alliance 1362 in 1888, 1155 in 1857 and 1415 in 1905 carry provisions the state-year file does not.
    /// </summary>
    private static readonly HashSet<(int State, int Year)> StateYearFileDisagrees = [(90, 1888), (91, 1888), (92, 1888), (94, 1888), (140, 1857), (740, 1905)];

    [AtopFileFact(Atop51)]
    public void Load_Atop51_LeavesOutOnlyThePartyOutsideTheStateSystem()
    {
        AtopLoadReport read = AtopFileFactAttribute.Load(Atop51);

        Assert.Equal(2510, read.RowsRead);
        AtopRowLeftOut row = Assert.Single(read.RowsLeftOut);
        Assert.Equal((203L, 1320, 8152), (row.Line, row.AtopId, row.MemberCode));
        Assert.Equal(2018, read.LastYear);
        Assert.Equal(new LocalDate(2018, 12, 31), read.Catalog.AsOf);
        Assert.Equal(789, read.Catalog.Treaties.Select(t => t.Id.Split('-')[1]).Distinct().Count());
        Assert.True(read.Catalog.GetTreaty("ATOP-3180").IsMember("USA", new LocalDate(1960, 1, 1)));
    }

    [AtopFileFact(Atop401)]
    public void Load_Atop401_Loads()
    {
        AtopLoadReport read = AtopFileFactAttribute.Load(Atop401);

        Assert.Equal(2398, read.RowsRead);
        Assert.Equal([8152], read.RowsLeftOut.Select(r => r.MemberCode));
        Assert.Equal(2016, read.LastYear);
    }

    [AtopFileFact(Atop51)]
    public void DyadYears_Atop51UnderAtopRules_AreAtopsOwn()
    {
        TreatyCatalog atop = AtopFileFactAttribute.Load(Atop51).Catalog;
        Dictionary<(int A, int B, int Year), int> expected = AtopReference.Read(AtopFileFactAttribute.PathOf(Atop51)).DirectedDyadYears();

        DyadYear[] directed = [.. DyadYearPanel.Rows(1815, 2018, directed: true, PanelRules.Atop, atop)];
        int undirected = DyadYearPanel.Rows(1815, 2018, directed: false, PanelRules.Atop, atop).Count();

        Assert.Equal(273_296, expected.Count);
        Assert.Equal(273_296, directed.Length);
        Assert.Equal(136_648, undirected);
        Assert.All(directed, row => Assert.Equal(expected[(row.CowCode1, row.CowCode2, row.Year)], (int)row.Provisions));
    }

    [AtopFileFact(Atop51, StateYears51)]
    public void StateYears_Atop51UnderAtopRules_AreAtopsStateYearFile()
    {
        TreatyCatalog atop = AtopFileFactAttribute.Load(Atop51).Catalog;
        Dictionary<(int, int), (int Flags, int Number)> file = AtopReference.ReadStateYearFile(AtopFileFactAttribute.PathOf(StateYears51));
        Dictionary<(int, int), (int Flags, int Number)> reference = AtopReference.Read(AtopFileFactAttribute.PathOf(Atop51)).StateYears();

        StateYear[] rows = [.. StateYearPanel.Rows(1815, 2018, PanelRules.Atop, atop)];

        Assert.Equal(11_923, file.Count);
        Assert.Equal(file.Keys.Order(), rows.Select(r => (r.CowCode, r.Year)).Order());
        Assert.All(rows, r => Assert.Equal(file[(r.CowCode, r.Year)].Number, r.Alliances));
        Assert.All(rows, r => Assert.Equal(reference[(r.CowCode, r.Year)].Flags, (int)r.Provisions));
        Assert.Equal(StateYearFileDisagrees, rows.Where(r => file[(r.CowCode, r.Year)].Flags != (int)r.Provisions).Select(r => (r.CowCode, r.Year)).ToHashSet());
    }

    [AtopFileFact(Atop51, Atop401)]
    public void Panels_BothFilesUnderBothRules_AreWritten()
    {
        foreach (string file in (string[])[Atop51, Atop401])
        {
            AtopLoadReport read = AtopFileFactAttribute.Load(file);
            foreach (PanelRules rules in PanelRules.All)
            {
                using var csv = new MemoryStream();
                long dyads = PanelWriter.WriteCsv(DyadYearPanel.Rows(1815, read.LastYear, false, rules, read.Catalog), csv, PanelColumns.Atop);
                long states = PanelWriter.WriteCsv(StateYearPanel.Rows(1815, read.LastYear, rules, read.Catalog), csv, PanelColumns.Atop);

                Assert.True(dyads > 100_000, $"{file} {rules}: {dyads} dyad-years");
                Assert.True(states > 10_000, $"{file} {rules}: {states} state-years");
            }
        }
    }
}
