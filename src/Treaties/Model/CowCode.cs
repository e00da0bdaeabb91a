using System;
using NodaTime;

namespace Treaties;

/// <summary>
/// A Correlates of War (COW) state code that a state held over a range of days: the number by which ATOP, COW and
/// every dyad dataset name states. Germany is 260 until 1990-10-03 and 255 from then.
/// </summary>
/// <remarks>
/// <para>
/// The range is half-open, [<see cref="Start"/>, <see cref="End"/>); a missing start means every day before the end,
/// and a missing end every day after the start. A state holds its codes in date order, none overlapping.
/// </para>
/// <para>Two codes are equal when all their properties are equal, sources included.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class CowCode : IEquatable<CowCode>
{
    /// <summary>Creates a code held over a range of days.</summary>
    /// <param name="code">The COW state code, 2 to 999.</param>
    /// <param name="start">The first day the state held it; null for every day before <paramref name="end"/>.</param>
    /// <param name="end">The first day it no longer did; null for every day after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 2 to 999.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public CowCode(int code, RecordedDate? start = null, RecordedDate? end = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(code, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(code, 999);
        Code = code;
        Preconditions.CheckArgument(
            start is null || end is null || end.Date > start.Date,
            nameof(end),
            $"COW code {code} must end after it begins: {start} is not before {end}.");
        StartRecord = start;
        EndRecord = end;
        Range = new DateRange(start?.Date ?? LocalDate.MinIsoValue, end?.Date);
    }

    /// <summary>Gets the COW state code.</summary>
    public int Code { get; }

    /// <summary>Gets the first day the state held the code, or null for every day before <see cref="End"/>.</summary>
    public LocalDate? Start => StartRecord?.Date;

    /// <summary>Gets the record of <see cref="Start"/>, with its sources.</summary>
    public RecordedDate? StartRecord { get; }

    /// <summary>Gets the first day the state no longer held the code, or null while it does.</summary>
    public LocalDate? End => EndRecord?.Date;

    /// <summary>Gets the record of <see cref="End"/>, with its sources.</summary>
    public RecordedDate? EndRecord { get; }

    /// <summary>Gets the days the state held the code, [<see cref="Start"/>, <see cref="End"/>); from the earliest ISO day where there is no start.</summary>
    public DateRange Range { get; }

    /// <summary>Returns whether the state held the code on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True from <see cref="Start"/> until the day before <see cref="End"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool AppliesOn(LocalDate date) => Range.Contains(date);

    /// <inheritdoc/>
    public bool Equals(CowCode? other) =>
        other is not null && Code == other.Code && Equals(StartRecord, other.StartRecord) && Equals(EndRecord, other.EndRecord);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CowCode);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Start, End);

    /// <summary>Returns the code and its days.</summary>
    /// <returns>For example <c>260 until 1990-10-03</c>.</returns>
    public override string ToString() =>
        $"{Code}{(StartRecord is null ? "" : $" from {StartRecord}")}{(EndRecord is null ? "" : $" until {EndRecord}")}";
}
