using System;
using System.Collections.Generic;
using System.Linq;
using Treaties.Indexing;

namespace Treaties;

/// <summary>
/// Who is bound to help a state that is attacked, under one treaty's mutual defence clause, on one day: the other
/// members of the treaty that day.
/// </summary>
/// <remarks>
/// <para>
/// Members whose participation is frozen, suspended or outside the integrated command are still bound by the treaty
/// and stay in <see cref="Defenders"/>; <see cref="DefendersNotFullyParticipating"/> names them, so that a reader can tell.
/// Members that suspended their obligations toward the defended state are not bound to it, and are in
/// <see cref="SuspendedDefenders"/> instead (the United States toward New Zealand under ANZUS since 1986).
/// </para>
/// <para>Instances are immutable and thread-safe; a catalog hands out the same instance for the same state and stretch of days.</para>
/// </remarks>
public sealed class DefenceCommitment
{
    private readonly TreatyStanding _standing;
    private readonly int _defendedAt;

    /// <summary>Creates the commitment to the member at <paramref name="defendedAt"/> of a shared standing.</summary>
    internal DefenceCommitment(
        Treaty treaty, MutualDefenceClause clause, TreatyStanding standing, int defendedAt, MembershipStatus defendedStatus, ObligationSuspension[] suspensions)
    {
        MemberState[] suspended = [.. suspensions.Select(x => x.State).Distinct()];
        Suspensions = suspensions.AsReadOnly();
        Treaty = treaty;
        Clause = clause;
        _standing = standing;
        _defendedAt = defendedAt;
        Defended = standing.MemberArray[defendedAt];
        DefendedStatus = defendedStatus;
        SuspendedDefenders = suspended.AsReadOnly();
        if (suspended.Length == 0)
        {
            Defenders = new MembersExcept(standing.MemberArray, defendedAt);
            DefendersNotFullyParticipating = new MembersExcept(
                standing.NotFullyParticipating, Array.IndexOf(standing.NotFullyParticipating, Defended));
        }
        else
        {
            MemberState defended = Defended;
            Defenders = Array.FindAll(standing.MemberArray, m => !m.Equals(defended) && Array.IndexOf(suspended, m) < 0).AsReadOnly();
            DefendersNotFullyParticipating = Array.FindAll(standing.NotFullyParticipating, m => !m.Equals(defended) && Array.IndexOf(suspended, m) < 0).AsReadOnly();
        }
    }

    /// <summary>Gets the treaty.</summary>
    public Treaty Treaty { get; }

    /// <summary>Gets the clause that binds the defenders.</summary>
    public MutualDefenceClause Clause { get; }

    /// <summary>Gets how strongly the clause binds them.</summary>
    public ObligationStrength Obligation => Clause.Obligation;

    /// <summary>Gets the state that is defended.</summary>
    public MemberState Defended { get; }

    /// <summary>Gets the defended state's own standing in the treaty that day, such as a member with frozen participation.</summary>
    public MembershipStatus DefendedStatus { get; }

    /// <summary>Gets the other members of the treaty that day, ordered by code.</summary>
    public IReadOnlyList<MemberState> Defenders { get; }

    /// <summary>Gets the defenders that did not take part fully that day (frozen, suspended or outside the integrated command), ordered by code.</summary>
    public IReadOnlyList<MemberState> DefendersNotFullyParticipating { get; }

    /// <summary>
    /// Gets the members that had suspended their obligations toward the defended state that day, ordered by code: parties
    /// to the treaty, but not among the <see cref="Defenders"/>. See <see cref="Treaty.Suspensions"/> for when and why.
    /// </summary>
    public IReadOnlyList<MemberState> SuspendedDefenders { get; }

    /// <summary>
    /// Gets the suspensions behind <see cref="SuspendedDefenders"/>, ordered by the suspending state's code: each says
    /// who suspended its obligations toward the defended state, from when, and with which sources.
    /// </summary>
    public IReadOnlyList<ObligationSuspension> Suspensions { get; }

    /// <summary>Returns how fully a defender took part that day.</summary>
    /// <param name="defender">One of <see cref="Defenders"/>.</param>
    /// <returns>Its participation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="defender"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="defender"/> is not one of the defenders.</exception>
    public ParticipationStatus ParticipationOf(MemberState defender)
    {
        ArgumentNullException.ThrowIfNull(defender);
        int index = Array.IndexOf(_standing.MemberArray, defender);
        Preconditions.CheckArgument(
            index >= 0 && index != _defendedAt && !((ICollection<MemberState>)SuspendedDefenders).Contains(defender), nameof(defender), $"{defender.Code} is not one of the defenders under {Treaty.Id} {Clause.Article}.");
        return _standing.Participation[index];
    }

    /// <summary>Returns the treaty, the article and the number of defenders.</summary>
    /// <returns>For example <c>CSTO Article 4: 5 defenders of ARM</c>.</returns>
    public override string ToString() => $"{Treaty.Id} {Clause.Article}: {Defenders.Count} defenders of {Defended.Code}";
}
