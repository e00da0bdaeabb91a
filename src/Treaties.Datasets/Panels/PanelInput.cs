using System;
using System.Linq;
using NodaTime;

namespace Treaties.Datasets;

/// <summary>The checks and preparation every panel shares.</summary>
internal static class PanelInput
{
    /// <summary>Checks a panel's arguments.</summary>
    internal static void Check(int fromYear, int toYear, PanelRules rules, TreatyCatalog[] catalogs)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(catalogs);
        ArgumentOutOfRangeException.ThrowIfLessThan(fromYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(toYear, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(toYear, fromYear);
        foreach (TreatyCatalog catalog in catalogs)
        {
            ArgumentNullException.ThrowIfNull(catalog, nameof(catalogs));
        }
    }

    /// <summary>
    /// Prepares the catalogs' treaties under the rules, afresh for each enumeration of a panel, since a prepared treaty
    /// keeps buffers of its own.
    /// </summary>
    internal static PanelTreaty[] Treaties(PanelRules rules, TreatyCatalog[] catalogs) =>
        [.. catalogs.SelectMany(c => c.Treaties.Select(t => new PanelTreaty(t, rules, c.AsOf)))];

    /// <summary>Lets every treaty that spans the year add its entries for the year's days.</summary>
    internal static void AddYear(PanelTreaty[] treaties, int year, Action<PanelTreaty, DateRange> add)
    {
        DateRange days = YearDays(year);
        foreach (PanelTreaty treaty in treaties)
        {
            if (year >= treaty.FirstYear && year <= treaty.LastYear)
            {
                add(treaty, days);
            }
        }
    }

    /// <summary>The days of a year, as a half-open range.</summary>
    internal static DateRange YearDays(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year + 1, 1, 1));
}
