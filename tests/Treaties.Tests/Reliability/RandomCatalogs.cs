using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;

namespace Treaties.Tests.Reliability;

/// <summary>One state's periods in one treaty: where they start, how long they last, the gaps between them, and whether the last stays open.</summary>
internal sealed record PeriodsSpec(int StartOffset, int[] Lengths, int[] Gaps, bool LastOpen, int ChangeAt, ParticipationStatus ChangeTo);

/// <summary>One treaty: entry into force, an optional end, the periods of each state, observers, and its defence clause.</summary>
internal sealed record TreatySpec(int EntryOffset, int? Life, PeriodsSpec?[] States, int[] Observers, int DefenceFrom, bool Defence, int ScopeKind, int SuspendAt);

/// <summary>
/// Random, valid catalogs built from small specifications, so that CsCheck can shrink a failure to a small one. Seventy
/// states, so that alliances span more than one 64-bit word; treaties with gaps, open ends and up to twelve periods of
/// one state (past the index's walk, into its search by halves), participation changes, observers, defence clauses
/// that come into force later or not at all, scopes that are unlimited or limited to regions, a rule, a whole state or
/// the metropolitan territory, suspensions of one member's obligations toward another, states with and without a home
/// region, and places, one overseas and one that changed hands.
/// </summary>
internal static class RandomCatalogs
{
    internal static readonly string[] Codes =
        ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", .. Enumerable.Range(0, 64).Select(i => $"G{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}")];
    internal static readonly LocalDate Epoch = new(2000, 1, 1);

    private static readonly Gen<PeriodsSpec?> Periods =
        Gen.Frequency(
            (2, Gen.Const((PeriodsSpec?)null)),
            (1, Gen.Select(
                Gen.Int[0, 400], Gen.Frequency((3, Gen.Int[1, 300].Array[1, 3]), (1, Gen.Int[1, 300].Array[4, 12])), Gen.Int[0, 200].Array[2], Gen.Bool, Gen.Int[-1, 250],
                Gen.OneOfConst(ParticipationStatus.Frozen, ParticipationStatus.Suspended, ParticipationStatus.OutsideIntegratedCommand),
                (start, lengths, gaps, open, changeAt, status) => (PeriodsSpec?)new PeriodsSpec(start, lengths, gaps, open, changeAt, status))));

    private static readonly Gen<TreatySpec> Treaty =
        Gen.Select(
            Gen.Int[0, 100], Gen.Frequency((3, Gen.Const((int?)null)), (1, Gen.Int[200, 1500].Select(i => (int?)i))),
            Periods.Array[Codes.Length], Gen.Int[0, 5].Array[0, 2], Gen.Int[0, 300], Gen.Frequency((4, Gen.Const(true)), (1, Gen.Const(false))),
            Gen.Int[0, 4], Gen.Frequency((2, Gen.Const(-1)), (1, Gen.Int[0, 600])),
            (entry, life, states, observers, defenceFrom, defence, scope, suspendAt) => new TreatySpec(entry, life, states, observers, defenceFrom, defence, scope, suspendAt));

    /// <summary>Between one and three treaties.</summary>
    internal static readonly Gen<TreatySpec[]> Specs = Treaty.Array[1, 3];

