using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties.Tests.Reliability;

/// <summary>
/// Slow, obviously correct answers to every query, written from the public lists alone and from the documented rules,
/// without the library's indexes, caches or date keys. The property tests compare the library with it.
/// </summary>
internal static class Oracle
{
    internal static bool Contains(LocalDate start, LocalDate? end, LocalDate day) => start <= day && (end is null || day < end.Value);

    internal static MembershipPeriod? PeriodOn(Treaty treaty, string code, LocalDate day) =>
        treaty.Memberships.FirstOrDefault(p => p.State.Code == code && Contains(p.Start, p.End, day));

    internal static bool IsMember(Treaty treaty, string code, LocalDate day) => PeriodOn(treaty, code, day) is not null;

    internal static string[] MembersOn(Treaty treaty, LocalDate day) =>
        [.. treaty.Memberships.Where(p => Contains(p.Start, p.End, day)).Select(p => p.State.Code).Distinct().Order(StringComparer.Ordinal)];

    internal static string Status(Treaty treaty, string code, LocalDate day)
    {
        if (PeriodOn(treaty, code, day) is MembershipPeriod period)
        {
            ParticipationChange? change = period.ParticipationChanges.LastOrDefault(c => c.Start <= day);
            return $"Member {change?.Status ?? ParticipationStatus.Full} {change?.Start ?? period.Start:uuuu-MM-dd}";
        }

        ObserverPeriod? observer = treaty.Observers.FirstOrDefault(o => o.State.Code == code && Contains(o.Start, o.End, day));
        return observer is null ? "None" : $"Observer {observer.Start:uuuu-MM-dd}";
    }

    internal static MutualDefenceClause? ClauseOn(Treaty treaty, LocalDate day) =>
        Contains(treaty.EnteredIntoForce, treaty.Terminated, day)
            ? treaty.MutualDefenceClauses.FirstOrDefault(c => c.InForceFrom is null || c.InForceFrom <= day)
            : null;

    internal static string[] TreatiesOf(TreatyCatalog catalog, string code, LocalDate day) =>
        [.. catalog.Treaties.Where(t => IsMember(t, code, day)).Select(t => t.Id)];

    internal static bool AreAllies(TreatyCatalog catalog, string a, string b, LocalDate day) =>
        a != b && catalog.Treaties.Any(t => ClauseOn(t, day) is not null && IsMember(t, a, day) && IsMember(t, b, day) && !Suspended(t, a, b, day) && !Suspended(t, b, a, day));

    /// <summary>Whether <paramref name="state"/> had suspended its obligations toward <paramref name="toward"/> that day.</summary>
    internal static bool Suspended(Treaty treaty, string state, string toward, LocalDate day) =>
        treaty.Suspensions.Any(x => x.State.Code == state && x.Toward.Code == toward && Contains(x.Start, x.End, day));

    /// <summary>An attack on a state with no place named: the documented home rule.</summary>
    internal static bool CoversHome(GeographicScope scope, MemberState state) =>
        scope.CoversAllTerritory
        || scope.CoversMetropolitanTerritory
        || scope.WholeTerritoryOf.Contains(state.Code)
        || (scope.Regions.Count > 0 && (state.Region is null || scope.Regions.Contains(state.Region.Value)));

    internal static string[] WhoMustDefend(TreatyCatalog catalog, string code, LocalDate day, Place? place)
    {
        if (place is not null && Holder(place, day) != code)
        {
            return [];
        }

        var answers = new List<string>();
        foreach (Treaty treaty in catalog.Treaties)
        {
            if (ClauseOn(treaty, day) is not MutualDefenceClause clause || !IsMember(treaty, code, day))
            {
                continue;
            }

            if (place is not null ? !Covers(clause.Scope, place, day) : !CoversHome(clause.Scope, catalog.GetState(code)))
            {
                continue;
            }

            IEnumerable<string> defenders = MembersOn(treaty, day).Where(d => d != code && !Suspended(treaty, d, code, day))
                .Select(d => $"{d}:{PeriodOn(treaty, d, day)!.ParticipationChanges.LastOrDefault(c => c.Start <= day)?.Status ?? ParticipationStatus.Full}");
            IEnumerable<string> suspended = MembersOn(treaty, day).Where(d => d != code && Suspended(treaty, d, code, day));
            answers.Add($"{treaty.Id} {clause.Article} [{string.Join(" ", defenders)}] suspended [{string.Join(" ", suspended)}]");
        }

        return [.. answers];
    }

    internal static string Holder(Place place, LocalDate day) =>
        place.FormerHolder is not null && day < place.HeldUntil!.Value ? place.FormerHolder.Code : place.State.Code;

    internal static bool Covers(GeographicScope scope, Place place, LocalDate day)
    {
        if (scope.CoversAllTerritory)
        {
            return true;
        }

        ScopeRule? rule = scope.Rules.FirstOrDefault(r => r.PlaceCode == place.Code && (r.Start is null || r.Start <= day) && (r.End is null || day < r.End));
        if (rule is not null)
        {
            return rule.IsCovered;
        }

        string holder = Holder(place, day);
        bool metropolitan = !place.IsOverseas && holder == place.State.Code;
        return scope.WholeTerritoryOf.Contains(holder) || (scope.CoversMetropolitanTerritory && metropolitan) || scope.Regions.Contains(place.Region);
    }

