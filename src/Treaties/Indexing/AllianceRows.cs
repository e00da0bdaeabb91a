using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Treaties.Indexing;

/// <summary>
/// Who is allied with whom over one stretch of days in which none of the defence treaties changes: one row of bits per
/// state, a bit per other state, in one array.
/// </summary>
/// <remarks>
/// A row is the union of the member sets of every treaty, with its defence clause in force, that the state belongs to;
/// a state is not its own ally. The rows are a bare array, not an object holding one, so that
/// <see cref="DefenceIndex.AreAllies"/> reads the day's bucket and then the one word, with no object in between. Rows
/// cost <c>states * ceil(states / 64)</c> words: 6 KiB for the bundled data's 194 states.
/// </remarks>
internal static class AllianceRows
{
    /// <summary>Returns the 64-bit words in a row of <paramref name="stateCount"/> states.</summary>
    internal static int WordsPerRow(int stateCount) => (stateCount + 63) / 64;

    /// <summary>Builds the rows.</summary>
    /// <param name="stateCount">How many states the catalog knows.</param>
    /// <param name="memberGroups">The members, as state indexes, of each treaty whose defence clause is in force.</param>
    internal static ulong[] Build(int stateCount, IEnumerable<int[]> memberGroups)
    {
        int words = WordsPerRow(stateCount);
        ulong[] rows = new ulong[stateCount * words];
        ulong[] group = new ulong[words];
        foreach (int[] members in memberGroups)
        {
            System.Array.Clear(group);
            foreach (int s in members)
            {
                group[s / 64] |= 1UL << (s % 64);
            }

            foreach (int s in members)
            {
                for (int w = 0; w < words; w++)
                {
                    rows[(s * words) + w] |= group[w];
                }
            }
        }

        for (int s = 0; s < stateCount; s++)
        {
            rows[(s * words) + (s / 64)] &= ~(1UL << (s % 64));
        }

        return rows;
    }

    /// <summary>Returns whether two states are allies in the rows.</summary>
    /// <remarks>Both states must come from the catalog's <see cref="StateTable"/>, which makes them valid rows and bits:
    /// the word is read without a bounds check.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool AreAllies(ulong[] rows, int words, int state, int other)
    {
        int word = (state * words) + (other >> 6);
        Debug.Assert((uint)word < (uint)rows.Length, "The states are in range.");
        return ((Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(rows), (nint)(uint)word) >> (other & 63)) & 1) != 0;
    }
}
