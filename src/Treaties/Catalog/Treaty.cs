using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;
using NodaTime;
using Treaties.Indexing;

namespace Treaties;

/// <summary>A collective-defence treaty: its dates, its members over time, its observers and its clauses.</summary>
/// <remarks>
/// <para>
/// A treaty belongs to the <see cref="TreatyCatalog"/> that holds it, and knows every state of that catalog:
/// asking about a state that was never a member answers false, while a code the catalog does not know throws
/// <see cref="ArgumentException"/>. Treaties are made by <see cref="TreatyCatalogBuilder"/> or by loading a catalog.
/// </para>
/// <para>
/// Membership is day-precise and half-open: see <see cref="MembershipPeriod"/>. Before the treaty entered into
/// force for a state, that state is not a member. Every date given to a query must be in the ISO calendar.
/// </para>
/// <para>Two treaties are equal when all their properties are equal, sources included.</para>
/// <para>Instances are immutable and thread-safe; the point queries do not allocate unless they say so.</para>
/// </remarks>
public sealed class Treaty : IEquatable<Treaty>
{
    private readonly StateNumbers _states;
    private readonly PeriodIndex _index;
    private readonly Stretches<TreatyStanding> _standings;
    private readonly Lazy<MembershipChange[]> _changes;
    private readonly Lazy<ReadOnlyCollection<MembershipChange>> _changesView;

