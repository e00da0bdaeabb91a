using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties.Datasets;

/// <summary>
/// Sets the curated catalog beside ATOP: which ATOP alliance each curated treaty is, and where their members' days
/// differ, with the reason where it is known.
/// </summary>
/// <remarks>
/// <para>
/// Treaties are matched one to one. A pair is a candidate when ATOP's first day is within two years of the curated
/// treaty's signature or entry into force, or, failing that, a later day on which ATOP's members begin is (a later
/// phase's, such as SADC's pact of 2003 in an alliance ATOP begins with the protocol of 2001), and the members they share are at least half of all the members of either
/// (the Jaccard index, counting only the curated members who joined by ATOP's last day). The most similar pairs are
/// taken first, then the closest in time; pairs matched by a later day only come after all others.
/// </para>
/// <para>
/// A member's days are its first day and its last period's end, in each. ATOP's days are read as
/// <see cref="AtopDataset"/> reads them: the exit day is the first day no longer a member.
/// </para>
/// </remarks>
public static class AtopComparison
{
    private const int MatchWithinDays = 731;
    private const double MatchSimilarity = 0.5;

    /// <summary>Compares every curated treaty with the ATOP alliance it matches.</summary>
    /// <param name="curated">The curated catalog, such as <see cref="TreatyCatalog.Default"/>.</param>
    /// <param name="atop">A catalog read by <see cref="AtopDataset"/>.</param>
    /// <returns>One comparison per curated treaty, in the curated catalog's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example>
    /// <code>
    /// TreatyCatalog atop = AtopDataset.Load(File.OpenRead("atop5_1m.csv"));
    /// TreatyComparison nato = AtopComparison.Compare(TreatyCatalog.Default, atop).First(c => c.Curated.Id == "NATO");
    /// // nato.Atop.Id is ATOP-3180; Turkey's StartDifference is -119 days, AtopFromSignature.
    /// </code>
    /// </example>
    public static IReadOnlyList<TreatyComparison> Compare(TreatyCatalog curated, TreatyCatalog atop)
    {
        ArgumentNullException.ThrowIfNull(curated);
        ArgumentNullException.ThrowIfNull(atop);
        LocalDate atopLastDay = atop.AsOf ?? LocalDate.MaxIsoValue;
        Dictionary<Treaty, Treaty> matches = Match(curated, atop, atopLastDay);
        var comparisons = new List<TreatyComparison>(curated.Treaties.Count);
        foreach (Treaty treaty in curated.Treaties)
        {
            Treaty? match = matches.GetValueOrDefault(treaty);
            var differences = new List<MemberDifference>();
            int agreeing = 0;
            if (match is not null)
            {
                foreach (MemberState state in treaty.Memberships.Select(m => m.State).Concat(match.Memberships.Select(m => m.State)).Distinct().OrderBy(s => s.Code, StringComparer.Ordinal))
                {
                    DateRange? ours = Span(treaty.PeriodsOf(state));
                    DateRange? theirs = Span(match.PeriodsOf(state));
                    if (ours == theirs)
                    {
                        agreeing++;
                        continue;
                    }

                    differences.Add(new MemberDifference(
                        state, ours, theirs, StartReason(treaty, state, ours, theirs, atopLastDay), EndReason(treaty, ours, theirs, atopLastDay)));
                }
            }

            comparisons.Add(new TreatyComparison(treaty, match, differences, agreeing, treaty.EnteredIntoForce > atopLastDay));
        }

        return comparisons.AsReadOnly();
    }

    private static Dictionary<Treaty, Treaty> Match(TreatyCatalog curated, TreatyCatalog atop, LocalDate atopLastDay)
    {
        var candidates = new List<(Treaty Curated, Treaty Atop, bool ByLaterDay, double Similarity, int Days)>();
        HashSet<string>[] theirMembers = [.. atop.Treaties.Select(t => t.Memberships.Select(m => m.State.Code).ToHashSet(StringComparer.Ordinal))];
        LocalDate[][] theirStarts = [.. atop.Treaties.Select(t => t.Memberships.Select(m => m.Start).Distinct().ToArray())];
        foreach (Treaty treaty in curated.Treaties)
        {
            HashSet<string> ours = [.. treaty.Memberships.Where(m => m.Start <= atopLastDay).Select(m => m.State.Code)];
            for (int i = 0; i < atop.Treaties.Count; i++)
            {
                Treaty other = atop.Treaties[i];
                int first = DaysApart(other.EnteredIntoForce, treaty);
                int days = first <= MatchWithinDays ? first : theirStarts[i].Min(start => DaysApart(start, treaty));
                if (days > MatchWithinDays || ours.Count == 0)
                {
                    continue;
                }

                int shared = theirMembers[i].Count(ours.Contains);
                double similarity = (double)shared / (ours.Count + theirMembers[i].Count - shared);
                if (similarity >= MatchSimilarity)
                {
                    candidates.Add((treaty, other, first > MatchWithinDays, similarity, days));
                }
            }
        }

        var matches = new Dictionary<Treaty, Treaty>();
        var taken = new HashSet<Treaty>();
        foreach (var (treaty, other, _, _, _) in candidates.OrderBy(c => c.ByLaterDay).ThenByDescending(c => c.Similarity).ThenBy(c => c.Days))
        {
            if (!matches.ContainsKey(treaty) && taken.Add(other))
            {
                matches.Add(treaty, other);
            }
        }

        return matches;
    }

    /// <summary>A state's days in a treaty: its first day to its last period's end, or null where it has no period.</summary>
    private static DateRange? Span(IReadOnlyList<MembershipPeriod> periods) =>
        periods.Count == 0 ? null : new DateRange(periods[0].Start, periods[^1].End);

    private static DifferenceReason StartReason(Treaty treaty, MemberState state, DateRange? ours, DateRange? theirs, LocalDate atopLastDay)
    {
        if (ours is DateRange c && theirs is DateRange a)
        {
            if (c.Start == a.Start)
            {
                return DifferenceReason.Unknown;
            }

            LocalDate? signed = treaty.PeriodsOf(state)[0].Signed;
            return a.Start == signed || a.Start == treaty.Signed ? DifferenceReason.AtopFromSignature : DifferenceReason.Unknown;
        }

        return ours is DateRange only && only.Start > atopLastDay ? DifferenceReason.AfterAtopsLastYear : DifferenceReason.Unknown;
    }

    private static DifferenceReason EndReason(Treaty treaty, DateRange? ours, DateRange? theirs, LocalDate atopLastDay)
    {
        if (ours is not DateRange c || theirs is not DateRange a || c.End == a.End)
        {
            return DifferenceReason.Unknown;
        }

        if (a.End is null && c.End > atopLastDay)
        {
            return DifferenceReason.AfterAtopsLastYear;
        }

        if (a.End is LocalDate end && treaty.Organization?.Dissolved is LocalDate dissolved && DaysApart(end, dissolved) <= 1)
        {
            return DifferenceReason.AtopEndsWithTheOrganization;
        }

        return a.End is LocalDate exit && c.End is LocalDate left && exit.PlusDays(1) == left ? DifferenceReason.AtopExitIsTheLastDay : DifferenceReason.Unknown;
    }

    private static int DaysApart(LocalDate a, LocalDate b) => Math.Abs(Period.Between(a, b, PeriodUnits.Days).Days);

    /// <summary>How far a day is from the nearer of a treaty's signature and entry into force.</summary>
    private static int DaysApart(LocalDate day, Treaty treaty) => Math.Min(DaysApart(day, treaty.Signed), DaysApart(day, treaty.EnteredIntoForce));
}
