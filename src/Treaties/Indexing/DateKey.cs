using System.Runtime.CompilerServices;
using NodaTime;

namespace Treaties.Indexing;

/// <summary>
/// Turns a date into an int that orders as the dates do, so that the point lookups compare days with one integer
/// comparison.
/// </summary>
/// <remarks>
/// NodaTime keeps a <see cref="LocalDate"/> as one packed int: year, month and day in its high bits and the calendar
/// in its six low bits, which are zero for the ISO calendar. Read directly, that int already orders ISO dates, which
/// saves decoding the year, month and day on every lookup. The layout is NodaTime's own business, so it is checked once,
/// against the decoded date, on a spread of days; if the check fails, every key is computed from the year, month and
/// day instead. Both ways give keys that compare as the dates do; a process uses one way throughout.
/// </remarks>
internal static class DateKey
{
    /// <summary>The key of an open end: after every date.</summary>
    internal const int Never = int.MaxValue;

    private const int CalendarMask = 63;

    /// <summary>Whether the packed int of an ISO date is read directly. Decided once, when the type is first used.</summary>
    internal static readonly bool ReadsPackedValue = PackedLayoutMatches();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Of(LocalDate date)
    {
        int packed = Unsafe.As<LocalDate, int>(ref date);
        return ReadsPackedValue && (packed & CalendarMask) == 0 ? packed : Slow(date);
    }

    internal static int Of(LocalDate? date) => date is LocalDate d ? Of(d) : Never;

    /// <summary>Returns a number that orders as keys do and grows by one a day within a month: <c>372 * year + 31 * month + day</c>.</summary>
    /// <remarks>
    /// A key spends 2^17 values on a year, of which dates use 365 days' worth, in 64-value steps, scattered over twelve
    /// of 32 month values and 31 of 64 day values. Tables cut into equal ranges of keys, such as <see cref="ChangeDays"/>'s
    /// buckets, fill those ranges unevenly; cut into equal ranges of this number, whose year has 372 values, they fill
    /// them almost as evenly as they would by day. A few shifts and two multiplications; for years before 1 as well, as
    /// the shifts are arithmetic. Defined for the keys of dates, not for <see cref="Never"/>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Compact(int key)
    {
        int days = key >> 6;
        return ((days >> 11) * 372) + (days & 2047) - (((days >> 6) & 31) * 33);
    }

    /// <summary>The key from the year, month and day, as NodaTime packs them for the ISO calendar.</summary>
    internal static int Computed(LocalDate isoDate) =>
        ((isoDate.Year - 1) << 17) | ((isoDate.Month - 1) << 12) | ((isoDate.Day - 1) << 6);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Slow(LocalDate date)
    {
        LocalDate iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        return ReadsPackedValue ? Unsafe.As<LocalDate, int>(ref iso) : Computed(iso);
    }

    private static bool PackedLayoutMatches()
    {
        if (Unsafe.SizeOf<LocalDate>() != sizeof(int))
        {
            return false;
        }

        LocalDate[] samples =
        [
            new(-9998, 1, 1), new(-1, 12, 31), new(0, 1, 1), new(1, 1, 1), new(1949, 8, 24), new(1962, 7, 3),
            new(2000, 2, 29), new(2023, 4, 4), new(2024, 12, 31), new(9999, 12, 31),
        ];
        foreach (LocalDate sample in samples)
        {
            LocalDate copy = sample;
            if (Unsafe.As<LocalDate, int>(ref copy) != Computed(sample))
            {
                return false;
            }
        }

        return true;
    }
}
