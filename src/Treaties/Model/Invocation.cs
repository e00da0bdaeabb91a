using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties;

/// <summary>
/// One call for help under a treaty: a clause invoked (<see cref="TreatyClause.Invocations"/>), or a request made outside
/// its articles (<see cref="Treaty.Requests"/>). Who asked, on which day, and what came of it.
/// </summary>
/// <remarks>
/// <para>Two invocations are equal when all their properties are equal, sources included.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class Invocation : IEquatable<Invocation>
{
    /// <summary>Creates an invocation.</summary>
    /// <param name="date">The day the clause was invoked.</param>
    /// <param name="requestedBy">The states that invoked it; at least one.</param>
    /// <param name="outcome">What was decided or done, in words.</param>
    /// <param name="assistanceProvided">Whether the requesting states got what they asked for; null where that does not apply or is not known.</param>
    /// <param name="note">Anything a reader should know.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="requestedBy"/> is empty or repeats a state, or a text is blank.</exception>
    public Invocation(
        RecordedDate date,
        IEnumerable<MemberState> requestedBy,
        string outcome,
        bool? assistanceProvided = null,
        string? note = null)
    {
        DateRecord = Preconditions.CheckNotNull(date, nameof(date));
        Preconditions.CheckNotNull(requestedBy, nameof(requestedBy));
        RequestedBy = Preconditions.CheckElements(requestedBy, nameof(requestedBy));
        Preconditions.CheckArgument(RequestedBy.Count > 0, nameof(requestedBy), "An invocation needs at least one requesting state.");
        Preconditions.CheckArgument(
            new HashSet<MemberState>(RequestedBy).Count == RequestedBy.Count,
            nameof(requestedBy),
            "An invocation names each requesting state once.");
        Outcome = Preconditions.CheckNotBlank(outcome, nameof(outcome));
        AssistanceProvided = assistanceProvided;
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
    }

    /// <summary>Gets the day the clause was invoked.</summary>
    public LocalDate Date => DateRecord.Date;

    /// <summary>Gets the record of <see cref="Date"/>, with its sources.</summary>
    public RecordedDate DateRecord { get; }

    /// <summary>Gets the states that invoked the clause.</summary>
    public IReadOnlyList<MemberState> RequestedBy { get; }

    /// <summary>Gets what was decided or done.</summary>
    public string Outcome { get; }

    /// <summary>Gets whether the requesting states got what they asked for, or null where that does not apply or is not known.</summary>
    public bool? AssistanceProvided { get; }

    /// <summary>Gets a note, or null.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public bool Equals(Invocation? other) =>
        other is not null
        && DateRecord.Equals(other.DateRecord)
        && Equality.ListsEqual(RequestedBy, other.RequestedBy)
        && string.Equals(Outcome, other.Outcome, StringComparison.Ordinal)
        && AssistanceProvided == other.AssistanceProvided
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Invocation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Outcome);

    /// <summary>Returns the date and the requesting states.</summary>
    /// <returns>For example <c>2001-09-12 by USA</c>.</returns>
    public override string ToString() => $"{DateRecord} by {string.Join(", ", RequestedBy.Select(s => s.Code))}";
}
