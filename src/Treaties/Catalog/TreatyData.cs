using System.Collections.Generic;

namespace Treaties;

/// <summary>The checked facts of one treaty, as <see cref="TreatyBuilder"/> collected them, from which the catalog makes a <see cref="Treaty"/>.</summary>
internal sealed record TreatyData(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    RecordedDate Signed,
    RecordedDate EnteredIntoForce,
    RecordedDate? Terminated,
    string? Note,
    IReadOnlyList<TreatyDocument> Documents,
    IReadOnlyList<MembershipPeriod> Memberships,
    IReadOnlyList<ObserverPeriod> Observers,
    IReadOnlyList<TreatyClause> Clauses,
    TreatyOrganization? Organization,
    IReadOnlyList<ObligationSuspension> Suspensions,
    IReadOnlyList<Invocation> Requests,
    IReadOnlyList<LocalizedName> LocalNames);
