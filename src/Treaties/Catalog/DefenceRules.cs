using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using Treaties.Indexing;

namespace Treaties;

/// <summary>
/// The defence rules of a catalog, in one place: who owes whom, where, and when a clause is in force; with the answers
/// that do not change between two change days kept for reuse.
/// </summary>
/// <remarks>
/// <para>The rules:</para>
/// <list type="bullet">
/// <item>A treaty's mutual defence clause is in force from the later of the treaty's entry into force and the clause's
/// own <see cref="TreatyClause.InForceFrom"/>, until the treaty ends (<see cref="Treaty.MutualDefenceClauseOn"/>).</item>
/// <item>While it is, every member owes every other member help; members whose participation is frozen or suspended
/// stay bound and are named as such (<see cref="DefenceCommitment.DefendersNotFullyParticipating"/>). A member that
/// suspended its obligations toward another (<see cref="ObligationSuspension"/>) owes that one nothing while the
/// suspension applies (<see cref="DefenceCommitment.SuspendedDefenders"/>).</item>
/// <item>Two states are allies while both are members of a treaty whose clause is in force and neither has suspended its
/// obligations toward the other; a state is not its own ally.</item>
/// <item>An attack with no place named is an attack on the state's home territory, and counts only when the clause's
/// scope covers that (<see cref="GeographicScope.CoversHomeTerritoryOf"/>). An attack at a place counts only when the
/// place belonged to the attacked state that day and the clause's <see cref="GeographicScope"/> covers it.</item>
/// </list>
/// <para>
/// Every day on which an answer can change (a membership, a participation change, a suspension, a treaty or clause coming
/// into or out of force) starts a stretch (<see cref="Stretches{T}"/>). Within one stretch every answer stays the same, so the
/// alliances of a stretch (<see cref="AllianceRows"/>) and the commitments to each state are computed on first use and
/// then shared. Instances are immutable, apart from those caches, and thread-safe.
/// </para>
/// </remarks>
internal sealed class DefenceRules
{
    private readonly StateNumbers _states;
    private readonly IReadOnlyList<Treaty> _treaties;
    private readonly Treaty[] _defenceTreaties;
    private readonly Treaty[][] _defenceTreatiesByState;
    /// <summary>For each state, its number among the states ever in a defence treaty, or -1: the alliance rows cover
    /// only those (on the bundled data, a small share of its states, so a row is a few words), and a stretch's rows stay a few cache lines.</summary>
    private readonly int[] _allyNumbers;
    private readonly int _allyCount;
    private readonly int _wordsPerRow;
    private readonly Stretches<ulong[]> _allies;
    private readonly Stretches<Owed?[]> _commitments;

    internal DefenceRules(StateNumbers states, IReadOnlyList<Treaty> treaties)
    {
        _states = states;
        _treaties = treaties;
        _defenceTreaties = [.. treaties.Where(t => t.MutualDefenceClauses.Count > 0)];
        _defenceTreatiesByState = new Treaty[states.Count][];
        for (int s = 0; s < states.Count; s++)
        {
            _defenceTreatiesByState[s] = [.. _defenceTreaties.Where(t => t.EverMember(s))];
        }

        var changeDays = new List<int>();
        foreach (Treaty treaty in _defenceTreaties)
        {
            AddChangeDays(treaty, changeDays);
        }

        _allyNumbers = new int[states.Count];
        for (int s = 0; s < states.Count; s++)
        {
            _allyNumbers[s] = _defenceTreatiesByState[s].Length > 0 ? _allyCount++ : -1;
        }

        _wordsPerRow = AllianceRows.WordsPerRow(_allyCount);
        _allies = new Stretches<ulong[]>(changeDays, AlliancesFrom);
        _commitments = new Stretches<Owed?[]>(changeDays, _ => new Owed?[states.Count]);
    }

    /// <summary>
    /// Returns the mutual defence clause of a treaty in force on a day: the first, in the treaty's order, that has come
    /// into force by then, while the treaty itself is in force; or null.
    /// </summary>
    internal static MutualDefenceClause? ClauseInForce(Treaty treaty, LocalDate date)
    {
        if (!treaty.InForce.Contains(date))
        {
            return null;
        }

        foreach (MutualDefenceClause clause in treaty.MutualDefenceClauses)
        {
            if (clause.InForceFrom is not LocalDate from || from <= date)
            {
                return clause;
            }
        }

        return null;
    }

    /// <summary>Returns whether two states were both members that day of a treaty whose mutual defence clause was in force.</summary>
    internal bool AreAllies(int state, int other, int dayKey)
    {
        int a = _allyNumbers[state];
        int b = _allyNumbers[other];
        return a >= 0 && b >= 0 && a != b && AllianceRows.AreAllies(_allies.On(dayKey), _wordsPerRow, a, b);
    }

