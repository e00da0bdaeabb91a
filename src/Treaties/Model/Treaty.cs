using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Runtime.CompilerServices;
using NodaTime;
using Treaties.Indexing;

namespace Treaties;

/// <summary>A collective-defence treaty: its dates, its members over time, its observers and its clauses.</summary>
/// <remarks>
/// <para>
/// A treaty belongs to the <see cref="TreatyCatalog"/> that built it, and knows every state of that catalog:
/// asking about a state that was never a member answers false, while a code the catalog does not know throws.
/// Treaties are made by <see cref="TreatyCatalogBuilder"/> or by loading a catalog.
/// </para>
/// <para>
/// Membership is day-precise and half-open: see <see cref="MembershipPeriod"/>. Before the treaty entered into
/// force for a state, that state is not a member.
/// </para>
/// <para>Two treaties are equal when all their properties are equal, sources included.</para>
/// <para>Instances are immutable and thread-safe; the queries do not allocate unless they say so.</para>
/// </remarks>
public sealed class Treaty : IEquatable<Treaty>
{
    private readonly StateTable _states;
    private readonly MembershipIndex _index;
    private readonly HashSet<int> _observerStates;
    private readonly MembershipChange[] _changes;
    private readonly int[] _changeKeys;
    private readonly MutualDefenceClause[] _defenceClauses;
    private readonly int _defenceFromKey;
    private readonly int _defenceUntilKey;

    internal Treaty(TreatyBuilder definition, StateTable states)
    {
        _states = states;
        Id = definition.Id;
        Name = definition.Name;
        Aliases = definition.Aliases.ToArray();
        SignedRecord = definition.Signed;
        EnteredIntoForceRecord = definition.EnteredIntoForce;
        TerminatedRecord = definition.Terminated;
        Note = definition.Note;
        Documents = definition.Documents.ToArray();
        Memberships = definition.Memberships.ToArray();
        Observers = definition.Observers.ToArray();
        Clauses = definition.Clauses.ToArray();
        _defenceClauses = Clauses.OfType<MutualDefenceClause>().ToArray();
        MutualDefenceClauses = Array.AsReadOnly(_defenceClauses);
        _defenceFromKey = _defenceClauses.Length == 0
            ? DateKey.Never
            : _defenceClauses.Min(c => DateKey.Of(c.InForceFrom is LocalDate from && from > EnteredIntoForce ? from : EnteredIntoForce));
        _defenceUntilKey = DateKey.Of(Terminated);
        ConsultationClauses = Clauses.OfType<ConsultationClause>().ToArray();
        _index = new MembershipIndex(states, Memberships);
        _observerStates = [.. Observers.Select(o => states.IndexOf(o.State, nameof(definition)))];
        _changes = CollectChanges();
        _changeKeys = _changes.Select(c => DateKey.Of(c.Date)).ToArray();
    }

    /// <summary>Gets the short identifier, such as <c>"NATO"</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the full name.</summary>
    public string Name { get; }

    /// <summary>Gets the other names <see cref="TreatyCatalog.GetTreaty"/> accepts, such as <c>"CST"</c> for the CSTO.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Gets the day the treaty was signed.</summary>
    public LocalDate Signed => SignedRecord.Date;

    /// <summary>Gets the record of <see cref="Signed"/>, with its sources.</summary>
    public RecordedDate SignedRecord { get; }

    /// <summary>Gets the day the treaty entered into force.</summary>
    public LocalDate EnteredIntoForce => EnteredIntoForceRecord.Date;

    /// <summary>Gets the record of <see cref="EnteredIntoForce"/>, with its sources.</summary>
    public RecordedDate EnteredIntoForceRecord { get; }

    /// <summary>Gets the first day the treaty was no longer in force, or null while it is.</summary>
    public LocalDate? Terminated => TerminatedRecord?.Date;

    /// <summary>Gets the record of <see cref="Terminated"/>, with its sources.</summary>
    public RecordedDate? TerminatedRecord { get; }

    /// <summary>Gets a note on the treaty, or null.</summary>
    public string? Note { get; }

    /// <summary>Gets the later instruments of the treaty: protocols, renewals, charters.</summary>
    public IReadOnlyList<TreatyDocument> Documents { get; }

    /// <summary>Gets every membership period, in the order the data lists them.</summary>
    public IReadOnlyList<MembershipPeriod> Memberships { get; }

    /// <summary>Gets every observer period. Observers are never members.</summary>
    public IReadOnlyList<ObserverPeriod> Observers { get; }

    /// <summary>Gets every clause: mutual defence and consultation.</summary>
    public IReadOnlyList<TreatyClause> Clauses { get; }

    /// <summary>Gets the mutual defence clauses; empty for a treaty that has none.</summary>
    public IReadOnlyList<MutualDefenceClause> MutualDefenceClauses { get; }