    /// <summary>Creates a treaty from checked data and the index the catalog built of its memberships.</summary>
    internal Treaty(TreatyData data, StateNumbers states, PeriodIndex index)
    {
        _states = states;
        _index = index;
        Id = data.Id;
        Name = data.Name;
        Aliases = data.Aliases;
        SignedRecord = data.Signed;
        EnteredIntoForceRecord = data.EnteredIntoForce;
        TerminatedRecord = data.Terminated;
        Note = data.Note;
        Documents = data.Documents;
        Memberships = data.Memberships;
        Observers = data.Observers;
        Clauses = data.Clauses;
        Organization = data.Organization;
        Suspensions = data.Suspensions;
        Requests = data.Requests;
        LocalNames = data.LocalNames;
        var defence = new List<MutualDefenceClause>();
        var consultation = new List<ConsultationClause>();
        foreach (TreatyClause clause in Clauses)
        {
            if (clause is MutualDefenceClause mutual)
            {
                defence.Add(mutual);
            }
            else if (clause is ConsultationClause consult)
            {
                consultation.Add(consult);
            }
        }

        MutualDefenceClauses = Array.AsReadOnly(defence.ToArray());
        ConsultationClauses = Array.AsReadOnly(consultation.ToArray());
        _standings = new Stretches<TreatyStanding>(StandingChangeDays(Memberships), StandingFrom);
        _changes = new Lazy<MembershipChange[]>(CollectChanges, LazyThreadSafetyMode.ExecutionAndPublication);
        _changesView = new Lazy<ReadOnlyCollection<MembershipChange>>(() => _changes.Value.AsReadOnly(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the short identifier, such as <c>"NATO"</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the full name.</summary>
    public string Name { get; }

    /// <summary>Gets the treaty's names in other languages, with their sources, one a culture.</summary>
    public IReadOnlyList<LocalizedName> LocalNames { get; }

    /// <summary>Returns the treaty's name in a language.</summary>
    /// <param name="culture">The language; a culture is looked up with its parents (<c>nl-BE</c>, then <c>nl</c>).</param>
    /// <returns>The name in that language where the catalog records one, else <see cref="Name"/>, the English name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <example><code>string nl = catalog.GetTreaty("NATO").GetName(CultureInfo.GetCultureInfo("nl")); // "Noord-Atlantisch Verdrag"</code></example>
    public string GetName(System.Globalization.CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        foreach (string cultureName in Treaties.LocalNames.Lineage(culture))
        {
            foreach (LocalizedName name in LocalNames)
            {
                if (string.Equals(name.Culture, cultureName, StringComparison.OrdinalIgnoreCase))
                {
                    return name.Name;
                }
            }
        }

        return Name;
    }

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

    /// <summary>Gets the organisation built on the treaty, or null where the catalog records none.</summary>
    /// <remarks>The treaty can outlive it: the Manila Pact stayed in force after SEATO was dissolved on 1977-06-30.</remarks>
    public TreatyOrganization? Organization { get; }

    /// <summary>Gets the times a party suspended its obligations toward another while both stayed parties, in the order the data lists them.</summary>
    public IReadOnlyList<ObligationSuspension> Suspensions { get; }

    /// <summary>
    /// Gets the requests for help made to the treaty's members or organisation outside its articles, in date order:
    /// such as Kyrgyzstan's appeal of 2010, made to Russia and referred to the CSTO. Invocations of an article are on
    /// its clause (<see cref="TreatyClause.Invocations"/>).
    /// </summary>
    public IReadOnlyList<Invocation> Requests { get; }

    /// <summary>Gets every change of membership, participation and observer status, in date order.</summary>
    /// <remarks>The list is made on first use and then shared.</remarks>
    public IReadOnlyList<MembershipChange> Changes => _changesView.Value;

    /// <summary>Returns whether the treaty is in force on <paramref name="date"/>.</summary>
    /// <param name="date">A day.</param>
    /// <returns>True from <see cref="EnteredIntoForce"/> until the day before <see cref="Terminated"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool IsInForceOn(LocalDate date) => InForce.Contains(date);

    /// <summary>Gets the days the treaty is in force: from <see cref="EnteredIntoForce"/> up to <see cref="Terminated"/>.</summary>
    public DateRange InForce => new(EnteredIntoForce, Terminated);

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
    public bool IsMember(string stateCode, LocalDate date) =>
        _index.IsMember(_states.Find(stateCode, nameof(stateCode)), DayKey.OfArgument(date, nameof(date)));

    /// <summary>Returns whether a state is a member on a day.</summary>
    /// <param name="state">The state.</param>
    /// <param name="date">The day.</param>
    /// <returns>True when a membership period of the state contains the day; false for observers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="state"/> is not a state the catalog knows.</exception>
    public bool IsMember(MemberState state, LocalDate date) =>
        _index.IsMember(_states.Find(state, nameof(state)), DayKey.OfArgument(date, nameof(date)));

    /// <summary>Returns the members on a day, whatever their participation, ordered by code.</summary>
    /// <param name="date">The day.</param>
    /// <returns>
    /// The members, ordered by code: a list shared by every day between the same two changes, and immutable; empty
    /// before the treaty entered into force.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public IReadOnlyList<MemberState> MembersOn(LocalDate date) =>
        StandingOn(DayKey.OfArgument(date, nameof(date)));

    /// <summary>Returns a state's membership periods in this treaty, in date order.</summary>
    /// <param name="stateCode">The ISO 3166-1 alpha-3 code of the state, in any case.</param>
    /// <returns>The periods; empty for a state that was never a member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stateCode"/> is not the code of a state the catalog knows.</exception>
    public IReadOnlyList<MembershipPeriod> PeriodsOf(string stateCode) =>
        PeriodsOf(_states.Find(stateCode, nameof(stateCode)));

    /// <summary>Returns a state's membership periods in this treaty, in date order.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The periods; empty for a state that was never a member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="state"/> is not a state the catalog knows.</exception>
    public IReadOnlyList<MembershipPeriod> PeriodsOf(MemberState state) => PeriodsOf(_states.Find(state, nameof(state)));

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
        StatusOn(_states.Find(stateCode, nameof(stateCode)), date);

    /// <summary>Returns how a state stands in this treaty on a day.</summary>
    /// <param name="state">The state.</param>
    /// <param name="date">The day.</param>
    /// <returns>The status on that day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="state"/> is not a state the catalog knows.</exception>
    public MembershipStatus StatusOn(MemberState state, LocalDate date) => StatusOn(_states.Find(state, nameof(state)), date);

    /// <summary>Returns the changes that took effect on the days of an interval, in date order.</summary>
    /// <param name="days">The days to include; NodaTime's intervals include both their start and their end.</param>
    /// <returns>A new list of the changes on those days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    public IReadOnlyList<MembershipChange> ChangesBetween(DateInterval days) => MembershipChanges.Between(_changes.Value, days);

    /// <summary>Returns the mutual defence clause in force on a day, or null when there is none.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The first mutual defence clause in force on that day, or null.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public MutualDefenceClause? MutualDefenceClauseOn(LocalDate date) => DefenceRules.ClauseInForce(this, Preconditions.CheckIso(date, nameof(date)));

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
        && Equals(Organization, other.Organization)
        && Equality.ListsEqual(Suspensions, other.Suspensions)
        && Equality.ListsEqual(Requests, other.Requests)
        && Equality.ListsEqual(LocalNames, other.LocalNames)
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

    /// <summary>Returns whether the state is a member on the day, for callers that hold a state number and a day key.</summary>
    internal bool IsMember(int state, int dayKey) => _index.IsMember(state, dayKey);

    /// <summary>Returns who belongs on the day and how fully each takes part: shared by every day of its stretch.</summary>
    internal TreatyStanding StandingOn(int dayKey) => _standings.On(dayKey);

    /// <summary>Returns whether the state ever had a membership period.</summary>
    /// <summary>The days on which the treaty's standing can change: each period's start and end, and each change of participation.</summary>
    private static List<int> StandingChangeDays(IReadOnlyList<MembershipPeriod> memberships)
    {
        var days = new List<int>(2 * memberships.Count);
        foreach (MembershipPeriod period in memberships)
        {
            foreach (ParticipationChange change in period.ParticipationChanges)
            {
                days.Add(DayKey.Of(change.Start));
            }

            days.Add(DayKey.Of(period.Start));
            days.Add(DayKey.Of(period.End));
        }

        return days;
    }

    internal bool EverMember(int state) => _index.EverMember(state);

    /// <summary>Returns whether the state was ever a member or an observer.</summary>
    internal bool EverTied(int state) => _index.EverMember(state) || Observers.Any(o => o.State.Equals(_states[state]));

    /// <summary>Returns the state's period that contains the day, or null, for callers that hold a state number and a day key.</summary>
    internal MembershipPeriod? PeriodOn(int state, int dayKey) => _index.PeriodOn(state, dayKey);

    /// <summary>Returns the state's periods, in date order, in a new array.</summary>
    internal MembershipPeriod[] PeriodsArray(int state) => _index.PeriodsOf(state);

    private ReadOnlyCollection<MembershipPeriod> PeriodsOf(int state) => Array.AsReadOnly(_index.PeriodsOf(state));

    private TreatyStanding StandingFrom(int key)
    {
        if (key == Stretches<TreatyStanding>.Before)
        {
            return TreatyStanding.Empty;
        }

        // The first day of a stretch stands for every day of it.
        LocalDate day = DayKey.ToDate(key);
        int[] numbers = Array.FindAll(_index.Members, s => _index.IsMember(s, key));
        MemberState[] members = Array.ConvertAll(numbers, s => _states[s]);
        ParticipationStatus[] participation = Array.ConvertAll(numbers, s => _index.PeriodOn(s, key)!.LatestChangeOn(day)?.Status ?? ParticipationStatus.Full);
        return numbers.Length == 0 ? TreatyStanding.Empty : new TreatyStanding(members, numbers, participation);
    }

    private MembershipStatus StatusOn(int state, LocalDate date)
    {
        if (_index.PeriodOn(state, DayKey.OfArgument(date, nameof(date))) is MembershipPeriod period)
        {
            ParticipationChange? change = period.LatestChangeOn(date);
            return change is null
                ? new MembershipStatus(MembershipRole.Member, ParticipationStatus.Full, period.StartRecord)
                : new MembershipStatus(MembershipRole.Member, change.Status, change.StartRecord);
        }

        MemberState memberState = _states[state];
        foreach (ObserverPeriod observer in Observers)
        {
            if (observer.State.Equals(memberState) && observer.Contains(date))
            {
                return new MembershipStatus(MembershipRole.Observer, null, observer.StartRecord);
            }
        }

        return default;
    }

    private MembershipChange[] CollectChanges()
    {
        var changes = new List<MembershipChange>();
        foreach (MembershipPeriod period in Memberships)
        {
            ParticipationStatus initial = period.ParticipationChanges.Count > 0 && period.ParticipationChanges[0].Start == period.Start
                ? period.ParticipationChanges[0].Status
                : ParticipationStatus.Full;
            changes.Add(new MembershipChange(this, period.State, MembershipChangeKind.Joined, period.StartRecord, initial, period.Note));
            foreach (ParticipationChange change in period.ParticipationChanges.Where(c => c.Start != period.Start))
            {
                changes.Add(new MembershipChange(
                    this, period.State, MembershipChangeKind.ParticipationChanged, change.StartRecord, change.Status, change.Note));
            }

            if (period.EndRecord is RecordedDate end)
            {
                changes.Add(new MembershipChange(this, period.State, MembershipChangeKind.Left, end, null, period.Note, period.EndReason));
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

        return [.. changes.OrderBy(c => c, MembershipChanges.Order)];
    }
}
