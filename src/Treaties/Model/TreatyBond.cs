using NodaTime;

namespace Treaties;

/// <summary>The tie between two states under one treaty on a day: allies, co-members, former allies or an observer relation.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class TreatyBond
{
    internal TreatyBond(Treaty treaty, RelationshipKind kind, MutualDefenceClause? clause, LocalDate? since, LocalDate? until, MemberState? observer)
    {
        Treaty = treaty;
        Kind = kind;
        Clause = clause;
        Since = since;
        Until = until;
        Observer = observer;
    }

    /// <summary>Gets the treaty.</summary>
    public Treaty Treaty { get; }

    /// <summary>Gets the kind of tie.</summary>
    public RelationshipKind Kind { get; }

    /// <summary>Gets the mutual defence clause that binds or bound them, for allies and former allies; otherwise null.</summary>
    public MutualDefenceClause? Clause { get; }

    /// <summary>Gets the first day of the current tie, for allies and co-members; otherwise null.</summary>
    public LocalDate? Since { get; }

    /// <summary>Gets the first day they were no longer allies, for former allies; otherwise null.</summary>
    public LocalDate? Until { get; }

    /// <summary>Gets the observing state, for an observer relation in which only one observes; otherwise null.</summary>
    public MemberState? Observer { get; }

    /// <summary>Returns the tie in words.</summary>
    /// <returns>For example <c>FormerAllies under CSTO Article 4 until 1999-04-21</c>.</returns>
    public override string ToString() => Kind switch
    {
        RelationshipKind.Allies => $"Allies under {Treaty.Id} {Clause?.Article} since {Since:uuuu-MM-dd}",
        RelationshipKind.FormerAllies => $"FormerAllies under {Treaty.Id} {Clause?.Article} until {Until:uuuu-MM-dd}",
        RelationshipKind.CoMembers => $"CoMembers of {Treaty.Id} since {Since:uuuu-MM-dd}",
        _ => $"Observer relation in {Treaty.Id}" + (Observer is null ? " (both observe)" : $" ({Observer.Code} observes)"),
    };
}
