using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties.Datasets.Tests.Reliability;

/// <summary>
/// A slow, plain dyad-year panel, written from the rules in the documentation of <c>DyadYearPanel</c> and
/// <c>AtopDataset</c> alone. It walks every day of every year; it reads curated treaties from the public model and ATOP
/// rows from the file's own columns, so that it checks the reading of the file as well as the panel.
/// </summary>
internal static class PanelOracle
{
    /// <summary>A state's stay in one treaty: its days, and what the panel needs to know of it.</summary>
    /// <param name="Treaty">The treaty's id.</param>
    /// <param name="State">The state's code, to leave out pairs of a state with itself.</param>
    /// <param name="Start">The first day.</param>
    /// <param name="End">The first day after, or null.</param>
    /// <param name="OwnCode">The COW code of the stay's own record, or null.</param>
    /// <param name="OwnProvisions">The provisions of the stay's own record.</param>
    /// <param name="Codes">The state's COW codes, for a stay without its own.</param>
    /// <param name="Source">The curated treaty, whose clauses give provisions to a stay that has neither its own provisions nor its own code.</param>
    internal sealed record Stay(string Treaty, string State, LocalDate Start, LocalDate? End, int? OwnCode, AllianceProvisions OwnProvisions, IReadOnlyList<CowCode> Codes, Treaty? Source);

    /// <summary>An ATOP entry: a missing day is the 1st of its month, a missing month the 1st of January.</summary>
    internal static LocalDate EntryDay(Ymd day) =>
        day.Month == 0 ? new LocalDate(day.Year, 1, 1)
        : day.Day == 0 ? new LocalDate(day.Year, day.Month, 1)
        : new LocalDate(day.Year, day.Month, day.Day);

    /// <summary>An ATOP exit, the first day no longer a member: a missing day is the 1st of the next month, a missing month the 1st of the next year; year 0 is ongoing.</summary>
    internal static LocalDate? ExitDay(Ymd day) =>
        day.Year == 0 ? null
        : day.Month == 0 ? new LocalDate(day.Year + 1, 1, 1)
        : day.Day == 0 ? new LocalDate(day.Year, day.Month, 1).PlusMonths(1)
        : new LocalDate(day.Year, day.Month, day.Day);

    /// <summary>Every stay of every treaty of a catalog, as the public model gives them.</summary>
    internal static IEnumerable<Stay> Stays(TreatyCatalog catalog) =>
        catalog.Treaties.SelectMany(t => t.Memberships.Select(p => new Stay(t.Id, p.State.Code, p.Start, p.End, p.CowCode, p.Provisions, p.State.CowCodes, t)));

    /// <summary>
    /// The stays an ATOP file makes: one a row. A phase whose days (first entry to last exit) share a day with another
    /// phase of its alliance is its own treaty, ATOP-id-phase; the other phases of the alliance are ATOP-id together.
    /// </summary>
    internal static IEnumerable<Stay> Stays(IEnumerable<RandomPanels.AtopRowText> rows, MemberState[] states)
    {
        foreach (IGrouping<int, RandomPanels.AtopRowText> alliance in rows.GroupBy(r => r.AtopId))
        {
            var phaseDays = alliance.GroupBy(r => r.Phase).ToDictionary(
                g => g.Key,
                g => (First: g.Min(r => EntryDay(r.Entry)), End: g.Any(r => r.Exit is null) ? (LocalDate?)null : g.Max(r => ExitDay(r.Exit!.Value))));
            foreach (RandomPanels.AtopRowText row in alliance)
            {
                var (first, end) = phaseDays[row.Phase];
                bool alone = phaseDays.Any(other => other.Key != row.Phase && ShareADay(first, end, other.Value.First, other.Value.End));
                string id = alone ? $"ATOP-{row.AtopId}-{row.Phase}" : $"ATOP-{row.AtopId}";
                AllianceProvisions provisions = AllianceProvisions.None;
                AllianceProvisions[] columns = [AllianceProvisions.Defense, AllianceProvisions.Offense, AllianceProvisions.Neutrality, AllianceProvisions.NonAggression, AllianceProvisions.Consultation];
                for (int c = 0; c < columns.Length; c++)
                {
                    if (row.Provisions[c] > 0)
                    {
                        provisions |= columns[c];
                    }
                }

                yield return new Stay(id, states[row.State].Code, EntryDay(row.Entry), row.Exit is Ymd exit ? ExitDay(exit) : null, row.Code, provisions, [], null);
            }
        }
    }

