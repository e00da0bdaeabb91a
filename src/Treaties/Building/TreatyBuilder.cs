using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties;

/// <summary>
/// Collects the definition of one treaty for a <see cref="TreatyCatalogBuilder"/>, checking each addition against
/// what the treaty and the catalog already hold.
/// </summary>
/// <remarks>
/// <para>
/// Every rule is checked when a fact is added, so an error names the fact that breaks it. Add memberships before
/// the clauses whose invocations name their states. The treaty itself is made by <see cref="TreatyCatalogBuilder.Build"/>.
/// </para>
/// <para>A builder is not thread-safe; the catalog it builds is.</para>
/// </remarks>
public sealed class TreatyBuilder
{
    private readonly TreatyCatalogBuilder _catalog;
    private readonly List<string> _aliases = [];
    private readonly List<TreatyDocument> _documents = [];
    private readonly List<MembershipPeriod> _memberships = [];
    private readonly List<ObserverPeriod> _observers = [];
    private readonly List<TreatyClause> _clauses = [];
    private readonly List<ObligationSuspension> _suspensions = [];
    private readonly List<Invocation> _requests = [];
    private readonly List<LocalizedName> _names = [];
    private readonly Dictionary<string, List<MembershipPeriod>> _membershipsByState = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ObserverPeriod>> _observersByState = new(StringComparer.Ordinal);

    internal TreatyBuilder(TreatyCatalogBuilder catalog, string id, string name, RecordedDate signed, RecordedDate enteredIntoForce)
    {
        _catalog = catalog;
        Id = id;
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Signed = Preconditions.CheckNotNull(signed, nameof(signed));
        EnteredIntoForce = Preconditions.CheckNotNull(enteredIntoForce, nameof(enteredIntoForce));
        Preconditions.CheckArgument(
            enteredIntoForce.Date >= signed.Date,
            nameof(enteredIntoForce),
            $"{id} cannot enter into force on {enteredIntoForce}, before it was signed on {signed}.");
    }

    /// <summary>Gets the treaty's id.</summary>
    public string Id { get; }

    internal string Name { get; }

    internal RecordedDate Signed { get; }

    internal RecordedDate EnteredIntoForce { get; }

    internal RecordedDate? Terminated { get; private set; }

    internal string? Note { get; private set; }

    internal TreatyOrganization? Organization { get; private set; }

    internal IReadOnlyList<string> Aliases => _aliases;

    internal IReadOnlyList<TreatyDocument> Documents => _documents;

    internal IReadOnlyList<MembershipPeriod> Memberships => _memberships;

    internal IReadOnlyList<ObserverPeriod> Observers => _observers;

    internal IReadOnlyList<TreatyClause> Clauses => _clauses;

    /// <summary>Returns the facts collected so far, copied, for the catalog to make the treaty from.</summary>
    internal TreatyData ToData() => new(
        Id,
        Name,
        Array.AsReadOnly(_aliases.ToArray()),
        Signed,
        EnteredIntoForce,
        Terminated,
        Note,
        Array.AsReadOnly(_documents.ToArray()),
        Array.AsReadOnly(_memberships.ToArray()),
        Array.AsReadOnly(_observers.ToArray()),
        Array.AsReadOnly(_clauses.ToArray()),
        Organization,
        Array.AsReadOnly(_suspensions.ToArray()),
        Array.AsReadOnly(_requests.ToArray()),
        Array.AsReadOnly(_names.ToArray()));

    /// <summary>Adds another name by which the treaty can be found.</summary>
    /// <param name="alias">The name; unique, ignoring case, among the ids and aliases of the catalog.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alias"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="alias"/> is blank or already names a treaty.</exception>
    public TreatyBuilder AddAlias(string alias)
    {
        _catalog.ReserveName(Preconditions.CheckNotBlank(alias, nameof(alias)), Id, nameof(alias));
        _aliases.Add(alias);
        return this;
    }

