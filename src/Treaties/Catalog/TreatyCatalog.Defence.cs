using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using NodaTime;

namespace Treaties;

/// <summary>Mutual defence: who must defend whom, where, how two states stand, and the invocations.</summary>
public sealed partial class TreatyCatalog
{
    /// <summary>Gets every invocation of every clause across the catalog, in date order.</summary>
    public IReadOnlyList<ClauseInvocation> Invocations => _invocationsView.Value;

    /// <summary>Returns the place with an ISO 3166-2 code, or the alpha-2 or alpha-3 code of a territory, in any case.</summary>
    /// <param name="placeCode">Such as <c>US-HI</c>, <c>GL</c> or <c>GRL</c>.</param>
    /// <returns>The place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placeCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalog does not know the place; the message names the code.</exception>
    public Place GetPlace(string placeCode)
    {
        ArgumentNullException.ThrowIfNull(placeCode);
        return TryGetPlace(placeCode, out Place? place)
            ? place
            : throw new KeyNotFoundException(UnknownPlace(placeCode));
    }

    /// <summary>Finds the place with a code, in any case.</summary>
    /// <param name="placeCode">An ISO 3166-2 code, or the alpha-2 or alpha-3 code of a territory.</param>
    /// <param name="place">The place, or null when there is none.</param>
    /// <returns>True when the catalog knows the place.</returns>
    public bool TryGetPlace(string? placeCode, [NotNullWhen(true)] out Place? place)
    {
        return _placesByCode.TryGet(placeCode, out place);
    }

    /// <summary>
    /// Returns who was bound to help a state if its home territory was attacked on a day: for each treaty whose mutual
    /// defence clause was in force, of which the state was a member, and whose scope covers the state's home territory
    /// (<see cref="GeographicScope.CoversHomeTerritoryOf"/>), the other members that day, less those that had suspended
    /// their obligations toward it (<see cref="DefenceCommitment.SuspendedDefenders"/>).
    /// </summary>
    /// <remarks>
    /// Obligations can run one way: under the United States–Japan treaty the United States must defend Japan, and Japan
    /// owes nothing for an attack on the United States at home. For an attack elsewhere, name the place.
    /// </remarks>
    /// <param name="stateCode">The ISO 3166-1 alpha-3 code of the attacked state, in any case.</param>
    /// <param name="date">The day.</param>
    /// <returns>One commitment per treaty; empty when no treaty binds anyone to help. A shared, cached list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with that code, or the date is not in the ISO calendar.</exception>
    /// <example>
    /// <code>
    /// foreach (DefenceCommitment help in catalog.WhoMustDefend("ARM", new LocalDate(2022, 9, 13)))
    /// {
    ///     Console.WriteLine($"{help.Treaty.Id} {help.Clause.Article}: {string.Join(", ", help.Defenders.Select(d => d.Code))}");
    /// }
    /// </code>
    /// </example>
    public IReadOnlyList<DefenceCommitment> WhoMustDefend(string stateCode, LocalDate date) =>
        _defence.WhoMustDefend(_stateNumbers.Find(stateCode, nameof(stateCode)), Preconditions.CheckIso(date, nameof(date)));

    /// <summary>Returns who was bound to help a state if its home territory was attacked on a day.</summary>
    /// <param name="state">The attacked state.</param>
    /// <param name="date">The day.</param>
    /// <returns>One commitment per treaty; empty when no treaty binds anyone to help.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the state, or the date is not in the ISO calendar.</exception>
    public IReadOnlyList<DefenceCommitment> WhoMustDefend(MemberState state, LocalDate date) =>
        _defence.WhoMustDefend(_stateNumbers.Find(state, nameof(state)), Preconditions.CheckIso(date, nameof(date)));

    /// <summary>
    /// Returns who was bound to help a state if it was attacked at a place on a day. A clause whose geographic scope does not
    /// cover the place gives no commitment, and neither does a place that did not belong to the state that day.
    /// </summary>
    /// <remarks>
    /// Okinawa (<c>JP-47</c>) shows both rules: the United States–Japan treaty covers "the territories under the
    /// administration of Japan", so it covers Okinawa from its reversion to Japan on 1972-05-15, and not before.
    /// </remarks>
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
    public IReadOnlyList<DefenceCommitment> WhoMustDefend(string stateCode, LocalDate date, string placeCode)
    {
        int state = _stateNumbers.Find(stateCode, nameof(stateCode));
        ArgumentNullException.ThrowIfNull(placeCode);
        Place place = TryGetPlace(placeCode, out Place? found) ? found : throw new ArgumentException(UnknownPlace(placeCode), nameof(placeCode));
        return _defence.WhoMustDefend(state, Preconditions.CheckIso(date, nameof(date)), place);
    }

