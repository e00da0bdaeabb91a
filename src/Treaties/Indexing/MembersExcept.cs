using System.Collections;
using System.Collections.Generic;

namespace Treaties.Indexing;

/// <summary>
/// A list of states shared by every member of a treaty over a stretch of days, seen without one of them: the defenders
/// of that member. Each commitment holds a view, not a copy, so a treaty of many members costs one list, not one a member.
/// </summary>
internal sealed class MembersExcept : IReadOnlyList<MemberState>
{
    private readonly MemberState[] _all;
    private readonly int _skipped;

    /// <summary>Creates the view.</summary>
    /// <param name="all">The states, in code order.</param>
    /// <param name="skipped">The position of the state left out, or -1 to leave none out.</param>
    internal MembersExcept(MemberState[] all, int skipped)
    {
        _all = all;
        _skipped = skipped;
    }

    public int Count => _skipped < 0 ? _all.Length : _all.Length - 1;

    public MemberState this[int index] => _all[_skipped >= 0 && index >= _skipped ? index + 1 : index];

    public IEnumerator<MemberState> GetEnumerator()
    {
        for (int i = 0; i < _all.Length; i++)
        {
            if (i != _skipped)
            {
                yield return _all[i];
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
