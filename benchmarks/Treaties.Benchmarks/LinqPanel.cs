using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Treaties.Datasets;
using Treaties.Datasets.Atop;

namespace Treaties.Benchmarks;

/// <summary>
/// The undirected ATOP panel by ATOP's own rules, as plain LINQ over the parsed rows, the way a user without the library
/// might write it: leave out codes above 999, split each alliance into treaties, pair the rows of each treaty from the
/// later entry to the earlier last day (both included, an ongoing row running to the file's last year) when the entry is
/// strictly before it, spread each over its years, then group by dyad and year and OR the provisions.
/// </summary>
public static class LinqPanel
{
    internal static IEnumerable<DyadYear> Rows(IReadOnlyList<AtopRow> rows, int lastYear, int fromYear, int toYear) => rows
        .Where(r => r.CowCode <= 999)
        .GroupBy(r => r.AtopId)
        .SelectMany(Treaties)
        .SelectMany(treaty =>
            from a in treaty
            from b in treaty
            where a.CowCode < b.CowCode
            let start = LocalDate.Max(a.Entry.Date, b.Entry.Date)
            let last = LocalDate.Min(Last(a, lastYear), Last(b, lastYear))
            where start < last
            from year in Enumerable.Range(start.Year, last.Year - start.Year + 1)
            where year >= fromYear && year <= toYear
            select (a.CowCode, B: b.CowCode, Year: year, Provisions: a.Provisions | b.Provisions))
        .GroupBy(x => (x.CowCode, x.B, x.Year))
        .Select(g => new DyadYear(g.Key.CowCode, g.Key.B, g.Key.Year, g.Aggregate(AllianceProvisions.None, (p, x) => p | x.Provisions), string.Empty))
        .OrderBy(r => r.Year).ThenBy(r => r.CowCode1).ThenBy(r => r.CowCode2);

    /// <summary>An alliance's treaties: each phase whose days overlap another phase's alone, the other phases together.</summary>
    private static IEnumerable<IGrouping<int, AtopRow>> Treaties(IGrouping<int, AtopRow> alliance)
    {
        var phases = alliance.GroupBy(r => r.Phase)
            .Select(g => (Phase: g.Key, Start: g.Min(r => r.Entry.Date), End: g.Max(End)))
            .ToList();
        return alliance.GroupBy(r => phases.Any(o => o.Phase != r.Phase && phases.Any(p => p.Phase == r.Phase && o.Start < p.End && p.Start < o.End)) ? r.Phase : 0);
    }

    private static LocalDate End(AtopRow row) => row.Exit?.Date ?? LocalDate.MaxIsoValue;

    /// <summary>The row's last day: its exit day, else the last day of the month or year before the recorded end, else the end of the file's last year.</summary>
    private static LocalDate Last(AtopRow row, int lastYear) => row.Exit switch
    {
        { Precision: DatePrecision.Day } exit => exit.Date,
        AtopDate exit => exit.Date.PlusDays(-1),
        null => new LocalDate(lastYear, 12, 31),
    };
}
