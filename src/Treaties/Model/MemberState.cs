using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties;

/// <summary>A state that can be party to treaties, identified by its ISO 3166-1 alpha-3 code.</summary>
/// <remarks>
/// <para>
/// A dissolved state keeps the alpha-3 code it had (SUN, DDR, CSK, YUG), with the day it ceased to exist
/// and its successors.
/// </para>
/// <para>
/// Two states are equal when their codes are equal. Codes are given in any case and kept in upper case,
/// so <c>new MemberState("fin", "Finland")</c> equals <c>new MemberState("FIN", "Finland")</c>.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class MemberState : IEquatable<MemberState>
{
    /// <summary>Creates a state.</summary>
    /// <param name="code">The ISO 3166-1 alpha-3 code, in any case.</param>
    /// <param name="name">The English short name.</param>
    /// <param name="alpha2">The ISO 3166-1 alpha-2 code, where it has one.</param>
    /// <param name="established">The first day the state existed, where the catalog records it.</param>
    /// <param name="dissolved">The first day the state no longer existed; null for a state that exists.</param>
    /// <param name="successors">The alpha-3 codes of the states that succeeded a dissolved state.</param>
    /// <param name="note">Anything a reader should know, such as earlier names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A code is not of the right form, <paramref name="name"/> is blank, <paramref name="dissolved"/> is not after
    /// <paramref name="established"/>, or successors are given for a state that was not dissolved.
    /// </exception>
    public MemberState(
        string code,
        string name,
        string? alpha2 = null,
        RecordedDate? established = null,
        RecordedDate? dissolved = null,
        IEnumerable<string>? successors = null,
        string? note = null)
    {
        Code = StateCode.Normalize(code, 3, nameof(code));
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Alpha2 = alpha2 is null ? null : StateCode.Normalize(alpha2, 2, nameof(alpha2));
        Preconditions.CheckArgument(
            established is null || dissolved is null || dissolved.Date > established.Date,
            nameof(dissolved),
            $"{Code} cannot be dissolved on {dissolved} when it was established on {established}.");
        EstablishedRecord = established;
        DissolvedRecord = dissolved;
        Successors = successors is null
            ? []
            : Array.AsReadOnly(successors.Select(s => StateCode.Normalize(s, 3, nameof(successors))).ToArray());
        Preconditions.CheckArgument(
            Successors.Count == 0 || dissolved is not null,
            nameof(successors),
            $"{Code} has successors but no dissolution date; only a dissolved state has successors.");
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
    }

    private MemberState(MemberState state)
    {
        Code = state.Code;
        Name = state.Name;
        Alpha2 = state.Alpha2;
        EstablishedRecord = state.EstablishedRecord;
        DissolvedRecord = state.DissolvedRecord;
        Successors = state.Successors;
        Note = state.Note;
        Region = state.Region;
        CowCodes = state.CowCodes;
    }

    /// <summary>Gets the ISO 3166-1 alpha-3 code, in upper case.</summary>
    public string Code { get; }

    /// <summary>Gets the English short name.</summary>
    public string Name { get; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code, or null where the catalog does not record one.</summary>
    public string? Alpha2 { get; }

    /// <summary>Gets the first day the state existed, or null where the catalog does not record it.</summary>
    public LocalDate? Established => EstablishedRecord?.Date;

    /// <summary>Gets the record of <see cref="Established"/>, with its sources.</summary>
    public RecordedDate? EstablishedRecord { get; }

    /// <summary>Gets the first day the state no longer existed, or null for a state that exists.</summary>
    public LocalDate? Dissolved => DissolvedRecord?.Date;

    /// <summary>Gets the record of <see cref="Dissolved"/>, with its sources.</summary>
    public RecordedDate? DissolvedRecord { get; }

    /// <summary>Gets the alpha-3 codes of the states that succeeded a dissolved state; empty otherwise.</summary>
    public IReadOnlyList<string> Successors { get; }

    /// <summary>Gets a note on the state, or null.</summary>
    public string? Note { get; }

    /// <summary>
    /// Gets the region of the state's home territory (where its capital is), or null where the catalog does not record
    /// it. An attack on a state with no place named is an attack on its home territory: see
    /// <see cref="GeographicScope.CoversHomeTerritoryOf"/>.
    /// </summary>
    public GeographicRegion? Region { get; private init; }

    /// <summary>
    /// Gets the Correlates of War state codes the state held, in date order, none overlapping; empty where it has none
    /// (the Holy See, Palestine). A code can change: Germany is 260 until 1990-10-03 and 255 from then.
    /// </summary>
    public IReadOnlyList<CowCode> CowCodes { get; private init; } = [];

    /// <summary>Returns this state with the region of its home territory.</summary>
    /// <param name="region">The region, or null where it is not recorded.</param>
    /// <returns>A state equal to this one in everything but <see cref="Region"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is not a defined <see cref="GeographicRegion"/>.</exception>
    /// <example><code>var japan = new MemberState("JPN", "Japan", "JP").WithRegion(GeographicRegion.Asia);</code></example>
    public MemberState WithRegion(GeographicRegion? region)
    {
        Preconditions.CheckArgument(
            region is null || Enum.IsDefined(region.Value), nameof(region), $"{(int?)region} is not a defined {nameof(GeographicRegion)}.");
        return new MemberState(this) { Region = region };
    }

    /// <summary>Returns this state with the Correlates of War state codes it held.</summary>
    /// <param name="cowCodes">The codes, in date order, none overlapping.</param>
    /// <returns>A state equal to this one in everything but <see cref="CowCodes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cowCodes"/> is null.</exception>
    /// <exception cref="ArgumentException">The codes hold null, are out of date order, or overlap.</exception>
    /// <example><code>var yemen = new MemberState("YEM", "Yemen").WithCowCodes([new CowCode(678, end: new LocalDate(1990, 5, 22)), new CowCode(679, new LocalDate(1990, 5, 22))]);</code></example>
    public MemberState WithCowCodes(IEnumerable<CowCode> cowCodes)
    {
        ArgumentNullException.ThrowIfNull(cowCodes);
        CowCode[] codes = [.. Preconditions.CheckElements(cowCodes, nameof(cowCodes))];
        for (int i = 1; i < codes.Length; i++)
        {
            Preconditions.CheckArgument(
                codes[i - 1].End is LocalDate end && codes[i].Start is LocalDate start && start >= end,
                nameof(cowCodes),
                $"{Code}'s COW codes must be in date order and must not overlap: {codes[i - 1]} and {codes[i]}.");
        }

        return new MemberState(this) { CowCodes = Array.AsReadOnly(codes) };
    }

    /// <summary>Returns the COW state code the state held on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The code, or null when the state held none that day.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public int? CowCodeOn(LocalDate date)
    {
        Preconditions.CheckIso(date, nameof(date));
        foreach (CowCode code in CowCodes)
        {
            if (code.AppliesOn(date))
            {
                return code.Code;
            }
        }

        return null;
    }

    /// <summary>
    /// Returns the state's name as people say it in a language ("South Korea", "Zuid-Korea"), from the Unicode CLDR;
    /// <see cref="Name"/> is the official short name.
    /// </summary>
    /// <param name="culture">The language: English, Dutch, French, German and Russian have names; others fall back to English.</param>
    /// <returns>The name in that language, else in English, else <see cref="Name"/> (for states CLDR does not name, such as the Soviet Union).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <example><code>string name = korea.GetName(CultureInfo.GetCultureInfo("nl")); // "Zuid-Korea"</code></example>
    public string GetName(System.Globalization.CultureInfo culture) => LocalNames.Find(Alpha2, culture) ?? Name;

    /// <summary>Returns whether two states have the same code.</summary>
    /// <param name="left">A state, or null.</param>
    /// <param name="right">A state, or null.</param>
    /// <returns>True when both are null or both have the same code.</returns>
    public static bool operator ==(MemberState? left, MemberState? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two states have different codes.</summary>
    /// <param name="left">A state, or null.</param>
    /// <param name="right">A state, or null.</param>
    /// <returns>True when the states differ.</returns>
    public static bool operator !=(MemberState? left, MemberState? right) => !(left == right);

    /// <summary>Returns whether <paramref name="other"/> has the same code.</summary>
    /// <param name="other">Another state, or null.</param>
    /// <returns>True when the codes are equal.</returns>
    public bool Equals(MemberState? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MemberState);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code and the name, such as <c>FIN (Finland)</c>.</summary>
    /// <returns>The code and the name.</returns>
    public override string ToString() => $"{Code} ({Name})";

    /// <summary>Returns whether all properties are equal, not only the code.</summary>
    internal bool IsSameRecord(MemberState other) =>
        Equals(other)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Alpha2, other.Alpha2, StringComparison.Ordinal)
        && Equals(EstablishedRecord, other.EstablishedRecord)
        && Equals(DissolvedRecord, other.DissolvedRecord)
        && Successors.SequenceEqual(other.Successors, StringComparer.Ordinal)
        && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && Region == other.Region
        && CowCodes.SequenceEqual(other.CowCodes);
}
