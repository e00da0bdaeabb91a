using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using NodaTime;
using Treaties.Indexing;

namespace Treaties;

/// <summary>Mutual defence: who must defend whom, where, how two states stand, and the invocations.</summary>
public sealed partial class TreatyCatalog
{
    /// <summary>Gets every invocation of every clause across the catalog, in date order.</summary>
    public IReadOnlyList<ClauseInvocation> Invocations => _invocations;

    /// <summary>Returns the place with an ISO 3166-2 code, or the alpha-2 or alpha-3 code of a territory, in any case.</summary>
    /// <param name="placeCode">Such as <c>US-HI</c>, <c>GL</c> or <c>GRL</c>.</param>
    /// <returns>The place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placeCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the place; the message names the code.</exception>
    public Place GetPlace(string placeCode)
    {
        ArgumentNullException.ThrowIfNull(placeCode);
        return TryGetPlace(placeCode, out Place? place)
            ? place
            : throw new ArgumentException($"'{placeCode}' is not a place this catalog knows: give an ISO 3166-2 code such as US-HI, or the code of a territory such as GL or GRL.", nameof(placeCode));
    }

    /// <summary>Finds the place with a code, in any case.</summary>
    /// <param name="placeCode">An ISO 3166-2 code, or the alpha-2 or alpha-3 code of a territory.</param>
    /// <param name="place">The place, or null when there is none.</param>
    /// <returns>True when the catalog knows the place.</returns>
    public bool TryGetPlace(string? placeCode, [NotNullWhen(true)] out Place? place)
    {
        place = null;
        return placeCode is not null && _placesByCode.TryGetValue(placeCode, out place);
    }

    /// <summary>
    /// Returns who was bound to help a state if it was attacked on a day: for each treaty whose mutual defence clause was in
    /// force and of which the state was a member, the other members that day.
    /// </summary>
    /// <param name="stateCode">The ISO 3166-1 alpha-3 code of the attacked state, in any case.</param>
    /// <param name="date">The day.</param>
    /// <returns>One commitment per treaty; empty when no treaty binds anyone to help. A shared, cached list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with that code.</exception>
    /// <example>
    /// <code>
    /// foreach (DefenceCommitment help in catalog.WhoMustDefend("ARM", new LocalDate(2022, 9, 13)))
    /// {
    ///     Console.WriteLine($"{help.Treaty.Id} {help.Clause.Article}: {string.Join(", ", help.Defenders.Select(d => d.Code))}");
    /// }
    /// </code>
    /// </example>
    public IReadOnlyList<DefenceCommitment> WhoMustDefend(string stateCode, LocalDate date) =>
        _defence.WhoMustDefend(_stateTable.IndexOf(stateCode, nameof(stateCode)), date);

    /// <summary>Returns who was bound to help a state if it was attacked on a day.</summary>
    /// <param name="state">The attacked state.</param>
    /// <param name="date">The day.</param>
    /// <returns>One commitment per treaty; empty when no treaty binds anyone to help.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the state.</exception>
    public IReadOnlyList<DefenceCommitment> WhoMustDefend(MemberState state, LocalDate date) =>
        _defence.WhoMustDefend(_stateTable.IndexOf(state, nameof(state)), date);

    /// <summary>
    /// Returns who was bound to help a state if it was attacked at a place on a day. A clause whose geographic scope does not
    /// cover the place gives no commitment, and neither does a place that did not belong to the state that day.
    /// </summary>
    /// <param name="stateCode">The ISO 3166-1 alpha-3 code of the attacked state, in any case.</param>
    /// <param name="date">The day.</param>
    /// <param name="placeCode">Where: an ISO 3166-2 code (<c>US-HI</c>) or the alpha-2 or alpha-3 code of a territory (<c>GL</c>, <c>GRL</c>).</param>
    /// <returns>The commitments whose clauses cover the place that day.</returns>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state or no place with that code; the message names it.</exception>
    /// <example>
    /// <code>
    /// catalog.WhoMustDefend("USA", new LocalDate(2024, 1, 1), "US-AK"); // NATO Article 5
    /// catalog.WhoMustDefend("USA", new LocalDate(2024, 1, 1), "US-HI"); // empty: Article 6 stops short of Hawaii
    /// </code>
    /// </example>
    public IReadOnlyList<DefenceCommitment> WhoMustDefend(string stateCode, LocalDate date, string placeCode) =>
        AtPlace(_stateTable.IndexOf(stateCode, nameof(stateCode)), date, GetPlace(placeCode));

    /// <summary>Returns who was bound to help a state if it was attacked at a place on a day.</summary>
    /// <param name="state">The attacked state.</param>
    /// <param name="date">The day.</param>
    /// <param name="place">Where.</param>
    /// <returns>The commitments whose clauses cover the place that day.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the state.</exception>
    public IReadOnlyList<DefenceCommitment> WhoMustDefend(MemberState state, LocalDate date, Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return AtPlace(_stateTable.IndexOf(state, nameof(state)), date, place);
    }

