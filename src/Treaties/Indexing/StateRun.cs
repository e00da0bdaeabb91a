using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Treaties.Indexing;

/// <summary>
/// One state's entry in a treaty's index, 8 bytes: the keys of its period inline when it has only one, so that the
/// common lookup reads one entry and nothing else, and a mark when it has several, which are searched instead.
/// </summary>
/// <remarks>
/// The period is held as its start and its length <c>end - start</c>, so that one unsigned comparison tests
/// <c>start &lt;= day &lt; end</c>: a day before the start wraps around to a large unsigned difference. A state with no
/// period has length zero, which holds no day. No single period can be <see cref="uint.MaxValue"/> keys long (the
/// longest, from NodaTime's first year to an open end, is about 3.5 billion), so that length marks a state with several.
/// Eight bytes let the JIT address an entry with one scaled index, and keep a treaty's entries for 250 states in 2 KiB.
/// </remarks>
internal readonly struct StateRun
{
    private const uint Several = uint.MaxValue;

    private StateRun(int start, uint length)
    {
        Start = start;
        Length = length;
    }

    /// <summary>Gets the key of the only period's first day; zero for a state with no period or with several.</summary>
    internal int Start { get; }

    /// <summary>Gets the number of day keys the only period spans; zero for no period, <see cref="uint.MaxValue"/> for several.</summary>
    internal uint Length { get; }

    /// <summary>Gets whether the state has several periods, which the entry does not hold.</summary>
    internal bool HasSeveral => Length == Several;

    /// <summary>Describes the run of <paramref name="count"/> periods from <paramref name="first"/>, whose start and end keys sit at <c>2 * i</c> and <c>2 * i + 1</c> of <paramref name="keys"/>.</summary>
    internal static StateRun Of(int[] keys, int first, int count)
    {
        if (count != 1)
        {
            return new StateRun(0, count == 0 ? 0 : Several);
        }

        uint length = (uint)(keys[(2 * first) + 1] - keys[2 * first]);
        Debug.Assert(length != Several, "No period spans every key.");
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
