using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties.Datasets;

/// <summary>
/// Dyad-year alliance panels from any catalog: the curated one, one read by <see cref="AtopDataset"/>, or both together.
/// </summary>
/// <remarks>
/// <para>The rules:</para>
/// <list type="bullet">
/// <item>Two states are allied in year Y when, in one treaty (for ATOP, one phase), a period of each covers at least one
/// common day of Y.</item>
/// <item>A provision is set when either state's period carries it (peacesciencer's rule for undirected dyads). A period
/// read from a source row (one with its own <see cref="MembershipPeriod.CowCode"/>) has exactly the row's provisions, even
/// none. A period with neither provisions nor a COW code of its own (the curated catalog's) takes them from the treaty's
/// clauses in force on one of the days the two periods share that year: a mutual defence clause counts as defense and a
/// consultation clause as consul.</item>
/// <item>A period read from ATOP keeps the COW code of its row, and the panel writes that code. For a curated period, the
/// panel writes the state's COW code in force on the days the two periods share that year; a year with a change gives a
/// row for each code the state held on one of those days, paired with each code of the other state. A state with
/// no COW code (the Holy See, Palestine) is left out.</item>
/// <item>Undirected panels have <c>ccode1 &lt; ccode2</c>; directed panels have both orders. Rows come in order of year,
/// then <c>ccode1</c>, then <c>ccode2</c>.</item>
/// </list>
/// <para>
/// Only allied dyad-years have rows: join the panel onto a full dyad-year frame and read a missing row as 0. Rows are
/// made a year at a time, so a panel of two centuries is never held whole.
/// </para>
/// </remarks>
public static class DyadYearPanel
{
    /// <summary>Returns the panel's rows, a year at a time.</summary>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year, included.</param>
    /// <param name="directed">Whether to give each dyad in both orders.</param>
    /// <param name="catalogs">The catalogs whose treaties ally states: one, or several together.</param>
    /// <returns>The rows, in order of year, <c>ccode1</c> and <c>ccode2</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogs"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1 to 9998, or <paramref name="toYear"/> is before <paramref name="fromYear"/>.</exception>
    /// <example>
    /// <code>
    /// foreach (DyadYear row in DyadYearPanel.Rows(1949, 2026, directed: false, TreatyCatalog.Default))
    ///     Console.WriteLine($"{row.CowCode1},{row.CowCode2},{row.Year},{row.Treaties}");
    /// </code>
    /// </example>
    public static IEnumerable<DyadYear> Rows(int fromYear, int toYear, bool directed, params TreatyCatalog[] catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        ArgumentOutOfRangeException.ThrowIfLessThan(fromYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(toYear, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(toYear, fromYear);
        foreach (TreatyCatalog catalog in catalogs)
        {
            ArgumentNullException.ThrowIfNull(catalog, nameof(catalogs));
        }

        PanelTreaty[] treaties = [.. catalogs.SelectMany(c => c.Treaties).Select(t => new PanelTreaty(t))];
        return Build(treaties, fromYear, toYear, directed);
    }

    private static IEnumerable<DyadYear> Build(PanelTreaty[] treaties, int fromYear, int toYear, bool directed)
    {
        var dyads = new Dictionary<(int, int), (AllianceProvisions Provisions, SortedSet<string> Treaties)>();
        var keys = new List<(int, int)>();
        for (int year = fromYear; year <= toYear; year++)
        {
            dyads.Clear();
            var yearDays = new DateRange(new LocalDate(year, 1, 1), new LocalDate(year + 1, 1, 1));
            foreach (PanelTreaty treaty in treaties)
            {
                if (year < treaty.FirstYear || year > treaty.LastYear)
                {
                    continue;
                }

                treaty.AddDyads(yearDays, dyads);
            }

            keys.Clear();
            foreach ((int a, int b) in dyads.Keys)
            {
                keys.Add((a, b));
                if (directed)
                {
                    keys.Add((b, a));
                }
            }

            keys.Sort();
            foreach ((int a, int b) in keys)
            {
                (AllianceProvisions provisions, SortedSet<string> ids) = dyads[a < b ? (a, b) : (b, a)];
                yield return new DyadYear(a, b, year, provisions, string.Join(';', ids));
            }
        }
    }

    /// <summary>One treaty's periods, ready for the panel: the years it spans, and each period's days, codes and provisions.</summary>
    private sealed class PanelTreaty
    {
        private readonly Treaty _treaty;
        private readonly MembershipPeriod[] _periods;

        internal PanelTreaty(Treaty treaty)
        {
            _treaty = treaty;
            _periods = [.. treaty.Memberships.OrderBy(p => p.Start)];
            FirstYear = _periods.Length == 0 ? int.MaxValue : _periods[0].Start.Year;
            LastYear = _periods.Length == 0 || _periods.Any(p => p.End is null)
                ? int.MaxValue
                : _periods.Max(p => p.End!.Value.PlusDays(-1).Year);
        }

        internal int FirstYear { get; }

        internal int LastYear { get; }

        internal void AddDyads(DateRange yearDays, Dictionary<(int, int), (AllianceProvisions, SortedSet<string>)> dyads)
        {
            for (int i = 0; i < _periods.Length; i++)
            {
                MembershipPeriod a = _periods[i];
                if (a.Start >= yearDays.End!.Value)
                {
                    break;
                }

                if (!Common(a.Range, yearDays, out DateRange aInYear))
                {
                    continue;
                }

                for (int j = i + 1; j < _periods.Length; j++)
                {
                    MembershipPeriod b = _periods[j];
                    if (b.Start >= yearDays.End!.Value)
                    {
                        break;
                    }

                    if (a.State.Equals(b.State) || !Common(aInYear, b.Range, out DateRange days))
                    {
                        continue;
                    }

                    AllianceProvisions provisions = ProvisionsOf(a, days) | ProvisionsOf(b, days);
                    foreach (int codeA in CodesOf(a, days))
                    {
                        foreach (int codeB in CodesOf(b, days))
                        {
                            if (codeA == codeB)
                            {
                                continue;
                            }

                            (int, int) key = codeA < codeB ? (codeA, codeB) : (codeB, codeA);
                            if (!dyads.TryGetValue(key, out var found))
                            {
                                found = (AllianceProvisions.None, new SortedSet<string>(StringComparer.Ordinal));
                            }

                            found.Item2.Add(_treaty.Id);
                            dyads[key] = (found.Item1 | provisions, found.Item2);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// The period's own provisions, where it has them or its own COW code; else those of the treaty's clauses in force on
        /// one of the days. A period lies within the treaty's days in force and a clause stays in force once in force, so the
        /// first and last days suffice.
        /// </summary>
        private AllianceProvisions ProvisionsOf(MembershipPeriod period, DateRange days)
        {
            if (period.Provisions != AllianceProvisions.None || period.CowCode is not null)
            {
                return period.Provisions;
            }

            LocalDate last = days.End!.Value.PlusDays(-1);
            AllianceProvisions provisions = AllianceProvisions.None;
            if (_treaty.MutualDefenceClauseOn(days.Start) is not null || _treaty.MutualDefenceClauseOn(last) is not null)
            {
                provisions |= AllianceProvisions.Defense;
            }

            if (_treaty.ConsultationClauses.Any(c => (c.InForceFrom ?? _treaty.EnteredIntoForce) <= last) && _treaty.IsInForceOn(days.Start))
            {
                provisions |= AllianceProvisions.Consultation;
            }

            return provisions;
        }

        /// <summary>The code the period's source gave, or the state's COW codes in force those days.</summary>
        private static IEnumerable<int> CodesOf(MembershipPeriod period, DateRange days)
        {
            if (period.CowCode is int code)
            {
                yield return code;
                yield break;
            }

            foreach (CowCode held in period.State.CowCodes)
            {
                if (held.Range.Overlaps(days))
                {
                    yield return held.Code;
                }
            }
        }

        private static bool Common(DateRange a, DateRange b, out DateRange common)
        {
            LocalDate start = a.Start > b.Start ? a.Start : b.Start;
            LocalDate? end = (a.End, b.End) switch
            {
                (LocalDate x, LocalDate y) => x < y ? x : y,
                (LocalDate x, null) => x,
                (null, LocalDate y) => y,
                _ => null,
            };
            if (end is LocalDate e && e <= start)
            {
                common = default;
                return false;
            }

            common = new DateRange(start, end);
            return true;
        }
    }
}
