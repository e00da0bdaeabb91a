using System;
using System.Collections.Generic;
using NodaTime;

namespace Treaties;

/// <summary>
/// A date as the record has it: the day, the sources that give it, how sure the catalog is of it,
/// and the other dates that other sources give.
/// </summary>
/// <remarks>
/// <para>
/// This is the one way to a fact's sources. Every <see cref="LocalDate"/> property that states a fact, such as
/// <see cref="MembershipPeriod.Start"/>, has a twin with the suffix <c>Record</c>, such as
/// <see cref="MembershipPeriod.StartRecord"/>, that returns its <see cref="RecordedDate"/>, null exactly when the date
/// is. The date property is there because most callers want only the day; the twin is there for the sources, the
/// precision, the doubts and the alternatives. The answers of queries keep the records of the facts they come from
/// (<see cref="MembershipStatus.SinceRecord"/>, <see cref="TreatyBond.StartRecord"/>). Dates that are not facts have
/// no twin: the day a query asked about, a <see cref="DateRange"/>'s values, a source's own date and the catalog's
/// <see cref="TreatyCatalog.AsOf"/>.
/// </para>
/// <para>Two recorded dates are equal when all their properties are equal.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RecordedDate : IEquatable<RecordedDate>
{
    /// <summary>Creates a recorded date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="sources">The sources that give it.</param>
    /// <param name="precision">How precisely the sources fix it.</param>
    /// <param name="isConfirmed">False where no official or scholarly source could confirm it.</param>
    /// <param name="note">What the date stands for, or why it was chosen.</param>
    /// <param name="alternatives">Other dates that other sources give.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="date"/> is not in the ISO calendar, a sequence contains null, <paramref name="note"/> is blank, or <paramref name="date"/> is not the first of its month
    /// (or year) although <paramref name="precision"/> says only the month (or year) is known.
    /// </exception>
    public RecordedDate(
        LocalDate date,
        IEnumerable<Source>? sources = null,
        DatePrecision precision = DatePrecision.Day,
        bool isConfirmed = true,
        string? note = null,
        IEnumerable<AlternativeDate>? alternatives = null)
    {
        Preconditions.CheckIso(date, nameof(date));
        Preconditions.CheckArgument(
            Enum.IsDefined(precision), nameof(precision), $"{(int)precision} is not a defined {nameof(DatePrecision)}.");
        Preconditions.CheckArgument(
            precision == DatePrecision.Day || date.Day == 1,
            nameof(date),
            $"A date known only to the {precision.ToString().ToLowerInvariant()} must be the first of the month, not {date:uuuu-MM-dd}.");
        Preconditions.CheckArgument(
            precision != DatePrecision.Year || date.Month == 1,
            nameof(date),
            $"A date known only to the year must be the first of January, not {date:uuuu-MM-dd}.");
        Date = date;
        Sources = Preconditions.CheckElements(sources, nameof(sources));
        Precision = precision;
        IsConfirmed = isConfirmed;
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
        Alternatives = Preconditions.CheckElements(alternatives, nameof(alternatives));
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the sources that give the date. Empty only for data a user built without sources.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Gets how precisely the sources fix the date.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Gets whether an official or scholarly source confirms the date.</summary>
    public bool IsConfirmed { get; }

    /// <summary>Gets what the date stands for, or why it was chosen; null where there is nothing to add.</summary>
    public string? Note { get; }

    /// <summary>Gets the other dates that other sources give; empty where the sources agree.</summary>
    public IReadOnlyList<AlternativeDate> Alternatives { get; }

    /// <summary>Gets whether the sources disagree on this date.</summary>
    public bool IsDisputed => Alternatives.Count > 0;

    /// <summary>Gets whether this is a bare date: no sources, no note, no alternatives, confirmed, to the day.</summary>
    internal bool IsBare =>
        Sources.Count == 0 && Alternatives.Count == 0 && Note is null && IsConfirmed && Precision == DatePrecision.Day;

    /// <summary>Converts a bare date into a recorded date with no sources.</summary>
    /// <param name="date">The date.</param>
    public static implicit operator RecordedDate(LocalDate date) => FromLocalDate(date);

    /// <summary>Creates a recorded date with no sources, for data built in code.</summary>
    /// <param name="date">The date.</param>
    /// <returns>A confirmed, day-precise recorded date with no sources.</returns>
    public static RecordedDate FromLocalDate(LocalDate date) => new(date);

    /// <inheritdoc/>
    public bool Equals(RecordedDate? other) =>
        other is not null
        && Date == other.Date
        && Precision == other.Precision
        && IsConfirmed == other.IsConfirmed
        && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && Equality.ListsEqual(Sources, other.Sources)
        && Equality.ListsEqual(Alternatives, other.Alternatives);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RecordedDate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Precision, IsConfirmed, Sources.Count);

    /// <summary>Returns the date in ISO format, followed by a mark where it is unconfirmed or disputed.</summary>
    /// <returns>For example <c>2023-04-04</c>, or <c>1999-04-20 (unconfirmed)</c>.</returns>
    public override string ToString()
    {
        string text = Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (!IsConfirmed)
        {
            text += " (unconfirmed)";
        }

        if (IsDisputed)
        {
            text += " (disputed)";
        }

        return text;
    }
}
