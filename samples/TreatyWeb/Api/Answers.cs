using System.Collections.Generic;
using Treaties;

namespace TreatyWeb.Api;

/// <summary>The answer of <c>GET /api/treaties</c>: every treaty with its dates.</summary>
/// <param name="AsOf">The day up to which the data was checked, written yyyy-MM-dd.</param>
/// <param name="Treaties">The treaties in force or ended.</param>
/// <param name="Pending">Treaties signed and not in force.</param>
public sealed record TreatiesAnswer(string? AsOf, IReadOnlyList<TreatyItem> Treaties, IReadOnlyList<PendingItem> Pending);

/// <summary>A treaty with its dates and defence clauses.</summary>
/// <param name="Id">The catalog's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Aliases">Other names and abbreviations it is found by.</param>
/// <param name="Signed">The day it was signed.</param>
/// <param name="EnteredIntoForce">The day it entered into force.</param>
/// <param name="Terminated">The day it ended, or null while it is in force.</param>
/// <param name="DefenceClauses">Its mutual-defence clauses.</param>
public sealed record TreatyItem(
    string Id, string Name, IReadOnlyList<string> Aliases, DateFact Signed, DateFact EnteredIntoForce, DateFact? Terminated, IReadOnlyList<ClauseRef> DefenceClauses);

/// <summary>A treaty signed and not in force.</summary>
/// <param name="Id">The catalog's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Signed">The day it was signed.</param>
public sealed record PendingItem(string Id, string Name, DateFact Signed);

/// <summary>The answer of <c>GET /api/treaties/{id}/members</c>.</summary>
/// <param name="Treaty">The treaty.</param>
/// <param name="Date">The day asked about.</param>
/// <param name="InForce">Whether the treaty was in force that day.</param>
/// <param name="Members">The members that day.</param>
/// <param name="Warning">Set when the day is after the day the data was checked up to.</param>
public sealed record MembersAnswer(TreatyRef Treaty, string Date, bool InForce, IReadOnlyList<MemberItem> Members, string? Warning);

/// <summary>A member on a day.</summary>
/// <param name="State">The state.</param>
/// <param name="Participation">How fully it took part (the library's <c>ParticipationStatus</c>).</param>
/// <param name="Since">The day its standing that day began, with its sources; null where the data records none.</param>
public sealed record MemberItem(StateRef State, ParticipationStatus Participation, DateFact? Since);

/// <summary>The answer of <c>GET /api/states/{code}/treaties</c>.</summary>
/// <param name="State">The state.</param>
/// <param name="Date">The day asked about.</param>
/// <param name="Treaties">The treaties binding it that day.</param>
/// <param name="Coverage">What the catalog covers, for reading an empty list.</param>
/// <param name="Warning">Set when the day is after the day the data was checked up to.</param>
public sealed record StateTreatiesAnswer(StateRef State, string Date, IReadOnlyList<StateTreatyItem> Treaties, string Coverage, string? Warning);

/// <summary>A treaty binding a state on a day.</summary>
/// <param name="Treaty">The treaty.</param>
/// <param name="Participation">How fully the state took part.</param>
/// <param name="Since">The day its standing that day began, with its sources; null where the data records none.</param>
/// <param name="DefenceClause">The mutual-defence clause in force that day, if any.</param>
/// <param name="OrganisationDissolved">The day the treaty's organisation was dissolved, where that was on or before the day asked about and the treaty stayed in force (SEATO); else null.</param>
public sealed record StateTreatyItem(TreatyRef Treaty, ParticipationStatus Participation, DateFact? Since, ClauseRef? DefenceClause, DateFact? OrganisationDissolved);

/// <summary>The answer of <c>GET /api/states/{code}/defenders</c>.</summary>
/// <param name="State">The state attacked.</param>
/// <param name="Date">The day asked about.</param>
/// <param name="Place">The place attacked, if one was given; otherwise the state's home territory.</param>
/// <param name="Commitments">Who had to defend it, treaty by treaty.</param>
/// <param name="Coverage">What the catalog covers, for reading an empty list.</param>
/// <param name="Warning">Set when the day is after the day the data was checked up to.</param>
public sealed record DefendersAnswer(StateRef State, string Date, PlaceRef? Place, IReadOnlyList<CommitmentItem> Commitments, string Coverage, string? Warning);

