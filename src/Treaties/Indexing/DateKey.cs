using NodaTime;

namespace Treaties.Indexing;

/// <summary>
/// Packs an ISO date into an int that orders as the dates do: year * 512 + month * 32 + day.
/// Comparing two keys costs one integer comparison, which keeps the point lookups free of calendar checks.
/// </summary>
internal static class DateKey
{
    /// <summary>The key of an open end: after every date.</summary>
    internal const int Never = int.MaxValue;

    internal static int Of(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        return (date.Year << 9) | (date.Month << 5) | date.Day;
    }

    internal static int Of(LocalDate? date) => date is LocalDate d ? Of(d) : Never;
}