    internal static TreatyCatalog Build(TreatySpec[] specs)
    {
        var builder = new TreatyCatalogBuilder();
        GeographicRegion?[] homes = [GeographicRegion.Europe, GeographicRegion.Asia, null];
        MemberState[] states = [.. Codes.Select((c, i) => new MemberState(c, "State " + c).WithRegion(homes[i % homes.Length]))];
        foreach (MemberState state in states)
        {
            builder.AddState(state);
        }

        builder.AddPlace(new Place("AA-1", "Home of AAA", states[0], GeographicRegion.Europe));
        builder.AddPlace(new Place("AA-2", "Island of AAA", states[0], GeographicRegion.Pacific).WithOverseas(true));
        builder.AddPlace(new Place("AA-3", "Pacific state of AAA", states[0], GeographicRegion.Pacific));
        builder.AddPlace(new Place("BB-1", "Coast of BBB", states[1], GeographicRegion.Africa, formerHolder: states[2], heldUntil: Epoch.PlusDays(300)));
        for (int t = 0; t < specs.Length; t++)
        {
            TreatySpec spec = specs[t];
            LocalDate inForce = Epoch.PlusDays(spec.EntryOffset);
            LocalDate? terminated = spec.Life is int life ? inForce.PlusDays(life) : null;
            TreatyBuilder treaty = builder.AddTreaty($"T{t}", $"Treaty {t}", inForce.PlusDays(-10), inForce);
            var members = new HashSet<int>();
            for (int s = 0; s < Codes.Length; s++)
            {
                if (spec.States[s] is PeriodsSpec periods && AddPeriods(treaty, states[s], periods, inForce, terminated))
                {
                    members.Add(s);
                }
            }

            foreach (int s in spec.Observers.Distinct().Where(s => !members.Contains(s)))
            {
                LocalDate start = inForce.PlusDays(5 * (s + 1));
                treaty.AddObserver(new ObserverPeriod(states[s], start, terminated ?? (s % 2 == 0 ? null : start.PlusDays(150)), "Assembly"));
            }

            if (terminated is LocalDate end)
            {
                treaty.WithTerminated(end);
            }

            if (spec.Defence)
            {
                GeographicScope scope = spec.ScopeKind switch
                {
                    0 => GeographicScope.Unlimited,
                    1 => new GeographicScope("Europe only.", regions: [GeographicRegion.Europe]),
                    2 => new GeographicScope("Europe, and BB-1 until day 200.", regions: [GeographicRegion.Europe], rules: [new ScopeRule("BB-1", true, end: Epoch.PlusDays(200))]),
                    3 => new GeographicScope("All of AAA.", wholeTerritoryOf: ["AAA"]),
                    _ => new GeographicScope("Metropolitan territory and the Pacific.", regions: [GeographicRegion.Pacific]).WithMetropolitanTerritory(true),
                };
                treaty.AddClause(new MutualDefenceClause("Article 1", "Defend.", scope: scope, inForceFrom: spec.DefenceFrom == 0 ? null : inForce.PlusDays(spec.DefenceFrom)));
            }

            treaty.AddClause(new ConsultationClause("Article 2", "Consult."));
            if (spec.SuspendAt >= 0)
            {
                // The first two members on that day, by code: the first suspends its obligations toward the second.
                LocalDate day = inForce.PlusDays(spec.SuspendAt);
                MemberState[] both = [.. members.Order().Select(s => states[s]).Where(s => treaty.ToData().Memberships.Any(p => p.State == s && p.Contains(day))).Take(2)];
                if (both.Length == 2)
                {
                    treaty.AddSuspension(new ObligationSuspension(both[0], both[1], day, spec.SuspendAt % 2 == 0 ? null : day.PlusDays(90)));
                }
            }
        }

        return builder.Build();
    }

    /// <summary>The days on which answers change, with their neighbours: where bugs live.</summary>
    internal static LocalDate[] BoundaryDays(TreatyCatalog catalog)
    {
        var days = new HashSet<LocalDate> { Epoch, Epoch.PlusDays(200), Epoch.PlusDays(300) };
        foreach (Treaty treaty in catalog.Treaties)
        {
            days.Add(treaty.EnteredIntoForce);
            if (treaty.Terminated is LocalDate end)
            {
                days.Add(end);
            }

            foreach (MembershipChange change in treaty.Changes)
            {
                days.Add(change.Date);
            }

            foreach (ObligationSuspension suspension in treaty.Suspensions)
            {
                days.Add(suspension.Start);
                if (suspension.End is LocalDate resumed)
                {
                    days.Add(resumed);
                }
            }

            foreach (MutualDefenceClause clause in treaty.MutualDefenceClauses.Where(c => c.InForceFrom is not null))
            {
                days.Add(clause.InForceFrom!.Value);
            }
        }

        return [.. days.SelectMany(d => new[] { d.PlusDays(-1), d, d.PlusDays(1) }).Distinct().Order()];
    }

    private static bool AddPeriods(TreatyBuilder treaty, MemberState state, PeriodsSpec spec, LocalDate inForce, LocalDate? terminated)
    {
        LocalDate start = inForce.PlusDays(spec.StartOffset);
        bool added = false;
        for (int i = 0; i < spec.Lengths.Length; i++)
        {
            bool last = i == spec.Lengths.Length - 1;
            LocalDate? end = last && spec.LastOpen ? null : start.PlusDays(spec.Lengths[i]);
            if (terminated is LocalDate stop)
            {
                if (start >= stop)
                {
                    break;
                }

                end = end is null || end > stop ? stop : end;
            }

            ParticipationChange[] changes = [];
            if (spec.ChangeAt >= 0 && (end is null || start.PlusDays(spec.ChangeAt) < end))
            {
                changes = [new ParticipationChange(spec.ChangeTo, start.PlusDays(spec.ChangeAt))];
            }

            treaty.AddMembership(new MembershipPeriod(state, start, end, participationChanges: changes));
            added = true;
            if (end is null)
            {
                break;
            }

            start = end.Value.PlusDays(spec.Gaps[i % spec.Gaps.Length]);
        }

        return added;
    }
}
