using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties.Indexing;

/// <summary>
/// Answers "who must defend this state today" from the treaties with a mutual defence clause.
/// </summary>
/// <remarks>
/// Every day on which any answer can change (a membership, a participation change, a treaty or clause coming into or
/// out of force) cuts time into segments. Within a segment the answer for a state is the same, so it is computed once
/// per state and segment and then shared: a repeated query costs a bucket read (<see cref="ChangeDays"/>) and a
/// dictionary read.
/// </remarks>
internal sealed class DefenceIndex
{
    private readonly StateTable _states;
    private readonly Treaty[][] _treatiesByState;
    private readonly ChangeDays _changeDays;
    private readonly ConcurrentDictionary<long, DefenceCommitment[]> _cache = new();

    internal DefenceIndex(StateTable states, IReadOnlyList<Treaty> treaties)
    {
        _states = states;
        Treaty[] defenceTreaties = [.. treaties.Where(t => t.MutualDefenceClauses.Count > 0)];
        _treatiesByState = new Treaty[states.Count][];
        for (int s = 0; s < states.Count; s++)
        {
            _treatiesByState[s] = [.. defenceTreaties.Where(t => t.EverMember(s))];
        }

        _changeDays = new ChangeDays(defenceTreaties.SelectMany(ChangeDaysOf));
    }

    /// <summary>Returns the treaties with a mutual defence clause that the state was ever a member of.</summary>
    internal Treaty[] TreatiesOf(int state) => _treatiesByState[state];

    /// <summary>Returns whether the two states were both members that day of a treaty whose mutual defence clause was in force.</summary>
    internal bool AreAllies(int state, int other, int dateKey)
    {
        foreach (Treaty treaty in _treatiesByState[state])
        {
            if (treaty.HasDefenceClauseOn(dateKey) && treaty.IsMember(state, dateKey) && treaty.IsMember(other, dateKey))
            {
                return true;
            }
        }

        return false;
    }

    internal DefenceCommitment[] WhoMustDefend(int state, LocalDate date)
    {
        int segment = _changeDays.SegmentOf(DateKey.Of(date)) + 1;
        long key = ((long)segment * _states.Count) + state;
        if (_cache.TryGetValue(key, out DefenceCommitment[]? cached))
        {
            return cached;
        }

        return _cache.GetOrAdd(key, Compute(state, date));
    }

    /// <summary>Returns the days on which a treaty can change an answer: in and out of force, clauses, memberships.</summary>
    private static IEnumerable<int> ChangeDaysOf(Treaty treaty)
    {
        yield return DateKey.Of(treaty.EnteredIntoForce);
        yield return DateKey.Of(treaty.Terminated);
        foreach (MutualDefenceClause clause in treaty.MutualDefenceClauses)
        {
            yield return DateKey.Of(clause.InForceFrom ?? treaty.EnteredIntoForce);
        }

        foreach (MembershipChange change in treaty.Changes)
        {
            yield return DateKey.Of(change.Date);
        }
    }

    private DefenceCommitment[] Compute(int state, LocalDate date)
    {
        MemberState defended = _states[state];
        var commitments = new List<DefenceCommitment>();
        foreach (Treaty treaty in _treatiesByState[state])
        {
            if (!treaty.IsMember(state, DateKey.Of(date)) || treaty.MutualDefenceClauseOn(date) is not MutualDefenceClause clause)
            {
                continue;
            }

            MemberState[] defenders = [.. treaty.MembersOn(date).Where(m => !m.Equals(defended))];
            ParticipationStatus[] participation = [.. defenders.Select(d => treaty.StatusOn(d, date).Participation ?? ParticipationStatus.Full)];
            commitments.Add(new DefenceCommitment(treaty, clause, defended, treaty.StatusOn(defended, date), defenders, participation));
        }

        return [.. commitments];
    }
}
