using NodaTime;

namespace Treaties;

/// <summary>The tie between two states under one treaty on a day: allies, co-members, former allies or an observer relation.</summary>
/// <remarks>
/// <para>Which properties a bond carries depends on its <see cref="Kind"/>; the others are null:</para>
/// <list type="table">
/// <listheader><term>Kind</term><description>Set</description></listheader>
/// <item><term><see cref="RelationshipKind.Allies"/></term><description><see cref="Clause"/>, the clause in force; <see cref="Start"/>, the first day both were members.</description></item>
/// <item><term><see cref="RelationshipKind.CoMembers"/></term><description><see cref="Start"/>, the first day both were members; <see cref="Suspension"/>, where the treaty's defence clause is in force but one has suspended its obligations toward the other.</description></item>
/// <item><term><see cref="RelationshipKind.FormerAllies"/></term><description><see cref="Clause"/>, the clause that bound them; <see cref="End"/>, the first day they no longer were allies.</description></item>
/// <item><term><see cref="RelationshipKind.Observer"/></term><description><see cref="Observer"/>, when only one of the two observes.</description></item>
/// </list>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class TreatyBond
{
    private TreatyBond(
        Treaty treaty, RelationshipKind kind, MutualDefenceClause? clause, RecordedDate? start, RecordedDate? end, MemberState? observer, ObligationSuspension? suspension = null)
    {
        Suspension = suspension;
        Treaty = treaty;
        Kind = kind;
        Clause = clause;
        StartRecord = start;
        EndRecord = end;
        Observer = observer;
    }

    /// <summary>Gets the treaty.</summary>
    public Treaty Treaty { get; }

    /// <summary>Gets the kind of tie.</summary>
    public RelationshipKind Kind { get; }

    /// <summary>Gets the mutual defence clause that binds or bound them, for allies and former allies; otherwise null.</summary>
    public MutualDefenceClause? Clause { get; }

    /// <summary>Gets the first day of the current tie, for allies and co-members: the later of the two membership starts; otherwise null.</summary>
    public LocalDate? Start => StartRecord?.Date;

    /// <summary>Gets the record of <see cref="Start"/>, with its sources.</summary>
    public RecordedDate? StartRecord { get; }

    /// <summary>Gets the first day they were no longer allies, for former allies; otherwise null.</summary>
    public LocalDate? End => EndRecord?.Date;

    /// <summary>Gets the record of <see cref="End"/>, with its sources.</summary>
    public RecordedDate? EndRecord { get; }

    /// <summary>Gets the observing state, for an observer relation in which only one observes; otherwise null.</summary>
    public MemberState? Observer { get; }

    /// <summary>
    /// Gets the suspension that keeps two co-members of a treaty whose defence clause is in force from being allies under
    /// it, such as the United States' suspension of its ANZUS obligations toward New Zealand; otherwise null.
    /// </summary>
    public ObligationSuspension? Suspension { get; }

    /// <summary>Returns the tie in words.</summary>
    /// <returns>For example <c>FormerAllies under CSTO Article 4 until 1999-04-21</c>.</returns>
    public override string ToString() => Kind switch
    {
        RelationshipKind.Allies => $"Allies under {Treaty.Id} {Clause?.Article} since {StartRecord}",
        RelationshipKind.FormerAllies => $"FormerAllies under {Treaty.Id} {Clause?.Article} until {EndRecord}",
        RelationshipKind.CoMembers => $"CoMembers of {Treaty.Id} since {StartRecord}" + (Suspension is null ? "" : $", obligations suspended: {Suspension}"),
        _ => $"Observer relation in {Treaty.Id}" + (Observer is null ? " (both observe)" : $" ({Observer.Code} observes)"),
    };

    internal static TreatyBond Allies(Treaty treaty, MutualDefenceClause clause, RecordedDate start) =>
        new(treaty, RelationshipKind.Allies, clause, start, null, null);

    internal static TreatyBond CoMembers(Treaty treaty, RecordedDate start, ObligationSuspension? suspension = null) =>
        new(treaty, RelationshipKind.CoMembers, null, start, null, null, suspension);

    internal static TreatyBond FormerAllies(Treaty treaty, MutualDefenceClause clause, RecordedDate end) =>
        new(treaty, RelationshipKind.FormerAllies, clause, null, end, null);

    internal static TreatyBond ObserverRelation(Treaty treaty, MemberState? observer) =>
        new(treaty, RelationshipKind.Observer, null, null, null, observer);
}