    /// <summary>Returns the commitments to a state for an attack on its home territory on a day.</summary>
    internal ReadOnlyCollection<DefenceCommitment> WhoMustDefend(int state, LocalDate date) => OwedTo(state, date).Home;

    /// <summary>Returns the commitments to a state for an attack at a place on a day.</summary>
    internal IReadOnlyList<DefenceCommitment> WhoMustDefend(int state, LocalDate date, Place place)
    {
        if (!place.HolderOn(date).Equals(_states[state]))
        {
            return [];
        }

        Owed owed = OwedTo(state, date);
        return Array.TrueForAll(owed.Every, c => c.Clause.Covers(place, date))
            ? owed.All
            : Array.FindAll(owed.Every, c => c.Clause.Covers(place, date)).AsReadOnly();
    }

    /// <summary>Returns how two different states stood to each other on a day, one bond per treaty that ties them.</summary>
    internal IReadOnlyList<TreatyBond> Bonds(int state, int other, LocalDate date)
    {
        int key = DayKey.Of(date);
        var bonds = new List<TreatyBond>();
        foreach (Treaty treaty in _treaties)
        {
            if (!treaty.EverTied(state) || !treaty.EverTied(other))
            {
                continue;
            }

            if (treaty.PeriodOn(state, key) is MembershipPeriod pa && treaty.PeriodOn(other, key) is MembershipPeriod pb)
            {
                RecordedDate since = pa.Start >= pb.Start ? pa.StartRecord : pb.StartRecord;
                MutualDefenceClause? clause = treaty.MutualDefenceClauseOn(date);
                ObligationSuspension? suspension = clause is null ? null : SuspensionBetween(treaty, _states[state], _states[other], date);
                bonds.Add(clause is null || suspension is not null
                    ? TreatyBond.CoMembers(treaty, since, suspension)
                    : TreatyBond.Allies(treaty, clause, since));
                continue;
            }

            if (FormerAlliance(treaty, state, other, date) is (MutualDefenceClause formerClause, RecordedDate until))
            {
                bonds.Add(TreatyBond.FormerAllies(treaty, formerClause, until));
                continue;
            }

            MembershipRole roleA = treaty.StatusOn(_states[state], date).Role;
            MembershipRole roleB = treaty.StatusOn(_states[other], date).Role;
            if ((roleA == MembershipRole.Observer && roleB != MembershipRole.None) || (roleB == MembershipRole.Observer && roleA != MembershipRole.None))
            {
                MemberState? observer = roleA == roleB ? null : roleA == MembershipRole.Observer ? _states[state] : _states[other];
                bonds.Add(TreatyBond.ObserverRelation(treaty, observer));
            }
        }

        return Array.AsReadOnly([.. bonds.OrderByDescending(x => x.Kind)]);
    }

    /// <summary>Returns the days on which a treaty can change a defence answer: in and out of force, clauses, memberships, participation.</summary>
    private static void AddChangeDays(Treaty treaty, List<int> days)
    {
        days.Add(DayKey.Of(treaty.EnteredIntoForce));
        days.Add(DayKey.Of(treaty.Terminated));
        foreach (MutualDefenceClause clause in treaty.MutualDefenceClauses)
        {
            days.Add(DayKey.Of(clause.InForceFrom ?? treaty.EnteredIntoForce));
        }

        foreach (ObligationSuspension suspension in treaty.Suspensions)
        {
            days.Add(DayKey.Of(suspension.Start));
            days.Add(DayKey.Of(suspension.End));
        }

        foreach (MembershipPeriod period in treaty.Memberships)
        {
            days.Add(DayKey.Of(period.Start));
            days.Add(DayKey.Of(period.End));
            foreach (ParticipationChange change in period.ParticipationChanges)
            {
                days.Add(DayKey.Of(change.Start));
            }
        }
    }

    private ulong[] AlliancesFrom(int key)
    {
        if (key == Stretches<ulong[]>.Before)
        {
            return AllianceRows.Build(_allyCount, []);
        }

        // The first day of a stretch stands for every day of it.
        LocalDate day = DayKey.ToDate(key);
        return AllianceRows.Build(
            _allyCount,
            _defenceTreaties.Where(t => t.MutualDefenceClauseOn(day) is not null).SelectMany(t => AllianceGroups(t, key, day)));
    }

    /// <summary>
    /// Returns the groups of mutual allies a treaty makes in a stretch, as ally numbers: all its members, or, where some
    /// have suspended their obligations toward others, every pair but those.
    /// </summary>
    private IEnumerable<int[]> AllianceGroups(Treaty treaty, int key, LocalDate day)
    {
        int[] members = treaty.StandingOn(key).Numbers;
        if (!treaty.Suspensions.Any(x => x.AppliesOn(day)))
        {
            yield return Array.ConvertAll(members, s => _allyNumbers[s]);
            yield break;
        }

        for (int i = 0; i < members.Length; i++)
        {
            for (int j = i + 1; j < members.Length; j++)
            {
                if (SuspensionBetween(treaty, _states[members[i]], _states[members[j]], day) is null)
                {
                    yield return [_allyNumbers[members[i]], _allyNumbers[members[j]]];
                }
            }
        }
    }

