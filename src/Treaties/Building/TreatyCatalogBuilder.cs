using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties;

/// <summary>Builds a <see cref="TreatyCatalog"/> in code, checking every fact as it is added.</summary>
/// <remarks>
/// <para>
/// Add the states first, then the treaties. Each addition is checked against what the builder already holds, so the
/// exception names the fact that breaks a rule; <see cref="Build"/> checks what can only be checked at the end.
/// </para>
/// <para>A builder is not thread-safe; the catalog it builds is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// TreatyCatalog catalog = new TreatyCatalogBuilder()
///     .AddState(new MemberState("NOR", "Norway"))
///     .AddState(new MemberState("SWE", "Sweden"))
///     .AddTreaty("NORDIC", "Nordic Defence Pact", new LocalDate(2030, 1, 10), new LocalDate(2030, 3, 1), treaty => treaty
///         .AddMember("NOR", new LocalDate(2030, 3, 1))
///         .AddMember("SWE", new LocalDate(2030, 3, 1))
///         .AddClause(new MutualDefenceClause("Article 1", "An attack on one is an attack on both.")))
///     .Build();
/// </code>
/// </example>
public sealed class TreatyCatalogBuilder
{
    private readonly Dictionary<string, MemberState> _states = new(StringComparer.Ordinal);
    private readonly List<MemberState> _stateOrder = [];
    private readonly Names<string> _treatyNames = new();
    private readonly List<TreatyBuilder> _treaties = [];
    private readonly List<PendingTreaty> _pending = [];
    private readonly List<Source> _sources = [];
    private readonly List<Place> _places = [];
    private readonly Names<Place> _placesByCode = new();
    private readonly Dictionary<string, Source> _sourcesById = new(StringComparer.Ordinal);
    private LocalDate? _asOf;

    /// <summary>Creates an empty builder.</summary>
    public TreatyCatalogBuilder()
    {
    }

    /// <summary>Adds a state that treaties of the catalog can name, or that users can ask about.</summary>
    /// <param name="state">The state.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">A state with the same code was already added.</exception>
    public TreatyCatalogBuilder AddState(MemberState state)
    {
        Preconditions.CheckNotNull(state, nameof(state));
        Preconditions.CheckArgument(
            _states.TryAdd(state.Code, state), nameof(state), $"The state {state.Code} was already added.");
        _stateOrder.Add(state);
        return this;
    }

    /// <summary>Adds a place that defence queries can name: a subdivision or a territory of a state already added.</summary>
    /// <param name="place">The place.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    /// <exception cref="ArgumentException">Its state or former holder is not in the builder, or its code or alpha-3 code is taken.</exception>
    public TreatyCatalogBuilder AddPlace(Place place)
    {
        Preconditions.CheckNotNull(place, nameof(place));
        CheckKnown(place.State, nameof(place));
        if (place.FormerHolder is not null)
        {
            CheckKnown(place.FormerHolder, nameof(place));
        }

        foreach (string code in place.Alpha3 is null ? [place.Code] : new[] { place.Code, place.Alpha3 })
        {
            Preconditions.CheckArgument(!_placesByCode.Contains(code), nameof(place), $"The place code {code} is already taken.");
        }

        _placesByCode.Add(place.Code, place, nameof(place));
        if (place.Alpha3 is not null)
        {
            _placesByCode.Add(place.Alpha3, place, nameof(place));
        }

        _places.Add(place);
        return this;
    }

    /// <summary>Registers a source, so that the catalog lists it even before a fact cites it, in the order registered.</summary>
    /// <param name="source">The source.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">A source with the same id was already registered.</exception>
    public TreatyCatalogBuilder AddSource(Source source)
    {
        Preconditions.CheckNotNull(source, nameof(source));
        Preconditions.CheckArgument(
            _sourcesById.TryAdd(source.Id, source), nameof(source), $"The source '{source.Id}' was already added.");
        _sources.Add(source);
        return this;
    }

    /// <summary>Sets the day up to which the catalog's data was checked.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>This builder.</returns>
    public TreatyCatalogBuilder WithAsOf(LocalDate asOf)
    {
        _asOf = asOf;
        return this;
    }