/// <summary>One treaty's obligation to defend a state.</summary>
/// <param name="Treaty">The treaty.</param>
/// <param name="Clause">The article that binds.</param>
/// <param name="Defenders">The states bound to defend, with their participation and since when.</param>
/// <param name="Suspended">Members that suspended their obligations toward the state.</param>
public sealed record CommitmentItem(TreatyRef Treaty, ClauseRef Clause, IReadOnlyList<MemberItem> Defenders, IReadOnlyList<SuspendedItem> Suspended);

/// <summary>A member that suspended its obligations toward the state defended.</summary>
/// <param name="State">The member.</param>
/// <param name="Since">The day the suspension began, with its sources.</param>
public sealed record SuspendedItem(StateRef State, DateFact Since);

/// <summary>The answer of <c>GET /api/allies</c>.</summary>
/// <param name="A">The first state.</param>
/// <param name="B">The second state.</param>
/// <param name="Date">The day asked about.</param>
/// <param name="Allies">Whether a mutual-defence obligation bound them to each other that day.</param>
/// <param name="Kind">How they stood (the library's <c>RelationshipKind</c>).</param>
/// <param name="Bonds">Each treaty that ties them, and how.</param>
/// <param name="Warning">Set when the day is after the day the data was checked up to.</param>
public sealed record AlliesAnswer(StateRef A, StateRef B, string Date, bool Allies, RelationshipKind Kind, IReadOnlyList<BondItem> Bonds, string? Warning);

/// <summary>How two states stand under one treaty.</summary>
/// <param name="Treaty">The treaty.</param>
/// <param name="Kind">The tie (the library's <c>RelationshipKind</c>).</param>
/// <param name="Clause">The defence clause, for allies and former allies.</param>
/// <param name="Since">The day the tie began, with its sources.</param>
/// <param name="Until">The day the alliance ended, for former allies.</param>
/// <param name="Observer">The state that observes, in an observer relation; null when both do.</param>
/// <param name="Suspension">A suspension of obligations between them under this treaty.</param>
public sealed record BondItem(TreatyRef Treaty, RelationshipKind Kind, ClauseRef? Clause, DateFact? Since, DateFact? Until, string? Observer, SuspensionItem? Suspension);

/// <summary>A suspension of one member's obligations toward another.</summary>
/// <param name="State">The member that suspended.</param>
/// <param name="Toward">The member it no longer must defend.</param>
/// <param name="Since">The day it began, with its sources.</param>
public sealed record SuspensionItem(string State, string Toward, DateFact Since);

/// <summary>The answer of <c>GET /api/map</c>: every state in an alliance on a day, for colouring a map.</summary>
/// <param name="Date">The day.</param>
/// <param name="AsOf">The day up to which the data was checked.</param>
/// <param name="Treaties">The treaties in force that day, with how many members they had.</param>
/// <param name="States">Each state that was a member of at least one of them.</param>
public sealed record MapAnswer(string Date, string? AsOf, IReadOnlyList<MapTreaty> Treaties, IReadOnlyList<MapState> States);

/// <summary>A treaty in force on the map's day.</summary>
/// <param name="Id">The catalog's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Members">How many members it had that day.</param>
/// <param name="Multilateral">Whether it has ever had more than two parties.</param>
/// <param name="OrganisationDissolved">The day the treaty's organisation was dissolved, where that was on or before the map's day and the treaty stayed in force (SEATO); else null.</param>
public sealed record MapTreaty(string Id, string Name, int Members, bool Multilateral, DateFact? OrganisationDissolved);

/// <summary>A state on the map's day.</summary>
/// <param name="State">The state.</param>
/// <param name="Treaties">The ids of the treaties it was a member of.</param>
/// <param name="DrawnOver">For a state that no longer exists, the codes of the states on today's map that hold its land.</param>
/// <param name="Doubt">Whether a day behind its membership is unconfirmed or disputed.</param>
public sealed record MapState(StateRef State, IReadOnlyList<string> Treaties, IReadOnlyList<string> DrawnOver, bool Doubt);