    /// <summary>Adds the treaty's name in a language.</summary>
    /// <param name="name">The name, with its culture and sources.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The treaty already has a name in that culture.</exception>
    public TreatyBuilder AddLocalName(LocalizedName name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckArgument(
            !_names.Exists(n => string.Equals(n.Culture, name.Culture, StringComparison.Ordinal)),
            nameof(name),
            $"{Id} already has a name in {name.Culture}.");
        _names.Add(name);
        return this;
    }

    /// <summary>Records that the treaty ended.</summary>
    /// <param name="terminated">The first day the treaty was no longer in force.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terminated"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The day is not after the entry into force, or a membership already added goes on past it.
    /// </exception>
    public TreatyBuilder WithTerminated(RecordedDate terminated)
    {
        Preconditions.CheckNotNull(terminated, nameof(terminated));
        Preconditions.CheckArgument(
            terminated.Date > EnteredIntoForce.Date,
            nameof(terminated),
            $"{Id} cannot end on {terminated}: it entered into force on {EnteredIntoForce}.");
        foreach (MembershipPeriod period in _memberships)
        {
            CheckEndsBy(period.State, period.End, terminated, nameof(terminated));
        }

        foreach (ObserverPeriod observer in _observers)
        {
            CheckEndsBy(observer.State, observer.End, terminated, nameof(terminated));
        }

        Terminated = terminated;
        return this;
    }

    /// <summary>Sets a note on the treaty.</summary>
    /// <param name="note">The note.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="note"/> is blank.</exception>
    public TreatyBuilder WithNote(string note)
    {
        Note = Preconditions.CheckNotBlank(note, nameof(note));
        return this;
    }

    /// <summary>Records the organisation built on the treaty.</summary>
    /// <param name="organization">The organisation. Its dates do not bound the treaty's: a treaty can outlive it.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    public TreatyBuilder WithOrganization(TreatyOrganization organization)
    {
        Organization = Preconditions.CheckNotNull(organization, nameof(organization));
        return this;
    }

    /// <summary>Adds a suspension of one party's obligations toward another. Add the memberships first.</summary>
    /// <param name="suspension">The suspension.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="suspension"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A state is not in the catalog, or the two were not both members of the treaty on the first day of the suspension.
    /// </exception>
    public TreatyBuilder AddSuspension(ObligationSuspension suspension)
    {
        Preconditions.CheckNotNull(suspension, nameof(suspension));
        foreach (MemberState state in (ReadOnlySpan<MemberState>)[suspension.State, suspension.Toward])
        {
            _catalog.CheckKnown(state, nameof(suspension));
            Preconditions.CheckArgument(
                Of(_membershipsByState, state).Any(p => p.Contains(suspension.Start)),
                nameof(suspension),
                $"The suspension {suspension} needs both states to be members of {Id} on its first day, and {state.Code} was not.");
        }

        _suspensions.Add(suspension);
        return this;
    }

    /// <summary>Adds a request for help made to the treaty's members or organisation outside its articles. Add the memberships first.</summary>
    /// <param name="request">The request, in date order after those already added.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The request is out of date order, falls outside the treaty's time in force, or names a state that was not a member that day.
    /// </exception>
    public TreatyBuilder AddRequest(Invocation request)
    {
        Preconditions.CheckNotNull(request, nameof(request));
        Preconditions.CheckArgument(
            _requests.Count == 0 || _requests[^1].Date <= request.Date,
            nameof(request),
            $"The request of {request.DateRecord} to {Id} comes before the one of {(_requests.Count == 0 ? null : _requests[^1].DateRecord)}; requests go in date order.");
        CheckCall(request, "asked for help under", nameof(request));
        _requests.Add(request);
        return this;
    }

