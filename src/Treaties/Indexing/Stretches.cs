using System;
using System.Collections.Generic;
using System.Threading;

namespace Treaties.Indexing;

/// <summary>
/// The sorted days on which an answer can change, each holding the answer for the stretch of days from it up to the
/// next: computed the first time a query falls in that stretch, then shared by every later query in it.
/// </summary>
/// <remarks>
/// <para>
/// Stretch <c>i</c> runs from change day <c>i</c> up to change day <c>i + 1</c>; the last has no end, and the days
/// before the first change day are stretch -1. Each entry holds its day and its answer side by side, so the day a
/// lookup compares and the answer it returns come from the same place in memory.
/// </para>
/// <para>
/// A month table finds the stretch: for every month from the first change day's to the last's, the position of the
/// first change day on or after the month's first day. A lookup reads the table once and steps over the change days of
/// that one month, which are few, rather than searching all of them. The table costs 16 ints a year of the span.
/// </para>
/// <para>
/// Threads that race on an empty answer may each compute it, but only the first one stored is ever returned, so every
/// caller gets the same instance. The struct is held inline by its owner and is read-only; only the answers in its
/// entries are written, once each.
/// </para>
/// </remarks>
internal readonly struct Stretches<T>
    where T : class
{
    /// <summary>The day key given to the computation for the days before the first change day.</summary>
    internal const int Before = int.MinValue;

    /// <summary>Entry 0 stands for the days before the first change day; entry <c>i + 1</c> for stretch <c>i</c>.</summary>
    private readonly Entry[] _entries;
    private readonly int[] _firstOfMonth;
    private readonly int _firstMonth;
    private readonly Func<int, T> _compute;

    /// <summary>Builds the stretches from day keys in any order; duplicates and <see cref="DayKey.Never"/> are dropped.</summary>
    /// <param name="dayKeys">The days on which an answer can change.</param>
    /// <param name="compute">Computes the answer of a stretch from its first day's key, or from <see cref="Before"/>.</param>
    internal Stretches(IEnumerable<int> dayKeys, Func<int, T> compute)
    {
        // The distinct days in order: sorted as an int array, which needs no generic code compiled on a cold start.
        int[] sorted = [.. dayKeys];
        Array.Sort(sorted);
        int count = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (sorted[i] != DayKey.Never && (count == 0 || sorted[i] != sorted[count - 1]))
            {
                sorted[count++] = sorted[i];
            }
        }

        _compute = compute;
        _entries = new Entry[count + 1];
        _entries[0].Day = Before;
        for (int e = 0; e < count; e++)
        {
            _entries[e + 1].Day = sorted[e];
        }

        if (count == 0)
        {
            _firstOfMonth = [];
            return;
        }

        _firstMonth = DayKey.MonthOf(sorted[0]);
        _firstOfMonth = new int[DayKey.MonthOf(sorted[count - 1]) - _firstMonth + 1];
        int next = 1;
        for (int month = 0; month < _firstOfMonth.Length; month++)
        {
            while (DayKey.MonthOf(_entries[next].Day) - _firstMonth < month)
            {
                next++;
            }

            _firstOfMonth[month] = next;
        }
    }

    /// <summary>Gets the number of change days, which is also the number of stretches after the first day.</summary>
    internal int Count => _entries.Length - 1;

    /// <summary>Returns the stretch that contains a day: the position of the last change day on or before it, or -1.</summary>
    internal int StretchOf(int dayKey) => EntryOf(dayKey) - 1;

    /// <summary>Returns the answer for the stretch that contains a day, computing it on first use.</summary>
    internal T On(int dayKey)
    {
        ref Entry entry = ref _entries[EntryOf(dayKey)];
        return Volatile.Read(ref entry.Answer) ?? Store(ref entry);
    }

    private int EntryOf(int dayKey)
    {
        int month = DayKey.MonthOf(dayKey) - _firstMonth;
        if (month < 0 || _firstOfMonth.Length == 0)
        {
            return 0;
        }

        if (month >= _firstOfMonth.Length)
        {
            return _entries.Length - 1;
        }

        int i = _firstOfMonth[month];
        while (i < _entries.Length && _entries[i].Day <= dayKey)
        {
            i++;
        }

        return i - 1;
    }

    private T Store(ref Entry entry)
    {
        T computed = _compute(entry.Day);
        return Interlocked.CompareExchange(ref entry.Answer, computed, null) ?? computed;
    }

    /// <summary>A change day and the answer of the stretch it starts.</summary>
    private struct Entry
    {
        internal int Day;
        internal T? Answer;
    }
}
