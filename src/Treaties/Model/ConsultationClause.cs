using System;
using System.Collections.Generic;

namespace Treaties;

/// <summary>
/// An article under which members consult together when one of them feels threatened, such as NATO Article 4
/// or the Collective Security Treaty's Article 2. It obliges consultation, not defence.
/// </summary>
/// <remarks>
/// <para>Two clauses are equal when all their properties are equal, invocations included.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ConsultationClause : TreatyClause, IEquatable<ConsultationClause>
{
    /// <summary>Creates a consultation clause.</summary>
    /// <param name="article">The article, such as <c>"Article 4"</c>.</param>
    /// <param name="summary">What the article says, in short.</param>
    /// <param name="wording">The operative words, quoted.</param>
    /// <param name="inForceFrom">The first day the clause is in force; null when it came into force with the treaty.</param>
    /// <param name="invocations">Every time consultations were requested under it, in date order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or the invocations are out of date order or before the clause came into force.</exception>
    public ConsultationClause(
        string article,
        string summary,
        string? wording = null,
        RecordedDate? inForceFrom = null,
        IEnumerable<Invocation>? invocations = null)
        : base(article, summary, wording, inForceFrom, invocations)
    {
    }

    /// <inheritdoc/>
    public bool Equals(ConsultationClause? other) => other is not null && ClauseEquals(other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConsultationClause);

    /// <inheritdoc/>
    public override int GetHashCode() => ClauseHash();
}
