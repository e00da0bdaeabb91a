namespace Treaties.Datasets;

/// <summary>
/// One row of a state-year alliance panel: a state, by its COW code, in at least one alliance in a year, with what its
/// alliances obliged it to and how many there were.
/// </summary>
/// <param name="CowCode">The state's COW code.</param>
/// <param name="Year">The year.</param>
/// <param name="Provisions">The provisions of the state's own periods that year, in any of its alliances.</param>
/// <param name="Alliances">
/// How many alliances bound the state that year; the parallel phases of one ATOP alliance count once, as ATOP's
/// <c>number</c> counts them.
/// </param>
/// <param name="Treaties">The ids of the treaties that bound it that year, in ordinal order, separated by <c>;</c>.</param>
public readonly record struct StateYear(int CowCode, int Year, AllianceProvisions Provisions, int Alliances, string Treaties) : IPanelRow
{
    int IPanelRow.Key(int column) => column == 0 ? CowCode : Year;

    int IPanelRow.Count => Alliances;
}