    /// <summary>Adds a later instrument of the treaty, such as a protocol or a charter.</summary>
    /// <param name="document">The document; its parties must be states of the catalog.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">A party is not a state of the catalog.</exception>
    public TreatyBuilder AddDocument(TreatyDocument document)
    {
        Preconditions.CheckNotNull(document, nameof(document));
        foreach (MemberState party in document.Parties)
        {
            _catalog.CheckKnown(party, nameof(document));
        }

        _documents.Add(document);
        return this;
    }

    /// <summary>Adds a membership of a state already added to the catalog.</summary>
    /// <param name="stateCode">The ISO 3166-1 alpha-3 code of the state.</param>
    /// <param name="start">The first day of membership.</param>
    /// <param name="end">The first day the state is no longer a member; null while the membership goes on.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> or <paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The state is unknown, or the period breaks a rule of <see cref="AddMembership(MembershipPeriod)"/>.
    /// </exception>
    public TreatyBuilder AddMember(string stateCode, RecordedDate start, RecordedDate? end = null) =>
        AddMembership(new MembershipPeriod(_catalog.GetState(stateCode, nameof(stateCode)), start, end));

    /// <summary>Adds a membership period.</summary>
    /// <param name="period">The period. Its state must be a state of the catalog.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The state is not in the catalog; the period starts before the treaty entered into force or was signed before the
    /// treaty; it goes on past the treaty's end; it overlaps another membership or an observer period of the same state;
    /// or it ended because the state left the organisation, and no organisation is recorded (<see cref="WithOrganization"/>).
    /// </exception>
    public TreatyBuilder AddMembership(MembershipPeriod period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        _catalog.CheckKnown(period.State, nameof(period));
        Preconditions.CheckArgument(
            period.EndReason != MembershipEndReason.LeftOrganisation || Organization is not null,
            nameof(period),
            $"The membership {period} ended because {period.State.Code} left the organisation, but {Id} records no organisation; record it first.");
        CheckWithinTreaty(period.State, period.StartRecord, period.End, nameof(period));
        Preconditions.CheckArgument(
            period.SignedRecord is null || (period.SignedRecord.Date >= Signed.Date && period.SignedRecord.Date <= period.Start),
            nameof(period),
            $"{period.State.Code} signed {Id} on {period.SignedRecord}; a signature falls between the treaty's signing on {Signed} and the start of membership on {period.StartRecord}.");
        CheckNoOverlap($"The membership {period}", period.State, period.Range, isMembership: true, nameof(period));
        _memberships.Add(period);
        Add(_membershipsByState, period.State, period);
        return this;
    }

    /// <summary>Adds an observer period.</summary>
    /// <param name="observer">The period. Its state must be a state of the catalog.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observer"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The state is not in the catalog; the period falls outside the treaty's time in force; or it overlaps another
    /// observer period or a membership of the same state.
    /// </exception>
    public TreatyBuilder AddObserver(ObserverPeriod observer)
    {
        Preconditions.CheckNotNull(observer, nameof(observer));
        _catalog.CheckKnown(observer.State, nameof(observer));
        CheckWithinTreaty(observer.State, observer.StartRecord, observer.End, nameof(observer));
        CheckNoOverlap($"The observer period {observer}", observer.State, observer.Range, isMembership: false, nameof(observer));

        _observers.Add(observer);
        Add(_observersByState, observer.State, observer);
        return this;
    }

