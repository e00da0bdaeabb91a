using System.Collections;
using System.Collections.Generic;

namespace Treaties.Indexing;

/// <summary>
/// Who belongs to a treaty over one stretch of days in which no membership or participation changes, and how fully each
/// takes part: made once per stretch, then shared by every commitment of that stretch, and itself the list
/// <see cref="Treaty.MembersOn"/> returns, so that a lookup reaches the members, and their count, in one step.
/// </summary>
internal sealed class TreatyStanding : IReadOnlyList<MemberState>
{
    private readonly MemberState[] _members;

    internal TreatyStanding(MemberState[] members, int[] numbers, ParticipationStatus[] participation)
    {
        _members = members;
        Count = members.Length;
        Numbers = numbers;
        Participation = participation;
        var notFull = new List<MemberState>();
        for (int i = 0; i < members.Length; i++)
        {
            if (participation[i] != ParticipationStatus.Full)
            {
                notFull.Add(members[i]);
            }
        }

        NotFullyParticipating = [.. notFull];
    }

    /// <summary>Gets the standing of a stretch in which nobody belongs.</summary>
    internal static TreatyStanding Empty { get; } = new([], [], []);

    /// <summary>Gets the number of members.</summary>
    public int Count { get; }

    /// <summary>Gets the members as the array behind this list, never handed out.</summary>
    internal MemberState[] MemberArray => _members;

    /// <summary>Gets the catalog's state numbers of the members, in the same order.</summary>
    internal int[] Numbers { get; }

    /// <summary>Gets how fully each member takes part, in the same order.</summary>
    internal ParticipationStatus[] Participation { get; }

    /// <summary>Gets the members that do not take part fully, in code order.</summary>
    internal MemberState[] NotFullyParticipating { get; }

    /// <summary>Gets a member, in code order.</summary>
    public MemberState this[int index] => _members[index];

    /// <inheritdoc/>
    public IEnumerator<MemberState> GetEnumerator() => ((IEnumerable<MemberState>)_members).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
