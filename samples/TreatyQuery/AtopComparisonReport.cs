using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using Treaties;

namespace TreatyQuery;

/// <summary>
/// Where the curated catalog and ATOP disagree, for the treaties both hold. Treaties are matched one to one: among the
/// pairs that began within two years of each other and share at least half the members of the smaller, the best
/// shared first, then the closest in time. Matched treaties' members' first and last days are set side by side.
/// </summary>
internal static class AtopComparisonReport
{
    /// <summary>Writes the report as Markdown.</summary>
    internal static void Write(TextWriter output, TreatyCatalog curated, TreatyCatalog atop, string atopFileName)
    {
        output.WriteLine("# The curated catalog against ATOP");
        output.WriteLine();
        output.WriteLine($"Made by `treaty-query compare-atop {atopFileName}` from the curated catalog (as of {curated.AsOf:uuuu-MM-dd}) and ATOP's member-level file. ATOP's file itself is not in this repository. Each curated treaty is matched with the ATOP alliance (or parallel phase) whose members overlap it most, among those that began within two years of it; members are compared by their first day and their first day no longer a member. ATOP dates membership from signature where the catalog dates it from entry into force, so many differences are signature against deposit.");
        output.WriteLine();
        Dictionary<Treaty, Treaty> matches = Match(curated, atop);
        foreach (Treaty treaty in curated.Treaties)
        {
            Treaty? match = matches.GetValueOrDefault(treaty);
            output.WriteLine($"## {treaty.Id}: {treaty.Name}");
            output.WriteLine();
            if (match is null)
            {
                output.WriteLine("No ATOP alliance matches: none began within two years of it sharing half the members of the smaller.");
                output.WriteLine();
                continue;
            }

            output.WriteLine($"Matched with `{match.Id}`.");
            output.WriteLine();
            output.WriteLine("| state | curated from | ATOP from | curated until | ATOP until |");
            output.WriteLine("| --- | --- | --- | --- | --- |");
            int agreeing = 0;
            foreach (MemberState state in treaty.Memberships.Select(m => m.State).Concat(match.Memberships.Select(m => m.State)).Distinct().OrderBy(s => s.Code, StringComparer.Ordinal))
            {
                string curatedFrom = First(treaty.PeriodsOf(state));
                string atopFrom = First(match.PeriodsOf(state));
                string curatedUntil = Until(treaty.PeriodsOf(state));
                string atopUntil = Until(match.PeriodsOf(state));
                if (curatedFrom == atopFrom && curatedUntil == atopUntil)
                {
                    agreeing++;
                    continue;
                }

                output.WriteLine($"| {state.Code} | {curatedFrom} | {atopFrom} | {curatedUntil} | {atopUntil} |");
            }

            output.WriteLine();
            output.WriteLine($"{agreeing} members agree to the day.");
            output.WriteLine();
        }
    }

    private static Dictionary<Treaty, Treaty> Match(TreatyCatalog curated, TreatyCatalog atop)
    {
        var candidates = new List<(Treaty Curated, Treaty Atop, double Shared, int Days)>();
        foreach (Treaty treaty in curated.Treaties)
        {
            HashSet<string> members = [.. treaty.Memberships.Select(m => m.State.Code)];
            foreach (Treaty other in atop.Treaties)
            {
                int days = Math.Abs(Period.Between(other.EnteredIntoForce, treaty.EnteredIntoForce, PeriodUnits.Days).Days);
                HashSet<string> theirs = [.. other.Memberships.Select(m => m.State.Code)];
                double shared = (double)theirs.Count(members.Contains) / Math.Min(members.Count, theirs.Count);
                if (days <= 731 && shared >= 0.5)
                {
                    candidates.Add((treaty, other, shared, days));
                }
            }
        }

        var matches = new Dictionary<Treaty, Treaty>();
        var taken = new HashSet<Treaty>();
        foreach (var (treaty, other, _, _) in candidates.OrderByDescending(c => c.Shared).ThenBy(c => c.Days))
        {
            if (!matches.ContainsKey(treaty) && taken.Add(other))
            {
                matches.Add(treaty, other);
            }
        }

        return matches;
    }

    private static string First(IReadOnlyList<MembershipPeriod> periods) => periods.Count == 0 ? "" : Day(periods[0].Start);

    private static string Until(IReadOnlyList<MembershipPeriod> periods) =>
        periods.Count == 0 ? "" : periods[^1].End is LocalDate end ? Day(end) : "ongoing";

    private static string Day(LocalDate? date) => date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