    /// <summary>Starts a treaty and returns its builder, to add memberships, observers and clauses to.</summary>
    /// <param name="id">A short id, unique among the ids and aliases of the catalog, ignoring case.</param>
    /// <param name="name">The full name.</param>
    /// <param name="signed">The day the treaty was signed.</param>
    /// <param name="enteredIntoForce">The day it entered into force.</param>
    /// <returns>The builder of the new treaty.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The id is blank or already used, the name is blank, or the treaty enters into force before it was signed.
    /// </exception>
    public TreatyBuilder AddTreaty(string id, string name, RecordedDate signed, RecordedDate enteredIntoForce)
    {
        Preconditions.CheckNotBlank(id, nameof(id));
        Preconditions.CheckArgument(id.Trim() == id, nameof(id), $"The treaty id '{id}' must not begin or end with white space.");
        var treaty = new TreatyBuilder(this, id, name, signed, enteredIntoForce);
        ReserveName(id, id, nameof(id));
        _treaties.Add(treaty);
        return treaty;
    }

    /// <summary>Adds a treaty, configured by <paramref name="configure"/>.</summary>
    /// <param name="id">A short id, unique among the ids and aliases of the catalog, ignoring case.</param>
    /// <param name="name">The full name.</param>
    /// <param name="signed">The day the treaty was signed.</param>
    /// <param name="enteredIntoForce">The day it entered into force.</param>
    /// <param name="configure">Adds the memberships, observers and clauses.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A rule of <see cref="AddTreaty(string, string, RecordedDate, RecordedDate)"/> or of <see cref="TreatyBuilder"/> is broken.</exception>
    public TreatyCatalogBuilder AddTreaty(
        string id, string name, RecordedDate signed, RecordedDate enteredIntoForce, Action<TreatyBuilder> configure)
    {
        Preconditions.CheckNotNull(configure, nameof(configure));
        configure(AddTreaty(id, name, signed, enteredIntoForce));
        return this;
    }

    /// <summary>Adds a treaty that has been signed and has not entered into force.</summary>
    /// <param name="treaty">The treaty. Its id and aliases are reserved with those of the treaties in force.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="treaty"/> is null.</exception>
    /// <exception cref="ArgumentException">Its id or an alias is already used, or a signatory is not a state of the catalog.</exception>
    public TreatyCatalogBuilder AddPendingTreaty(PendingTreaty treaty)
    {
        Preconditions.CheckNotNull(treaty, nameof(treaty));
        foreach (MemberState signatory in treaty.Signatories)
        {
            CheckKnown(signatory, nameof(treaty));
        }

        foreach (string name in treaty.Aliases.Prepend(treaty.Id))
        {
            ReserveName(name, treaty.Id, nameof(treaty));
        }

        _pending.Add(treaty);
        return this;
    }

    /// <summary>Builds the catalog from everything added so far. The builder can go on being used afterwards.</summary>
    /// <returns>An immutable, thread-safe catalog.</returns>
    /// <exception cref="InvalidOperationException">
    /// A dissolved state names a successor the builder does not hold, or two different sources share one id.
    /// </exception>
    public TreatyCatalog Build()
    {
        foreach (MemberState state in _stateOrder)
        {
            foreach (string successor in state.Successors)
            {
                if (!_states.ContainsKey(successor))
                {
                    throw new InvalidOperationException(
                        $"The state {state.Code} names the successor {successor}, which is not a state of the catalog.");
                }
            }
        }

        return new TreatyCatalog([.. _stateOrder], [.. _places], [.. _treaties.Select(t => t.ToData())], [.. _pending], [.. _sources], _asOf);
    }

    internal MemberState GetState(string? code, string paramName)
    {
        ArgumentNullException.ThrowIfNull(code, paramName);
        if (code.Length == 3 && _states.TryGetValue(code.ToUpperInvariant(), out MemberState? state))
        {
            return state;
        }

        throw new ArgumentException($"'{code}' is not the code of a state added to this catalog; add the state first.", paramName);
    }

    internal bool TryGetSource(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Source? source) =>
        _sourcesById.TryGetValue(id, out source);

    internal void CheckKnown(MemberState state, string paramName) =>
        Preconditions.CheckArgument(
            _states.ContainsKey(state.Code),
            paramName,
            $"{state.Code} is not a state added to this catalog; add the state first.");

    internal void CheckKnownPlace(string code, string paramName) =>
        Preconditions.CheckArgument(
            _placesByCode.Contains(code),
            paramName,
            $"{code} is not a place added to this catalog; add the place first.");

    internal void ReserveName(string name, string treatyId, string paramName)
    {
        if (_treatyNames.TryGet(name, out string? owner))
        {
            throw new ArgumentException($"'{name}' already names the treaty {owner}; ids and aliases must be unique, ignoring case.", paramName);
        }

        _treatyNames.Add(name, treatyId, paramName);
    }
}
