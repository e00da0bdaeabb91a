using System;
using System.Collections.Generic;
using System.IO;
using nietras.SeparatedValues;
using NodaTime;

namespace Treaties.Datasets.Atop;

/// <summary>
/// Reads ATOP's member-level CSV file (<c>atop5_1m.csv</c>, and the v4 files with the same columns) into checked
/// rows. Every error names the line and the column; a file is read whole or not at all.
/// </summary>
/// <remarks>
/// The columns read are <c>atopid</c>, <c>member</c>, <c>yrent</c>, <c>moent</c>, <c>dayent</c>, <c>yrexit</c>,
/// <c>moexit</c>, <c>dayexit</c>, <c>phase</c>, <c>defense</c>, <c>offense</c>, <c>neutral</c>, <c>nonagg</c> and
/// <c>consul</c>; others are ignored. A month or day of 0, below 0 or left empty is missing. A phase of 0 marks an
/// alliance without phases. A member code is any positive whole number: ATOP also lists parties outside the COW state
/// system (such as 8152), which the catalog leaves out and reports.
/// </remarks>
internal static class AtopReader
{
    internal static readonly string[] Columns =
        ["atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit", "phase", "defense", "offense", "neutral", "nonagg", "consul"];

    private static readonly (string Column, AllianceProvisions Provision)[] ProvisionColumns =
    [
        ("defense", AllianceProvisions.Defense),
        ("offense", AllianceProvisions.Offense),
        ("neutral", AllianceProvisions.Neutrality),
        ("nonagg", AllianceProvisions.NonAggression),
        ("consul", AllianceProvisions.Consultation),
    ];

    /// <summary>Reads the file's rows, and the last year any row names: the year an exit year of 0 runs to.</summary>
    internal static (List<AtopRow> Rows, int LastYear) Read(Stream csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var rows = new List<AtopRow>();
        // The header is read as a row rather than by Sep, which throws its own ArgumentException on a repeated name.
        using SepReader reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true, HasHeader = false, DisableColCountCheck = true })
            .From(csv);
        if (!reader.MoveNext())
        {
            throw new TreatyDataException(1, null, null, "The file is empty: a header line naming the columns was expected.");
        }

        int[] at = Header(reader.Current);
        string[] cells = new string[Columns.Length];
        int lastYear = 0;
        while (reader.MoveNext())
        {
            SepReader.Row row = reader.Current;
            long line = row.LineNumberFrom;
            for (int c = 0; c < cells.Length; c++)
            {
                cells[c] = at[c] < row.ColCount ? row[at[c]].ToString() : string.Empty;
            }

            AtopRow read = ReadRow(line, cells);
            rows.Add(read);
            lastYear = Math.Max(lastYear, Math.Max(read.Entry.Year, read.ExitYear));
        }

        return (rows, lastYear);
    }

    /// <summary>Finds the columns read in the header row: each must be there, and no name may appear twice.</summary>
    private static int[] Header(SepReader.Row header)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < header.ColCount; c++)
        {
            string name = header[c].ToString();
            if (!positions.TryAdd(name, c))
            {
                throw new TreatyDataException(
                    1, name, name, $"The header names the column '{name}' twice, as columns {positions[name] + 1} and {c + 1}; each name must appear once.");
            }
        }

        foreach (string column in Columns)
        {
            if (!positions.ContainsKey(column))
            {
                throw new TreatyDataException(1, column, null, $"The header has no column '{column}'; ATOP's member-level file has {string.Join(", ", Columns)}.");
            }
        }

        return Array.ConvertAll(Columns, c => positions[c]);
    }

    private static AtopRow ReadRow(long line, string[] cells)
    {
        string Text(int column) => cells[column];
        int Number(int column, bool required)
        {
            string text = Text(column).Trim();
            if (text.Length == 0)
            {
                return required
                    ? throw new TreatyDataException(line, Columns[column], text, "A whole number is required here.")
                    : 0;
            }

            return int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int value)
                ? value
                : throw new TreatyDataException(line, Columns[column], text, "The value must be a whole number.");
        }

        int atopId = Number(0, true);
        int member = Number(1, true);
        if (atopId <= 0)
        {
            throw new TreatyDataException(line, "atopid", Text(0), "An alliance id is a positive whole number.");
        }

        if (member <= 0)
        {
            throw new TreatyDataException(line, "member", Text(1), "A member code is a positive whole number.");
        }

        AtopDate entry = Day(line, 2, Number(2, true), Number(3, false), Number(4, false), exit: false)
            ?? throw new TreatyDataException(line, "yrent", Text(2), "The entry year is required; only an exit year may be 0.");
        int exitYear = Number(5, true);
        AtopDate? exit = Day(line, 5, exitYear, Number(6, false), Number(7, false), exit: true);
        if (exit is AtopDate end && end.Date <= entry.Date)
        {
            throw new TreatyDataException(line, "yrexit", Text(5), $"The exit, {end.Date:uuuu-MM-dd}, is not after the entry, {entry.Date:uuuu-MM-dd}.");
        }

        int phase = Number(8, true);
        if (phase < 0)
        {
            throw new TreatyDataException(line, "phase", Text(8), "A phase is 0 (the alliance has no phases) or a positive whole number.");
        }

        AllianceProvisions provisions = AllianceProvisions.None;
        for (int p = 0; p < ProvisionColumns.Length; p++)
        {
            int value = Number(9 + p, false);
            if (value < 0)
            {
                throw new TreatyDataException(line, ProvisionColumns[p].Column, Text(9 + p), "A provision is 0 (absent) or a positive code (present).");
            }

            if (value > 0)
            {
                provisions |= ProvisionColumns[p].Provision;
            }
        }

        return new AtopRow(line, atopId, phase, member, entry, exit, provisions) { ExitYear = exitYear };
    }

    /// <summary>
    /// Makes a day from ATOP's columns: a missing day is the 1st of the month (of the next month for an exit, so that
    /// the month counts whole), a missing month likewise for the year. An exit year of 0 is ongoing: null.
    /// </summary>
    private static AtopDate? Day(long line, int yearColumn, int year, int month, int day, bool exit)
    {
        if (year == 0 && exit)
        {
            return null;
        }

        if (year < 1 || year > 9998)
        {
            throw new TreatyDataException(line, Columns[yearColumn], year.ToString(System.Globalization.CultureInfo.InvariantCulture), "The year must be from 1 to 9998.");
        }

        if (month > 12)
        {
            throw new TreatyDataException(line, Columns[yearColumn + 1], month.ToString(System.Globalization.CultureInfo.InvariantCulture), "A month is from 1 to 12, or 0 where it is not known.");
        }

        if (month <= 0)
        {
            return new AtopDate(new LocalDate(exit ? year + 1 : year, 1, 1), DatePrecision.Year);
        }

        if (day <= 0)
        {
            var first = new LocalDate(year, month, 1);
            return new AtopDate(exit ? first.PlusMonths(1) : first, DatePrecision.Month);
        }

        if (day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            throw new TreatyDataException(line, Columns[yearColumn + 2], day.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{year:D4}-{month:D2} has no day {day}.");
        }

        return new AtopDate(new LocalDate(year, month, day), DatePrecision.Day);
    }
}
