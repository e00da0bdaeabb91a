namespace Treaties;

/// <summary>How two states stand to each other under a treaty on a day, from the weakest tie to the strongest.</summary>
public enum RelationshipKind
{
    /// <summary>No tie under any treaty of the catalog.</summary>
    None,

    /// <summary>One observes a treaty the other is a member of, or both observe it.</summary>
    Observer,

    /// <summary>They were allies under a treaty earlier, and are no longer.</summary>
    FormerAllies,

    /// <summary>Both are members of a treaty with no mutual defence clause in force.</summary>
    CoMembers,

    /// <summary>Both are members of a treaty whose mutual defence clause is in force.</summary>
    Allies,
}