    /// <summary>
    /// Returns how two states stood to each other on a day: allies (under which treaties and clauses), co-members of a treaty
    /// without a defence clause, former allies (and until when), an observer relation, or none.
    /// </summary>
    /// <param name="stateCode">The code of one state.</param>
    /// <param name="otherStateCode">The code of the other state.</param>
    /// <param name="date">The day.</param>
    /// <returns>The relationship, with one bond per treaty that ties them.</returns>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with one of the codes, or both codes name the same state.</exception>
    /// <example>
    /// <code>
    /// StateRelationship story = catalog.RelationshipOn("AZE", "ARM", new LocalDate(2022, 9, 13));
    /// // story.Kind is FormerAllies: under the Collective Security Treaty until 1999-04-21
    /// </code>
    /// </example>
    public StateRelationship RelationshipOn(string stateCode, string otherStateCode, LocalDate date)
    {
        int state = _stateTable.IndexOf(stateCode, nameof(stateCode));
        int other = _stateTable.IndexOf(otherStateCode, nameof(otherStateCode));
        Preconditions.CheckArgument(state != other, nameof(otherStateCode), $"'{otherStateCode}' names the same state as '{stateCode}'; a relationship needs two states.");
        return Relationship(state, other, date);
    }

    /// <summary>Returns the invocations and consultations across the catalog in date order, filtered.</summary>
    /// <param name="treaty">A treaty id or alias, or null for all treaties.</param>
    /// <param name="stateCode">The code of a requesting state, or null for all.</param>
    /// <param name="period">The days to include, or null for all time.</param>
    /// <returns>A new list of the matching invocations.</returns>
    /// <exception cref="KeyNotFoundException">No treaty has the id or alias.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with the code.</exception>
    public IReadOnlyList<ClauseInvocation> InvocationTimeline(string? treaty = null, string? stateCode = null, DateInterval? period = null)
    {
        Treaty? only = treaty is null ? null : GetTreaty(treaty);
        MemberState? requester = stateCode is null ? null : GetState(stateCode);
        return Array.AsReadOnly(_invocations
            .Where(i => only is null || ReferenceEquals(i.Treaty, only))
            .Where(i => requester is null || i.Invocation.RequestedBy.Contains(requester))
            .Where(i => period is null || period.Contains(i.Date))
            .ToArray());
    }

    private IReadOnlyList<DefenceCommitment> AtPlace(int state, LocalDate date, Place place)
    {
        if (!place.HolderOn(date).Equals(_stateTable[state]))
        {
            return [];
        }

        DefenceCommitment[] all = _defence.WhoMustDefend(state, date);
        return Array.TrueForAll(all, c => c.Clause.Covers(place, date))
            ? all
            : Array.AsReadOnly(Array.FindAll(all, c => c.Clause.Covers(place, date)));
    }

    private StateRelationship Relationship(int state, int other, LocalDate date)
    {
        int key = DateKey.Of(date);
        MemberState a = _stateTable[state];
        MemberState b = _stateTable[other];
        var bonds = new List<TreatyBond>();
        foreach (Treaty treaty in Treaties)
        {
            if (!treaty.EverTied(state) || !treaty.EverTied(other))
            {
                continue;
            }

            if (treaty.IsMember(state, key) && treaty.IsMember(other, key))
            {
                LocalDate since = LocalDate.Max(treaty.PeriodOn(state, key)!.Start, treaty.PeriodOn(other, key)!.Start);
                MutualDefenceClause? clause = treaty.MutualDefenceClauseOn(date);
                bonds.Add(new TreatyBond(treaty, clause is null ? RelationshipKind.CoMembers : RelationshipKind.Allies, clause, since, null, null));
                continue;
            }

            if (FormerAlliance(treaty, state, other, date) is (MutualDefenceClause formerClause, LocalDate until))
            {
                bonds.Add(new TreatyBond(treaty, RelationshipKind.FormerAllies, formerClause, null, until, null));
                continue;
            }

            MembershipRole roleA = treaty.StatusOn(a, date).Role;
            MembershipRole roleB = treaty.StatusOn(b, date).Role;
            if ((roleA == MembershipRole.Observer && roleB != MembershipRole.None) || (roleB == MembershipRole.Observer && roleA != MembershipRole.None))
            {
                MemberState? observer = roleA == roleB ? null : roleA == MembershipRole.Observer ? a : b;
                bonds.Add(new TreatyBond(treaty, RelationshipKind.Observer, null, null, null, observer));
            }
        }

        return new StateRelationship(a, b, date, Array.AsReadOnly([.. bonds.OrderByDescending(x => x.Kind)]));
    }

    /// <summary>Finds the last stretch before <paramref name="date"/> in which both were members under a defence clause in force.</summary>
    private static (MutualDefenceClause Clause, LocalDate Until)? FormerAlliance(Treaty treaty, int a, int b, LocalDate date)
    {
        (MutualDefenceClause, LocalDate)? latest = null;
        foreach (MembershipPeriod pa in treaty.PeriodsSpan(a))
        {
            foreach (MembershipPeriod pb in treaty.PeriodsSpan(b))
            {
                LocalDate start = LocalDate.Max(pa.Start, pb.Start);
                LocalDate? end = (pa.End, pb.End) switch
                {
                    (LocalDate x, LocalDate y) => LocalDate.Min(x, y),
                    (LocalDate x, null) => x,
                    (null, LocalDate y) => y,
                    _ => null,
                };
                if (end is not LocalDate until || until <= start || until > date)
                {
                    continue;
                }

                if (treaty.MutualDefenceClauseOn(until.PlusDays(-1)) is MutualDefenceClause clause && (latest is null || until > latest.Value.Item2))
                {
                    latest = (clause, until);
                }
            }
        }

        return latest;
    }
}