    /// <summary>Returns who was bound to help a state if it was attacked at a place on a day.</summary>
    /// <param name="state">The attacked state.</param>
    /// <param name="date">The day.</param>
    /// <param name="place">Where.</param>
    /// <returns>The commitments whose clauses cover the place that day.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the state, or the date is not in the ISO calendar.</exception>
    public IReadOnlyList<DefenceCommitment> WhoMustDefend(MemberState state, LocalDate date, Place place)
    {
        int number = _stateNumbers.Find(state, nameof(state));
        ArgumentNullException.ThrowIfNull(place);
        Preconditions.CheckArgument(
            TryGetPlace(place.Code, out Place? known) && known.Equals(place), nameof(place), $"{place.Code} is not a place this catalog knows.");
        return _defence.WhoMustDefend(number, Preconditions.CheckIso(date, nameof(date)), place);
    }

    /// <summary>
    /// Returns how two states stood to each other on a day: allies (under which treaties and clauses), co-members of a treaty
    /// without a defence clause, former allies (and until when), an observer relation, or none.
    /// </summary>
    /// <param name="stateCode">The code of one state.</param>
    /// <param name="otherStateCode">The code of the other state.</param>
    /// <param name="date">The day.</param>
    /// <returns>
    /// The relationship, with one bond per treaty that ties them. A state has no relationship with itself: for the same
    /// state twice the kind is <see cref="RelationshipKind.None"/>, as <see cref="AreAllies(string, string, LocalDate)"/> answers false.
    /// </returns>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with one of the codes, or the date is not in the ISO calendar.</exception>
    /// <example>
    /// <code>
    /// StateRelationship story = catalog.RelationshipOn("AZE", "ARM", new LocalDate(2022, 9, 13));
    /// // story.Kind is FormerAllies: under the Collective Security Treaty until 1999-04-21
    /// </code>
    /// </example>
    public StateRelationship RelationshipOn(string stateCode, string otherStateCode, LocalDate date)
    {
        int state = _stateNumbers.Find(stateCode, nameof(stateCode));
        int other = _stateNumbers.Find(otherStateCode, nameof(otherStateCode));
        return Relationship(state, other, Preconditions.CheckIso(date, nameof(date)));
    }

    private StateRelationship Relationship(int state, int other, LocalDate date)
    {
        IReadOnlyList<TreatyBond> bonds = state == other ? [] : _defence.Bonds(state, other, date);
        return new StateRelationship(_stateNumbers[state], _stateNumbers[other], date, bonds);
    }

    /// <summary>Returns how two states stood to each other on a day.</summary>
    /// <param name="state">One state.</param>
    /// <param name="otherState">The other state.</param>
    /// <param name="date">The day.</param>
    /// <returns>The relationship, as <see cref="RelationshipOn(string, string, LocalDate)"/> gives it.</returns>
    /// <exception cref="ArgumentNullException">A state is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know one of the states, or the date is not in the ISO calendar.</exception>
    public StateRelationship RelationshipOn(MemberState state, MemberState otherState, LocalDate date)
    {
        int a = _stateNumbers.Find(state, nameof(state));
        int b = _stateNumbers.Find(otherState, nameof(otherState));
        return Relationship(a, b, Preconditions.CheckIso(date, nameof(date)));
    }

    /// <summary>Returns the invocations and consultations across the catalog in date order, filtered.</summary>
    /// <param name="treaty">A treaty id or alias, or null for all treaties.</param>
    /// <param name="stateCode">The code of a requesting state, or null for all.</param>
    /// <param name="period">The days to include, both ends included as NodaTime's intervals do, or null for all time.</param>
    /// <returns>A new list of the matching invocations.</returns>
    /// <exception cref="ArgumentException">No treaty has the id or alias, the catalog knows no state with the code, or the interval is not in the ISO calendar.</exception>
    public IReadOnlyList<ClauseInvocation> InvocationTimeline(string? treaty = null, string? stateCode = null, DateInterval? period = null)
    {
        Treaty? only = null;
        Preconditions.CheckArgument(
            treaty is null || TryGetTreaty(treaty, out only), nameof(treaty), $"No treaty has the id or alias '{treaty}'.");
        MemberState? requester = stateCode is null ? null : _stateNumbers[_stateNumbers.Find(stateCode, nameof(stateCode))];
        if (period is not null)
        {
            Preconditions.CheckIso(period.Start, nameof(period));
        }

        return Array.AsReadOnly(_invocations.Value
            .Where(i => only is null || ReferenceEquals(i.Treaty, only))
            .Where(i => requester is null || i.Invocation.RequestedBy.Contains(requester))
            .Where(i => period is null || period.Contains(i.Date))
            .ToArray());
    }

    private static string UnknownPlace(string placeCode) =>
        $"'{placeCode}' is not a place this catalog knows: give an ISO 3166-2 code such as US-HI, or the code of a territory such as GL or GRL.";
}
