namespace Treaties;

/// <summary>Why a membership ended, where the catalog records it.</summary>
public enum MembershipEndReason
{
    /// <summary>The catalog does not say why; so for every ongoing membership.</summary>
    Unstated,

    /// <summary>The state withdrew from the treaty itself, by notice or denunciation.</summary>
    Withdrawal,

    /// <summary>
    /// The state left the organisation built on the treaty, and the treaty binds the organisation's members only: a
    /// state that left ECOWAS is no longer a party to its defence protocol.
    /// </summary>
    LeftOrganisation,
}
