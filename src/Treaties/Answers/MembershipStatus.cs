using System;
using NodaTime;

namespace Treaties;

/// <summary>
/// A state's standing in one treaty on one day: member, observer or neither; for a member, how fully it takes part;
/// and since when. For example: "a member, but with participation frozen, since 2024-02-22".
/// </summary>
/// <remarks>
/// <para>The default value is <see cref="MembershipRole.None"/> with no date.</para>
/// <para>Two statuses are equal when their role, participation and first day are equal.</para>
/// </remarks>
public readonly struct MembershipStatus : IEquatable<MembershipStatus>
{
    internal MembershipStatus(MembershipRole role, ParticipationStatus? participation, RecordedDate? since)
    {
        Role = role;
        Participation = participation;
        SinceRecord = since;
    }

    /// <summary>Gets whether the state is a member, an observer or neither.</summary>
    public MembershipRole Role { get; }

    /// <summary>Gets how fully a member takes part; null unless <see cref="Role"/> is <see cref="MembershipRole.Member"/>.</summary>
    public ParticipationStatus? Participation { get; }

    /// <summary>
    /// Gets the first day of the current standing: for a member, the day its current participation began (the start
    /// of membership when it never changed); for an observer, the start of observer status; null for neither.
    /// </summary>
    public LocalDate? Since => SinceRecord?.Date;

    /// <summary>Gets the record of <see cref="Since"/>, with its sources.</summary>
    public RecordedDate? SinceRecord { get; }

    /// <summary>Gets whether the state is a member, whatever its participation.</summary>
    public bool IsMember => Role == MembershipRole.Member;

    /// <summary>Gets whether the state is a member that takes part fully.</summary>
    public bool IsFullyParticipating => Participation == ParticipationStatus.Full;

    /// <summary>Returns whether two statuses are equal.</summary>
    /// <param name="left">A status.</param>
    /// <param name="right">A status.</param>
    /// <returns>True when role, participation and first day are equal.</returns>
    public static bool operator ==(MembershipStatus left, MembershipStatus right) => left.Equals(right);

    /// <summary>Returns whether two statuses differ.</summary>
    /// <param name="left">A status.</param>
    /// <param name="right">A status.</param>
    /// <returns>True when role, participation or first day differ.</returns>
    public static bool operator !=(MembershipStatus left, MembershipStatus right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(MembershipStatus other) =>
        Role == other.Role && Participation == other.Participation && Since == other.Since;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MembershipStatus other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Role, Participation, Since);

    /// <summary>Returns the standing in words.</summary>
    /// <returns>For example <c>Member (Frozen) since 2024-02-22</c>, <c>Observer since 2013-04-11</c> or <c>None</c>.</returns>
    public override string ToString() => Role switch
    {
        MembershipRole.Member => $"Member ({Participation}) since {Since:uuuu-MM-dd}",
        MembershipRole.Observer => $"Observer since {Since:uuuu-MM-dd}",
        _ => "None",
    };
}
