using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties;

/// <summary>How two states stood to each other on a day, across every treaty of the catalog.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class StateRelationship
{
    internal StateRelationship(MemberState state, MemberState otherState, LocalDate date, IReadOnlyList<TreatyBond> bonds)
    {
        State = state;
        OtherState = otherState;
        Date = date;
        Bonds = bonds;
        Kind = bonds.Count == 0 ? RelationshipKind.None : bonds.Max(b => b.Kind);
    }

    /// <summary>Gets one of the two states.</summary>
    public MemberState State { get; }

    /// <summary>Gets the other state.</summary>
    public MemberState OtherState { get; }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the strongest tie between them: allies before co-members before former allies before observers.</summary>
    public RelationshipKind Kind { get; }

    /// <summary>Gets every tie, one per treaty that ties them, strongest first.</summary>
    public IReadOnlyList<TreatyBond> Bonds { get; }

    /// <summary>Returns the two states, the day and the ties.</summary>
    /// <returns>For example <c>AZE-ARM on 2022-09-13: FormerAllies under CSTO Article 4 until 1999-04-21</c>.</returns>
    public override string ToString() =>
        $"{State.Code}-{OtherState.Code} on {Date:uuuu-MM-dd}: " + (Bonds.Count == 0 ? "None" : string.Join("; ", Bonds));
}
