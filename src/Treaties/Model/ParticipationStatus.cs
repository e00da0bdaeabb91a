namespace Treaties;

/// <summary>How fully a member takes part in a treaty's bodies, on a given day.</summary>
/// <remarks>Every value other than <see cref="Full"/> still means the state is a member.</remarks>
public enum ParticipationStatus
{
    /// <summary>The member takes part in everything.</summary>
    Full,

    /// <summary>The member stays in the treaty but outside its integrated military command or structure (France 1966-2009).</summary>
    OutsideIntegratedCommand,

    /// <summary>The member has frozen its participation on its own initiative (Armenia in the CSTO since 2024).</summary>
    Frozen,

    /// <summary>The member's participation is suspended (Uzbekistan in the CSTO in 2012).</summary>
    Suspended,
}
