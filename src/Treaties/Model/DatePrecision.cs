namespace Treaties;

/// <summary>How precisely the sources fix a recorded date.</summary>
public enum DatePrecision
{
    /// <summary>The day is known.</summary>
    Day,

    /// <summary>Only the month is known; the date is the first of that month.</summary>
    Month,

    /// <summary>Only the year is known; the date is the first of January of that year.</summary>
    Year,
}
