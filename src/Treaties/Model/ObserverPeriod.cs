using System;
using NodaTime;

namespace Treaties;

/// <summary>A period in which a state is an observer in a treaty's bodies, which is not membership.</summary>
/// <remarks>
/// <para>
/// Observers are kept so that they can be asked about, but an observer is never a member: no membership query
/// counts it. The range is half-open, [<see cref="Start"/>, <see cref="End"/>), as for <see cref="MembershipPeriod"/>.
/// </para>
/// <para>Two periods are equal when all their properties are equal, sources included.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ObserverPeriod : IEquatable<ObserverPeriod>
{
    private readonly RecordedRange _days;

    /// <summary>Creates an observer period.</summary>
    /// <param name="state">The observer.</param>
    /// <param name="start">The first day of observer status.</param>
    /// <param name="end">The first day the state is no longer an observer; null while the status goes on.</param>
    /// <param name="body">The body the state observes, such as <c>"CSTO Parliamentary Assembly"</c>.</param>
    /// <param name="note">Anything a reader should know.</param>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> or <paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>, or a text is blank.</exception>
    public ObserverPeriod(MemberState state, RecordedDate start, RecordedDate? end = null, string? body = null, string? note = null)
    {
        State = Preconditions.CheckNotNull(state, nameof(state));
        _days = new RecordedRange(start, end);
        Body = Preconditions.CheckNullOrNotBlank(body, nameof(body));
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
    }

    /// <summary>Gets the observer.</summary>
    public MemberState State { get; }

    /// <summary>Gets the first day of observer status.</summary>
    public LocalDate Start => _days.Start;

    /// <summary>Gets the record of <see cref="Start"/>, with its sources.</summary>
    public RecordedDate StartRecord => _days.StartRecord;

    /// <summary>Gets the first day the state is no longer an observer, or null while the status goes on.</summary>
    public LocalDate? End => _days.End;

    /// <summary>Gets the record of <see cref="End"/>, with its sources.</summary>
    public RecordedDate? EndRecord => _days.EndRecord;

    /// <summary>Gets the days of the period, [<see cref="Start"/>, <see cref="End"/>).</summary>
    public DateRange Range => _days.Range;

    /// <summary>Gets the body the state observes, or null for the treaty as a whole.</summary>
    public string? Body { get; }

    /// <summary>Gets a note, or null.</summary>
    public string? Note { get; }

    /// <summary>Returns whether the state is an observer on <paramref name="date"/>.</summary>
    /// <param name="date">A day.</param>
    /// <returns>True when <see cref="Start"/> &lt;= <paramref name="date"/> &lt; <see cref="End"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date) => Range.Contains(date);

    /// <summary>Returns the period as NodaTime's inclusive interval.</summary>
    /// <returns>[<see cref="Start"/>, <see cref="End"/> - 1 day], or null while the status goes on.</returns>
    public DateInterval? ToDateInterval() => Range.ToDateInterval();

    /// <inheritdoc/>
    public bool Equals(ObserverPeriod? other) =>
        other is not null
        && State.Equals(other.State)
        && _days.Equals(other._days)
        && string.Equals(Body, other.Body, StringComparison.Ordinal)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ObserverPeriod);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(State, Start, End);

    /// <summary>Returns the state, the range and the body.</summary>
    /// <returns>For example <c>SRB observer [2013-04-11, ongoing) in CSTO Parliamentary Assembly</c>.</returns>
    public override string ToString() =>
        $"{State.Code} observer {Range}" + (Body is null ? string.Empty : $" in {Body}");
}
