using System.Collections.Generic;

namespace Treaties.Indexing;

/// <summary>
/// Who is allied with whom over one stretch of days: a row of bits per state, one bit per other state, all in one
/// array of <c>states * ceil(states / 64)</c> words.
/// </summary>
/// <remarks>
/// A state's row is the union of the member sets of every treaty it belongs to whose defence clause is in force; a
/// state is not its own ally. For the bundled data's states that is about 4 words a row.
/// </remarks>
internal sealed class AllianceRows
{
    private readonly ulong[] _bits;
    private readonly int _wordsPerRow;

    /// <summary>Builds the rows.</summary>
    /// <param name="stateCount">How many states the catalog knows.</param>
    /// <param name="alliances">For each treaty whose defence clause is in force, the numbers of its members.</param>
    internal AllianceRows(int stateCount, IEnumerable<int[]> alliances)
    {
        _wordsPerRow = (stateCount + 63) / 64;
        _bits = new ulong[stateCount * _wordsPerRow];
        ulong[] group = new ulong[_wordsPerRow];
        foreach (int[] members in alliances)
        {
            System.Array.Clear(group);
            foreach (int s in members)
            {
                group[s / 64] |= 1UL << (s % 64);
            }

            foreach (int s in members)
            {
                for (int w = 0; w < _wordsPerRow; w++)
                {
                    _bits[(s * _wordsPerRow) + w] |= group[w];
                }
            }
        }

        for (int s = 0; s < stateCount; s++)
        {
            _bits[(s * _wordsPerRow) + (s / 64)] &= ~(1UL << (s % 64));
        }
    }

    /// <summary>Returns whether two states are allies.</summary>
    internal bool AreAllies(int state, int other) => ((_bits[(state * _wordsPerRow) + (other / 64)] >> (other % 64)) & 1) != 0;
}
