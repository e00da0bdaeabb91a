using System.Collections.Generic;
using System.Linq;

namespace Treaties;

/// <summary>Walks every recorded date of a treaty, for checks that apply to all of them.</summary>
internal static class RecordedDates
{
    internal static IEnumerable<RecordedDate> Of(Treaty treaty)
    {
        IEnumerable<RecordedDate?> all =
            new[]
            {
                treaty.SignedRecord, treaty.EnteredIntoForceRecord, treaty.TerminatedRecord,
                treaty.Organization?.EstablishedRecord, treaty.Organization?.DissolvedRecord,
            }
            .Concat(treaty.Suspensions.SelectMany(s => new[] { s.StartRecord, s.EndRecord }))
            .Concat(treaty.Requests.Select(r => r.DateRecord))
            .Concat(treaty.Documents.SelectMany(d => new[] { d.SignedRecord, d.EnteredIntoForceRecord }))
            .Concat(treaty.Memberships.SelectMany(p =>
                new[] { p.SignedRecord, p.StartRecord, p.EndRecord }.Concat(p.ParticipationChanges.Select(c => c.StartRecord))))
            .Concat(treaty.Observers.SelectMany(o => new[] { o.StartRecord, o.EndRecord }))
            .Concat(treaty.Clauses.SelectMany(ClauseRecords));
        return all.OfType<RecordedDate>();
    }

    private static IEnumerable<RecordedDate?> ClauseRecords(TreatyClause clause) =>
        new[] { clause.InForceFromRecord }
            .Concat(clause.Invocations.Select(i => i.DateRecord))
            .Concat(clause is MutualDefenceClause defence
                ? defence.Scope.Rules.SelectMany(r => new[] { r.StartRecord, r.EndRecord })
                : []);
}
