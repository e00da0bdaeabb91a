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
    /// <summary>Creates a rule.</summary>
    /// <param name="placeCode">The code of the place, as <see cref="Place.Code"/> has it.</param>
    /// <param name="covered">Whether the place is covered while the rule applies.</param>
    /// <param name="from">The first day the rule applies; null for always before <paramref name="until"/>.</param>
    /// <param name="until">The first day the rule no longer applies; null for ever after <paramref name="from"/>.</param>
    /// <param name="note">Why, in words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="placeCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is blank, or <paramref name="until"/> is not after <paramref name="from"/>.</exception>
    public ScopeRule(string placeCode, bool covered, RecordedDate? from = null, RecordedDate? until = null, string? note = null)
    {
        PlaceCode = Preconditions.CheckNotBlank(placeCode, nameof(placeCode)).ToUpperInvariant();
        IsCovered = covered;
        Preconditions.CheckArgument(
            from is null || until is null || until.Date > from.Date,
            nameof(until),
            $"The rule for {PlaceCode} must end after it begins: {from} is not before {until}.");
        FromRecord = from;
        UntilRecord = until;
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
    }

    /// <summary>Gets the code of the place.</summary>
    public string PlaceCode { get; }

    /// <summary>Gets whether the place is covered while the rule applies.</summary>
    public bool IsCovered { get; }

    /// <summary>Gets the first day the rule applies, or null.</summary>
    public LocalDate? From => FromRecord?.Date;

    /// <summary>Gets the record of <see cref="From"/>.</summary>
    public RecordedDate? FromRecord { get; }

    /// <summary>Gets the first day the rule no longer applies, or null.</summary>
    public LocalDate? Until => UntilRecord?.Date;

    /// <summary>Gets the record of <see cref="Until"/>.</summary>
    public RecordedDate? UntilRecord { get; }

    /// <summary>Gets why, in words, or null.</summary>
    public string? Note { get; }

    /// <summary>Returns whether the rule applies on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True from <see cref="From"/> until the day before <see cref="Until"/>.</returns>
    public bool AppliesOn(LocalDate date) => (From is not LocalDate from || date >= from) && (Until is not LocalDate until || date < until);

    /// <inheritdoc/>
    public bool Equals(ScopeRule? other) =>
        other is not null
        && string.Equals(PlaceCode, other.PlaceCode, StringComparison.Ordinal)
        && IsCovered == other.IsCovered
        && Equals(FromRecord, other.FromRecord)
        && Equals(UntilRecord, other.UntilRecord)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScopeRule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(PlaceCode, IsCovered, From, Until);
}