    /// <summary>The panel's rows as text, <c>ccode1,ccode2,year,provisions,treaties</c>, in order of year, ccode1 and ccode2.</summary>
    internal static List<string> Rows(IEnumerable<Stay> all, int fromYear, int toYear, bool directed)
    {
        Stay[] stays = [.. all];
        var dyads = new Dictionary<(int Year, int Low, int High), (AllianceProvisions Provisions, SortedSet<string> Treaties)>();
        for (int year = fromYear; year <= toYear; year++)
        {
            LocalDate[] days = [.. Enumerable.Range(0, CalendarSystem.Iso.GetDaysInYear(year)).Select(d => new LocalDate(year, 1, 1).PlusDays(d))];
            foreach (Stay a in stays)
            {
                foreach (Stay b in stays)
                {
                    if (a.Treaty != b.Treaty || a.State == b.State || !Touches(a, year) || !Touches(b, year))
                    {
                        continue;
                    }

                    LocalDate[] common = [.. days.Where(d => Covers(a, d) && Covers(b, d))];
                    if (common.Length == 0)
                    {
                        continue;
                    }

                    AllianceProvisions provisions = ProvisionsOf(a, common) | ProvisionsOf(b, common);
                    foreach (int codeA in CodesOf(a, common))
                    {
                        foreach (int codeB in CodesOf(b, common).Where(c => c != codeA))
                        {
                            var key = (year, Math.Min(codeA, codeB), Math.Max(codeA, codeB));
                            if (!dyads.TryGetValue(key, out var found))
                            {
                                found = (AllianceProvisions.None, new SortedSet<string>(StringComparer.Ordinal));
                            }

                            found.Treaties.Add(a.Treaty);
                            dyads[key] = (found.Provisions | provisions, found.Treaties);
                        }
                    }
                }
            }
        }

        var rows = new List<(int Year, int First, int Second, string Text)>();
        foreach (((int year, int low, int high), (AllianceProvisions provisions, SortedSet<string> treaties)) in dyads)
        {
            rows.Add((year, low, high, $"{low},{high},{year},{(int)provisions},{string.Join(';', treaties)}"));
            if (directed)
            {
                rows.Add((year, high, low, $"{high},{low},{year},{(int)provisions},{string.Join(';', treaties)}"));
            }
        }

        return [.. rows.OrderBy(r => r.Year).ThenBy(r => r.First).ThenBy(r => r.Second).Select(r => r.Text)];
    }

    private static bool Covers(Stay stay, LocalDate day) => stay.Start <= day && (stay.End is null || day < stay.End.Value);

    private static bool Touches(Stay stay, int year) => stay.Start.Year <= year && (stay.End is null || stay.End.Value > new LocalDate(year, 1, 1));

    private static bool ShareADay(LocalDate firstA, LocalDate? endA, LocalDate firstB, LocalDate? endB) =>
        (endB is null || firstA < endB) && (endA is null || firstB < endA);

    /// <summary>The stay's own code; or every code the state held on one of the common days.</summary>
    private static IEnumerable<int> CodesOf(Stay stay, LocalDate[] common) =>
        stay.OwnCode is int own
            ? [own]
            : stay.Codes.Where(c => common.Any(d => (c.Start is null || c.Start <= d) && (c.End is null || d < c.End))).Select(c => c.Code).Distinct();

    /// <summary>
    /// The stay's own provisions, where it has them or its own code (a source row's provisions are its own, even none);
    /// else defense where a mutual defence clause was in force on a common day, and consul where a consultation clause was.
    /// </summary>
    private static AllianceProvisions ProvisionsOf(Stay stay, LocalDate[] common)
    {
        if (stay.OwnProvisions != AllianceProvisions.None || stay.OwnCode is not null || stay.Source is not Treaty treaty)
        {
            return stay.OwnProvisions;
        }

        bool InForce(LocalDate d) => treaty.EnteredIntoForce <= d && (treaty.Terminated is null || d < treaty.Terminated);
        AllianceProvisions provisions = AllianceProvisions.None;
        if (common.Any(d => InForce(d) && treaty.MutualDefenceClauses.Any(c => c.InForceFrom is null || c.InForceFrom <= d)))
        {
            provisions |= AllianceProvisions.Defense;
        }

        if (common.Any(d => InForce(d) && treaty.ConsultationClauses.Any(c => c.InForceFrom is null || c.InForceFrom <= d)))
        {
            provisions |= AllianceProvisions.Consultation;
        }

        return provisions;
    }
}
