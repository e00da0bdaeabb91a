using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Treaties.Indexing;

/// <summary>
/// The time index of one treaty's memberships.
/// </summary>
/// <remarks>
/// <para>
/// Periods are stored grouped by state, sorted by start, as packed date keys with start and end side by side. Each
/// state's keys are also copied into its own block (<see cref="StateBlocks"/>), so a point lookup reads one cache line
/// and compares once, with one vector comparison. A state with more periods than a block holds is looked up within its
/// own run of keys, by counting the period bounds after the day (<see cref="PeriodBounds"/>). Either way: no
/// allocation, no search over other states.
/// </para>
/// <para>
/// The days on which the member set changes cut time into segments (<see cref="ChangeDays"/>). The member set of a
/// segment is computed once, on first use, and then shared, and the bucket of a day holds it
/// (<see cref="SegmentAnswers{T}"/>), so <see cref="MembersOn"/> is a bucket read and a cached collection.
/// </para>
/// <para>
/// It is a struct held inline by its treaty, so a lookup reads these arrays straight from the treaty object, one
/// dependent read fewer than through an index object.
/// </para>
/// </remarks>
internal readonly struct MembershipIndex
{
    private readonly int[] _keys;
    private readonly StateBlocks _blocks;

    /// <summary>Where each state's periods start in <see cref="_periods"/>, one more entry than states: state <c>s</c> has
    /// <c>_offsets[s + 1] - _offsets[s]</c> periods.</summary>
    private readonly int[] _offsets;
    private readonly MembershipPeriod[] _periods;
    private readonly SegmentAnswers<MemberSet> _membersOn;

    internal MembershipIndex(StateTable states, IReadOnlyList<MembershipPeriod> memberships)
    {
        var rows = new (int State, int Start, int End, MembershipPeriod Period)[memberships.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            MembershipPeriod period = memberships[i];
            rows[i] = (states.IndexOf(period.State.Code, nameof(memberships)), DateKey.Of(period.Start), DateKey.Of(period.End), period);
        }

        Array.Sort(rows, (x, y) => x.State != y.State ? x.State.CompareTo(y.State) : x.Start.CompareTo(y.Start));
        int[] offsets = new int[states.Count + 1];
        _keys = new int[(rows.Length * 2) + PeriodBounds.Padding];
        _periods = new MembershipPeriod[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            offsets[rows[i].State + 1]++;
            _keys[2 * i] = rows[i].Start;
            _keys[(2 * i) + 1] = rows[i].End;
            _periods[i] = rows[i].Period;
        }

        for (int s = 0; s < states.Count; s++)
        {
            offsets[s + 1] += offsets[s];
        }

        _offsets = offsets;
        _blocks = new StateBlocks(_keys, offsets);
        var changeDays = new ChangeDays(rows.SelectMany(r => new[] { r.Start, r.End }));
        int[] keys = _keys;
        _membersOn = new SegmentAnswers<MemberSet>(changeDays, answer => answer == 0 ? MemberSet.Empty : MembersAt(states, keys, offsets, changeDays[answer - 1]));
    }

    /// <summary>Returns whether the state has a period that contains the day.</summary>
    /// <remarks><paramref name="state"/> must come from the catalog's <see cref="StateTable"/>, which makes it a valid index
    /// into the blocks, one per state: they are read without a bounds check.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool IsMember(int state, int dateKey)
    {
        ref int block = ref _blocks.BlockOf(state);
        uint after = block != StateBlocks.Overflow ? StateBlocks.LanesAfter(ref block, dateKey) : OverflowLanesAfter(ref block, dateKey);
        return StateBlocks.HasOddCount(after);
    }

    /// <summary>Returns the period of <paramref name="state"/> that contains the day, or null.</summary>
    internal MembershipPeriod? PeriodOn(int state, int dateKey)
    {
        int i = FindPeriod(state, dateKey);
        return i >= 0 ? _periods[i] : null;
    }

    /// <summary>Returns whether the state has any membership period at all.</summary>
    internal bool EverMember(int state) => _offsets[state + 1] > _offsets[state];

    /// <summary>Returns the periods of one state, in date order.</summary>
    internal ArraySegment<MembershipPeriod> PeriodsOf(int state) => new(_periods, _offsets[state], _offsets[state + 1] - _offsets[state]);

    /// <summary>Returns the members on a day: a set shared by every day between the same two change days.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal IReadOnlyCollection<MemberState> MembersOn(int dateKey) => _membersOn.On(dateKey);

    /// <summary>Returns the index of the state's period that contains the day, or -1.</summary>
    private int FindPeriod(int state, int dateKey) => FindPeriod(_keys, _offsets, state, dateKey);

    /// <summary>Returns the index of the state's period that contains the day, or -1, by a binary search of its run.</summary>
    private static int FindPeriod(int[] keys, int[] offsets, int state, int dateKey)
    {
        int low = offsets[state];
        int high = offsets[state + 1];
        int first = low;
        while (low < high)
        {
            int mid = (int)((uint)(low + high) >> 1);
            if (keys[2 * mid] <= dateKey)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        int candidate = low - 1;
        return candidate >= first && dateKey < keys[(2 * candidate) + 1] ? candidate : -1;
    }

    /// <summary>Returns, for a state with more periods than its block holds, one bit when one of them contains the day and
    /// none when none does: a word whose bit count has the parity <see cref="StateBlocks.LanesAfter"/> would give, so that
    /// both paths join as one word, not as two booleans.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private uint OverflowLanesAfter(ref int block, int dateKey)
    {
        (int first, int count) = StateBlocks.RunOf(ref block);
        return PeriodBounds.Contain(_keys, first, count, dateKey) ? 1u : 0u;
    }

    /// <summary>Returns the members on a day, found state by state: how a segment's set is built, once.</summary>
    private static MemberSet MembersAt(StateTable states, int[] keys, int[] offsets, int dateKey)
    {
        var members = new List<MemberState>();
        for (int s = 0; s < states.Count; s++)
        {
            if (FindPeriod(keys, offsets, s, dateKey) >= 0)
            {
                members.Add(states[s]);
            }
        }

        return members.Count == 0 ? MemberSet.Empty : new MemberSet([.. members]);
    }
}
