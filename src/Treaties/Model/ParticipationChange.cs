using System;
using NodaTime;

namespace Treaties;

/// <summary>A change in how fully a member takes part in a treaty, from a given day.</summary>
/// <remarks>
/// <para>
/// The new status holds from <see cref="Start"/> up to the <see cref="Start"/> of the membership's next change, or up
/// to the membership's <see cref="MembershipPeriod.End"/>: a half-open range, as every range of the catalog is.
/// </para>
/// <para>Two changes are equal when their status, date record and note are equal.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ParticipationChange : IEquatable<ParticipationChange>
{
    // As in MembershipPeriod, a bare date (no sources, no note, no doubt, to the day) is kept as a LocalDate only, and
    // its record is made when asked for: records are compared by value.
    private readonly RecordedDate? _startRecord;

    /// <summary>Creates a participation change.</summary>
    /// <param name="status">The status from <paramref name="start"/> on.</param>
    /// <param name="start">The first day of the new status.</param>
    /// <param name="note">What changed, in words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not defined, or <paramref name="note"/> is blank.</exception>
    public ParticipationChange(ParticipationStatus status, RecordedDate start, string? note = null)
    {
        Preconditions.CheckArgument(
            Enum.IsDefined(status), nameof(status), $"{(int)status} is not a defined {nameof(ParticipationStatus)}.");
        Status = status;
        Preconditions.CheckNotNull(start, nameof(start));
        Start = start.Date;
        _startRecord = start.IsBare ? null : start;
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
    }

    /// <summary>Gets the status from <see cref="Start"/> on.</summary>
    public ParticipationStatus Status { get; }

    /// <summary>Gets the first day of the new status.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the record of <see cref="Start"/>, with its sources.</summary>
    public RecordedDate StartRecord => _startRecord ?? new RecordedDate(Start);

    /// <summary>Gets what changed, in words, or null.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public bool Equals(ParticipationChange? other) =>
        other is not null
        && Status == other.Status
        && StartRecord.Equals(other.StartRecord)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ParticipationChange);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Status, Start);

    /// <summary>Returns the status and its first day.</summary>
    /// <returns>For example <c>Frozen since 2024-02-22</c>.</returns>
    public override string ToString() => $"{Status} since {StartRecord}";
}
