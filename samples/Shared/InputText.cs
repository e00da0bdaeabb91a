using System;
using NodaTime;
using NodaTime.Text;

namespace Treaties.Samples;

/// <summary>What is wrong with a day as a person typed it, if anything.</summary>
internal enum DayFault
{
    /// <summary>Nothing: the text is a day of the calendar, written yyyy-MM-dd.</summary>
    None,

    /// <summary>The text is not written yyyy-MM-dd at all, such as 13-09-2022 or yesterday.</summary>
    NotWritten,

    /// <summary>Written yyyy-MM-dd, with a month that does not exist, such as 2022-13-01.</summary>
    NoSuchMonth,

    /// <summary>Written yyyy-MM-dd, with a day its month does not have, such as 2022-02-30.</summary>
    NoSuchDay,
}

/// <summary>
/// A day as typed, read: the day, or what is wrong with the text and the parts a sentence about it names. Each sample
/// words the fault itself, in its own language.
/// </summary>
/// <param name="Text">The text as typed.</param>
/// <param name="Day">The day, when <paramref name="Fault"/> is <see cref="DayFault.None"/>.</param>
/// <param name="Fault">What is wrong with the text, if anything.</param>
internal readonly record struct DayReading(string Text, LocalDate Day, DayFault Fault)
{
    /// <summary>Gets the year and month as written, yyyy-MM: the month that has no such day.</summary>
    internal string YearMonth => Text[..7];

    /// <summary>Gets the month as written, MM: the month that does not exist.</summary>
    internal string Month => Text[5..7];

    /// <summary>Gets the day of the month as written, dd: the day its month does not have.</summary>
    internal string DayOfMonth => Text[8..];
}

/// <summary>
/// How the samples read what a person typed: a day, and whether it is after the day up to which the data was checked.
/// This is the one place that decides what is wrong; each sample says it in its own words (the query tool from its
/// phrase resources, the web sample in English). Linked into each sample as source.
/// </summary>
internal static class InputText
{
    /// <summary>Reads a day written yyyy-MM-dd, telling a text of another form from one written right that the calendar has no day for.</summary>
    internal static DayReading ReadDay(string text)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        if (result.Success && text.Length == 10)
        {
            return new DayReading(text, result.Value, DayFault.None);
        }

        // Written right but not a day of the calendar, such as 2022-02-30: say so, not that the form is wrong.
        bool written = text.Length == 10 && text[4] == '-' && text[7] == '-'
            && text.AsSpan(0, 4).IndexOfAnyExceptInRange('0', '9') < 0
            && text.AsSpan(5, 2).IndexOfAnyExceptInRange('0', '9') < 0
            && text.AsSpan(8, 2).IndexOfAnyExceptInRange('0', '9') < 0;
        if (!written)
        {
            return new DayReading(text, default, DayFault.NotWritten);
        }

        int month = int.Parse(text.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture);
        return new DayReading(text, default, month is >= 1 and <= 12 ? DayFault.NoSuchDay : DayFault.NoSuchMonth);
    }

    /// <summary>A day as the samples write it: yyyy-MM-dd.</summary>
    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// Whether a day is after the one up to which the data was checked, which is then <paramref name="checkedUpTo"/>:
    /// the query tool warns of it on standard error, the web sample in the answer's <c>warning</c>.
    /// </summary>
    internal static bool IsAfterCheckedDay(LocalDate date, LocalDate? asOf, out LocalDate checkedUpTo)
    {
        checkedUpTo = asOf.GetValueOrDefault();
        return asOf is not null && date > checkedUpTo;
    }

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
