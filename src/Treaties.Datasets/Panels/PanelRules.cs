using System;
using System.Collections.Generic;

namespace Treaties.Datasets;

/// <summary>
/// How a panel counts a year: by the catalog's half-open days (<see cref="Days"/>), or by ATOP's own convention
/// (<see cref="Atop"/>), with which a panel of ATOP's member-level file has exactly the rows of ATOP's own derived files.
/// </summary>
/// <remarks>
/// <para>The two differ at the edges. ATOP 5.1 records Czechoslovakia's exit from its alliances as 1993-01-01:</para>
/// <list type="bullet">
/// <item><see cref="Days"/> reads that as its first day no longer a member, so Czechoslovakia has no row in 1993.</item>
/// <item><see cref="Atop"/> includes the exit day, so Czechoslovakia is allied in 1993, as in ATOP's <c>atop5_1sy.csv</c>;
/// and its successors, which enter on 1993-01-01, are not its allies, since they share only that one day.</item>
/// </list>
/// <para>There are exactly two values, so equality is identity. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class PanelRules
{
    private PanelRules(string name, bool includesExitDay)
    {
        Name = name;
        IncludesExitDay = includesExitDay;
    }

    /// <summary>
    /// The catalog's own rule: a period is the half-open range [start, end) of <see cref="MembershipPeriod.Range"/>; an
    /// ongoing one runs to the panel's last year. Two periods ally their states in a year when they share at least one
    /// day of it. Each row has the provisions of either state's period, in both orders of a directed panel.
    /// </summary>
    public static PanelRules Days { get; } = new("days", false);

    /// <summary>
    /// ATOP's own convention, as its derived files (<c>atop5_1dy</c>, <c>atop5_1ddyr</c>, <c>atop5_1sy</c>) apply it:
    /// <list type="bullet">
    /// <item>A period covers its first day through its exit day, both included: the day ATOP records as the exit where
    /// it gives one (<see cref="MembershipPeriod.EndRecord"/> precise to the day), else the last day of the month or year
    /// before the recorded end. An ongoing period runs to the catalog's <see cref="TreatyCatalog.AsOf"/> (for a catalog
    /// read from ATOP, the end of the file's last year), or to the panel's last year where the catalog has none.</item>
    /// <item>Two periods ally their states from the later entry to the earlier exit, but only when the later entry falls
    /// strictly before the earlier exit; so a successor that enters on the day its predecessor exits is not its ally.</item>
    /// <item>Every year touched counts.</item>
    /// <item>In a directed panel, a row carries the first state's own provisions, as ATOP's directed file does; an
    /// undirected row carries either state's.</item>
    /// </list>
    /// </summary>
    public static PanelRules Atop { get; } = new("atop", true);

    /// <summary>The rule's name, as the query tool's <c>--rules</c> option takes it: <c>days</c> or <c>atop</c>.</summary>
    public string Name { get; }

    /// <summary>Every rule, in the order of their names.</summary>
    public static IReadOnlyList<PanelRules> All { get; } = Array.AsReadOnly([Atop, Days]);

    internal bool IncludesExitDay { get; }

    /// <summary>Finds a rule by its name, ignoring case.</summary>
    /// <param name="name"><c>days</c> or <c>atop</c>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> names no rule.</exception>
    public static PanelRules FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (PanelRules rules in All)
        {
            if (string.Equals(rules.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return rules;
            }
        }

        throw new ArgumentException($"'{name}' is not a panel rule; the rules are 'atop' and 'days'.", nameof(name));
    }

    /// <summary>Returns the rule's <see cref="Name"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