    internal static string Relationship(TreatyCatalog catalog, string a, string b, LocalDate day)
    {
        var bonds = new List<(RelationshipKind Kind, string Text)>();
        foreach (Treaty treaty in catalog.Treaties)
        {
            if (IsMember(treaty, a, day) && IsMember(treaty, b, day))
            {
                MutualDefenceClause? clause = ClauseOn(treaty, day);
                LocalDate since = new[] { PeriodOn(treaty, a, day)!.Start, PeriodOn(treaty, b, day)!.Start }.Max();
                RelationshipKind kind = clause is null || Suspended(treaty, a, b, day) || Suspended(treaty, b, a, day) ? RelationshipKind.CoMembers : RelationshipKind.Allies;
                clause = kind == RelationshipKind.Allies ? clause : null;
                bonds.Add((kind, $"{treaty.Id} {kind} {clause?.Article} since {since:uuuu-MM-dd}"));
                continue;
            }

            LocalDate? until = null;
            MutualDefenceClause? formerClause = null;
            foreach (MembershipPeriod pa in treaty.Memberships.Where(p => p.State.Code == a))
            {
                foreach (MembershipPeriod pb in treaty.Memberships.Where(p => p.State.Code == b))
                {
                    LocalDate start = new[] { pa.Start, pb.Start }.Max();
                    LocalDate? end = pa.End is null ? pb.End : pb.End is null ? pa.End : new[] { pa.End.Value, pb.End.Value }.Min();
                    if (end is LocalDate e && e > start && e <= day && ClauseOn(treaty, e.PlusDays(-1)) is MutualDefenceClause c && (until is null || e > until))
                    {
                        until = e;
                        formerClause = c;
                    }
                }
            }

            if (until is not null)
            {
                bonds.Add((RelationshipKind.FormerAllies, $"{treaty.Id} FormerAllies {formerClause!.Article} until {until:uuuu-MM-dd}"));
                continue;
            }

            bool aObserves = treaty.Observers.Any(o => o.State.Code == a && Contains(o.Start, o.End, day));
            bool bObserves = treaty.Observers.Any(o => o.State.Code == b && Contains(o.Start, o.End, day));
            bool aTied = aObserves || IsMember(treaty, a, day);
            bool bTied = bObserves || IsMember(treaty, b, day);
            if ((aObserves && bTied) || (bObserves && aTied))
            {
                bonds.Add((RelationshipKind.Observer, $"{treaty.Id} Observer"));
            }
        }

        RelationshipKind strongest = bonds.Count == 0 ? RelationshipKind.None : bonds.Max(x => x.Kind);
        return $"{strongest}: " + string.Join("; ", bonds.OrderByDescending(x => x.Kind).Select(x => x.Text));
    }

    /// <summary>Every change of one treaty as text, in the documented order: date, then leaving before joining, then state.</summary>
    internal static string[] Changes(Treaty treaty)
    {
        var changes = new List<(LocalDate Date, int Order, string State, string Text)>();
        foreach (MembershipPeriod p in treaty.Memberships)
        {
            ParticipationStatus initial = p.ParticipationChanges.FirstOrDefault(c => c.Start == p.Start)?.Status ?? ParticipationStatus.Full;
            changes.Add((p.Start, 2, p.State.Code, $"{p.Start:uuuu-MM-dd} {treaty.Id} {p.State.Code} Joined {initial}"));
            foreach (ParticipationChange c in p.ParticipationChanges.Where(c => c.Start != p.Start))
            {
                changes.Add((c.Start, 4, p.State.Code, $"{c.Start:uuuu-MM-dd} {treaty.Id} {p.State.Code} ParticipationChanged {c.Status}"));
            }

            if (p.End is LocalDate end)
            {
                changes.Add((end, 0, p.State.Code, $"{end:uuuu-MM-dd} {treaty.Id} {p.State.Code} Left "));
            }
        }

        foreach (ObserverPeriod o in treaty.Observers)
        {
            changes.Add((o.Start, 3, o.State.Code, $"{o.Start:uuuu-MM-dd} {treaty.Id} {o.State.Code} ObserverStatusGranted "));
            if (o.End is LocalDate end)
            {
                changes.Add((end, 1, o.State.Code, $"{end:uuuu-MM-dd} {treaty.Id} {o.State.Code} ObserverStatusEnded "));
            }
        }

        return [.. changes.OrderBy(c => c.Date).ThenBy(c => c.Order).ThenBy(c => c.State, StringComparer.Ordinal).Select(c => c.Text)];
    }

    internal static string Text(MembershipChange change) =>
        $"{change.Date:uuuu-MM-dd} {change.Treaty.Id} {change.State.Code} {change.Kind} {change.Participation}";
}
