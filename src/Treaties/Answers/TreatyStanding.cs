using System;
using System.Collections.ObjectModel;

namespace Treaties;

/// <summary>
/// Who belongs to a treaty over one stretch of days in which no membership or participation changes, and how fully each
/// takes part: made once per stretch, then shared by <see cref="Treaty.MembersOn"/> and by every commitment of that stretch.
/// </summary>
internal sealed class TreatyStanding
{
    internal TreatyStanding(MemberState[] members, int[] numbers, ParticipationStatus[] participation)
    {
        Members = Array.AsReadOnly(members);
        MemberArray = members;
        Numbers = numbers;
        Participation = participation;
        var notFull = new System.Collections.Generic.List<MemberState>();
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

    /// <summary>Gets the members, in code order.</summary>
    internal ReadOnlyCollection<MemberState> Members { get; }

    /// <summary>Gets the members as the array behind <see cref="Members"/>, never handed out.</summary>
    internal MemberState[] MemberArray { get; }

    /// <summary>Gets the catalog's state numbers of the members, in the same order.</summary>
    internal int[] Numbers { get; }

    /// <summary>Gets how fully each member takes part, in the same order.</summary>
    internal ParticipationStatus[] Participation { get; }

    /// <summary>Gets the members that do not take part fully, in code order.</summary>
    internal MemberState[] NotFullyParticipating { get; }
}
