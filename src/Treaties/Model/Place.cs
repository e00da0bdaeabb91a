using System;
using NodaTime;

namespace Treaties;

/// <summary>
/// A place an attack can take place in: an ISO 3166-2 subdivision (<c>US-HI</c>, <c>ES-CE</c>, <c>PT-20</c>) or an
/// ISO 3166-1 territory (<c>GL</c> or <c>GRL</c>), with the region a mutual defence clause's scope is decided by, and the
/// state it belongs to.
/// </summary>
/// <remarks>
/// <para>
/// A place can have changed hands: Algeria (<c>DZ</c>) was French until 1962-07-03. <see cref="HolderOn"/> gives the
/// state it belonged to on a day.
/// </para>
/// <para>Two places are equal when all their properties are equal.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class Place : IEquatable<Place>
{
    /// <summary>Creates a place.</summary>
    /// <param name="code">An ISO 3166-2 code (<c>US-HI</c>) or the ISO 3166-1 alpha-2 code of a territory (<c>GL</c>).</param>
    /// <param name="name">The English name.</param>
    /// <param name="state">The state the place belongs to today.</param>
    /// <param name="region">The region it lies in.</param>
    /// <param name="alpha3">The ISO 3166-1 alpha-3 code of a territory, such as <c>GRL</c>; null for a subdivision.</param>
    /// <param name="formerHolder">The state the place belonged to before <paramref name="state"/>, where it changed hands.</param>
    /// <param name="heldUntil">The first day the place no longer belonged to <paramref name="formerHolder"/>.</param>
    /// <param name="note">Why the place is in its region, or anything else a reader should know.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The code is not of the form <c>XX</c> or <c>XX-YYY</c>, the alpha-3 code is malformed, the region is not defined, or
    /// only one of <paramref name="formerHolder"/> and <paramref name="heldUntil"/> is given.
    /// </exception>
    public Place(
        string code,
        string name,
        MemberState state,
        GeographicRegion region,
        string? alpha3 = null,
        MemberState? formerHolder = null,
        RecordedDate? heldUntil = null,
        string? note = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        Preconditions.CheckArgument(IsPlaceCode(code), nameof(code), $"'{code}' is not an ISO 3166-2 code (such as US-HI) or an ISO 3166-1 alpha-2 code (such as GL).");
        Code = code.ToUpperInvariant();
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        State = Preconditions.CheckNotNull(state, nameof(state));
        Preconditions.CheckArgument(Enum.IsDefined(region), nameof(region), $"{(int)region} is not a defined {nameof(GeographicRegion)}.");
        Region = region;
        Alpha3 = alpha3 is null ? null : StateCode.Normalize(alpha3, 3, nameof(alpha3));
        Preconditions.CheckArgument(
            (formerHolder is null) == (heldUntil is null),
            nameof(heldUntil),
            "A former holder and the day it stopped holding the place go together.");
        FormerHolder = formerHolder;
        HeldUntilRecord = heldUntil;
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
    }

    /// <summary>Gets the code, in upper case: ISO 3166-2 for a subdivision, ISO 3166-1 alpha-2 for a territory.</summary>
    public string Code { get; }

    /// <summary>Gets the ISO 3166-1 alpha-3 code of a territory, or null for a subdivision.</summary>
    public string? Alpha3 { get; }

    /// <summary>Gets the English name.</summary>
    public string Name { get; }

    /// <summary>Gets the state the place belongs to today.</summary>
    public MemberState State { get; }

    /// <summary>Gets the region the place lies in.</summary>
    public GeographicRegion Region { get; }

    /// <summary>Gets the state the place belonged to before <see cref="State"/>, or null.</summary>
    public MemberState? FormerHolder { get; }

    /// <summary>Gets the first day the place no longer belonged to <see cref="FormerHolder"/>, or null.</summary>
    public LocalDate? HeldUntil => HeldUntilRecord?.Date;

    /// <summary>Gets the record of <see cref="HeldUntil"/>, with its sources.</summary>
    public RecordedDate? HeldUntilRecord { get; }

    /// <summary>Gets a note, or null.</summary>
    public string? Note { get; }

    /// <summary>
    /// Gets whether the place lies outside its state's metropolitan territory: an overseas territory, a dependency or a
    /// distant island territory, such as Guam or Greenland. Places are metropolitan unless made overseas by
    /// <see cref="WithOverseas"/>.
    /// </summary>
    public bool IsOverseas { get; private init; }

    /// <summary>Returns this place as overseas, or as metropolitan, territory of its state.</summary>
    /// <param name="isOverseas">True for an overseas territory, a dependency or a distant island territory.</param>
    /// <returns>A place equal to this one in everything but <see cref="IsOverseas"/>.</returns>
    /// <example><code>var guam = new Place("GU", "Guam", usa, GeographicRegion.Pacific, "GUM").WithOverseas(true);</code></example>
    public Place WithOverseas(bool isOverseas) =>
        new(Code, Name, State, Region, Alpha3, FormerHolder, HeldUntilRecord, Note) { IsOverseas = isOverseas };

    /// <summary>Returns whether the place was part of a state's metropolitan territory on a day.</summary>
    /// <param name="state">The state.</param>
    /// <param name="date">The day.</param>
    /// <returns>True when <paramref name="state"/> is <see cref="State"/>, held it that day, and it is not <see cref="IsOverseas"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool IsMetropolitanTerritoryOf(MemberState state, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(state);
        return !IsOverseas && State.Equals(state) && HolderOn(date).Equals(state);
    }

    /// <summary>Returns the place's name in a language, from the Unicode CLDR.</summary>
    /// <param name="culture">The language: English, Dutch, French, German and Russian have names; others fall back to English.</param>
    /// <returns>The name in that language, else in English, else <see cref="Name"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string GetName(System.Globalization.CultureInfo culture) => LocalNames.Find(Code, culture) ?? Name;

    /// <summary>Returns the state the place belonged to on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see cref="FormerHolder"/> before <see cref="HeldUntil"/>, otherwise <see cref="State"/>.</returns>
    public MemberState HolderOn(LocalDate date)
    {
        Preconditions.CheckIso(date, nameof(date));
        return FormerHolder is not null && date < HeldUntil ? FormerHolder : State;
    }

    /// <inheritdoc/>
    public bool Equals(Place? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Alpha3, other.Alpha3, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && State.Equals(other.State)
        && Region == other.Region
        && Equals(FormerHolder, other.FormerHolder)
        && Equals(HeldUntilRecord, other.HeldUntilRecord)
        && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && IsOverseas == other.IsOverseas;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Place);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, State, Region);

    /// <summary>Returns the code and the name.</summary>
    /// <returns>For example <c>US-HI (Hawaii)</c>.</returns>
    public override string ToString() => $"{Code} ({Name})";

    private static bool IsPlaceCode(string code)
    {
        if (code.Length == 2)
        {
            return StateCode.IsLetters(code, 2);
        }

        if (code.Length < 4 || code.Length > 6 || code[2] != '-' || !StateCode.IsLetters(code[..2], 2))
        {
            return false;
        }

        foreach (char c in code.AsSpan(3))
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
