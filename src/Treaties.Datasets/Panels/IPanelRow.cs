namespace Treaties.Datasets;

/// <summary>
/// A panel row as <see cref="PanelWriter"/> writes it: its key columns (codes and year), then the alliance flag, the
/// five provisions, for a state-year the count of alliances, and for curated names the treaties.
/// </summary>
internal interface IPanelRow
{
    /// <summary>The key column at a position: the COW codes, then the year.</summary>
    int Key(int column);

    /// <summary>How many alliances: 1 for a dyad-year, the count for a state-year.</summary>
    int Count { get; }

    /// <summary>The provisions.</summary>
    AllianceProvisions Provisions { get; }

    /// <summary>The treaties, separated by <c>;</c>.</summary>
    string Treaties { get; }
}
