using NodaTime;

namespace Treaties.Serialization;

/// <summary>Reads the format's dates, <c>yyyy-MM-dd</c> in the ISO calendar, checking that each is a real calendar day.</summary>
/// <remarks>
/// A catalog holds thousands of dates and this is the only form they take. Reading the ten characters directly keeps a
/// fresh process from compiling NodaTime's general pattern engine on its first load, a large part of the time the first
/// query on the bundled data takes; the rules are the same as <c>LocalDatePattern.Iso</c>'s for this form.
/// </remarks>
internal static class IsoDay
{
    /// <summary>Reads a date, or returns false when the text is not a real calendar day written <c>yyyy-MM-dd</c>.</summary>
    internal static bool TryParse(string? text, out LocalDate date)
    {
        date = default;
        if (text is not { Length: 10 } || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day)
            || year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            int digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
