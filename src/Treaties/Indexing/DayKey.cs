using NodaTime;

namespace Treaties.Indexing;

/// <summary>
/// Turns an ISO <see cref="LocalDate"/> into an int that orders as the dates do: <c>year * 512 + month * 32 + day</c>.
/// </summary>
/// <remarks>
/// The index compares and searches these ints rather than dates. They are built from the date's public
/// <see cref="LocalDate.Year"/>, <see cref="LocalDate.Month"/> and <see cref="LocalDate.Day"/>, so a key and its month
/// (<see cref="MonthOf"/>) are plain arithmetic. The day needs 5 bits and the month 4, so consecutive months of a key
/// differ by 32 and consecutive years by 512; negative years order correctly too.
/// </remarks>
internal static class DayKey
{
    /// <summary>The key of an open end: after every date.</summary>
    internal const int Never = int.MaxValue;

    /// <summary>Returns the key of an ISO date. The caller has checked the calendar (<see cref="Preconditions.CheckIso"/>).</summary>
    internal static int Of(LocalDate date) => (date.Year * 512) + (date.Month * 32) + date.Day;

    /// <summary>Returns the key of an end that may be open: <see cref="Never"/> for null.</summary>
    internal static int Of(LocalDate? end) => end is LocalDate e ? Of(e) : Never;

    /// <summary>Returns the key of a date a caller gave, after checking that it is in the ISO calendar.</summary>
    /// <exception cref="System.ArgumentException">The date is in another calendar.</exception>
    internal static int OfArgument(LocalDate date, string paramName) => Of(Preconditions.CheckIso(date, paramName));

    /// <summary>Returns the date of a key.</summary>
    internal static LocalDate ToDate(int key) => new(key >> 9, (key >> 5) & 15, key & 31);

    /// <summary>Returns a number for the month of a key: <c>year * 16 + month</c>, consecutive within a year.</summary>
    internal static int MonthOf(int key) => key >> 5;
}
