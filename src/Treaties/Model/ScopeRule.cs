using System;
using NodaTime;

namespace Treaties;

/// <summary>
/// A rule of a <see cref="GeographicScope"/> about one place, for a span of days: for example, that the Algerian
/// departments of France were covered until 1962-07-03.
/// </summary>
/// <remarks>
/// <para>Two rules are equal when all their properties are equal.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ScopeRule : IEquatable<ScopeRule>
{
    private readonly DateRange _range;

    /// <summary>Creates a rule.</summary>
    /// <param name="placeCode">The code of the place, as <see cref="Place.Code"/> has it.</param>
    /// <param name="covered">Whether the place is covered while the rule applies.</param>
    /// <param name="start">The first day the rule applies; null for always before <paramref name="end"/>.</param>
    /// <param name="end">The first day the rule no longer applies; null for ever after <paramref name="start"/>.</param>
    /// <param name="note">Why, in words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="placeCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is blank, or <paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public ScopeRule(string placeCode, bool covered, RecordedDate? start = null, RecordedDate? end = null, string? note = null)
    {
        PlaceCode = Preconditions.CheckNotBlank(placeCode, nameof(placeCode)).ToUpperInvariant();
        IsCovered = covered;
        Preconditions.CheckArgument(
            start is null || end is null || end.Date > start.Date,
            nameof(end),
            $"The rule for {PlaceCode} must end after it begins: {start} is not before {end}.");
        StartRecord = start;
        EndRecord = end;
        _range = new DateRange(start?.Date ?? LocalDate.MinIsoValue, end?.Date);
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
    }

    /// <summary>Gets the code of the place.</summary>
    public string PlaceCode { get; }

    /// <summary>Gets whether the place is covered while the rule applies.</summary>
    public bool IsCovered { get; }

    /// <summary>Gets the first day the rule applies, or null for every day before <see cref="End"/>.</summary>
    public LocalDate? Start => StartRecord?.Date;

    /// <summary>Gets the record of <see cref="Start"/>, with its sources.</summary>
    public RecordedDate? StartRecord { get; }

    /// <summary>Gets the first day the rule no longer applies, or null for a rule that goes on.</summary>
    public LocalDate? End => EndRecord?.Date;

    /// <summary>Gets the record of <see cref="End"/>, with its sources.</summary>
    public RecordedDate? EndRecord { get; }

    /// <summary>Gets why, in words, or null.</summary>
    public string? Note { get; }

    /// <summary>Returns whether the rule applies on a day: the half-open rule of <see cref="DateRange"/>, from <see cref="Start"/> up to <see cref="End"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True from <see cref="Start"/> until the day before <see cref="End"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool AppliesOn(LocalDate date) => _range.Contains(date);

    /// <inheritdoc/>
    public bool Equals(ScopeRule? other) =>
        other is not null
        && string.Equals(PlaceCode, other.PlaceCode, StringComparison.Ordinal)
        && IsCovered == other.IsCovered
        && Equals(StartRecord, other.StartRecord)
        && Equals(EndRecord, other.EndRecord)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScopeRule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(PlaceCode, IsCovered, Start, End);
}
