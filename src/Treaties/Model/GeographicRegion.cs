namespace Treaties;

/// <summary>The part of the world a <see cref="Place"/> lies in, as far as mutual defence clauses distinguish it.</summary>
public enum GeographicRegion
{
    /// <summary>Europe, including its islands in the Mediterranean and the Baltic.</summary>
    Europe,

    /// <summary>North America, including Alaska and Greenland.</summary>
    NorthAmerica,

    /// <summary>Islands in the North Atlantic north of the Tropic of Cancer, such as the Azores, Madeira, the Canaries, Bermuda and Svalbard.</summary>
    NorthAtlanticIsland,

    /// <summary>Asia, including Asian Turkey and the Russian Far East.</summary>
    Asia,

    /// <summary>Africa, including Ceuta and Melilla.</summary>
    Africa,

    /// <summary>The Caribbean, south of the Tropic of Cancer.</summary>
    Caribbean,

    /// <summary>South America.</summary>
    SouthAmerica,

    /// <summary>The Pacific, such as Hawaii, Guam and New Caledonia.</summary>
    Pacific,

    /// <summary>The Indian Ocean, such as Réunion and Mayotte.</summary>
    IndianOcean,

    /// <summary>The South Atlantic, such as the Falkland Islands.</summary>
    SouthAtlantic,
}
