using System;
using System.Collections.Generic;

namespace Treaties.Indexing;

/// <summary>
/// The sorted days on which an answer can change. They cut time into stretches: stretch <c>i</c> runs from day
/// <c>i</c> up to day <c>i + 1</c>, the last stretch has no end, and days before the first are in stretch -1.
/// </summary>
/// <remarks>
/// Finding the stretch of a day uses a month table: for every month from the first day's to the last day's, the
/// position of the first change day on or after the month's first day. A lookup reads the table once and then steps
/// over the change days of that one month, which are few, rather than searching all of them. The table costs 16
/// ints a year of the timeline's span. Instances are immutable and thread-safe.
/// </remarks>
internal sealed class Timeline
{
    private readonly int[] _days;
    private readonly int[] _firstOfMonth;
    private readonly int _firstMonth;

    /// <summary>Builds the timeline from day keys in any order; duplicates and <see cref="DayKey.Never"/> are dropped.</summary>
    internal Timeline(IEnumerable<int> dayKeys)
    {
        var distinct = new SortedSet<int>(dayKeys);
        distinct.Remove(DayKey.Never);
        _days = [.. distinct];
        if (_days.Length == 0)
        {
            _firstOfMonth = [];
            return;
        }

        _firstMonth = DayKey.MonthOf(_days[0]);
        _firstOfMonth = new int[DayKey.MonthOf(_days[^1]) - _firstMonth + 1];
        int next = 0;
        for (int month = 0; month < _firstOfMonth.Length; month++)
        {
            while (DayKey.MonthOf(_days[next]) - _firstMonth < month)
            {
                next++;
            }

            _firstOfMonth[month] = next;
        }
    }

    /// <summary>Gets the number of change days, which is also the number of stretches after the first day.</summary>
    internal int Count => _days.Length;

    /// <summary>Gets the day key on which stretch <paramref name="stretch"/> starts.</summary>
    internal int this[int stretch] => _days[stretch];

    /// <summary>Gets the change days, in order.</summary>
    internal ReadOnlySpan<int> Days => _days;

    /// <summary>Returns the stretch that contains a day: the position of the last change day on or before it, or -1.</summary>
    internal int StretchOf(int dayKey)
    {
        int month = DayKey.MonthOf(dayKey) - _firstMonth;
        if (month < 0 || _days.Length == 0)
        {
            return -1;
        }

        if (month >= _firstOfMonth.Length)
        {
            return _days.Length - 1;
        }

        int i = _firstOfMonth[month];
        while (i < _days.Length && _days[i] <= dayKey)
        {
            i++;
        }

        return i - 1;
    }
}
