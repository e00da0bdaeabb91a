using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Treaties.Indexing;

/// <summary>
/// Whether a day falls inside one of a state's periods, told from the parity of the period bounds after it, with no
/// branch on the data.
/// </summary>
/// <remarks>
/// <para>
/// A state's periods in one treaty do not overlap, so their keys, start and end side by side in start order, ascend:
/// <c>s0 &lt; e0 &lt;= s1 &lt; e1 ...</c>. A day is inside a period exactly when an odd number of those bounds lie after
/// it: inside <c>[s1, e1)</c>, the bounds after the day are <c>e1</c> and all that follow, an odd count; between <c>e0</c>
/// and <c>s1</c>, an even one. A period that ends the day the next starts counts both bounds, and the parity holds.
/// </para>
/// <para>
/// A binary search over a handful of periods mispredicts about one branch in two. Counting instead compares every bound
/// at once, up to <see cref="ScannedPeriods"/> periods in two 8-lane vector comparisons; more periods, which no real
/// state has, are counted by a binary search.
/// </para>
/// </remarks>
internal static class PeriodBounds
{
    /// <summary>The most periods counted by comparing all their bounds: two vectors of eight keys.</summary>
    internal const int ScannedPeriods = 8;

    /// <summary>How many keys a comparison may read past a run's last bound, so the key array carries that many more.</summary>
    /// <remarks>Every counted run, from four keys (two periods, the fewest) to sixteen, is read as sixteen.</remarks>
    internal const int Padding = (2 * ScannedPeriods) - 4;

    /// <summary>Returns whether the day is inside one of the <paramref name="count"/> periods whose keys start at <c>2 * first</c>.</summary>
    /// <param name="keys">The start and end keys of periods, ascending within the run, followed by <see cref="Padding"/> more.</param>
    /// <param name="first">The position of the run's first period.</param>
    /// <param name="count">The number of periods in the run, at least 2.</param>
    /// <param name="dateKey">The day.</param>
    internal static bool Contain(int[] keys, int first, int count, int dateKey)
    {
        Debug.Assert(count >= 2 && (2 * (first + count)) + Padding <= keys.Length, "The run lies inside the keys, padding included.");
        int after = count <= ScannedPeriods ? CountAfterByScan(keys, 2 * first, 2 * count, dateKey) : CountAfterBySearch(keys, 2 * first, 2 * count, dateKey);
        return (after & 1) != 0;
    }

    private static int CountAfterByScan(int[] keys, int from, int length, int dateKey)
    {
        ref int bound = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(keys), from);
        if (Vector256.IsHardwareAccelerated)
        {
            // Both vectors are compared whatever the length: a branch on it would be mispredicted as often as runs
            // of up to four periods and of more alternate, and each misprediction waits for the keys to arrive.
            Vector256<int> day = Vector256.Create(dateKey);
            uint low = Vector256.GreaterThan(Vector256.LoadUnsafe(ref bound), day).ExtractMostSignificantBits();
            uint high = Vector256.GreaterThan(Vector256.LoadUnsafe(ref bound, (nuint)Vector256<int>.Count), day).ExtractMostSignificantBits();
            return BitOperations.PopCount((low | (high << Vector256<int>.Count)) & ((1u << length) - 1));
        }

        return CountAfterOneByOne(keys, from, length, dateKey);
    }

    /// <summary>Counts the keys after the day one at a time, branch-free: the scan where 8-lane vectors are not accelerated.</summary>
    internal static int CountAfterOneByOne(int[] keys, int from, int length, int dateKey)
    {
        ref int bound = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(keys), from);
        int count = 0;
        for (int i = 0; i < length; i++)
        {
            count += Unsafe.Add(ref bound, i) > dateKey ? 1 : 0;
        }

        return count;
    }

    private static int CountAfterBySearch(int[] keys, int from, int length, int dateKey)
    {
        int low = from;
        int high = from + length;
        while (low < high)
        {
            int mid = (int)((uint)(low + high) >> 1);
            if (keys[mid] <= dateKey)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return from + length - low;
    }
}