    /// <summary>Returns a suspension that stood between two members on a day, in either direction, or null.</summary>
    private static ObligationSuspension? SuspensionBetween(Treaty treaty, MemberState a, MemberState b, LocalDate date)
    {
        foreach (ObligationSuspension suspension in treaty.Suspensions)
        {
            if (suspension.AppliesOn(date) && suspension.Between(a, b))
            {
                return suspension;
            }
        }

        return null;
    }

    /// <summary>Returns the commitments to a state on a day: computed on first use in the day's stretch, then shared.</summary>
    private Owed OwedTo(int state, LocalDate date)
    {
        Owed?[] slots = _commitments.On(DayKey.Of(date));
        Owed? kept = System.Threading.Volatile.Read(ref slots[state]);
        if (kept is not null)
        {
            return kept;
        }

        Owed computed = Compute(state, date);
        return System.Threading.Interlocked.CompareExchange(ref slots[state], computed, null) ?? computed;
    }

    /// <summary>
    /// Computes the commitments to a state on a day. Kept apart from <see cref="OwedTo"/>, whose cached path must not
    /// allocate: the lambdas here capture the state, and a captured variable's closure is made on entry to its method.
    /// </summary>
    private Owed Compute(int state, LocalDate date)
    {
        DefenceCommitment[] all = Commitments(state, date);
        MemberState defended = _states[state];
        ReadOnlyCollection<DefenceCommitment> every = all.AsReadOnly();
        return new Owed(all, every, Array.TrueForAll(all, c => c.Clause.Scope.CoversHomeTerritoryOf(defended))
            ? every
            : Array.FindAll(all, c => c.Clause.Scope.CoversHomeTerritoryOf(defended)).AsReadOnly());
    }

    private DefenceCommitment[] Commitments(int state, LocalDate date)
    {
        MemberState defended = _states[state];
        int key = DayKey.Of(date);
        var commitments = new List<DefenceCommitment>();
        foreach (Treaty treaty in _defenceTreatiesByState[state])
        {
            TreatyStanding standing = treaty.StandingOn(key);
            int at = Array.BinarySearch(standing.Numbers, state);
            if (at >= 0 && treaty.MutualDefenceClauseOn(date) is MutualDefenceClause clause)
            {
                ObligationSuspension[] suspensions = [.. treaty.Suspensions
                    .Where(x => x.AppliesOn(date) && x.Toward.Equals(defended) && Array.IndexOf(standing.MemberArray, x.State) >= 0)
                    .OrderBy(x => x.State.Code, StringComparer.Ordinal)];
                commitments.Add(new DefenceCommitment(treaty, clause, standing, at, treaty.StatusOn(defended, date), suspensions));
            }
        }

        return [.. commitments];
    }

    /// <summary>Finds the last stretch before <paramref name="date"/> in which both were members under a defence clause in force.</summary>
    private static (MutualDefenceClause Clause, RecordedDate Until)? FormerAlliance(Treaty treaty, int a, int b, LocalDate date)
    {
        (MutualDefenceClause, RecordedDate)? latest = null;
        MembershipPeriod[] periodsOfB = treaty.PeriodsArray(b);
        foreach (MembershipPeriod pa in treaty.PeriodsArray(a))
        {
            foreach (MembershipPeriod pb in periodsOfB)
            {
                if (!pa.Range.Overlaps(pb.Range))
                {
                    continue;
                }

                RecordedDate? end = (pa.EndRecord, pb.EndRecord) switch
                {
                    (RecordedDate x, RecordedDate y) => x.Date <= y.Date ? x : y,
                    (RecordedDate x, null) => x,
                    (null, RecordedDate y) => y,
                    _ => null,
                };
                if (end is null || end.Date > date)
                {
                    continue;
                }

                if (treaty.MutualDefenceClauseOn(end.Date.PlusDays(-1)) is MutualDefenceClause clause && (latest is null || end.Date > latest.Value.Item2.Date))
                {
                    latest = (clause, end);
                }
            }
        }

        return latest;
    }

    /// <summary>
    /// The commitments to one state in one stretch: every one (<paramref name="Every"/>, kept for this class alone, and
    /// <paramref name="All"/>, the same wrapped), and those that cover its home territory. What is handed out is wrapped
    /// once, when it is cached, so that every caller shares it and none can write to it.
    /// </summary>
    private sealed record Owed(DefenceCommitment[] Every, ReadOnlyCollection<DefenceCommitment> All, ReadOnlyCollection<DefenceCommitment> Home);
}
