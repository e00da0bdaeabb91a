namespace Treaties.Datasets;

/// <summary>The column names a panel is written with.</summary>
public enum PanelColumns
{
    /// <summary>
    /// <c>ccode1,ccode2,year,alliance,defense,offense,neutral,nonagg,consul,treaties</c>: for the curated catalog, or
    /// the curated catalog and ATOP together.
    /// </summary>
    Curated,

    /// <summary>
    /// peacesciencer's names, <c>ccode1,ccode2,year,atop_alliance,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul</c>,
    /// so that a panel built from ATOP drops into code written for peacesciencer's.
    /// </summary>
    Atop,
}