    /// <summary>Adds a clause. Add the memberships first: every state that invoked it must be a member on that day.</summary>
    /// <param name="clause">The clause.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clause"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The treaty already has a clause for that article; its scope names a place or state the catalog does not hold; the
    /// clause comes into force before the treaty; or an invocation
    /// falls outside the treaty's time in force or names a state that was not a member that day.
    /// </exception>
    public TreatyBuilder AddClause(TreatyClause clause)
    {
        Preconditions.CheckNotNull(clause, nameof(clause));
        Preconditions.CheckArgument(
            !_clauses.Any(c => string.Equals(c.Article, clause.Article, StringComparison.OrdinalIgnoreCase)),
            nameof(clause),
            $"{Id} already has a clause for {clause.Article}.");
        Preconditions.CheckArgument(
            clause.InForceFrom is not LocalDate from || from >= EnteredIntoForce.Date,
            nameof(clause),
            $"{clause.Article} of {Id} cannot come into force on {clause.InForceFromRecord}, before the treaty entered into force on {EnteredIntoForce}.");
        if (clause is MutualDefenceClause defence)
        {
            foreach (ScopeRule rule in defence.Scope.Rules)
            {
                _catalog.CheckKnownPlace(rule.PlaceCode, nameof(clause));
            }

            foreach (string state in defence.Scope.WholeTerritoryOf)
            {
                _catalog.GetState(state, nameof(clause));
            }
        }

        foreach (Invocation invocation in clause.Invocations)
        {
            CheckCall(invocation, $"invoked {clause.Article} of", nameof(clause));
        }

        _clauses.Add(clause);
        return this;
    }

    /// <summary>Checks that a call for help falls in the treaty's time in force and comes from members of that day.</summary>
    private void CheckCall(Invocation call, string verb, string paramName)
    {
        Preconditions.CheckArgument(
            new DateRange(EnteredIntoForce.Date, Terminated?.Date).Contains(call.Date),
            paramName,
            $"{string.Join(", ", call.RequestedBy.Select(s => s.Code))} {verb} {Id} on {call.DateRecord}, when the treaty was not in force.");
        foreach (MemberState state in call.RequestedBy)
        {
            _catalog.CheckKnown(state, paramName);
            Preconditions.CheckArgument(
                Of(_membershipsByState, state).Any(p => p.Contains(call.Date)),
                paramName,
                $"{state.Code} {verb} {Id} on {call.DateRecord} but was not a member that day.");
        }
    }

    private static List<T> Of<T>(Dictionary<string, List<T>> byState, MemberState state) =>
        byState.TryGetValue(state.Code, out List<T>? items) ? items : [];

    private static void Add<T>(Dictionary<string, List<T>> byState, MemberState state, T item)
    {
        if (!byState.TryGetValue(state.Code, out List<T>? items))
        {
            byState.Add(state.Code, items = []);
        }

        items.Add(item);
    }

    private void CheckWithinTreaty(MemberState state, RecordedDate start, LocalDate? end, string paramName)
    {
        Preconditions.CheckArgument(
            start.Date >= EnteredIntoForce.Date,
            paramName,
            $"{state.Code} cannot begin in {Id} on {start}, before the treaty entered into force on {EnteredIntoForce}.");
        if (Terminated is not null)
        {
            CheckEndsBy(state, end, Terminated, paramName);
        }
    }

    private void CheckEndsBy(MemberState state, LocalDate? end, RecordedDate terminated, string paramName) =>
        Preconditions.CheckArgument(
            end is LocalDate e && e <= terminated.Date,
            paramName,
            $"{state.Code} cannot stay in {Id} {(end is null ? "with no end" : $"until {end:uuuu-MM-dd}")}: the treaty ended on {terminated}.");

    /// <summary>
    /// Checks that a membership or observer period overlaps none of the state's memberships and observer periods in the
    /// treaty: a state is a member or an observer, never both, and never twice at once.
    /// </summary>
    private void CheckNoOverlap(string period, MemberState state, DateRange range, bool isMembership, string paramName)
    {
        const string NotBoth = ": a member is not also an observer.";
        foreach (MembershipPeriod member in Of(_membershipsByState, state))
        {
            Preconditions.CheckArgument(
                !range.Overlaps(member.Range), paramName, $"{period} overlaps the membership {member}{(isMembership ? $" of the same state in {Id}." : NotBoth)}");
        }

        foreach (ObserverPeriod observer in Of(_observersByState, state))
        {
            Preconditions.CheckArgument(
                !range.Overlaps(observer.Range), paramName, $"{period} overlaps the observer period {observer}{(isMembership ? NotBoth : ".")}");
        }
    }
}
