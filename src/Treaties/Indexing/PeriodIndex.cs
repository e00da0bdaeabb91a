using System.Collections.Generic;

namespace Treaties.Indexing;

/// <summary>
/// The membership periods of one treaty, grouped by state, for point lookups: is a state a member on a day, and which
/// of its periods contains the day.
/// </summary>
/// <remarks>
/// <para>
/// Each state's periods sit together, sorted by start, in one array of their day keys, start and end side by side, with
/// a parallel array of their positions in the treaty's list. A lookup walks only the state's own periods: one or two for nearly every
/// state of real treaties. Periods of one state never overlap, so the walk stops at the first start after the day.
/// A state with many periods is searched by halves instead.
/// </para>
/// <para>
/// It is a struct held inline by its treaty, so a lookup reads the arrays straight from the treaty. Instances are
/// immutable and thread-safe.
/// </para>
/// </remarks>
internal readonly struct PeriodIndex
{
    /// <summary>The number of periods of one state above which a lookup searches by halves rather than walking.</summary>
    private const int WalkLimit = 8;

    /// <summary>Start and end keys of each period, <c>2 * i</c> and <c>2 * i + 1</c>, grouped by state, sorted by start.</summary>
    private readonly int[] _bounds;

    /// <summary>The treaty's periods, in the order the data lists them.</summary>
    private readonly IReadOnlyList<MembershipPeriod> _memberships;

    /// <summary>The position in <see cref="_memberships"/> of each period, in the same order as their bounds.</summary>
    private readonly int[] _positions;

    /// <summary>State <c>s</c> has the periods from <c>_first[s]</c> up to <c>_first[s + 1]</c>.</summary>
    private readonly int[] _first;

    /// <summary>Builds the index of one treaty's periods, given the catalog's state numbers.</summary>
    internal PeriodIndex(StateNumbers states, IReadOnlyList<MembershipPeriod> memberships)
    {
        // Grouped by state with a counting sort, then each state's few periods put in order of start by insertion:
        // plain loops over arrays of ints, which a cold start runs without compiling generic sorting code.
        int count = memberships.Count;
        int[] stateOf = new int[count];
        _first = new int[states.Count + 1];
        for (int p = 0; p < count; p++)
        {
            stateOf[p] = states.Find(memberships[p].State, nameof(memberships));
            _first[stateOf[p] + 1]++;
        }

        int members = 0;
        for (int s = 0; s < states.Count; s++)
        {
            members += _first[s + 1] > 0 ? 1 : 0;
            _first[s + 1] += _first[s];
        }

        _bounds = new int[2 * count];
        _memberships = memberships;
        _positions = new int[count];
        int[] next = new int[states.Count];
        for (int p = 0; p < count; p++)
        {
            int i = _first[stateOf[p]] + next[stateOf[p]]++;
            int start = DayKey.Of(memberships[p].Start);
            int end = DayKey.Of(memberships[p].End);
            for (; i > _first[stateOf[p]] && _bounds[2 * (i - 1)] > start; i--)
            {
                _bounds[2 * i] = _bounds[2 * (i - 1)];
                _bounds[(2 * i) + 1] = _bounds[(2 * i) - 1];
                _positions[i] = _positions[i - 1];
            }

            _bounds[2 * i] = start;
            _bounds[(2 * i) + 1] = end;
            _positions[i] = p;
        }

        Members = new int[members];
        for (int s = 0, m = 0; s < states.Count; s++)
        {
            if (_first[s + 1] > _first[s])
            {
                Members[m++] = s;
            }
        }
    }

    internal int[] Members { get; }

    /// <summary>Returns whether the state has a period that contains the day.</summary>
    internal bool IsMember(int state, int dayKey) => Find(state, dayKey) >= 0;

    /// <summary>Returns the state's period that contains the day, or null.</summary>
    internal MembershipPeriod? PeriodOn(int state, int dayKey)
    {
        int i = Find(state, dayKey);
        return i >= 0 ? _memberships[_positions[i]] : null;
    }

    /// <summary>Returns whether the state ever had a period.</summary>
    internal bool EverMember(int state) => _first[state + 1] > _first[state];

    /// <summary>Returns the state's periods, in date order.</summary>
    internal MembershipPeriod[] PeriodsOf(int state)
    {
        var periods = new MembershipPeriod[_first[state + 1] - _first[state]];
        for (int i = 0; i < periods.Length; i++)
        {
            periods[i] = _memberships[_positions[_first[state] + i]];
        }

        return periods;
    }

    /// <summary>Returns the position of the state's period that contains the day, or -1.</summary>
    private int Find(int state, int dayKey)
    {
        int low = _first[state];
        int high = _first[state + 1];
        if (high - low > WalkLimit)
        {
            // The last period that starts on or before the day is the only one that can contain it.
            while (low < high)
            {
                int mid = (low + high) >>> 1;
                if (_bounds[2 * mid] <= dayKey)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            int last = low - 1;
            return last >= _first[state] && dayKey < _bounds[(2 * last) + 1] ? last : -1;
        }

        for (int i = low; i < high; i++)
        {
            if (dayKey < _bounds[2 * i])
            {
                return -1;
            }

            if (dayKey < _bounds[(2 * i) + 1])
            {
                return i;
            }
        }

        return -1;
    }
}
