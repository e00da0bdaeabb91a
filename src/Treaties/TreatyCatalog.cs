using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using NodaTime;
using Treaties.Indexing;

namespace Treaties;

/// <summary>
/// The treaties, and every state they can be asked about, with the queries that span treaties: which treaties bound
/// a state on a day, and whether two states were allies.
/// </summary>
/// <remarks>
/// <para>
/// A catalog knows every state it was given, members or not, so a state that was never a member answers "no",
/// while a code the catalog does not know throws <see cref="ArgumentException"/>.
/// </para>
/// <para>Build one with <see cref="TreatyCatalogBuilder"/>.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed partial class TreatyCatalog
{
    private readonly StateTable _stateTable;
    private readonly Dictionary<string, Treaty> _treatiesByName;
    private readonly Treaty[][] _treatiesByState;
    private readonly MembershipChange[] _changes;
    private readonly int[] _changeKeys;
    private readonly Dictionary<string, Place> _placesByCode;
    private readonly ClauseInvocation[] _invocations;
    private readonly DefenceIndex _defence;

    internal TreatyCatalog(
        StateTable stateTable,
        IReadOnlyList<MemberState> states,
        IReadOnlyList<Place> places,
        IReadOnlyList<Treaty> treaties,
        IReadOnlyList<Source> sources,
        LocalDate? asOf)
    {
        _stateTable = stateTable;
        States = states;
        Places = places;
        _placesByCode = new Dictionary<string, Place>(StringComparer.OrdinalIgnoreCase);
        foreach (Place place in places)
        {
            _placesByCode.Add(place.Code, place);
            if (place.Alpha3 is not null)
            {
                _placesByCode.Add(place.Alpha3, place);
            }
        }

        Treaties = treaties;
        Sources = sources;
        AsOf = asOf;
        _treatiesByName = new Dictionary<string, Treaty>(StringComparer.OrdinalIgnoreCase);
        foreach (Treaty treaty in treaties)
        {
            _treatiesByName.Add(treaty.Id, treaty);
            foreach (string alias in treaty.Aliases)
            {
                _treatiesByName.Add(alias, treaty);
            }
        }

        _treatiesByState = new Treaty[stateTable.Count][];
        for (int s = 0; s < stateTable.Count; s++)
        {
            _treatiesByState[s] = treaties.Where(t => t.EverMember(s)).ToArray();
        }

        _changes = [.. treaties.SelectMany(t => t.Changes).OrderBy(c => c, ChangeRange.Order)];
        _changeKeys = _changes.Select(c => DateKey.Of(c.Date)).ToArray();
        _invocations = [.. treaties
            .SelectMany(t => t.Clauses.SelectMany(c => c.Invocations.Select(i => new ClauseInvocation(t, c, i))))
            .OrderBy(i => i.Date)
            .ThenBy(i => i.Treaty.Id, StringComparer.Ordinal)];
        _defence = new DefenceIndex(stateTable, treaties);
    }

    /// <summary>Gets every state the catalog knows, members of a treaty or not, in the order they were added.</summary>
    public IReadOnlyList<MemberState> States { get; }

    /// <summary>Gets the places that defence queries can name, in the order they were added.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Gets the treaties, in the order they were added.</summary>
    public IReadOnlyList<Treaty> Treaties { get; }

    /// <summary>Gets every source the catalog cites, once each.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Gets the day up to which the data was checked, or null where not recorded.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>Gets every change of membership, participation and observer status across the catalog, in date order.</summary>
    public IReadOnlyList<MembershipChange> Changes => _changes;

    /// <summary>Returns the treaty with an id or alias, ignoring case.</summary>
    /// <param name="idOrAlias">The id, such as <c>"NATO"</c>, or an alias, such as <c>"CST"</c>.</param>
    /// <returns>The treaty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="idOrAlias"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No treaty has that id or alias; the message lists the ids there are.</exception>
    public Treaty GetTreaty(string idOrAlias)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        if (_treatiesByName.TryGetValue(idOrAlias, out Treaty? treaty))
        {
            return treaty;
        }

        throw new KeyNotFoundException(
            $"No treaty has the id or alias '{idOrAlias}'. Known ids: {string.Join(", ", Treaties.Select(t => t.Id).Order(StringComparer.Ordinal))}.");
    }

    /// <summary>Finds the treaty with an id or alias, ignoring case.</summary>
    /// <param name="idOrAlias">The id or alias.</param>
    /// <param name="treaty">The treaty, or null when there is none.</param>
    /// <returns>True when a treaty has that id or alias.</returns>
    public bool TryGetTreaty(string? idOrAlias, [NotNullWhen(true)] out Treaty? treaty)
    {
        treaty = null;
        return idOrAlias is not null && _treatiesByName.TryGetValue(idOrAlias, out treaty);
    }

    /// <summary>Returns the state with an alpha-3 code, in any case.</summary>
    /// <param name="stateCode">The ISO 3166-1 alpha-3 code.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with that code.</exception>
    public MemberState GetState(string stateCode) => _stateTable[_stateTable.IndexOf(stateCode, nameof(stateCode))];

    /// <summary>Finds the state with an alpha-3 code, in any case.</summary>
    /// <param name="stateCode">The ISO 3166-1 alpha-3 code.</param>
    /// <param name="state">The state, or null when there is none.</param>
    /// <returns>True when the catalog knows the state.</returns>
    public bool TryGetState(string? stateCode, [NotNullWhen(true)] out MemberState? state)
    {
        state = _stateTable.TryIndexOf(stateCode, out int index) ? _stateTable[index] : null;
        return state is not null;
    }

    /// <summary>Returns the treaties a state was a member of on a day, whatever its participation.</summary>
    /// <param name="stateCode">The ISO 3166-1 alpha-3 code of the state, in any case.</param>
    /// <param name="date">The day.</param>
    /// <returns>A new list of the treaties, in catalog order; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with that code.</exception>
    public IReadOnlyList<Treaty> TreatiesOf(string stateCode, LocalDate date) =>
        TreatiesOf(_stateTable.IndexOf(stateCode, nameof(stateCode)), date);

    /// <summary>Returns the treaties a state was a member of on a day.</summary>
    /// <param name="state">The state.</param>
    /// <param name="date">The day.</param>
    /// <returns>A new list of the treaties, in catalog order; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the state.</exception>
    public IReadOnlyList<Treaty> TreatiesOf(MemberState state, LocalDate date) =>
        TreatiesOf(_stateTable.IndexOf(state, nameof(state)), date);

    /// <summary>
    /// Returns whether two states were allies on a day: both members, that day, of a treaty with a mutual defence clause
    /// in force. Members whose participation is frozen or suspended still count.
    /// </summary>
    /// <param name="stateCode">The code of one state.</param>
    /// <param name="otherStateCode">The code of the other state.</param>
    /// <param name="date">The day.</param>
    /// <returns>True when the two are allies; false when they are the same state.</returns>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with one of the codes.</exception>
    /// <example>
    /// <code>
    /// bool allies = catalog.AreAllies("KGZ", "TJK", new LocalDate(2022, 9, 14)); // true: both in the CSTO
    /// </code>
    /// </example>
    public bool AreAllies(string stateCode, string otherStateCode, LocalDate date) =>
        AreAllies(
            _stateTable.IndexOf(stateCode, nameof(stateCode)),
            _stateTable.IndexOf(otherStateCode, nameof(otherStateCode)),
            date);

    /// <summary>Returns whether two states were allies on a day.</summary>
    /// <param name="state">One state.</param>
    /// <param name="otherState">The other state.</param>
    /// <param name="date">The day.</param>
    /// <returns>True when the two are allies; false when they are the same state.</returns>
    /// <exception cref="ArgumentNullException">A state is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know one of the states.</exception>
    public bool AreAllies(MemberState state, MemberState otherState, LocalDate date) =>
        AreAllies(_stateTable.IndexOf(state, nameof(state)), _stateTable.IndexOf(otherState, nameof(otherState)), date);

    /// <summary>Returns every change for one state across the catalog, in date order.</summary>
    /// <param name="stateCode">The ISO 3166-1 alpha-3 code of the state, in any case.</param>
    /// <returns>A new list of the state's joins, exits, participation changes and observer changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with that code.</exception>
    public IReadOnlyList<MembershipChange> HistoryOf(string stateCode) => HistoryOf(GetState(stateCode));

    /// <summary>Returns every change for one state across the catalog, in date order.</summary>
    /// <param name="state">The state.</param>
    /// <returns>A new list of the state's joins, exits, participation changes and observer changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the state.</exception>
    public IReadOnlyList<MembershipChange> HistoryOf(MemberState state)
    {
        MemberState known = _stateTable[_stateTable.IndexOf(state, nameof(state))];
        return Array.AsReadOnly(_changes.Where(c => c.State.Equals(known)).ToArray());
    }

    /// <summary>Returns the changes across the catalog from <paramref name="first"/> to <paramref name="last"/>, both included, in date order.</summary>
    /// <param name="first">The first day to include.</param>
    /// <param name="last">The last day to include.</param>
    /// <returns>A new list of the changes in that range.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public IReadOnlyList<MembershipChange> ChangesBetween(LocalDate first, LocalDate last) =>
        ChangeRange.Slice(_changes, _changeKeys, first, last);

    private List<Treaty> TreatiesOf(int state, LocalDate date)
    {
        int key = DateKey.Of(date);
        var result = new List<Treaty>();
        foreach (Treaty treaty in _treatiesByState[state])
        {
            if (treaty.IsMember(state, key))
            {
                result.Add(treaty);
            }
        }

        return result;
    }

    private bool AreAllies(int state, int otherState, LocalDate date) =>
        state != otherState && _defence.AreAllies(state, otherState, DateKey.Of(date));
}
