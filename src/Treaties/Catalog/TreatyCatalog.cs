using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
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
    private readonly StateNumbers _stateNumbers;
    private readonly Names<Treaty> _treatiesByName;
    private readonly Names<PendingTreaty> _pendingByName;
    private readonly Lazy<Dictionary<int, MemberState[]>> _statesByCowCode;
    private readonly Names<Place> _placesByCode;
    private readonly int[][] _treatiesByState;
    private readonly Lazy<MembershipChange[]> _changes;
    private readonly Lazy<ReadOnlyCollection<MembershipChange>> _changesView;
    private readonly Lazy<ClauseInvocation[]> _invocations;
    private readonly Lazy<ReadOnlyCollection<ClauseInvocation>> _invocationsView;
    private readonly DefenceRules _defence;

    /// <summary>Creates a catalog from checked data: numbers the states, and builds each treaty's index and the defence rules.</summary>
    internal TreatyCatalog(
        IReadOnlyList<MemberState> states,
        IReadOnlyList<Place> places,
        IReadOnlyList<TreatyData> treaties,
        IReadOnlyList<PendingTreaty> pending,
        IReadOnlyList<Source> registeredSources,
        LocalDate? asOf,
        bool sourcesCollected = false)
    {
        // Plain loops, and what only some queries need made on first use: a cold start compiles every generic method
        // it runs, and the bundled catalog is made on an app's first question.
        _stateNumbers = new StateNumbers(states);
        States = states;
        _statesByCowCode = new Lazy<Dictionary<int, MemberState[]>>(() => states
            .SelectMany(s => s.CowCodes.Select(c => (c.Code, State: s, From: c.Start ?? LocalDate.MinIsoValue)))
            .GroupBy(x => x.Code)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.From).Select(x => x.State).Distinct().ToArray()),
            LazyThreadSafetyMode.ExecutionAndPublication);
        Places = places;
        _placesByCode = new Names<Place>();
        foreach (Place place in places)
        {
            _placesByCode.Add(place.Code, place, nameof(places));
            if (place.Alpha3 is not null)
            {
                _placesByCode.Add(place.Alpha3, place, nameof(places));
            }
        }

        var made = new Treaty[treaties.Count];
        _treatiesByName = new Names<Treaty>();
        for (int t = 0; t < made.Length; t++)
        {
            made[t] = new Treaty(treaties[t], _stateNumbers, new PeriodIndex(_stateNumbers, treaties[t].Memberships));
            AddNames(_treatiesByName, made[t].Id, made[t].Aliases, made[t], nameof(treaties));
        }

        Treaties = Array.AsReadOnly(made);
        PendingTreaties = pending;
        _pendingByName = new Names<PendingTreaty>();
        foreach (PendingTreaty treaty in pending)
        {
            AddNames(_pendingByName, treaty.Id, treaty.Aliases, treaty, nameof(pending));
        }

        Sources = sourcesCollected ? registeredSources : SourceList.Collect(registeredSources, states, places, made, pending);
        AsOf = asOf;
        _treatiesByState = new int[_stateNumbers.Count][];
        var ever = new List<int>();
        for (int s = 0; s < _stateNumbers.Count; s++)
        {
            ever.Clear();
            for (int t = 0; t < made.Length; t++)
            {
                if (made[t].EverMember(s))
                {
                    ever.Add(t);
                }
            }

            _treatiesByState[s] = ever.ToArray();
        }

        _changes = new Lazy<MembershipChange[]>(
            () => [.. made.SelectMany(t => t.Changes).OrderBy(c => c, MembershipChanges.Order)],
            LazyThreadSafetyMode.ExecutionAndPublication);
        _changesView = new Lazy<ReadOnlyCollection<MembershipChange>>(() => _changes.Value.AsReadOnly(), LazyThreadSafetyMode.ExecutionAndPublication);
        _invocations = new Lazy<ClauseInvocation[]>(
            () => [.. made
                .SelectMany(t => t.Clauses.SelectMany(c => c.Invocations.Select(i => new ClauseInvocation(t, c, i))))
                .OrderBy(i => i.Date)
                .ThenBy(i => i.Treaty.Id, StringComparer.Ordinal)],
            LazyThreadSafetyMode.ExecutionAndPublication);
        _invocationsView = new Lazy<ReadOnlyCollection<ClauseInvocation>>(() => _invocations.Value.AsReadOnly(), LazyThreadSafetyMode.ExecutionAndPublication);
        _defence = new DefenceRules(_stateNumbers, made);
    }

    /// <summary>
    /// Makes a catalog from data that was checked whole when it was written (the bundled snapshot), with its sources
    /// already collected, once each, in the catalog's order.
    /// </summary>
    internal static TreatyCatalog FromCheckedData(
        IReadOnlyList<MemberState> states,
        IReadOnlyList<Place> places,
        IReadOnlyList<TreatyData> treaties,
        IReadOnlyList<PendingTreaty> pending,
        IReadOnlyList<Source> sources,
        LocalDate? asOf) =>
        new(states, places, treaties, pending, sources, asOf, sourcesCollected: true);

    /// <summary>Gets every state the catalog knows, members of a treaty or not, in the order they were added.</summary>
    public IReadOnlyList<MemberState> States { get; }

    /// <summary>Gets the places that defence queries can name, in the order they were added.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Gets the treaties, in the order they were added.</summary>
    public IReadOnlyList<Treaty> Treaties { get; }

    /// <summary>Gets the treaties that have been signed and have not entered into force, in the order they were added.</summary>
    /// <remarks>They bind no one, so no query counts them; <see cref="GetTreaty"/> names them when asked for one.</remarks>
    public IReadOnlyList<PendingTreaty> PendingTreaties { get; }

    /// <summary>Gets every source the catalog cites, once each.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Gets the day up to which the data was checked, or null where not recorded.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>Gets every change of membership, participation and observer status across the catalog, in date order.</summary>
    public IReadOnlyList<MembershipChange> Changes => _changesView.Value;

    /// <summary>Returns the treaty with an id or alias, ignoring case.</summary>
    /// <param name="idOrAlias">The id, such as <c>"NATO"</c>, or an alias, such as <c>"CST"</c>.</param>
    /// <returns>The treaty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="idOrAlias"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">
    /// No treaty in force has that id or alias; the message says so of a treaty signed and not in force
    /// (<see cref="PendingTreaties"/>), and otherwise lists the ids there are.
    /// </exception>
    public Treaty GetTreaty(string idOrAlias)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        if (_treatiesByName.TryGet(idOrAlias, out Treaty? treaty))
        {
            return treaty;
        }

        if (_pendingByName.TryGet(idOrAlias, out PendingTreaty? pending))
        {
            throw new KeyNotFoundException(
                $"{pending.Id} ({pending.Name}) was signed on {pending.SignedRecord} and has not entered into force, so it binds no one yet; see {nameof(PendingTreaties)}.");
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
        return _treatiesByName.TryGet(idOrAlias, out treaty);
    }

    /// <summary>Finds a treaty signed and not in force by its id or alias, ignoring case.</summary>
    /// <param name="idOrAlias">The id, such as <c>"AUS-PNG"</c>, or an alias.</param>
    /// <param name="treaty">The treaty, or null when there is none.</param>
    /// <returns>True when a pending treaty has that id or alias.</returns>
    public bool TryGetPendingTreaty(string? idOrAlias, [NotNullWhen(true)] out PendingTreaty? treaty)
    {
        return _pendingByName.TryGet(idOrAlias, out treaty);
    }

    /// <summary>Returns the state with an alpha-3 code, in any case.</summary>
    /// <param name="stateCode">The alpha-3 code.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalog knows no state with that code.</exception>
    public MemberState GetState(string stateCode)
    {
        ArgumentNullException.ThrowIfNull(stateCode);
        return TryGetState(stateCode, out MemberState? state)
            ? state
            : throw new KeyNotFoundException($"'{stateCode}' is not the alpha-3 code of a state this catalog knows.");
    }

    /// <summary>Finds the state with an alpha-3 code, in any case.</summary>
    /// <param name="stateCode">The alpha-3 code.</param>
    /// <param name="state">The state, or null when there is none.</param>
    /// <returns>True when the catalog knows the state.</returns>
    public bool TryGetState(string? stateCode, [NotNullWhen(true)] out MemberState? state)
    {
        state = _stateNumbers.TryFind(stateCode, out int number) ? _stateNumbers[number] : null;
        return state is not null;
    }

    /// <summary>Finds the state that held a Correlates of War code on a day.</summary>
    /// <param name="cowCode">The COW state code, such as 260.</param>
    /// <param name="date">The day.</param>
    /// <param name="state">The state, or null when no state of the catalog held the code that day.</param>
    /// <returns>True when a state held the code that day.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <example><code>catalog.TryGetStateByCowCode(365, new LocalDate(1980, 1, 1), out MemberState? ussr); // SUN</code></example>
    public bool TryGetStateByCowCode(int cowCode, LocalDate date, [NotNullWhen(true)] out MemberState? state)
    {
        Preconditions.CheckIso(date, nameof(date));
        foreach (MemberState candidate in StatesWithCowCode(cowCode))
        {
            if (candidate.CowCodes.Any(c => c.Code == cowCode && c.AppliesOn(date)))
            {
                state = candidate;
                return true;
            }
        }

        state = null;
        return false;
    }

    /// <summary>Returns every state of the catalog that ever held a Correlates of War code, in the order they held it.</summary>
    /// <param name="cowCode">The COW state code, such as 365.</param>
    /// <returns>The states; empty when none held it. Russia's 365 gives the Soviet Union, then Russia.</returns>
    public IReadOnlyList<MemberState> StatesWithCowCode(int cowCode) =>
        _statesByCowCode.Value.TryGetValue(cowCode, out MemberState[]? found) ? Array.AsReadOnly(found) : [];

    /// <summary>Returns the treaties a state was a member of on a day, whatever its participation.</summary>
    /// <param name="stateCode">The alpha-3 code of the state, in any case.</param>
    /// <param name="date">The day.</param>
    /// <returns>A new list of the treaties, in catalog order (<see cref="Treaties"/>); empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with that code, or the date is not in the ISO calendar.</exception>
    public IReadOnlyList<Treaty> TreatiesOf(string stateCode, LocalDate date) =>
        TreatiesOf(_stateNumbers.Find(stateCode, nameof(stateCode)), DayKey.OfArgument(date, nameof(date)));

    /// <summary>Returns the treaties a state was a member of on a day, whatever its participation.</summary>
    /// <param name="state">The state.</param>
    /// <param name="date">The day.</param>
    /// <returns>A new list of the treaties, in catalog order (<see cref="Treaties"/>); empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the state, or the date is not in the ISO calendar.</exception>
    public IReadOnlyList<Treaty> TreatiesOf(MemberState state, LocalDate date) =>
        TreatiesOf(_stateNumbers.Find(state, nameof(state)), DayKey.OfArgument(date, nameof(date)));

    /// <summary>
    /// Returns whether two states were allies on a day: both members, that day, of a treaty with a mutual defence clause
    /// in force. Members whose participation is frozen or suspended still count. A state is not its own ally.
    /// </summary>
    /// <param name="stateCode">The code of one state.</param>
    /// <param name="otherStateCode">The code of the other state.</param>
    /// <param name="date">The day.</param>
    /// <returns>True when the two are allies; false when they are not, or are the same state.</returns>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with one of the codes, or the date is not in the ISO calendar.</exception>
    /// <example>
    /// <code>
    /// bool allies = catalog.AreAllies("KGZ", "TJK", new LocalDate(2022, 9, 14)); // true: both in the CSTO
    /// </code>
    /// </example>
    public bool AreAllies(string stateCode, string otherStateCode, LocalDate date) =>
        _defence.AreAllies(
            _stateNumbers.Find(stateCode, nameof(stateCode)),
            _stateNumbers.Find(otherStateCode, nameof(otherStateCode)),
            DayKey.OfArgument(date, nameof(date)));

    /// <summary>Returns whether two states were allies on a day. A state is not its own ally.</summary>
    /// <param name="state">One state.</param>
    /// <param name="otherState">The other state.</param>
    /// <param name="date">The day.</param>
    /// <returns>True when the two are allies; false when they are not, or are the same state.</returns>
    /// <exception cref="ArgumentNullException">A state is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know one of the states, or the date is not in the ISO calendar.</exception>
    public bool AreAllies(MemberState state, MemberState otherState, LocalDate date) =>
        _defence.AreAllies(
            _stateNumbers.Find(state, nameof(state)),
            _stateNumbers.Find(otherState, nameof(otherState)),
            DayKey.OfArgument(date, nameof(date)));

    /// <summary>Returns every change for one state across the catalog, in date order.</summary>
    /// <param name="stateCode">The alpha-3 code of the state, in any case.</param>
    /// <returns>A new list of the state's joins, exits, participation changes and observer changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with that code.</exception>
    public IReadOnlyList<MembershipChange> HistoryOf(string stateCode) => HistoryOf(_stateNumbers.Find(stateCode, nameof(stateCode)));

    /// <summary>Returns every change for one state across the catalog, in date order.</summary>
    /// <param name="state">The state.</param>
    /// <returns>A new list of the state's joins, exits, participation changes and observer changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the state.</exception>
    public IReadOnlyList<MembershipChange> HistoryOf(MemberState state) => HistoryOf(_stateNumbers.Find(state, nameof(state)));

    /// <summary>Returns the changes across the catalog on the days of an interval, in date order.</summary>
    /// <param name="days">The days to include; NodaTime's intervals include both their start and their end.</param>
    /// <returns>A new list of the changes on those days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    public IReadOnlyList<MembershipChange> ChangesBetween(DateInterval days) => MembershipChanges.Between(_changes.Value, days);

    /// <summary>Adds a treaty's id and aliases to a map of names.</summary>
    private static void AddNames<T>(Names<T> names, string id, IReadOnlyList<string> aliases, T value, string paramName)
        where T : class
    {
        names.Add(id, value, paramName);
        foreach (string alias in aliases)
        {
            names.Add(alias, value, paramName);
        }
    }

    private ReadOnlyCollection<MembershipChange> HistoryOf(int state)
    {
        MemberState known = _stateNumbers[state];
        return Array.AsReadOnly(_changes.Value.Where(c => c.State.Equals(known)).ToArray());
    }

    private ReadOnlyCollection<Treaty> TreatiesOf(int state, int dayKey)
    {
        var result = new List<Treaty>();
        foreach (int t in _treatiesByState[state])
        {
            if (Treaties[t].IsMember(state, dayKey))
            {
                result.Add(Treaties[t]);
            }
        }

        return result.AsReadOnly();
    }
}
