using System;
using NodaTime;

namespace Treaties;

/// <summary>
/// The organisation the parties built on a treaty, such as the Southeast Asia Treaty Organization on the Manila Pact, or
/// the organisation whose member states alone the treaty binds, such as ECOWAS for its defence protocol.
/// </summary>
/// <remarks>
/// <para>
/// A treaty can outlive its organisation: SEATO was dissolved on 1977-06-30, and the Manila Pact stayed in force. The
/// organisation's dates say nothing about the treaty's; <see cref="Treaty.Terminated"/> does.
/// </para>
/// <para>
/// A state that leaves an organisation of the second kind leaves the treaty with it: its membership ends with
/// <see cref="MembershipEndReason.LeftOrganisation"/>.
/// </para>
/// <para>Two organisations are equal when all their properties are equal, sources included.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class TreatyOrganization : IEquatable<TreatyOrganization>
{
    /// <summary>Creates an organisation.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="established">The first day it existed, where known.</param>
    /// <param name="dissolved">The first day it no longer existed; null while it exists.</param>
    /// <param name="note">Anything a reader should know.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="dissolved"/> is not after <paramref name="established"/>.</exception>
    public TreatyOrganization(string name, RecordedDate? established = null, RecordedDate? dissolved = null, string? note = null)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Preconditions.CheckArgument(
            established is null || dissolved is null || dissolved.Date > established.Date,
            nameof(dissolved),
            $"{Name} cannot be dissolved on {dissolved} when it was established on {established}.");
        EstablishedRecord = established;
        DissolvedRecord = dissolved;
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the first day the organisation existed, or null where the catalog does not record it.</summary>
    public LocalDate? Established => EstablishedRecord?.Date;

    /// <summary>Gets the record of <see cref="Established"/>, with its sources.</summary>
    public RecordedDate? EstablishedRecord { get; }

    /// <summary>Gets the first day the organisation no longer existed, or null while it exists.</summary>
    public LocalDate? Dissolved => DissolvedRecord?.Date;

    /// <summary>Gets the record of <see cref="Dissolved"/>, with its sources.</summary>
    public RecordedDate? DissolvedRecord { get; }

    /// <summary>Gets a note, or null.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public bool Equals(TreatyOrganization? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Equals(EstablishedRecord, other.EstablishedRecord)
        && Equals(DissolvedRecord, other.DissolvedRecord)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TreatyOrganization);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Dissolved);

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
