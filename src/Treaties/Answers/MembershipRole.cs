namespace Treaties;

/// <summary>How a state stands in a treaty on a given day.</summary>
public enum MembershipRole
{
    /// <summary>Neither a member nor an observer.</summary>
    None,

    /// <summary>An observer, which is not a member.</summary>
    Observer,

    /// <summary>A member, whatever its participation.</summary>
    Member,
}
