namespace Treaties.Datasets;

/// <summary>Why a member's days differ between the curated catalog and ATOP, where the reason is known.</summary>
public enum DifferenceReason
{
    /// <summary>No reason is known.</summary>
    Unknown = 0,

    /// <summary>
    /// ATOP dates the membership from a signature, the state's own (as ATOP dates NATO's joiners by the accession
    /// protocol) or, for a founder, the treaty's; the catalog dates it from the day the state became bound.
    /// </summary>
    AtopFromSignature = 1,

    /// <summary>The difference falls after ATOP's last year: the state joined or left after the file ends.</summary>
    AfterAtopsLastYear = 2,

    /// <summary>
    /// ATOP ends the membership when the treaty's organisation was dissolved; the catalog keeps the treaty, which
    /// outlived it (the Manila Pact after SEATO).
    /// </summary>
    AtopEndsWithTheOrganization = 3,

    /// <summary>
    /// ATOP's exit is one day before the catalog's end: ATOP records the last day of membership, which its own derived
    /// files include, where the catalog records the first day after it.
    /// </summary>
    AtopExitIsTheLastDay = 4,
}
