using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Treaties.Tests;

/// <summary>
/// ATOP's own convention for its derived files, written plainly and straight from the member-level CSV, without the
/// library: the oracle the panels under <c>PanelRules.Atop</c> are held to on the real files.
/// </summary>
/// <remarks>
/// A row covers its entry day through its exit day, both included (a missing entry day is the 1st, a missing exit day
/// the month's last day, an exit year of 0 the end of the file's last year). Two rows of one alliance phase ally their
/// members from the later entry to the earlier exit when the later entry is strictly before the earlier exit, every
/// year touched. Rows whose member code is above 999 are outside the COW state system and left out.
/// </remarks>
internal sealed class AtopReference
{
    private static readonly string[] Flags = ["defense", "offense", "neutral", "nonagg", "consul"];

    private AtopReference(List<Row> rows) => Rows = rows;

    internal List<Row> Rows { get; }

    internal static AtopReference Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        int Int(string[] cells, string name) =>
            int.TryParse(cells[Col(name)], NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : 0;
        var raw = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        int last = raw.Max(c => Math.Max(Int(c, "yrent"), Int(c, "yrexit")));
        var rows = new List<Row>();
        foreach (string[] c in raw)
        {
            int member = Int(c, "member");
            if (member > 999)
            {
                continue;
            }

            DateOnly entry = Day(Int(c, "yrent"), Int(c, "moent"), Int(c, "dayent"), exit: false, last);
            DateOnly exit = Day(Int(c, "yrexit"), Int(c, "moexit"), Int(c, "dayexit"), exit: true, last);
            int flags = 0;
            for (int f = 0; f < Flags.Length; f++)
            {
                flags |= Int(c, Flags[f]) > 0 ? 1 << f : 0;
            }

            rows.Add(new Row(Int(c, "atopid"), Int(c, "phase"), member, entry, exit, flags) { VariesByPair = Col("obvary") >= 0 && Int(c, "obvary") > 0 });
        }

        return new AtopReference(rows);
    }

    /// <summary>The directed dyad-years, each with the first state's own provisions (bit 0 defense ... bit 4 consul).</summary>
    internal Dictionary<(int A, int B, int Year), int> DirectedDyadYears() =>
        DirectedDyadYearsWithAlliances().ToDictionary(kv => kv.Key, kv => kv.Value.Flags);

    /// <summary>The directed dyad-years, each with the first state's own provisions and the alliances that tie the two.</summary>
    internal Dictionary<(int A, int B, int Year), (int Flags, SortedSet<int> Alliances)> DirectedDyadYearsWithAlliances()
    {
        var result = new Dictionary<(int, int, int), (int Flags, SortedSet<int> Alliances)>();
        foreach (var phase in Rows.GroupBy(r => (r.AtopId, r.Phase)))
        {
            Row[] rows = [.. phase];
            for (int i = 0; i < rows.Length; i++)
            {
                for (int j = 0; j < rows.Length; j++)
                {
                    Row a = rows[i], b = rows[j];
                    DateOnly from = a.Entry > b.Entry ? a.Entry : b.Entry;
                    DateOnly to = a.Exit < b.Exit ? a.Exit : b.Exit;
                    if (a.Member == b.Member || from >= to)
                    {
                        continue;
                    }

                    for (int year = from.Year; year <= to.Year; year++)
                    {
                        if (!result.TryGetValue((a.Member, b.Member, year), out var found))
                        {
                            found = (0, []);
                        }

                        found.Alliances.Add(a.AtopId);
                        result[(a.Member, b.Member, year)] = (found.Flags | a.Flags, found.Alliances);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The state-years, each with its provisions and the number of alliances.</summary>
    internal Dictionary<(int State, int Year), (int Flags, int Number)> StateYears()
    {
        var flags = new Dictionary<(int, int), int>();
        var alliances = new Dictionary<(int, int), HashSet<int>>();
        foreach (Row row in Rows)
        {
            for (int year = row.Entry.Year; year <= row.Exit.Year; year++)
            {
                flags[(row.Member, year)] = flags.GetValueOrDefault((row.Member, year)) | row.Flags;
                if (!alliances.TryGetValue((row.Member, year), out HashSet<int>? ids))
                {
                    alliances[(row.Member, year)] = ids = [];
                }

                ids.Add(row.AtopId);
            }
        }

        return flags.ToDictionary(kv => kv.Key, kv => (kv.Value, alliances[kv.Key].Count));
    }

    /// <summary>ATOP's own state-year file (<c>atop5_1sy.csv</c>): each state-year's flags and number of alliances.</summary>
    internal static Dictionary<(int State, int Year), (int Flags, int Number)> ReadStateYearFile(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        int Int(string[] cells, string name) => int.Parse(cells[Col(name)], CultureInfo.InvariantCulture);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToDictionary(
            c => (Int(c, "state"), Int(c, "year")),
            c => (Enumerable.Range(0, Flags.Length).Sum(f => Int(c, Flags[f]) > 0 ? 1 << f : 0), Int(c, "number")));
    }

    private static DateOnly Day(int year, int month, int day, bool exit, int last)
    {
        if (exit && year == 0)
        {
            return new DateOnly(last, 12, 31);
        }

        month = month <= 0 ? (exit ? 12 : 1) : month;
        day = day <= 0 ? (exit ? DateTime.DaysInMonth(year, month) : 1) : day;
        return new DateOnly(year, month, day);
    }

    /// <summary>Whether any row of an alliance says its obligations vary by pair (ATOP's <c>obvary</c>).</summary>
    internal bool VariesByPair(int atopId) => Rows.Any(r => r.AtopId == atopId && r.VariesByPair);

    internal sealed record Row(int AtopId, int Phase, int Member, DateOnly Entry, DateOnly Exit, int Flags)
    {
        internal bool VariesByPair { get; init; }
    }
}
