using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using NodaTime;

namespace Treaties.Indexing;

/// <summary>
/// Answers "are these two allies" and "who must defend this state" from the treaties with a mutual defence clause.
/// </summary>
/// <remarks>
/// Every day on which any answer can change (a membership, a participation change, a treaty or clause coming into or
/// out of force) cuts time into segments (<see cref="ChangeDays"/>). Within a segment every answer stays the same, so
/// each segment's answers are built on first use and then shared (<see cref="SegmentAnswers{T}"/>): its
/// <see cref="AllianceRows"/>, and an array with a slot per state for the commitments to that state, filled when first
/// asked for. Each is a bare array held in the bucket, so a query costs a bucket read and one read in the array, however
/// many treaties there are; <see cref="WhoMustDefend"/> then reads the list it returns.
/// </remarks>
internal sealed class DefenceIndex
{
    private readonly StateTable _states;
    private readonly Treaty[] _defenceTreaties;
    private readonly int[][] _everMembers;
    private readonly Treaty[][] _treatiesByState;
    private readonly ChangeDays _changeDays;
    private readonly int _words;

    /// <summary>Each segment's alliances, built on first use; segment 0 is the time before the first change day.</summary>
    private readonly SegmentAnswers<ulong[]> _allies;

    /// <summary>Each segment's commitments to each state, null until first asked for.</summary>
    private readonly SegmentAnswers<DefenceCommitment[]?[]> _commitments;

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
        _words = AllianceRows.WordsPerRow(states.Count);
        _allies = new SegmentAnswers<ulong[]>(_changeDays, CreateAllies);
        _commitments = new SegmentAnswers<DefenceCommitment[]?[]>(_changeDays, _ => new DefenceCommitment[]?[states.Count]);
    }

    /// <summary>Returns whether the two states were both members that day of a treaty whose mutual defence clause was in force.</summary>
    /// <remarks>Both states must come from the catalog's <see cref="StateTable"/>.</remarks>
    internal bool AreAllies(int state, int other, int dateKey) => AllianceRows.AreAllies(_allies.On(dateKey), _words, state, other);

    /// <summary>Returns the commitments to a state on a day, computed on first use in the day's segment and then shared.</summary>
    /// <remarks>The state must come from the catalog's <see cref="StateTable"/>, which makes it a valid slot: it is read
    /// without a bounds check.</remarks>
    internal DefenceCommitment[] WhoMustDefend(int state, LocalDate date)
    {
        DefenceCommitment[]?[] slots = _commitments.On(DateKey.Of(date));
        Debug.Assert((uint)state < (uint)slots.Length, "The state is in range.");
        ref DefenceCommitment[]? slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), (nint)(uint)state);
        return Volatile.Read(ref slot) ?? Keep(ref slot, state, date);
    }

    /// <summary>Computes the commitments to a state and keeps them in the slot, unless another thread kept its own first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private DefenceCommitment[] Keep(ref DefenceCommitment[]? slot, int state, LocalDate date)
    {
        DefenceCommitment[] computed = Compute(state, date);
        return Interlocked.CompareExchange(ref slot, computed, null) ?? computed;
    }

    private ulong[] CreateAllies(int segment)
    {
        int key = segment == 0 ? int.MinValue : _changeDays[segment - 1];
        IEnumerable<int[]> groups = _defenceTreaties
            .Select((treaty, t) => (treaty, t))
            .Where(x => x.treaty.HasDefenceClauseOn(key))
            .Select(x => x.treaty.MembersAmong(_everMembers[x.t], key));
        return AllianceRows.Build(_states.Count, groups);
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
