using System;
using System.Globalization;
using NodaTime;

namespace Treaties;

/// <summary>
/// A half-open range of days, [<see cref="Start"/>, <see cref="End"/>): <see cref="Start"/> is the first day in it and
/// <see cref="End"/> the first day after it, or null for a range that goes on.
/// </summary>
/// <remarks>
/// <para>
/// Every range of the catalog has this form: membership and observer periods, a treaty's time in force, the span of a
/// scope rule. Half-open ranges meet without a gap or an overlap: a state that leaves one treaty on the day it joins
/// another is in exactly one of them on every day. NodaTime's <see cref="DateInterval"/> includes its end instead;
/// <see cref="ToDateInterval()"/> converts.
/// </para>
/// <para>Both dates are in the ISO calendar. Two ranges are equal when their start and end are equal.</para>
/// </remarks>
public readonly struct DateRange : IEquatable<DateRange>
{
    /// <summary>Creates a range.</summary>
    /// <param name="start">The first day in the range.</param>
    /// <param name="end">The first day after the range; null for a range that goes on.</param>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public DateRange(LocalDate start, LocalDate? end)
    {
        Start = Preconditions.CheckIso(start, nameof(start));
        if (end is LocalDate e)
        {
            Preconditions.CheckIso(e, nameof(end));
            Preconditions.CheckArgument(
                e > start,
                nameof(end),
                $"The end {e:uuuu-MM-dd} must be after the start {start:uuuu-MM-dd}: the end is the first day that is no longer included.");
        }

        End = end;
    }

    /// <summary>Gets the first day in the range.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the first day after the range, or null for a range that goes on.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets whether the range goes on, that is, whether <see cref="End"/> is null.</summary>
    public bool IsOngoing => End is null;

    /// <summary>Returns whether two ranges are equal.</summary>
    /// <param name="left">A range.</param>
    /// <param name="right">A range.</param>
    /// <returns>True when start and end are equal.</returns>
    public static bool operator ==(DateRange left, DateRange right) => left.Equals(right);

    /// <summary>Returns whether two ranges differ.</summary>
    /// <param name="left">A range.</param>
    /// <param name="right">A range.</param>
    /// <returns>True when start or end differ.</returns>
    public static bool operator !=(DateRange left, DateRange right) => !left.Equals(right);

    /// <summary>Returns whether a day is in the range.</summary>
    /// <param name="date">A day.</param>
    /// <returns>True when <see cref="Start"/> &lt;= <paramref name="date"/> &lt; <see cref="End"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date)
    {
        Preconditions.CheckIso(date, nameof(date));
        return date >= Start && (End is not LocalDate end || date < end);
    }

    /// <summary>Returns whether the two ranges share a day.</summary>
    /// <param name="other">Another range.</param>
    /// <returns>True when some day is in both.</returns>
    public bool Overlaps(DateRange other) =>
        (other.End is not LocalDate otherEnd || Start < otherEnd) && (End is not LocalDate end || other.Start < end);

    /// <summary>Returns the range as NodaTime's inclusive interval, from its first to its last day.</summary>
    /// <returns>[<see cref="Start"/>, <see cref="End"/> - 1 day], or null for a range that goes on.</returns>
    public DateInterval? ToDateInterval() => End is LocalDate end ? new DateInterval(Start, end.PlusDays(-1)) : null;

    /// <summary>Returns the range as NodaTime's inclusive interval, with a last day for a range that goes on.</summary>
    /// <param name="lastDayIfOngoing">The last day to use when the range goes on, such as today or the catalog's <see cref="TreatyCatalog.AsOf"/>.</param>
    /// <returns>[<see cref="Start"/>, <see cref="End"/> - 1 day], or [<see cref="Start"/>, <paramref name="lastDayIfOngoing"/>] for a range that goes on.</returns>
    /// <exception cref="ArgumentException">The range goes on and <paramref name="lastDayIfOngoing"/> is before <see cref="Start"/> or not in the ISO calendar.</exception>
    public DateInterval ToDateInterval(LocalDate lastDayIfOngoing)
    {
        if (ToDateInterval() is DateInterval closed)
        {
            return closed;
        }

        Preconditions.CheckIso(lastDayIfOngoing, nameof(lastDayIfOngoing));
        Preconditions.CheckArgument(
            lastDayIfOngoing >= Start,
            nameof(lastDayIfOngoing),
            $"The last day {lastDayIfOngoing:uuuu-MM-dd} is before the start {Start:uuuu-MM-dd} of the range.");
        return new DateInterval(Start, lastDayIfOngoing);
    }

    /// <inheritdoc/>
    public bool Equals(DateRange other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DateRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Returns the range in interval notation.</summary>
    /// <returns>For example <c>[2023-04-04, ongoing)</c> or <c>[1992-05-15, 1999-04-21)</c>.</returns>
    public override string ToString() =>
        End is LocalDate end
            ? string.Create(CultureInfo.InvariantCulture, $"[{Start:uuuu-MM-dd}, {end:uuuu-MM-dd})")
            : string.Create(CultureInfo.InvariantCulture, $"[{Start:uuuu-MM-dd}, ongoing)");
}
