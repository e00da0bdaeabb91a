using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties;

/// <summary>Where an attack must take place for a mutual defence clause to apply, as data.</summary>
/// <remarks>
/// <para>A place is covered on a day when, in this order:</para>
/// <list type="number">
/// <item>the scope covers all territory (the Collective Security Treaty sets no geographic limit); or</item>
/// <item>a <see cref="ScopeRule"/> for the place applies that day, which decides (Algeria: covered until 1962-07-03); or</item>
/// <item>the state that held the place that day is one whose whole territory is covered (<see cref="WholeTerritoryOf"/>: Turkey); or</item>
/// <item>the scope covers the parties' metropolitan territory (<see cref="CoversMetropolitanTerritory"/>: ANZUS) and the
/// place was metropolitan territory of its holder that day (<see cref="Place.IsMetropolitanTerritoryOf"/>); or</item>
/// <item>the place lies in a covered region (<see cref="Regions"/>: Europe, North America, the North Atlantic islands).</item>
/// </list>
/// <para>
/// An attack on a state with no place named is an attack on its home territory, decided by
/// <see cref="CoversHomeTerritoryOf"/>. So a scope can bind the parties unequally: the United States–Japan treaty covers
/// "the territories under the administration of Japan" (<see cref="WholeTerritoryOf"/> Japan, no regions), and Japan owes
/// nothing for an attack on the United States at home.
/// </para>
/// <para>Two scopes are equal when all their properties are equal.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class GeographicScope : IEquatable<GeographicScope>
{
    /// <summary>Creates a scope.</summary>
    /// <param name="description">The scope in words.</param>
    /// <param name="coversAllTerritory">True where the clause sets no geographic limit.</param>
    /// <param name="regions">The regions in which the parties' territory is covered.</param>
    /// <param name="wholeTerritoryOf">The alpha-3 codes of states whose whole territory is covered, wherever it lies.</param>
    /// <param name="rules">Rules about single places, which decide over regions and states while they apply.</param>
    /// <exception cref="ArgumentException">
    /// A sequence holds null or a malformed code, the description is blank, or a limited scope is given regions or rules
    /// while it also covers all territory.
    /// </exception>
    public GeographicScope(
        string? description = null,
        bool coversAllTerritory = false,
        IEnumerable<GeographicRegion>? regions = null,
        IEnumerable<string>? wholeTerritoryOf = null,
        IEnumerable<ScopeRule>? rules = null)
    {
        Description = Preconditions.CheckNullOrNotBlank(description, nameof(description));
        CoversAllTerritory = coversAllTerritory;
        Regions = Array.AsReadOnly(Distinct(regions));
        foreach (GeographicRegion region in Regions)
        {
            Preconditions.CheckArgument(Enum.IsDefined(region), nameof(regions), $"{(int)region} is not a defined {nameof(GeographicRegion)}.");
        }

        WholeTerritoryOf = Array.AsReadOnly((wholeTerritoryOf ?? []).Select(c => StateCode.Normalize(c, 3, nameof(wholeTerritoryOf))).ToArray());
        Rules = Preconditions.CheckElements(rules, nameof(rules));
        Preconditions.CheckArgument(
            !coversAllTerritory || (Regions.Count == 0 && WholeTerritoryOf.Count == 0 && Rules.Count == 0),
            nameof(coversAllTerritory),
            "A scope that covers all territory has no regions, states or rules.");
    }

    /// <summary>Gets a scope with no geographic limit.</summary>
    public static GeographicScope Unlimited { get; } = new(coversAllTerritory: true);

    /// <summary>Gets the scope in words, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets whether the scope covers all territory of the parties, wherever it lies.</summary>
    public bool CoversAllTerritory { get; }

    /// <summary>Gets the regions in which the parties' territory is covered.</summary>
    public IReadOnlyList<GeographicRegion> Regions { get; }

    /// <summary>Gets the alpha-3 codes of the states whose whole territory is covered, wherever it lies.</summary>
    public IReadOnlyList<string> WholeTerritoryOf { get; }

    /// <summary>Gets the rules about single places.</summary>
    public IReadOnlyList<ScopeRule> Rules { get; }

    /// <summary>
    /// Gets whether the metropolitan territory of every party is covered, wherever it lies, as ANZUS and the United
    /// States–Philippines treaty say in their Article V.
    /// </summary>
    public bool CoversMetropolitanTerritory { get; private init; }

    /// <summary>The regions once each, in their first order; a loop, as a scope names a few.</summary>
    private static GeographicRegion[] Distinct(IEnumerable<GeographicRegion>? regions)
    {
        var distinct = new List<GeographicRegion>();
        foreach (GeographicRegion region in regions ?? [])
        {
            bool seen = false;
            foreach (GeographicRegion known in distinct)
            {
                seen |= known == region;
            }

            if (!seen)
            {
                distinct.Add(region);
            }
        }

        return [.. distinct];
    }

    /// <summary>Returns this scope with or without the metropolitan territory of every party.</summary>
    /// <param name="covers">True where the clause covers the parties' metropolitan territory, wherever it lies.</param>
    /// <returns>A scope equal to this one in everything but <see cref="CoversMetropolitanTerritory"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="covers"/> is true for a scope that covers all territory, which needs nothing more.</exception>
    /// <example><code>var anzus = new GeographicScope("Metropolitan territory and Pacific islands", regions: [GeographicRegion.Pacific]).WithMetropolitanTerritory(true);</code></example>
    public GeographicScope WithMetropolitanTerritory(bool covers)
    {
        Preconditions.CheckArgument(
            !covers || !CoversAllTerritory, nameof(covers), "A scope that covers all territory has no regions, states or rules.");
        return new GeographicScope(Description, CoversAllTerritory, Regions, WholeTerritoryOf, Rules) { CoversMetropolitanTerritory = covers };
    }

    /// <summary>Returns whether an attack on a state's home territory falls within the scope.</summary>
    /// <param name="state">The attacked state.</param>
    /// <returns>
    /// True when the scope covers all territory or metropolitan territory, or the state is one whose whole territory is
    /// covered, or the state's <see cref="MemberState.Region"/> is a covered region. A state whose region is not recorded
    /// counts as covered by a scope that names regions, since its home cannot be ruled out.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public bool CoversHomeTerritoryOf(MemberState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return CoversAllTerritory
            || CoversMetropolitanTerritory
            || WholeTerritoryOf.Contains(state.Code, StringComparer.Ordinal)
            || (Regions.Count > 0 && (state.Region is not GeographicRegion home || Regions.Contains(home)));
    }

    /// <summary>Returns whether an attack at a place on a day falls within the scope.</summary>
    /// <param name="place">The place.</param>
    /// <param name="date">The day.</param>
    /// <returns>True when the place is covered that day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    public bool Covers(Place place, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(place);
        Preconditions.CheckIso(date, nameof(date));
        if (CoversAllTerritory)
        {
            return true;
        }

        foreach (ScopeRule rule in Rules)
        {
            if (string.Equals(rule.PlaceCode, place.Code, StringComparison.Ordinal) && rule.AppliesOn(date))
            {
                return rule.IsCovered;
            }
        }

        MemberState holder = place.HolderOn(date);
        return WholeTerritoryOf.Contains(holder.Code, StringComparer.Ordinal)
            || (CoversMetropolitanTerritory && place.IsMetropolitanTerritoryOf(holder, date))
            || Regions.Contains(place.Region);
    }

    /// <inheritdoc/>
    public bool Equals(GeographicScope? other) =>
        other is not null
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && CoversAllTerritory == other.CoversAllTerritory
        && CoversMetropolitanTerritory == other.CoversMetropolitanTerritory
        && Regions.SequenceEqual(other.Regions)
        && WholeTerritoryOf.SequenceEqual(other.WholeTerritoryOf, StringComparer.Ordinal)
        && Equality.ListsEqual(Rules, other.Rules);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GeographicScope);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Description, CoversAllTerritory, Regions.Count, Rules.Count);
}
