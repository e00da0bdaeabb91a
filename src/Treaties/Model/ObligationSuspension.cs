using System;
using NodaTime;

namespace Treaties;

/// <summary>
/// A time in which one party suspended its mutual defence obligations toward another, while both stayed parties: the
/// United States toward New Zealand under ANZUS from 1986.
/// </summary>
/// <remarks>
/// <para>
/// While a suspension applies, <see cref="State"/> is not among the defenders of <see cref="Toward"/> under the treaty
/// (<see cref="DefenceCommitment.SuspendedDefenders"/> names it), the two are not allies under it, and every other
/// obligation of the treaty goes on. The range is half-open, [<see cref="Start"/>, <see cref="End"/>).
/// </para>
/// <para>Two suspensions are equal when all their properties are equal, sources included.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ObligationSuspension : IEquatable<ObligationSuspension>
{
    private readonly RecordedRange _days;

    /// <summary>Creates a suspension.</summary>
    /// <param name="state">The party that suspended its obligations.</param>
    /// <param name="toward">The party it no longer owes help to.</param>
    /// <param name="start">The first day of the suspension.</param>
    /// <param name="end">The first day the obligations applied again; null while the suspension goes on.</param>
    /// <param name="note">What was decided, in words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="state"/>, <paramref name="toward"/> or <paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The two states are the same, <paramref name="end"/> is not after <paramref name="start"/>, or the note is blank.
    /// </exception>
    public ObligationSuspension(MemberState state, MemberState toward, RecordedDate start, RecordedDate? end = null, string? note = null)
    {
        State = Preconditions.CheckNotNull(state, nameof(state));
        Toward = Preconditions.CheckNotNull(toward, nameof(toward));
        Preconditions.CheckArgument(!state.Equals(toward), nameof(toward), $"{state.Code} cannot suspend its obligations toward itself.");
        _days = new RecordedRange(start, end);
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
    }

    /// <summary>Gets the party that suspended its obligations.</summary>
    public MemberState State { get; }

    /// <summary>Gets the party it no longer owes help to.</summary>
    public MemberState Toward { get; }

    /// <summary>Gets the first day of the suspension.</summary>
    public LocalDate Start => _days.Start;

    /// <summary>Gets the record of <see cref="Start"/>, with its sources.</summary>
    public RecordedDate StartRecord => _days.StartRecord;

    /// <summary>Gets the first day the obligations applied again, or null while the suspension goes on.</summary>
    public LocalDate? End => _days.End;

    /// <summary>Gets the record of <see cref="End"/>, with its sources.</summary>
    public RecordedDate? EndRecord => _days.EndRecord;

    /// <summary>Gets the days of the suspension, [<see cref="Start"/>, <see cref="End"/>).</summary>
    public DateRange Range => _days.Range;

    /// <summary>Gets what was decided, in words, or null.</summary>
    public string? Note { get; }

    /// <summary>Returns whether the suspension applies on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True from <see cref="Start"/> until the day before <see cref="End"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool AppliesOn(LocalDate date) => Range.Contains(date);

    /// <summary>Returns whether the suspension stands between two states, in either direction.</summary>
    internal bool Between(MemberState a, MemberState b) =>
        (State.Equals(a) && Toward.Equals(b)) || (State.Equals(b) && Toward.Equals(a));

    /// <inheritdoc/>
    public bool Equals(ObligationSuspension? other) =>
        other is not null
        && State.Equals(other.State)
        && Toward.Equals(other.Toward)
        && _days.Equals(other._days)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ObligationSuspension);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(State, Toward, Start);

    /// <summary>Returns who suspended what, and when.</summary>
    /// <returns>For example <c>USA toward NZL from 1986-09-17</c>.</returns>
    public override string ToString() => $"{State.Code} toward {Toward.Code} from {StartRecord}{(EndRecord is null ? "" : $" until {EndRecord}")}";
}