    /// <summary>Gets the consultation clauses.</summary>
    public IReadOnlyList<ConsultationClause> ConsultationClauses { get; }

    /// <summary>Gets every change of membership, participation and observer status, in date order.</summary>
    public IReadOnlyList<MembershipChange> Changes => _changes;

    /// <summary>Returns whether the treaty is in force on <paramref name="date"/>.</summary>
    /// <param name="date">A day.</param>
    /// <returns>True from <see cref="EnteredIntoForce"/> until the day before <see cref="Terminated"/>.</returns>
    public bool IsInForceOn(LocalDate date) => HalfOpenRange.Contains(EnteredIntoForce, Terminated, date);

    /// <summary>Returns whether a state is a member on a day.</summary>
    /// <param name="stateCode">The ISO 3166-1 alpha-3 code of the state, in any case.</param>
    /// <param name="date">The day.</param>
    /// <returns>True when a membership period of the state contains the day, whatever its participation; false for observers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stateCode"/> is not the code of a state the catalog knows.</exception>
    /// <example>
    /// <code>
    /// bool finland = catalog.GetTreaty("NATO").IsMember("FIN", new LocalDate(2023, 4, 4)); // true: the first day
    /// </code>
    /// </example>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsMember(string stateCode, LocalDate date) =>
        _index.IsMember(_states.IndexOf(stateCode, nameof(stateCode)), DateKey.Of(date));

    /// <summary>Returns whether a state is a member on a day.</summary>
    /// <param name="state">The state.</param>
    /// <param name="date">The day.</param>
    /// <returns>True when a membership period of the state contains the day; false for observers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="state"/> is not a state the catalog knows.</exception>
    public bool IsMember(MemberState state, LocalDate date) =>
        _index.IsMember(_states.IndexOf(state, nameof(state)), DateKey.Of(date));

    /// <summary>Returns the members on a day, whatever their participation, ordered by code.</summary>
    /// <param name="date">The day.</param>
    /// <returns>A shared, immutable collection; empty before the treaty entered into force.</returns>
    public IReadOnlyCollection<MemberState> MembersOn(LocalDate date) => _index.MembersOn(DateKey.Of(date));

    /// <summary>Returns a state's membership periods in this treaty, in date order.</summary>
    /// <param name="stateCode">The ISO 3166-1 alpha-3 code of the state, in any case.</param>
    /// <returns>The periods; empty for a state that was never a member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stateCode"/> is not the code of a state the catalog knows.</exception>
    public IReadOnlyList<MembershipPeriod> PeriodsOf(string stateCode) =>
        PeriodsOf(_states.IndexOf(stateCode, nameof(stateCode)));

    /// <summary>Returns a state's membership periods in this treaty, in date order.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The periods; empty for a state that was never a member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="state"/> is not a state the catalog knows.</exception>
    public IReadOnlyList<MembershipPeriod> PeriodsOf(MemberState state) => PeriodsOf(_states.IndexOf(state, nameof(state)));

    /// <summary>Returns how a state stands in this treaty on a day: member (and how fully it takes part), observer, or neither, and since when.</summary>
    /// <param name="stateCode">The ISO 3166-1 alpha-3 code of the state, in any case.</param>
    /// <param name="date">The day.</param>
    /// <returns>The status on that day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stateCode"/> is not the code of a state the catalog knows.</exception>
    /// <example>
    /// <code>
    /// MembershipStatus armenia = csto.StatusOn("ARM", new LocalDate(2024, 6, 1));
    /// // armenia.IsMember is true; armenia.Participation is ParticipationStatus.Frozen
    /// </code>
    /// </example>
    public MembershipStatus StatusOn(string stateCode, LocalDate date) =>
        StatusOn(_states.IndexOf(stateCode, nameof(stateCode)), date);

    /// <summary>Returns how a state stands in this treaty on a day.</summary>
    /// <param name="state">The state.</param>
    /// <param name="date">The day.</param>
    /// <returns>The status on that day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="state"/> is not a state the catalog knows.</exception>
    public MembershipStatus StatusOn(MemberState state, LocalDate date) => StatusOn(_states.IndexOf(state, nameof(state)), date);

    /// <summary>Returns the changes that took effect from <paramref name="first"/> to <paramref name="last"/>, both included, in date order.</summary>
    /// <param name="first">The first day to include.</param>
    /// <param name="last">The last day to include.</param>
    /// <returns>A new list of the changes in that range.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public IReadOnlyList<MembershipChange> ChangesBetween(LocalDate first, LocalDate last) =>
        ChangeRange.Slice(_changes, _changeKeys, first, last);

