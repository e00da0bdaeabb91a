using System.Collections.Generic;

namespace Treaties;

/// <summary>Walks every recorded date of a treaty, for checks that apply to all of them.</summary>
internal static class RecordedDates
{
    internal static IEnumerable<RecordedDate> Of(Treaty treaty)
    {
        yield return treaty.SignedRecord;
        yield return treaty.EnteredIntoForceRecord;
        if (treaty.TerminatedRecord is not null)
        {
            yield return treaty.TerminatedRecord;
        }

        if (treaty.Organization is TreatyOrganization organization)
        {
            foreach (RecordedDate? record in new[] { organization.EstablishedRecord, organization.DissolvedRecord })
            {
                if (record is not null)
                {
                    yield return record;
                }
            }
        }

        foreach (ObligationSuspension suspension in treaty.Suspensions)
        {
            yield return suspension.StartRecord;
            if (suspension.EndRecord is not null)
            {
                yield return suspension.EndRecord;
            }
        }

        foreach (Invocation request in treaty.Requests)
        {
            yield return request.DateRecord;
        }

        foreach (TreatyDocument document in treaty.Documents)
        {
            yield return document.SignedRecord;
            if (document.EnteredIntoForceRecord is not null)
            {
                yield return document.EnteredIntoForceRecord;
            }
        }

        foreach (MembershipPeriod period in treaty.Memberships)
        {
            if (period.SignedRecord is not null)
            {
                yield return period.SignedRecord;
            }

            yield return period.StartRecord;
            if (period.EndRecord is not null)
            {
                yield return period.EndRecord;
            }

            foreach (ParticipationChange change in period.ParticipationChanges)
            {
                yield return change.StartRecord;
            }
        }

        foreach (ObserverPeriod observer in treaty.Observers)
        {
            yield return observer.StartRecord;
            if (observer.EndRecord is not null)
            {
                yield return observer.EndRecord;
            }
        }

        foreach (TreatyClause clause in treaty.Clauses)
        {
            if (clause.InForceFromRecord is not null)
            {
                yield return clause.InForceFromRecord;
            }

            foreach (Invocation invocation in clause.Invocations)
            {
                yield return invocation.DateRecord;
            }

            if (clause is MutualDefenceClause defence)
            {
                foreach (ScopeRule rule in defence.Scope.Rules)
                {
                    if (rule.StartRecord is not null)
                    {
                        yield return rule.StartRecord;
                    }

                    if (rule.EndRecord is not null)
                    {
                        yield return rule.EndRecord;
                    }
                }
            }
        }
    }
}
