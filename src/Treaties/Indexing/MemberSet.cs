using System.Collections;
using System.Collections.Generic;

namespace Treaties.Indexing;

/// <summary>
/// The members of a treaty over one stretch of days, ordered by code: an immutable list, shared by every query that falls
/// in that stretch.
/// </summary>
/// <remarks>
/// The count is a field of the set itself, so <c>MembersOn(date).Count</c> reads one object, not a wrapper and the list
/// behind it. The array is never handed out.
/// </remarks>
internal sealed class MemberSet : IReadOnlyList<MemberState>
{
    private readonly MemberState[] _members;

    internal MemberSet(MemberState[] members)
    {
        _members = members;
        Count = members.Length;
    }

    /// <summary>Gets the set with no members.</summary>
    internal static MemberSet Empty { get; } = new([]);

    public int Count { get; }

    public MemberState this[int index] => _members[index];

    public IEnumerator<MemberState> GetEnumerator() => ((IEnumerable<MemberState>)_members).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
