using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Treaties.Datasets;

/// <summary>
/// A curated treaty set beside the ATOP alliance it matches: the members whose days differ, and how many agree to the
/// day; or, where ATOP holds no match, why.
/// </summary>
/// <remarks>Instances are immutable and thread-safe; <see cref="Differences"/> cannot be written to.</remarks>
public sealed class TreatyComparison
{
    internal TreatyComparison(Treaty curated, Treaty? atop, IList<MemberDifference> differences, int membersAgreeing, bool beginsAfterAtop)
    {
        Curated = curated;
        Atop = atop;
        Differences = new ReadOnlyCollection<MemberDifference>(differences);
        MembersAgreeing = membersAgreeing;
        BeginsAfterAtop = beginsAfterAtop;
    }

    /// <summary>The curated treaty.</summary>
    public Treaty Curated { get; }

    /// <summary>The ATOP alliance (or parallel phase) it matches, or null where none does.</summary>
    public Treaty? Atop { get; }

    /// <summary>The members whose days differ, or who are members in only one of the two, in order of their codes.</summary>
    public IReadOnlyList<MemberDifference> Differences { get; }

    /// <summary>How many members have the same first day and the same end in both.</summary>
    public int MembersAgreeing { get; }

    /// <summary>Whether the curated treaty entered into force after ATOP's last day, so that ATOP cannot hold it.</summary>
    public bool BeginsAfterAtop { get; }
}
