using System;
using NodaTime;

namespace Treaties;

/// <summary>
/// A half-open range of days whose two ends carry their provenance: the one place that checks and compares the start
/// and end records of an observer period, a suspension and their kin.
/// </summary>
internal readonly struct RecordedRange : IEquatable<RecordedRange>
{
    /// <summary>Creates the range [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    internal RecordedRange(RecordedDate start, RecordedDate? end)
    {
        StartRecord = Preconditions.CheckNotNull(start, nameof(start));
        EndRecord = end;
        Range = new DateRange(start.Date, end?.Date);
    }

    /// <summary>Gets the record of the first day.</summary>
    internal RecordedDate StartRecord { get; }

    /// <summary>Gets the record of the first day after the range, or null while it goes on.</summary>
    internal RecordedDate? EndRecord { get; }

    /// <summary>Gets the days.</summary>
    internal DateRange Range { get; }

    /// <summary>Gets the first day.</summary>
    internal LocalDate Start => StartRecord.Date;

    /// <summary>Gets the first day after the range, or null while it goes on.</summary>
    internal LocalDate? End => EndRecord?.Date;

    /// <inheritdoc/>
    public bool Equals(RecordedRange other) => StartRecord.Equals(other.StartRecord) && Equals(EndRecord, other.EndRecord);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RecordedRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);
}
