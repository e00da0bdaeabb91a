using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using Xunit;
using Xunit.Abstractions;

namespace Treaties.Datasets.Tests.Reliability;

/// <summary>
/// Dyad-year panels, directed and undirected, of random curated catalogs, random ATOP files and both together, equal the
/// slow panel oracle. Set TREATIES_LONG_RUN=1 for twenty times as many cases.
/// </summary>
public class PanelOracleTests(ITestOutputHelper output)
{
    internal static readonly long Cases = Environment.GetEnvironmentVariable("TREATIES_LONG_RUN") == "1" ? 20_000 : 1_000;

    [Fact]
    public void Panel_EqualsTheOracle_OnRandomCatalogsAndAtopFiles()
    {
        long rows = 0;
        long panels = 0;
        long[] seen = new long[4];
        RandomPanels.Specs.Sample(
            spec =>
            {
                MemberState[] states = RandomPanels.States(spec);
                TreatyCatalog curated = RandomPanels.Curated(spec, states);
                List<RandomPanels.AtopRowText> atopRows = RandomPanels.AtopRows(spec, states);
                TreatyCatalog atop = AtopDataset.Load(RandomPanels.Stream(RandomPanels.AtopFile(atopRows)), states);
                PanelOracle.Stay[] curatedStays = [.. PanelOracle.Stays(curated)];
                PanelOracle.Stay[] atopStays = [.. PanelOracle.Stays(atopRows, states)];
                Count(seen, curated, atop, atopRows);
                foreach (bool directed in new[] { false, true })
                {
                    Check("curated", curatedStays, directed, curated);
                    Check("ATOP", atopStays, directed, atop);
                    Interlocked.Add(ref rows, Check("both", [.. curatedStays, .. atopStays], directed, curated, atop));
                    Interlocked.Add(ref panels, 3);
                }
            },
            iter: Cases,
            print: Describe);

        output.WriteLine($"panel oracle: {panels} panels ({rows} rows of the combined ones) checked on {Cases} random cases");
        output.WriteLine($"cases with parallel phases: {seen[0]}, with consecutive phases in one treaty: {seen[1]}, with ATOP rows of month or year precision: {seen[2]}, with a curated dyad under two codes of a state in one year: {seen[3]}");
        Assert.All(seen, n => Assert.True(n > Cases / 20, $"a kind of case was seen only {n} times: {string.Join(", ", seen)}"));
    }

    /// <summary>Counts the kinds of case the generators are meant to reach, so that a change to them cannot quietly stop reaching one.</summary>
    private static void Count(long[] seen, TreatyCatalog curated, TreatyCatalog atop, List<RandomPanels.AtopRowText> atopRows)
    {
        string[] ids = [.. atop.Treaties.Select(t => t.Id)];
        bool[] kinds =
        [
            ids.Any(id => id.Count(c => c == '-') == 2),
            atopRows.GroupBy(r => r.AtopId).Any(a => a.Select(r => r.Phase).Distinct().Count(p => !ids.Contains($"ATOP-{a.Key}-{p}")) >= 2),
            atopRows.Any(r => r.Entry.Day == 0 || r.Exit is { Day: 0 }),
            DyadYearPanel.Rows(RandomPanels.FirstYear, RandomPanels.LastYear, false, curated)
                .GroupBy(r => r.Year).Any(y => y.Any(r => r.CowCode1 == 300 || r.CowCode2 == 300) && y.Any(r => r.CowCode1 == 301 || r.CowCode2 == 301)),
        ];
        for (int k = 0; k < kinds.Length; k++)
        {
            if (kinds[k])
            {
                Interlocked.Increment(ref seen[k]);
            }
        }
    }

    private static int Check(string what, PanelOracle.Stay[] stays, bool directed, params TreatyCatalog[] catalogs)
    {
        List<string> expected = PanelOracle.Rows(stays, RandomPanels.FirstYear, RandomPanels.LastYear, directed);
        string[] actual = [.. DyadYearPanel.Rows(RandomPanels.FirstYear, RandomPanels.LastYear, directed, catalogs)
            .Select(r => $"{r.CowCode1},{r.CowCode2},{r.Year},{(int)r.Provisions},{r.Treaties}")];
        if (!expected.SequenceEqual(actual))
        {
            Assert.Fail(
                $"{what}, {(directed ? "directed" : "undirected")}:\nonly the oracle: {string.Join(" | ", expected.Except(actual))}\n"
                + $"only the panel: {string.Join(" | ", actual.Except(expected))}\nthe same rows in another order: {expected.Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal))}");
        }

        return actual.Length;
    }

    private static string Describe(PanelSpec spec)
    {
        MemberState[] states = RandomPanels.States(spec);
        return "states: " + string.Join("; ", states.Select(s => $"{s.Code} [{string.Join(", ", s.CowCodes)}]"))
            + "\ncurated:\n" + RandomPanels.Curated(spec, states).ToJson()
            + "\nATOP file:\n" + RandomPanels.AtopFile(RandomPanels.AtopRows(spec, states));
    }
}
