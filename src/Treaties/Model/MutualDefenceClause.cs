using System;
using System.Collections.Generic;

namespace Treaties;

/// <summary>The article that obliges the members of a treaty to assist one that is attacked, such as NATO Article 5.</summary>
/// <remarks>
/// <para>Two clauses are equal when all their properties are equal, invocations included.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class MutualDefenceClause : TreatyClause, IEquatable<MutualDefenceClause>
{
    /// <summary>Creates a mutual defence clause.</summary>
    /// <param name="article">The article, such as <c>"Article 5"</c>.</param>
    /// <param name="summary">What the article says, in short.</param>
    /// <param name="obligation">How strongly it binds the other members.</param>
    /// <param name="scopeDescription">Where an attack must take place for the clause to apply, in words; null where the treaty sets no limit.</param>
    /// <param name="wording">The operative words, quoted.</param>
    /// <param name="inForceFrom">The first day the clause is in force; null when it came into force with the treaty.</param>
    /// <param name="invocations">Every time it was invoked, in date order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A text is blank, <paramref name="obligation"/> is not defined, or the invocations are out of date order or
    /// before the clause came into force.
    /// </exception>
    public MutualDefenceClause(
        string article,
        string summary,
        ObligationStrength obligation = ObligationStrength.ActionDeemedNecessary,
        string? scopeDescription = null,
        string? wording = null,
        RecordedDate? inForceFrom = null,
        IEnumerable<Invocation>? invocations = null)
        : base(article, summary, wording, inForceFrom, invocations)
    {
        Preconditions.CheckArgument(
            Enum.IsDefined(obligation), nameof(obligation), $"{(int)obligation} is not a defined {nameof(ObligationStrength)}.");
        Obligation = obligation;
        ScopeDescription = Preconditions.CheckNullOrNotBlank(scopeDescription, nameof(scopeDescription));
    }

    /// <summary>Gets how strongly the clause binds the other members.</summary>
    public ObligationStrength Obligation { get; }

    /// <summary>Gets where an attack must take place for the clause to apply, in words, or null where the treaty sets no limit.</summary>
    public string? ScopeDescription { get; }

    /// <inheritdoc/>
    public bool Equals(MutualDefenceClause? other) =>
        other is not null
        && ClauseEquals(other)
        && Obligation == other.Obligation
        && string.Equals(ScopeDescription, other.ScopeDescription, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MutualDefenceClause);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ClauseHash(), Obligation);
}
