using System;

namespace Treaties;

/// <summary>
/// What an alliance obliges a member to, as the Alliance Treaty Obligations and Provisions project (ATOP) codes it for
/// each member and phase: the columns <c>defense</c>, <c>offense</c>, <c>neutral</c>, <c>nonagg</c> and <c>consul</c>.
/// </summary>
/// <remarks>
/// The curated catalog does not code provisions on its memberships; for it, a mutual defence clause counts as
/// <see cref="Defense"/> and a consultation clause as <see cref="Consultation"/>.
/// </remarks>
[Flags]
public enum AllianceProvisions
{
    /// <summary>No provision recorded.</summary>
    None = 0,

    /// <summary>To defend an ally that is attacked (ATOP <c>defense</c>).</summary>
    Defense = 1,

    /// <summary>To join an ally's offensive war (ATOP <c>offense</c>).</summary>
    Offense = 2,

    /// <summary>To stay neutral in an ally's war (ATOP <c>neutral</c>).</summary>
    Neutrality = 4,

    /// <summary>Not to attack an ally (ATOP <c>nonagg</c>).</summary>
    NonAggression = 8,

    /// <summary>To consult in a crisis (ATOP <c>consul</c>).</summary>
    Consultation = 16,
}
