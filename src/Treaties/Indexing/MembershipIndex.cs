using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Treaties.Indexing;

/// <summary>
/// The time index of one treaty's memberships.
/// </summary>
/// <remarks>
/// <para>
/// Periods are stored grouped by state (compressed rows: the periods of state <c>s</c> are
/// <c>[_offsets[s], _offsets[s + 1])</c>), sorted by start, as packed date keys. A point lookup reads the one or two
/// periods of one state: no allocation, no search over other states.
/// </para>
/// <para>
/// The days on which the member set changes cut time into segments. The member set of a segment is computed once,
/// on first use, and then shared, so <see cref="MembersOn"/> is a binary search that returns a cached collection.
/// </para>
/// </remarks>
internal sealed class MembershipIndex
{
    private static readonly ReadOnlyCollection<MemberState> NoMembers = new([]);

    private readonly int[] _offsets;
    private readonly int[] _keys;
    private readonly MembershipPeriod[] _periods;
    private readonly int[] _changeKeys;
    private readonly ReadOnlyCollection<MemberState>?[] _segments;
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
        _offsets = new int[states.Count + 1];
        _keys = new int[rows.Length * 2];
        _periods = new MembershipPeriod[rows.Length];
        var changes = new SortedSet<int>();
        for (int i = 0; i < rows.Length; i++)
        {
            _offsets[rows[i].State + 1]++;
            _keys[2 * i] = rows[i].Start;
            _keys[(2 * i) + 1] = rows[i].End;
            _periods[i] = rows[i].Period;
            changes.Add(rows[i].Start);
            if (rows[i].End != DateKey.Never)
            {
                changes.Add(rows[i].End);
            }
        }

        for (int s = 0; s < states.Count; s++)
        {
            _offsets[s + 1] += _offsets[s];
        }

        _changeKeys = [.. changes];
        _segments = new ReadOnlyCollection<MemberState>?[_changeKeys.Length];
    }

    internal bool IsMember(int state, int dateKey) => FindPeriod(state, dateKey) >= 0;

    /// <summary>Returns the period of <paramref name="state"/> that contains the day, or null.</summary>
    internal MembershipPeriod? PeriodOn(int state, int dateKey)
    {
        int i = FindPeriod(state, dateKey);
        return i >= 0 ? _periods[i] : null;
    }

    /// <summary>Returns whether the state has any membership period at all.</summary>
    internal bool EverMember(int state) => _offsets[state + 1] > _offsets[state];

    /// <summary>Returns the periods of one state, in date order.</summary>
    internal ArraySegment<MembershipPeriod> PeriodsOf(int state) =>
        new(_periods, _offsets[state], _offsets[state + 1] - _offsets[state]);

    internal IReadOnlyCollection<MemberState> MembersOn(int dateKey)
    {
        int segment = UpperBound(_changeKeys, dateKey) - 1;
        if (segment < 0)
        {
            return NoMembers;
        }

        return Volatile.Read(ref _segments[segment]) ?? CreateSegment(segment);
    }

    /// <summary>Returns the index of the first key greater than <paramref name="key"/>.</summary>
    private static int UpperBound(int[] keys, int key)
    {
        int low = 0;
        int high = keys.Length;
        while (low < high)
        {
            int mid = (int)((uint)(low + high) >> 1);
            if (keys[mid] <= key)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>Returns the index of the state's period that contains the day, or -1.</summary>
    /// <remarks>
    /// Start and end keys sit side by side in one array, so a period costs one cache line at most. A state's few periods
    /// are scanned; from five on, the last period starting on or before the day is found by binary search.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindPeriod(int state, int dateKey)
    {
        int[] keys = _keys;
        int first = _offsets[state];
        int count = _offsets[state + 1] - first;
        if (count > 4)
        {
            return FindPeriodBySearch(first, count, dateKey);
        }

        for (int i = 2 * first, end = 2 * (first + count); i < end; i += 2)
        {
            if (dateKey < keys[i])
            {
                return -1;
            }

            if (dateKey < keys[i + 1])
            {
                return i >> 1;
            }
        }

        return -1;
    }

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

    private ReadOnlyCollection<MemberState> CreateSegment(int segment)
    {
        int key = _changeKeys[segment];
        var members = new List<MemberState>();
        for (int s = 0; s < _states.Count; s++)
        {
            if (FindPeriod(s, key) >= 0)
            {
                members.Add(_states[s]);
            }
        }

        var set = members.Count == 0 ? NoMembers : members.AsReadOnly();
        return Interlocked.CompareExchange(ref _segments[segment], set, null) ?? set;
    }
}
