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
    /// <param name="scope">Where an attack must take place for the clause to apply; null where the treaty sets no limit.</param>
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
        GeographicScope? scope = null,
        string? wording = null,
        RecordedDate? inForceFrom = null,
        IEnumerable<Invocation>? invocations = null)
        : base(article, summary, wording, inForceFrom, invocations)
    {
        Preconditions.CheckArgument(
            Enum.IsDefined(obligation), nameof(obligation), $"{(int)obligation} is not a defined {nameof(ObligationStrength)}.");
        Obligation = obligation;
        Scope = scope ?? GeographicScope.Unlimited;
    }

    /// <summary>Gets how strongly the clause binds the other members.</summary>
    public ObligationStrength Obligation { get; }

    /// <summary>Gets where an attack must take place for the clause to apply.</summary>
    public GeographicScope Scope { get; }

    /// <summary>Returns whether an attack at a place on a day falls within the clause's geographic scope.</summary>
    /// <param name="place">The place, from <see cref="TreatyCatalog.GetPlace"/>.</param>
    /// <param name="date">The day.</param>
    /// <returns>True when the scope covers the place that day. Whether the clause itself is in force is the treaty's to say: see <see cref="Treaty.MutualDefenceClauseOn"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    /// <example>
    /// <code>
    /// MutualDefenceClause article5 = catalog.GetTreaty("NATO").MutualDefenceClauses[0];
    /// bool hawaii = article5.Covers(catalog.GetPlace("US-HI"), new LocalDate(2024, 1, 1)); // false: Article 6
    /// </code>
    /// </example>
    public bool Covers(Place place, NodaTime.LocalDate date) => Scope.Covers(place, date);

    /// <inheritdoc/>
    public bool Equals(MutualDefenceClause? other) =>
        other is not null
        && ClauseEquals(other)
        && Obligation == other.Obligation
        && Scope.Equals(other.Scope);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MutualDefenceClause);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ClauseHash(), Obligation);
}
