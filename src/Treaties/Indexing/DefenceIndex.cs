using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties.Indexing;

/// <summary>
/// Answers "are these two allies" and "who must defend this state" from the treaties with a mutual defence clause.
/// </summary>
/// <remarks>
/// Every day on which any answer can change (a membership, a participation change, a treaty or clause coming into or
/// out of force) cuts time into segments (<see cref="ChangeDays"/>). Within a segment every answer stays the same, so
/// each segment's <see cref="DefenceSegment"/> is built on first use and then shared (<see cref="SegmentAnswers{T}"/>):
/// a query costs a bucket read and one read in the segment, however many treaties there are.
/// </remarks>
internal sealed class DefenceIndex
{
    private readonly StateTable _states;
    private readonly Treaty[] _defenceTreaties;
    private readonly int[][] _everMembers;
    private readonly Treaty[][] _treatiesByState;
    private readonly ChangeDays _changeDays;

    /// <summary>The segments, built on first use; segment 0 is the time before the first change day.</summary>
    private readonly SegmentAnswers<DefenceSegment> _segments;

    internal DefenceIndex(StateTable states, IReadOnlyList<Treaty> treaties)
    {
        _states = states;
        _defenceTreaties = [.. treaties.Where(t => t.MutualDefenceClauses.Count > 0)];
        _everMembers = [.. _defenceTreaties.Select(t => Enumerable.Range(0, states.Count).Where(t.EverMember).ToArray())];
        _treatiesByState = new Treaty[states.Count][];
        for (int s = 0; s < states.Count; s++)
        {
            _treatiesByState[s] = [.. _defenceTreaties.Where(t => t.EverMember(s))];
        }

        _changeDays = new ChangeDays(_defenceTreaties.SelectMany(ChangeDaysOf));
        _segments = new SegmentAnswers<DefenceSegment>(_changeDays, CreateSegment);
    }

    /// <summary>Returns whether the two states were both members that day of a treaty whose mutual defence clause was in force.</summary>
    internal bool AreAllies(int state, int other, int dateKey) => SegmentOn(dateKey).AreAllies(state, other);

    internal DefenceCommitment[] WhoMustDefend(int state, LocalDate date)
    {
        DefenceSegment segment = SegmentOn(DateKey.Of(date));
        return segment.CommitmentsTo(state) ?? segment.Keep(state, Compute(state, date));
    }

    private DefenceSegment SegmentOn(int dateKey) => _segments.On(dateKey);

    private DefenceSegment CreateSegment(int segment)
    {
        int key = segment == 0 ? int.MinValue : _changeDays[segment - 1];
        IEnumerable<int[]> groups = _defenceTreaties
            .Select((treaty, t) => (treaty, t))
            .Where(x => x.treaty.HasDefenceClauseOn(key))
            .Select(x => x.treaty.MembersAmong(_everMembers[x.t], key));
        return new DefenceSegment(_states.Count, groups);
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
