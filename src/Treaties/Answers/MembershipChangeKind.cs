namespace Treaties;

/// <summary>What happened in a <see cref="MembershipChange"/>.</summary>
public enum MembershipChangeKind
{
    /// <summary>The state became a member.</summary>
    Joined,

    /// <summary>The state ceased to be a member.</summary>
    Left,

    /// <summary>A member's participation changed.</summary>
    ParticipationChanged,

    /// <summary>The state became an observer.</summary>
    ObserverStatusGranted,

    /// <summary>The state ceased to be an observer.</summary>
    ObserverStatusEnded,
}
