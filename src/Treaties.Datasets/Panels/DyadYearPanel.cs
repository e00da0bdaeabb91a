using System;
using System.Collections.Generic;

namespace Treaties.Datasets;

/// <summary>
/// Dyad-year alliance panels from any catalog: the curated one, one read by <see cref="AtopDataset"/>, or both together.
/// </summary>
/// <remarks>
/// <para>The rules:</para>
/// <list type="bullet">
/// <item>Two states are allied in year Y when, in one treaty (for ATOP, one phase), a period of each covers Y by the
/// chosen <see cref="PanelRules"/>: by <see cref="PanelRules.Days"/>, at least one common day of Y; by
/// <see cref="PanelRules.Atop"/>, ATOP's own convention, with which a panel of ATOP 5.1 has exactly the dyad-years of
/// ATOP's own files.</item>
/// <item>A provision is set when either state's period carries it (peacesciencer's rule for undirected dyads); in a
/// directed panel under <see cref="PanelRules.Atop"/>, only the first state's. A period read from a source row (one with
/// its own <see cref="MembershipPeriod.CowCode"/>) has exactly the row's provisions, even none. A period with neither
/// provisions nor a COW code of its own (the curated catalog's) takes them from the treaty's clauses in force on one of
/// the days the two periods share that year: a mutual defence clause counts as defense and a consultation clause as
/// consul.</item>
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
    /// <summary>Returns the panel's rows by the catalog's days (<see cref="PanelRules.Days"/>), a year at a time.</summary>
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
    public static IEnumerable<DyadYear> Rows(int fromYear, int toYear, bool directed, params TreatyCatalog[] catalogs) =>
        Rows(fromYear, toYear, directed, PanelRules.Days, catalogs);

    /// <summary>Returns the panel's rows by the given rules, a year at a time.</summary>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year, included.</param>
    /// <param name="directed">Whether to give each dyad in both orders.</param>
    /// <param name="rules">How a year is counted: <see cref="PanelRules.Days"/> or <see cref="PanelRules.Atop"/>.</param>
    /// <param name="catalogs">The catalogs whose treaties ally states: one, or several together.</param>
    /// <returns>The rows, in order of year, <c>ccode1</c> and <c>ccode2</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/>, <paramref name="catalogs"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1 to 9998, or <paramref name="toYear"/> is before <paramref name="fromYear"/>.</exception>
    /// <example>
    /// <code>
    /// // ATOP's own directed dyad-years, as in atop5_1ddyr: 273,296 rows from ATOP 5.1.
    /// TreatyCatalog atop = AtopDataset.Load(File.OpenRead("atop5_1m.csv"));
    /// IEnumerable&lt;DyadYear&gt; rows = DyadYearPanel.Rows(1815, 2018, directed: true, PanelRules.Atop, atop);
    /// </code>
    /// </example>
    public static IEnumerable<DyadYear> Rows(int fromYear, int toYear, bool directed, PanelRules rules, params TreatyCatalog[] catalogs)
    {
        PanelInput.Check(fromYear, toYear, rules, catalogs);
        return Build([.. catalogs], rules, fromYear, toYear, directed);
    }

    private static IEnumerable<DyadYear> Build(TreatyCatalog[] catalogs, PanelRules rules, int fromYear, int toYear, bool directed)
    {
        PanelTreaty[] treaties = PanelInput.Treaties(rules, catalogs);
        bool ownProvisions = rules == PanelRules.Atop;
        var dyads = new Dictionary<(int Low, int High), DyadEntry>();
        var keys = new List<(int, int)>();
        for (int year = fromYear; year <= toYear; year++)
        {
            dyads.Clear();
            PanelInput.AddYear(treaties, year, (treaty, days) => treaty.AddDyads(days, dyads));

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
                DyadEntry entry = dyads[a < b ? (a, b) : (b, a)];
                AllianceProvisions provisions = !directed || !ownProvisions ? entry.OfLow | entry.OfHigh
                    : a < b ? entry.OfLow : entry.OfHigh;
                yield return new DyadYear(a, b, year, provisions, entry.Treaties.Joined());
            }
        }
    }
}