    /// <summary>Returns the mutual defence clause in force on a day, or null when there is none.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The first mutual defence clause in force on that day, or null.</returns>
    public MutualDefenceClause? MutualDefenceClauseOn(LocalDate date)
    {
        if (!IsInForceOn(date))
        {
            return null;
        }

        foreach (MutualDefenceClause clause in _defenceClauses)
        {
            if (clause.InForceFrom is not LocalDate from || from <= date)
            {
                return clause;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(Treaty? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal)
        && SignedRecord.Equals(other.SignedRecord)
        && EnteredIntoForceRecord.Equals(other.EnteredIntoForceRecord)
        && Equals(TerminatedRecord, other.TerminatedRecord)
        && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && Equality.ListsEqual(Documents, other.Documents)
        && Equality.ListsEqual(Memberships, other.Memberships)
        && Equality.ListsEqual(Observers, other.Observers)
        && Equality.ListsEqual(Clauses, other.Clauses);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Treaty);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Memberships.Count);

    /// <summary>Returns the id and the name.</summary>
    /// <returns>For example <c>NATO (North Atlantic Treaty)</c>.</returns>
    public override string ToString() => $"{Id} ({Name})";

    /// <summary>Returns whether the state is a member on the day, for callers that hold a state index and a date key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool IsMember(int state, int dateKey) => _index.IsMember(state, dateKey);

    /// <summary>Returns those of <paramref name="states"/> that are members on the day.</summary>
    internal int[] MembersAmong(int[] states, int dateKey) => Array.FindAll(states, s => _index.IsMember(s, dateKey));

    /// <summary>Returns whether a mutual defence clause is in force on the day, for callers that hold a date key.</summary>
    internal bool HasDefenceClauseOn(int dateKey) => dateKey >= _defenceFromKey && dateKey < _defenceUntilKey;

    /// <summary>Returns whether the state ever had a membership period.</summary>
    internal bool EverMember(int state) => _index.EverMember(state);

    /// <summary>Returns whether the state was ever a member or an observer.</summary>
    internal bool EverTied(int state) => _index.EverMember(state) || _observerStates.Contains(state);

    /// <summary>Returns the state's period that contains the day, or null, for callers that hold a state index and a date key.</summary>
    internal MembershipPeriod? PeriodOn(int state, int dateKey) => _index.PeriodOn(state, dateKey);

    /// <summary>Returns the state's periods, in date order, without copying them.</summary>
    internal ReadOnlySpan<MembershipPeriod> PeriodsSpan(int state) => _index.PeriodsOf(state);

    private ReadOnlyCollection<MembershipPeriod> PeriodsOf(int state) => Array.AsReadOnly(_index.PeriodsOf(state).ToArray());

    private MembershipStatus StatusOn(int state, LocalDate date)
    {
        if (_index.PeriodOn(state, DateKey.Of(date)) is MembershipPeriod period)
        {
            ParticipationChange? change = period.LatestChangeOn(date);
            return change is null
                ? new MembershipStatus(MembershipRole.Member, ParticipationStatus.Full, period.Start)
                : new MembershipStatus(MembershipRole.Member, change.Status, change.Since);
        }

        MemberState memberState = _states[state];
        foreach (ObserverPeriod observer in Observers)
        {
            if (observer.State.Equals(memberState) && observer.Contains(date))
            {
                return new MembershipStatus(MembershipRole.Observer, null, observer.Start);
            }
        }

        return default;
    }

    private MembershipChange[] CollectChanges()
    {
        var changes = new List<MembershipChange>();
        foreach (MembershipPeriod period in Memberships)
        {
            ParticipationStatus initial = period.ParticipationChanges.Count > 0 && period.ParticipationChanges[0].Since == period.Start
                ? period.ParticipationChanges[0].Status
                : ParticipationStatus.Full;
            changes.Add(new MembershipChange(this, period.State, MembershipChangeKind.Joined, period.StartRecord, initial, period.Note));
            foreach (ParticipationChange change in period.ParticipationChanges.Where(c => c.Since != period.Start))
            {
                changes.Add(new MembershipChange(
                    this, period.State, MembershipChangeKind.ParticipationChanged, change.SinceRecord, change.Status, change.Note));
            }

            if (period.EndRecord is RecordedDate end)
            {
                changes.Add(new MembershipChange(this, period.State, MembershipChangeKind.Left, end, null, period.Note));
            }
        }

        foreach (ObserverPeriod observer in Observers)
        {
            changes.Add(new MembershipChange(
                this, observer.State, MembershipChangeKind.ObserverStatusGranted, observer.StartRecord, null, observer.Note));
            if (observer.EndRecord is RecordedDate end)
            {
                changes.Add(new MembershipChange(
                    this, observer.State, MembershipChangeKind.ObserverStatusEnded, end, null, observer.Note));
            }
        }

        return [.. changes.OrderBy(c => c, ChangeRange.Order)];
    }
}
