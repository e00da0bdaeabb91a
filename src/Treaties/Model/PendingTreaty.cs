using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Treaties;

/// <summary>
/// A treaty that has been signed and has not entered into force, such as the Australia–Papua New Guinea mutual defence
/// treaty of 2025: it binds no one yet, so it has no members and answers no defence query, but it can be found and cited.
/// </summary>
/// <remarks>
/// <para>
/// Its id and aliases are reserved in the catalog with those of the treaties in force, so that
/// <see cref="TreatyCatalog.GetTreaty"/> can say why it finds no treaty in force under that name. When the treaty
/// enters into force, the data moves it to the treaties, with its members from that day.
/// </para>
/// <para>Two pending treaties are equal when all their properties are equal, sources included.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class PendingTreaty : IEquatable<PendingTreaty>
{
    /// <summary>Creates a pending treaty.</summary>
    /// <param name="id">The short id, such as <c>"AUS-PNG"</c>.</param>
    /// <param name="name">The full name.</param>
    /// <param name="signed">The day it was signed.</param>
    /// <param name="signatories">The states that signed it; at least one.</param>
    /// <param name="aliases">Other names it can be found by.</param>
    /// <param name="note">What is known of its progress and its terms.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or there are no signatories or one is repeated.</exception>
    public PendingTreaty(string id, string name, RecordedDate signed, IEnumerable<MemberState> signatories, IEnumerable<string>? aliases = null, string? note = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        SignedRecord = Preconditions.CheckNotNull(signed, nameof(signed));
        Preconditions.CheckNotNull(signatories, nameof(signatories));
        Signatories = Preconditions.CheckElements(signatories, nameof(signatories));
        Preconditions.CheckArgument(Signatories.Count > 0, nameof(signatories), $"{Id} needs at least one signatory.");
        Preconditions.CheckArgument(
            Signatories.Distinct().Count() == Signatories.Count, nameof(signatories), $"{Id} names a signatory twice.");
        Aliases = Array.AsReadOnly((aliases ?? []).Select(a => Preconditions.CheckNotBlank(a, nameof(aliases))).ToArray());
        Note = Preconditions.CheckNullOrNotBlank(note, nameof(note));
    }

    /// <summary>Gets the short id.</summary>
    public string Id { get; }

    /// <summary>Gets the full name.</summary>
    public string Name { get; }

    /// <summary>Gets the other names it can be found by.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Gets the day it was signed.</summary>
    public LocalDate Signed => SignedRecord.Date;

    /// <summary>Gets the record of <see cref="Signed"/>, with its sources.</summary>
    public RecordedDate SignedRecord { get; }

    /// <summary>Gets the states that signed it, in the order the data lists them.</summary>
    public IReadOnlyList<MemberState> Signatories { get; }

    /// <summary>Gets what is known of its progress and its terms, or null.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public bool Equals(PendingTreaty? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal)
        && SignedRecord.Equals(other.SignedRecord)
        && Equality.ListsEqual(Signatories, other.Signatories)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PendingTreaty);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Signed);

    /// <summary>Returns the id, the name and the day of signature.</summary>
    /// <returns>For example <c>AUS-PNG (…), signed 2025-10-06, not in force</c>.</returns>
    public override string ToString() => $"{Id} ({Name}), signed {SignedRecord}, not in force";
}
