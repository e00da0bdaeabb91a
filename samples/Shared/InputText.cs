using System;
using NodaTime;
using NodaTime.Text;

namespace Treaties.Samples;

/// <summary>
/// How the samples read what a person typed, and say what was wrong with it in one line: the query tool on standard
/// error, the web sample in a problem's detail. Linked into each sample, so both say it the same way.
/// </summary>
internal static class InputText
{
    /// <summary>Reads a day written yyyy-MM-dd, saying what is wrong with one that is not: its form, or that the calendar has no such day.</summary>
    /// <exception cref="ArgumentException">The text is not a day written yyyy-MM-dd.</exception>
    internal static LocalDate Day(string text)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        if (result.Success && text.Length == 10)
        {
            return result.Value;
        }

        // Written right but not a day of the calendar, such as 2022-02-30: say so, not that the form is wrong.
        bool written = text.Length == 10 && text[4] == '-' && text[7] == '-'
            && text.AsSpan(0, 4).IndexOfAnyExceptInRange('0', '9') < 0
            && text.AsSpan(5, 2).IndexOfAnyExceptInRange('0', '9') < 0
            && text.AsSpan(8, 2).IndexOfAnyExceptInRange('0', '9') < 0;
        if (!written)
        {
            throw new ArgumentException($"'{text}' is not a date written yyyy-MM-dd, such as 2022-09-13.");
        }

        int month = int.Parse(text.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture);
        throw new ArgumentException(month is >= 1 and <= 12
            ? $"'{text}' is not a calendar day: {text[..7]} has no day {text[8..]}."
            : $"'{text}' is not a calendar day: there is no month {text[5..7]}.");
    }


    /// <summary>A day as the samples write it: yyyy-MM-dd.</summary>
    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// The warning for a day after the one up to which the data was checked, or null for a day on or before it: the
    /// query tool prints it on standard error, the web sample puts it in the answer's <c>warning</c>.
    /// </summary>
    internal static string? AfterCheckedDay(LocalDate date, LocalDate? asOf) =>
        asOf is LocalDate checkedUpTo && date > checkedUpTo
            ? $"{Iso(date)} is after {Iso(checkedUpTo)}, the day up to which the data was checked; the answer is what the data holds."
            : null;

    /// <summary>The message alone, without the parameter name .NET appends, on one line.</summary>
    internal static string OneLine(Exception e)
    {
        string message = e.Message;
        if (e is ArgumentException { ParamName: string name })
        {
            message = message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal);
        }

        return message.ReplaceLineEndings(" ");
    }
}
