using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Treaties;
using Treaties.Datasets;
using Treaties.Tests;
using Xunit;

namespace TreatyQuery.Tests;

/// <summary>
/// docs/atop-comparison.md, made from ATOP 5.1's real files (opt-in through <c>TREATIES_ATOP_DIR</c>): the query tool's
/// <c>compare-atop</c> report, then where ATOP's own derived files differ from the panels built from its member rows. The
/// test fails when the document and the files part; run it with <c>TREATIES_WRITE_DOCS=1</c> to write the document.
/// </summary>
public class AtopComparisonDocumentTests
{
    private const string Members = "atop5_1m.csv";
    private const string StateYears = "atop5_1sy.csv";
    private const string DirectedDyadYears = "atop_alliance.rda";
    private static readonly string[] FlagNames = ["defense", "offense", "neutral", "nonagg", "consul"];

    [AtopFileFact(Members, StateYears, DirectedDyadYears)]
    public void AtopComparisonDocument_IsMadeFromTheRealFiles()
    {
        using var report = new StringWriter();
        int code = QueryTool.Run(["compare-atop", AtopFileFactAttribute.PathOf(Members)], report, TextWriter.Null);
        Assert.Equal(0, code);

        var text = new StringBuilder(report.ToString());
        TreatyCatalog atop = AtopFileFactAttribute.Load(Members).Catalog;

        AtopReference reference = AtopReference.Read(AtopFileFactAttribute.PathOf(Members));
        text.Append('\n').Append(DerivedFiles(atop, reference));
        string made = text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);

        string path = Path.Combine(Repository.Root, "docs", "atop-comparison.md");
        if (Environment.GetEnvironmentVariable("TREATIES_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, made);
        }

        Assert.Equal(made, File.ReadAllText(path));
    }

