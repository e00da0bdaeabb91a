using System;
using NodaTime;

namespace Treaties;

/// <summary>One change in who belongs to a treaty: a state joined, left, changed its participation, or became or ceased to be an observer.</summary>
/// <remarks>
/// <para>Two changes are equal when they are of the same kind, on the same day, for the same state, in a treaty with the same id.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class MembershipChange : IEquatable<MembershipChange>
{
    internal MembershipChange(
        Treaty treaty,
        MemberState state,
        MembershipChangeKind kind,
        RecordedDate record,
        ParticipationStatus? participation,
        string? note,
        MembershipEndReason endReason = MembershipEndReason.Unstated)
    {
        EndReason = endReason;
        Treaty = treaty;
        State = state;
        Kind = kind;
        DateRecord = record;
        Participation = participation;
        Note = note;
    }

    /// <summary>Gets the day the change took effect.</summary>
    public LocalDate Date => DateRecord.Date;

    /// <summary>Gets the record of <see cref="Date"/>, with its sources.</summary>
    public RecordedDate DateRecord { get; }

    /// <summary>Gets the treaty.</summary>
    public Treaty Treaty { get; }

    /// <summary>Gets the state.</summary>
    public MemberState State { get; }

    /// <summary>Gets what happened.</summary>
    public MembershipChangeKind Kind { get; }

    /// <summary>Gets the participation from this day on, for <see cref="MembershipChangeKind.Joined"/> and <see cref="MembershipChangeKind.ParticipationChanged"/>; otherwise null.</summary>
    public ParticipationStatus? Participation { get; }

    /// <summary>
    /// Gets why the membership ended, for <see cref="MembershipChangeKind.Left"/> where the catalog says; otherwise
    /// <see cref="MembershipEndReason.Unstated"/>.
    /// </summary>
    public MembershipEndReason EndReason { get; }

    /// <summary>Gets the note of the fact behind the change, or null.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public bool Equals(MembershipChange? other) =>
        other is not null
        && Kind == other.Kind
        && Date == other.Date
        && State.Equals(other.State)
        && string.Equals(Treaty.Id, other.Treaty.Id, StringComparison.Ordinal)
        && Participation == other.Participation;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MembershipChange);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Date, State, Treaty.Id);

    /// <summary>Returns the change in words.</summary>
    /// <returns>For example <c>2023-04-04 NATO: FIN joined</c>.</returns>
    public override string ToString() => Kind switch
    {
        MembershipChangeKind.ParticipationChanged => $"{DateRecord} {Treaty.Id}: {State.Code} participation {Participation}",
        _ => $"{DateRecord} {Treaty.Id}: {State.Code} {Kind}",
    };
}
