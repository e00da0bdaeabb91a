using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties;

/// <summary>A later instrument of a treaty, such as an accession protocol, a renewal protocol or a charter.</summary>
/// <remarks>
/// <para>Two documents are equal when all their properties are equal, sources included.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class TreatyDocument : IEquatable<TreatyDocument>
{
    /// <summary>Creates a treaty document.</summary>
    /// <param name="name">The document's name.</param>
    /// <param name="signed">The day it was signed.</param>
    /// <param name="enteredIntoForce">The day it entered into force, where it did.</param>
    /// <param name="parties">The states that signed it.</param>
    /// <param name="note">What it did, in words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="signed"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or it entered into force before it was signed.</exception>
    public TreatyDocument(
        string name,
        RecordedDate signed,
        RecordedDate? enteredIntoForce = null,
        IEnumerable<MemberState>? parties = null,
        string? note = null)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        SignedRecord = Preconditions.CheckNotNull(signed, nameof(signed));
        Preconditions.CheckArgument(
            enteredIntoForce is null || enteredIntoForce.Date >= signed.Date,
            nameof(enteredIntoForce),
            $"'{name}' cannot enter into force on {enteredIntoForce}, before it was signed on {signed}.");
        EnteredIntoForceRecord = enteredIntoForce;
        Parties = Preconditions.CheckElements(parties, nameof(parties));
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
    }

    /// <summary>Gets the document's name.</summary>
    public string Name { get; }

    /// <summary>Gets the day it was signed.</summary>
    public LocalDate Signed => SignedRecord.Date;

    /// <summary>Gets the record of <see cref="Signed"/>, with its sources.</summary>
    public RecordedDate SignedRecord { get; }

    /// <summary>Gets the day it entered into force, or null where it has not or it is not recorded.</summary>
    public LocalDate? EnteredIntoForce => EnteredIntoForceRecord?.Date;

    /// <summary>Gets the record of <see cref="EnteredIntoForce"/>, with its sources.</summary>
    public RecordedDate? EnteredIntoForceRecord { get; }

    /// <summary>Gets the states that signed it.</summary>
    public IReadOnlyList<MemberState> Parties { get; }

    /// <summary>Gets what it did, in words, or null.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public bool Equals(TreatyDocument? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && SignedRecord.Equals(other.SignedRecord)
        && Equals(EnteredIntoForceRecord, other.EnteredIntoForceRecord)
        && Equality.ListsEqual(Parties, other.Parties)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TreatyDocument);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Signed);

    /// <summary>Returns the name and the signing date.</summary>
    /// <returns>For example <c>Charter of the Collective Security Treaty Organization (signed 2002-10-07)</c>.</returns>
    public override string ToString() => $"{Name} (signed {SignedRecord})" + (Parties.Count == 0 ? string.Empty : $" by {string.Join(", ", Parties.Select(p => p.Code))}");
}
