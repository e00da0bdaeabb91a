using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Treaties.Datasets;
using Treaties.Datasets.Atop;

namespace Treaties.Benchmarks;

/// <summary>
/// The undirected ATOP panel as plain LINQ over the parsed rows, the way a user without the library might write it:
/// split each alliance into treaties, pair the rows of each treaty, spread each common range over its years, then
/// group by dyad and year and OR the provisions.
/// </summary>
public static class LinqPanel
{
    internal static IEnumerable<DyadYear> Rows(IReadOnlyList<AtopRow> rows, int fromYear, int toYear) => rows
        .GroupBy(r => r.AtopId)
        .SelectMany(Treaties)
        .SelectMany(treaty =>
            from a in treaty
            from b in treaty
            where a.CowCode < b.CowCode
            let start = LocalDate.Max(a.Entry.Date, b.Entry.Date)
            let end = LocalDate.Min(End(a), End(b))
            where start < end
            from year in Enumerable.Range(start.Year, end.PlusDays(-1).Year - start.Year + 1)
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
}
