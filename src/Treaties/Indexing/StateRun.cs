using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Treaties.Indexing;

/// <summary>
/// One state's entry in a treaty's index, 8 bytes: the keys of its period inline when it has only one, so that the
/// common lookup reads one entry and nothing else; and where its periods are when it has several, so that they are
/// searched without reading anything but the entry and the keys.
/// </summary>
/// <remarks>
/// The period is held as its start and its length <c>end - start</c>, so that one unsigned comparison tests
/// <c>start &lt;= day &lt; end</c>: a day before the start wraps around to a large unsigned difference. A state with no
/// period has length zero, which holds no day. No single period reaches <see cref="SeveralMark"/> keys (the longest,
/// from NodaTime's first year to an open end, is about 3.46 billion, under 0xCF00_0000), so a length from that mark up
/// is a state with several periods, and its low bits count them. Eight bytes let the JIT address an entry with one
/// scaled index, and keep a treaty's entries for 250 states in 2 KiB.
/// </remarks>
internal readonly struct StateRun
{
    /// <summary>The lowest length that marks several periods; the bits below it hold their count.</summary>
    internal const uint SeveralMark = 0xF000_0000;

    /// <summary>The most periods one state can have in one treaty: the count must fit below <see cref="SeveralMark"/>.</summary>
    internal const int MaxPeriods = (int)~SeveralMark;

    private StateRun(int start, uint length)
    {
        Start = start;
        Length = length;
    }

    /// <summary>Gets the key of the only period's first day, the position of the first period when there are several, or zero for none.</summary>
    internal int Start { get; }

    /// <summary>Gets the number of day keys the only period spans; zero for no period; <see cref="SeveralMark"/> and the count for several.</summary>
    internal uint Length { get; }

    /// <summary>Gets whether the state has several periods, which are searched from <see cref="First"/>.</summary>
    internal bool HasSeveral => Length >= SeveralMark;

    /// <summary>Gets the position of the state's first period, when it has several.</summary>
    internal int First
    {
        get
        {
            Debug.Assert(HasSeveral, "Only an entry for several periods holds a position.");
            return Start;
        }
    }

    /// <summary>Gets the number of the state's periods, when it has several.</summary>
    internal int Count
    {
        get
        {
            Debug.Assert(HasSeveral, "Only an entry for several periods holds a count.");
            return (int)(Length - SeveralMark);
        }
    }

    /// <summary>Describes the run of <paramref name="count"/> periods from <paramref name="first"/>, whose start and end keys sit at <c>2 * i</c> and <c>2 * i + 1</c> of <paramref name="keys"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is over <see cref="MaxPeriods"/>.</exception>
    internal static StateRun Of(int[] keys, int first, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxPeriods);
        if (count != 1)
        {
            return count == 0 ? default : new StateRun(first, SeveralMark + (uint)count);
        }

        uint length = (uint)(keys[(2 * first) + 1] - keys[2 * first]);
        Debug.Assert(length < SeveralMark, "No period is that long.");
        return new StateRun(keys[2 * first], length);
    }

    /// <summary>Returns whether the only period contains the day; always false for a state with no period, and not to be asked of one with several.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Contains(int dateKey)
    {
        Debug.Assert(!HasSeveral, "A state with several periods is searched.");
        return (uint)(dateKey - Start) < Length;
    }
}
