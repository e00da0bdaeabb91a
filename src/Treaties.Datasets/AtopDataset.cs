using System;
using System.Collections.Generic;
using System.IO;
using Treaties.Datasets.Atop;

namespace Treaties.Datasets;

/// <summary>
/// Reads the Alliance Treaty Obligations and Provisions (ATOP) data behind the same typed API as the curated catalog.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Load(Stream)"/> reads ATOP's member-level file (<c>atop5_1m.csv</c>, and the v4 files with the same
/// columns). Each alliance becomes a treaty with id <c>ATOP-&lt;atopid&gt;</c>; where phases of one alliance run side by
/// side, each such phase becomes its own treaty, <c>ATOP-&lt;atopid&gt;-&lt;phase&gt;</c>, so that members of parallel
/// phases (Czechoslovakia's successors from 1993) are not allies of each other. Each row is a membership period
/// [entry, exit) by day, keeping the row's provisions (<see cref="MembershipPeriod.Provisions"/>) and COW code
/// (<see cref="MembershipPeriod.CowCode"/>). A missing entry day is the 1st of its month and a missing exit day the 1st
/// of the next month, so the month counts whole; both get month precision. An exit year of 0 means ongoing. A phase of 0
/// marks an alliance without phases. The catalog's <see cref="TreatyCatalog.AsOf"/> is the last day of the last year the
/// file names (2018-12-31 for ATOP 5.1), the day up to which ATOP's own derived files count an ongoing membership.
/// </para>
/// <para>
/// A row whose member code no state has held, such as a party outside the COW state system (ATOP 5.1 lists 8152), is
/// left out, as ATOP's own derived files leave it out; <see cref="LoadWithReport(Stream)"/> says which rows those were.
/// </para>
/// <para>
/// The catalog's states are the bundled ones (<see cref="TreatyCatalog.Default"/>), found by COW code: the state that
/// held the code on the day of entry, or, where ATOP dates a membership outside COW's dates, the one nearest in time.
/// ATOP's obligations are its provisions on each period, not clauses, so the catalog's defence queries find nothing;
/// <see cref="DyadYearPanel"/> reads the provisions.
/// </para>
/// <para>ATOP is free for research but not ours to redistribute: no ATOP file ships with this package.</para>
/// </remarks>
public static class AtopDataset
{
    /// <summary>Reads ATOP's member-level CSV file into a catalog.</summary>
    /// <param name="memberLevelCsv">The file, UTF-8, with a header line.</param>
    /// <returns>A catalog of one treaty per alliance (or parallel phase), over the bundled states.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberLevelCsv"/> is null.</exception>
    /// <exception cref="TreatyDataException">
    /// A column is missing or named twice in the header, a value is not a whole number, a member code is not positive, a date is impossible, an exit is not
    /// after its entry, or two rows of one state overlap in one treaty. The message names the line and the column;
    /// nothing is returned.
    /// </exception>
    /// <example>
    /// <code>
    /// using FileStream file = File.OpenRead("atop5_1m.csv");
    /// TreatyCatalog atop = AtopDataset.Load(file);
    /// bool nato = atop.GetTreaty("ATOP-3180").IsMember("TUR", new LocalDate(1960, 1, 1));
    /// </code>
    /// </example>
    public static TreatyCatalog Load(Stream memberLevelCsv) => Load(memberLevelCsv, TreatyCatalog.Default.States);

    /// <summary>Reads ATOP's member-level CSV file into a catalog over the given states.</summary>
    /// <param name="memberLevelCsv">The file, UTF-8, with a header line.</param>
    /// <param name="states">The states, with their COW codes, that the rows' codes are found among.</param>
    /// <returns>A catalog of one treaty per alliance (or parallel phase).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TreatyDataException">The file breaks a rule of <see cref="Load(Stream)"/>.</exception>
    public static TreatyCatalog Load(Stream memberLevelCsv, IReadOnlyList<MemberState> states) => LoadWithReport(memberLevelCsv, states).Catalog;

    /// <summary>Reads ATOP's member-level CSV file into a catalog, and reports the rows it leaves out.</summary>
    /// <param name="memberLevelCsv">The file, UTF-8, with a header line.</param>
    /// <returns>The catalog, the number of rows read, the rows left out with their lines and codes, and the file's last year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberLevelCsv"/> is null.</exception>
    /// <exception cref="TreatyDataException">The file breaks a rule of <see cref="Load(Stream)"/>.</exception>
    /// <example>
    /// <code>
    /// AtopLoadReport read = AtopDataset.LoadWithReport(File.OpenRead("atop5_1m.csv"));
    /// foreach (AtopRowLeftOut row in read.RowsLeftOut)
    ///     Console.Error.WriteLine(row);   // Line 203: member 8152 of alliance 1320 is left out; ...
    /// </code>
    /// </example>
    public static AtopLoadReport LoadWithReport(Stream memberLevelCsv) => LoadWithReport(memberLevelCsv, TreatyCatalog.Default.States);

    /// <summary>Reads ATOP's member-level CSV file into a catalog over the given states, and reports the rows it leaves out.</summary>
    /// <param name="memberLevelCsv">The file, UTF-8, with a header line.</param>
    /// <param name="states">The states, with their COW codes, that the rows' codes are found among.</param>
    /// <returns>The catalog, the number of rows read, the rows left out with their lines and codes, and the file's last year.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TreatyDataException">The file breaks a rule of <see cref="Load(Stream)"/>.</exception>
    public static AtopLoadReport LoadWithReport(Stream memberLevelCsv, IReadOnlyList<MemberState> states)
    {
        ArgumentNullException.ThrowIfNull(memberLevelCsv);
        ArgumentNullException.ThrowIfNull(states);
        (List<AtopRow> rows, int lastYear) = AtopReader.Read(memberLevelCsv);
        return AtopCatalog.Build(rows, lastYear, states);
    }
}
