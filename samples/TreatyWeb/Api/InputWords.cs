using System;
using NodaTime;
using Treaties.Samples;

namespace TreatyWeb.Api;

/// <summary>
/// The web sample's English words for what <see cref="InputText"/> finds wrong with a day, and for a day after the one
/// the data was checked up to: a problem's detail, and an answer's <c>warning</c>.
/// </summary>
internal static class InputWords
{
    /// <summary>Reads a day written yyyy-MM-dd.</summary>
    /// <exception cref="ArgumentException">The text is not a day written yyyy-MM-dd; the message says what is wrong with it.</exception>
    internal static LocalDate Day(string text)
    {
        DayReading day = InputText.ReadDay(text);
        return day.Fault switch
        {
            DayFault.None => day.Day,
            DayFault.NoSuchDay => throw new ArgumentException($"'{text}' is not a calendar day: {day.YearMonth} has no day {day.DayOfMonth}."),
            DayFault.NoSuchMonth => throw new ArgumentException($"'{text}' is not a calendar day: there is no month {day.Month}."),
            _ => throw new ArgumentException($"'{text}' is not a date written yyyy-MM-dd, such as 2022-09-13."),
        };
    }

    /// <summary>The warning for a day after the one up to which the data was checked, or null for a day on or before it.</summary>
    internal static string? AfterCheckedDay(LocalDate date, LocalDate? asOf) =>
        InputText.IsAfterCheckedDay(date, asOf, out LocalDate checkedUpTo)
            ? $"{InputText.Iso(date)} is after {InputText.Iso(checkedUpTo)}, the day up to which the data was checked; the answer is what the data holds."
            : null;
}
