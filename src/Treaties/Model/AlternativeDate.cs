using System;
using System.Collections.Generic;
using NodaTime;

namespace Treaties;

/// <summary>A date that some sources give for a fact, where the catalog chose another.</summary>
/// <remarks>
/// <para>Two alternatives are equal when their dates, sources and notes are equal.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class AlternativeDate : IEquatable<AlternativeDate>
{
    /// <summary>Creates an alternative date.</summary>
    /// <param name="date">The date these sources give.</param>
    /// <param name="sources">The sources that give it.</param>
    /// <param name="note">Why the catalog did not choose it, or what it stands for.</param>
    /// <exception cref="ArgumentException"><paramref name="sources"/> contains null, or <paramref name="note"/> is blank.</exception>
    public AlternativeDate(LocalDate date, IEnumerable<Source>? sources = null, string? note = null)
    {
        Date = date;
        Sources = Preconditions.CheckElements(sources, nameof(sources));
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
    }

    /// <summary>Gets the date these sources give.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the sources that give it.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Gets why the catalog did not choose it, or null.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public bool Equals(AlternativeDate? other) =>
        other is not null
        && Date == other.Date
        && Equality.ListsEqual(Sources, other.Sources)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AlternativeDate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Note);
}
