using System.Collections.Generic;

namespace Treaties.Indexing;

/// <summary>
/// Who is allied with whom over one stretch of days: a row of bits per state, one bit per other state, all in one
/// array of <c>states * ceil(states / 64)</c> words, read directly by its owner.
/// </summary>
/// <remarks>
/// A state's row is the union of the member sets of every treaty it belongs to whose defence clause is in force; a
/// state is not its own ally. The catalog numbers only the states ever in a defence treaty for these rows: for the
/// bundled data, two words a row.
/// </remarks>
internal static class AllianceRows
{
    /// <summary>Returns the 64-bit words in a row of <paramref name="stateCount"/> states.</summary>
    internal static int WordsPerRow(int stateCount) => (stateCount + 63) / 64;

    /// <summary>Builds the rows.</summary>
    /// <param name="stateCount">How many states the catalog knows.</param>
    /// <param name="alliances">For each treaty whose defence clause is in force, the numbers of its members.</param>
    internal static ulong[] Build(int stateCount, IEnumerable<int[]> alliances)
    {
        int words = WordsPerRow(stateCount);
        ulong[] rows = new ulong[stateCount * words];
        ulong[] group = new ulong[words];
        foreach (int[] members in alliances)
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
    internal static bool AreAllies(ulong[] rows, int wordsPerRow, int state, int other) =>
        ((rows[(state * wordsPerRow) + (other / 64)] >> (other % 64)) & 1) != 0;
}
