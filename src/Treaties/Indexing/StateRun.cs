using System.Runtime.CompilerServices;

namespace Treaties.Indexing;

/// <summary>
/// Where one state's periods sit in a treaty's index, with the keys of its period inline when it has only one, so that
/// the common lookup reads one 16-byte entry and nothing else.
/// </summary>
internal readonly struct StateRun
{
    private readonly int _start;
    private readonly uint _length;

    private StateRun(int first, int count, int start, int end)
    {
        First = first;
        Count = count;
        _start = start;
        _length = (uint)(end - start);
    }

    /// <summary>Gets the position of the state's first period in the treaty's index.</summary>
    internal int First { get; }

    /// <summary>Gets how many periods the state has.</summary>
    internal int Count { get; }

    /// <summary>Describes the run of <paramref name="count"/> periods from <paramref name="first"/>, whose start and end keys sit at <c>2 * i</c> and <c>2 * i + 1</c> of <paramref name="keys"/>.</summary>
    internal static StateRun Of(int[] keys, int first, int count) =>
        count == 1 ? new StateRun(first, count, keys[2 * first], keys[(2 * first) + 1]) : new StateRun(first, count, 0, 0);

    /// <summary>Returns whether the only period contains the day; always false for a run of no period or of several.</summary>
    /// <remarks>
    /// One unsigned comparison tests <c>start &lt;= day &lt; end</c>, with the length <c>end - start</c> kept: a day
    /// before the start wraps around to a large unsigned difference. A run of none or several has length zero.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Contains(int dateKey) => (uint)(dateKey - _start) < _length;
}
