using System.Collections.Generic;
using System.Threading;

namespace Treaties.Indexing;

/// <summary>
/// What the mutual defence clauses say over one stretch of days in which none of the defence treaties changes: who is
/// allied with whom, and, per state on first use, who must defend it.
/// </summary>
/// <remarks>
/// Alliances are one row of bits per state, a bit per other state, so <see cref="AreAllies"/> reads one word. A row is
/// the union of the member sets of every treaty, with its defence clause in force, that the state belongs to; a state
/// is not its own ally. A segment costs <c>states * ceil(states / 64)</c> words: 6 KiB for the bundled data's 194 states.
/// </remarks>
internal sealed class DefenceSegment
{
    private readonly int _words;
    private readonly ulong[] _allies;
    private readonly DefenceCommitment[]?[] _commitments;

    /// <summary>Builds the alliances of a segment.</summary>
    /// <param name="stateCount">How many states the catalog knows.</param>
    /// <param name="memberGroups">The members, as state indexes, of each treaty whose defence clause is in force in the segment.</param>
    internal DefenceSegment(int stateCount, IEnumerable<int[]> memberGroups)
    {
        _words = (stateCount + 63) / 64;
        _allies = new ulong[stateCount * _words];
        _commitments = new DefenceCommitment[]?[stateCount];
        var group = new ulong[_words];
        foreach (int[] members in memberGroups)
        {
            System.Array.Clear(group);
            foreach (int s in members)
            {
                group[s / 64] |= 1UL << (s % 64);
            }

            foreach (int s in members)
            {
                for (int w = 0; w < _words; w++)
                {
                    _allies[(s * _words) + w] |= group[w];
                }
            }
        }

        for (int s = 0; s < stateCount; s++)
        {
            _allies[(s * _words) + (s / 64)] &= ~(1UL << (s % 64));
        }
    }

    /// <summary>Returns whether two states are allies in this segment.</summary>
    internal bool AreAllies(int state, int other) => ((_allies[(state * _words) + (other >> 6)] >> (other & 63)) & 1) != 0;

    /// <summary>Returns the commitments to a state computed earlier in this segment, or null.</summary>
    internal DefenceCommitment[]? CommitmentsTo(int state) => Volatile.Read(ref _commitments[state]);

    /// <summary>Keeps the commitments to a state, and returns the ones kept first when another thread was quicker.</summary>
    internal DefenceCommitment[] Keep(int state, DefenceCommitment[] commitments) =>
        Interlocked.CompareExchange(ref _commitments[state], commitments, null) ?? commitments;
}