    private static string DerivedFiles(TreatyCatalog atop, AtopReference reference)
    {
        var text = new StringBuilder();
        text.AppendLine("## ATOP's own derived files against its member rows");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Made by the opt-in test `AtopComparisonDocumentTests` from `{Members}`, `{StateYears}` and `{DirectedDyadYears}` (ATOP 5.1's directed dyad-year file `atop5_1ddyr`, as the R package peacesciencer ships it). The panels are built under `--rules atop`. Flags are written as the initials of defense, offense, neutral, nonagg and consul, `-` for none.");
        text.AppendLine();
        StateYearSection(text, atop, reference);
        DyadYearSection(text, atop, reference);
        return text.ToString();
    }

    private static void StateYearSection(StringBuilder text, TreatyCatalog atop, AtopReference reference)
    {
        Dictionary<(int, int), (int Flags, int Number)> file = AtopReference.ReadStateYearFile(AtopFileFactAttribute.PathOf(StateYears));
        StateYear[] rows = [.. StateYearPanel.Rows(1815, 2018, PanelRules.Atop, atop)];
        StateYear[] differ = [.. rows.Where(r => file[(r.CowCode, r.Year)].Flags != (int)r.Provisions)];
        Assert.Equal(file.Count, rows.Length);
        Assert.All(rows, r => Assert.Equal(file[(r.CowCode, r.Year)].Number, r.Alliances));

        text.AppendLine(CultureInfo.InvariantCulture, $"### State-years (`{StateYears}`)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"The state-year panel has the file's {file.Count:N0} state-years, and its `number` of alliances in every row. In {differ.Length} rows the file's flags differ from its own member rows; the panel follows the member rows.");
        text.AppendLine();
        text.AppendLine("| state | year | the file | the member rows | alliances |");
        text.AppendLine("| ---: | ---: | --- | --- | --- |");
        foreach (StateYear row in differ)
        {
            IEnumerable<int> alliances = reference.Rows.Where(r => r.Member == row.CowCode && r.Entry.Year <= row.Year && row.Year <= r.Exit.Year).Select(r => r.AtopId).Distinct().Order();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.CowCode} | {row.Year} | {Flags(file[(row.CowCode, row.Year)].Flags)} | {Flags((int)row.Provisions)} | {string.Join(", ", alliances)} |");
        }

        text.AppendLine();
    }

    private static void DyadYearSection(StringBuilder text, TreatyCatalog atop, AtopReference reference)
    {
        RDataFrame frame;
        using (FileStream rda = File.OpenRead(AtopFileFactAttribute.PathOf(DirectedDyadYears)))
        {
            frame = RData.ReadDataFrame(rda);
        }

        int[] a = frame.Integers("ccode1"), b = frame.Integers("ccode2"), year = frame.Integers("year");
        int[][] flags = [.. FlagNames.Select(f => frame.Integers("atop_" + f))];
        var theirs = new Dictionary<(int, int, int), int>();
        for (int i = 0; i < frame.RowCount; i++)
        {
            theirs.Add((a[i], b[i], year[i]), Enumerable.Range(0, 5).Sum(f => flags[f][i] != 0 ? 1 << f : 0));
        }

        Dictionary<(int A, int B, int Year), int> ours = DyadYearPanel.Rows(1815, 2018, directed: true, PanelRules.Atop, atop)
            .ToDictionary(r => (r.CowCode1, r.CowCode2, r.Year), r => (int)r.Provisions);
        var plain = reference.DirectedDyadYearsWithAlliances();
        Assert.Equal(plain.Keys.Order(), ours.Keys.Order());
        Assert.All(theirs.Keys, k => Assert.True(ours.ContainsKey(k), $"{k} is in ATOP's file and not in the panel"));

        (int A, int B, int Year)[] onlyOurs = [.. ours.Keys.Where(k => !theirs.ContainsKey(k)).Order()];
        (int A, int B, int Year)[] flagsDiffer = [.. ours.Keys.Where(k => theirs.TryGetValue(k, out int f) && f != ours[k]).Order()];
        text.AppendLine(CultureInfo.InvariantCulture, $"### Directed dyad-years (`{DirectedDyadYears}`)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"peacesciencer's copy holds {theirs.Count:N0} rows. The script that made it (`data-raw/atop_alliance.R`) records 273,296 rows for `atop5_1ddyr`, the count of the directed panel and of a plain reading of ATOP's rules written in the test itself, row for row. Every row of the copy is in the panel. The panel's other {onlyOurs.Length:N0} rows are these dyads, in both orders; why the copy lacks them is not known:");
        text.AppendLine();
        text.AppendLine("| dyad | years | alliances that tie them |");
        text.AppendLine("| --- | --- | --- |");
        foreach (var group in Spans(onlyOurs.Where(k => k.A < k.B), k => (k.A, k.B, 0, 0)))
        {
            var alliances = group.Keys.SelectMany(k => plain[k].Alliances).Distinct().Order();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key.Item1}–{group.Key.Item2} | {group.Years} | {string.Join(", ", alliances)} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"In {flagsDiffer.Length} directed rows the first state's flags differ. ATOP's `obvary` marks an alliance whose obligations vary by pair, where a state's own row cannot say what it owes each partner:");
        text.AppendLine();
        text.AppendLine("| first state | second state | years | the panel | ATOP's file | alliances | obligations vary by pair |");
        text.AppendLine("| ---: | ---: | --- | --- | --- | --- | --- |");
        foreach (var group in Spans(flagsDiffer, k => (k.A, k.B, ours[k], theirs[k])))
        {
            int[] alliances = [.. group.Keys.SelectMany(k => plain[k].Alliances).Distinct().Order()];
            string varies = alliances.Any(reference.VariesByPair) ? "yes" : "no";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key.Item1} | {group.Key.Item2} | {group.Years} | {Flags(group.Key.Item3)} | {Flags(group.Key.Item4)} | {string.Join(", ", alliances)} | {varies} |");
        }

        text.AppendLine();
    }

    /// <summary>Groups dyad-years by a key and runs of consecutive years, as <c>1992–2018</c>.</summary>
    private static IEnumerable<((int, int, int, int) Key, string Years, List<(int A, int B, int Year)> Keys)> Spans(
        IEnumerable<(int A, int B, int Year)> rows, Func<(int A, int B, int Year), (int, int, int, int)> keyOf) =>
        Runs(rows, keyOf).OrderBy(s => (s.Keys[0].A, s.Keys[0].B, s.Keys[0].Year));

    private static IEnumerable<((int, int, int, int) Key, string Years, List<(int A, int B, int Year)> Keys)> Runs(
        IEnumerable<(int A, int B, int Year)> rows, Func<(int A, int B, int Year), (int, int, int, int)> keyOf)
    {
        foreach (var group in rows.GroupBy(keyOf))
        {
            var run = new List<(int A, int B, int Year)>();
            foreach (var row in group.OrderBy(r => r.Year))
            {
                if (run.Count > 0 && row.Year != run[^1].Year + 1)
                {
                    yield return (group.Key, Years(run), run);
                    run = [];
                }

                run.Add(row);
            }

            yield return (group.Key, Years(run), run);
        }

        static string Years(List<(int A, int B, int Year)> run) =>
            run.Count == 1 ? run[0].Year.ToString(CultureInfo.InvariantCulture) : $"{run[0].Year}–{run[^1].Year}";
    }

    private static string Flags(int flags)
    {
        string letters = string.Concat(Enumerable.Range(0, 5).Where(f => (flags & (1 << f)) != 0).Select(f => "DONAC"[f]));
        return letters.Length == 0 ? "-" : letters;
    }
}
