namespace Treaties.Datasets;

/// <summary>
/// One row of a dyad-year alliance panel: two states, by their COW codes, allied in a year, with what their alliances
/// obliged them to and which treaties allied them.
/// </summary>
/// <param name="CowCode1">The first state's COW code; in an undirected panel the smaller of the two.</param>
/// <param name="CowCode2">The second state's COW code.</param>
/// <param name="Year">The year.</param>
/// <param name="Provisions">
/// The provisions of the alliances that tied them that year: a provision is set when either state's period carries it
/// (peacesciencer's rule for undirected dyads). For a period with neither provisions nor a COW code of its own (the
/// curated catalog's), a mutual defence clause in force counts as <see cref="AllianceProvisions.Defense"/> and a
/// consultation clause as <see cref="AllianceProvisions.Consultation"/>.
/// </param>
/// <param name="Treaties">The ids of the treaties that tied them that year, in ordinal order, separated by <c>;</c>.</param>
public readonly record struct DyadYear(int CowCode1, int CowCode2, int Year, AllianceProvisions Provisions, string Treaties) : IPanelRow
{
    int IPanelRow.Key(int column) => column switch { 0 => CowCode1, 1 => CowCode2, _ => Year };

    int IPanelRow.Count => 1;
}
