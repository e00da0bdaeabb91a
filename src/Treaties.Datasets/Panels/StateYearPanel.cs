using System.Collections.Generic;

namespace Treaties.Datasets;

/// <summary>
/// State-year alliance panels from any catalog: one row per state and year in which the state is in at least one
/// alliance, as ATOP's own <c>atop5_1sy.csv</c>.
/// </summary>
/// <remarks>
/// <para>
/// A state is in an alliance in year Y when one of its periods covers a day of Y by the chosen
/// <see cref="PanelRules"/>; whether it had an ally that year does not matter. Under <see cref="PanelRules.Atop"/> a
/// panel of ATOP 5.1 has exactly the 11,923 state-years of <c>atop5_1sy.csv</c>, with the same count of alliances in
/// every row.
/// </para>
/// <para>
/// The provisions are those of the state's own periods (for a curated period without provisions of its own, its
/// treaty's clauses in force, as in <see cref="DyadYearPanel"/>); codes follow the state's history as there. Rows come in
/// order of year, then COW code, and are made a year at a time.
/// </para>
/// </remarks>
public static class StateYearPanel
{
    /// <summary>Returns the panel's rows by the given rules, a year at a time.</summary>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year, included.</param>
    /// <param name="rules">How a year is counted: <see cref="PanelRules.Days"/> or <see cref="PanelRules.Atop"/>.</param>
    /// <param name="catalogs">The catalogs whose treaties bind states: one, or several together.</param>
    /// <returns>The rows, in order of year and COW code.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="rules"/>, <paramref name="catalogs"/> or one of them is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">A year is outside 1 to 9998, or <paramref name="toYear"/> is before <paramref name="fromYear"/>.</exception>
    /// <example>
    /// <code>
    /// foreach (StateYear row in StateYearPanel.Rows(1949, 2026, PanelRules.Days, TreatyCatalog.Default))
    ///     Console.WriteLine($"{row.CowCode},{row.Year},{row.Alliances},{row.Treaties}");
    /// </code>
    /// </example>
    public static IEnumerable<StateYear> Rows(int fromYear, int toYear, PanelRules rules, params TreatyCatalog[] catalogs)
    {
        PanelInput.Check(fromYear, toYear, rules, catalogs);
        return Build([.. catalogs], rules, fromYear, toYear);
    }

    private static IEnumerable<StateYear> Build(TreatyCatalog[] catalogs, PanelRules rules, int fromYear, int toYear)
    {
        PanelTreaty[] treaties = PanelInput.Treaties(rules, catalogs);
        var states = new Dictionary<int, StateEntry>();
        var codes = new List<int>();
        for (int year = fromYear; year <= toYear; year++)
        {
            states.Clear();
            PanelInput.AddYear(treaties, year, (treaty, days) => treaty.AddStates(days, states));

            codes.Clear();
            codes.AddRange(states.Keys);
            codes.Sort();
            foreach (int code in codes)
            {
                StateEntry entry = states[code];
                yield return new StateYear(code, year, entry.Provisions, entry.Alliances.Count, entry.Treaties.Joined());
            }
        }
    }
}
