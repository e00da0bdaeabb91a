using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace Treaties.Indexing;

/// <summary>
/// The time index of one treaty's memberships.
/// </summary>
/// <remarks>
/// <para>
/// Periods are stored grouped by state, sorted by start, as packed date keys with start and end side by side. Each
/// state has a <see cref="StateRun"/> saying where its periods are; a state with one period, the common case, has that
/// period's keys inline, so a point lookup reads one entry and compares once. A state with several periods is searched
/// within its own run. Either way: no allocation, no search over other states.
/// </para>
/// <para>
/// The days on which the member set changes cut time into segments (<see cref="ChangeDays"/>). The member set of a
/// segment is computed once, on first use, and then shared, so <see cref="MembersOn"/> is a bucket read, a short scan and
/// a cached collection.
/// </para>
/// <para>
/// It is a struct held inline by its treaty, so a lookup reads these arrays straight from the treaty object, one
/// dependent read fewer than through an index object.
/// </para>
/// </remarks>
internal readonly struct MembershipIndex
{
    private readonly int[] _keys;
    private readonly StateRun[] _runs;
    private readonly MembershipPeriod[] _periods;
    private readonly ChangeDays _changeDays;
    private readonly MemberSet?[] _segments;
    private readonly StateTable _states;

    internal MembershipIndex(StateTable states, IReadOnlyList<MembershipPeriod> memberships)
    {
        _states = states;
        var rows = new (int State, int Start, int End, MembershipPeriod Period)[memberships.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            MembershipPeriod period = memberships[i];
            rows[i] = (states.IndexOf(period.State.Code, nameof(memberships)), DateKey.Of(period.Start), DateKey.Of(period.End), period);
        }

        Array.Sort(rows, (x, y) => x.State != y.State ? x.State.CompareTo(y.State) : x.Start.CompareTo(y.Start));
        int[] offsets = new int[states.Count + 1];
        _keys = new int[rows.Length * 2];
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

        _runs = new StateRun[states.Count];
        for (int s = 0; s < states.Count; s++)
        {
            _runs[s] = StateRun.Of(_keys, offsets[s], offsets[s + 1] - offsets[s]);
        }

        _changeDays = new ChangeDays(rows.SelectMany(r => new[] { r.Start, r.End }));
        _segments = new MemberSet?[_changeDays.Count];
    }

    /// <summary>Returns whether the state has a period that contains the day.</summary>
    /// <remarks><paramref name="state"/> must come from the catalog's <see cref="StateTable"/>, which makes it a valid index
    /// into the runs, one per state: the runs are read without a bounds check.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool IsMember(int state, int dateKey)
    {
        ref readonly StateRun run = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_runs), state);
        return run.Count <= 1 ? run.Contains(dateKey) : FindPeriodBySearch(run.First, run.Count, dateKey) >= 0;
    }

    /// <summary>Returns the period of <paramref name="state"/> that contains the day, or null.</summary>
    internal MembershipPeriod? PeriodOn(int state, int dateKey)
    {
        int i = FindPeriod(state, dateKey);
        return i >= 0 ? _periods[i] : null;
    }

    /// <summary>Returns whether the state has any membership period at all.</summary>
    internal bool EverMember(int state) => _runs[state].Count > 0;

    /// <summary>Returns the periods of one state, in date order.</summary>
    internal ArraySegment<MembershipPeriod> PeriodsOf(int state) => new(_periods, _runs[state].First, _runs[state].Count);

    internal IReadOnlyCollection<MemberState> MembersOn(int dateKey)
    {
        int segment = _changeDays.SegmentOf(dateKey);
        if (segment < 0)
        {
            return MemberSet.Empty;
        }

        return Volatile.Read(ref _segments[segment]) ?? CreateSegment(segment);
    }

    /// <summary>Returns the index of the state's period that contains the day, or -1.</summary>
    private int FindPeriod(int state, int dateKey)
    {
        ref readonly StateRun run = ref _runs[state];
        if (run.Count <= 1)
        {
            return run.Contains(dateKey) ? run.First : -1;
        }

        return FindPeriodBySearch(run.First, run.Count, dateKey);
    }

    /// <summary>Returns the index of the last period of a run that starts on or before the day, if it contains the day; else -1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindPeriodBySearch(int first, int count, int dateKey)
    {
        int low = first;
        int high = first + count;
        while (low < high)
        {
            int mid = (int)((uint)(low + high) >> 1);
            if (_keys[2 * mid] <= dateKey)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        int candidate = low - 1;
        return candidate >= first && dateKey < _keys[(2 * candidate) + 1] ? candidate : -1;
    }

    private MemberSet CreateSegment(int segment)
    {
        int key = _changeDays[segment];
        var members = new List<MemberState>();
        for (int s = 0; s < _states.Count; s++)
        {
            if (FindPeriod(s, key) >= 0)
            {
                members.Add(_states[s]);
            }
        }

        MemberSet set = members.Count == 0 ? MemberSet.Empty : new MemberSet([.. members]);
        return Interlocked.CompareExchange(ref _segments[segment], set, null) ?? set;
    }
}
