using NodaTime;

namespace Treaties.Datasets.Atop;

/// <summary>
/// One row of ATOP's member-level file, checked: one state's membership of one phase of one alliance, as a half-open
/// range of days, with its provisions and the COW code the row gives.
/// </summary>
/// <param name="Line">The line of the file, counted from 1, for messages.</param>
/// <param name="AtopId">The alliance.</param>
/// <param name="Phase">The phase of the alliance.</param>
/// <param name="CowCode">The member's COW code, as the row gives it.</param>
/// <param name="Entry">The first day of membership.</param>
/// <param name="Exit">The first day no longer a member, or null while it goes on.</param>
/// <param name="Provisions">What the row obliges the member to.</param>
internal sealed record AtopRow(
    long Line,
    int AtopId,
    int Phase,
    int CowCode,
    AtopDate Entry,
    AtopDate? Exit,
    AllianceProvisions Provisions)
{
    /// <summary>The exit year as the row gives it: 0 while the membership goes on.</summary>
    public int ExitYear { get; init; }
}

/// <summary>A day read from ATOP's year, month and day columns, and how precise they were.</summary>
/// <param name="Date">The day: a missing day is the 1st of its month, or of the next month for an exit.</param>
/// <param name="Precision">Day, or month where the day was missing, or year where the month was too.</param>
internal readonly record struct AtopDate(LocalDate Date, DatePrecision Precision)
{
    /// <summary>The year of the day.</summary>
    public int Year => Date.Year;
}
