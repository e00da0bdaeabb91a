using System;
using System.Collections.Generic;
using NodaTime;

namespace Treaties;

/// <summary>An article of a treaty that states can invoke: a mutual defence clause or a consultation clause.</summary>
/// <remarks>
/// <para>
/// A clause is in force from <see cref="InForceFrom"/>, or from the treaty's entry into force where that is null,
/// for as long as the treaty is. The only kinds are <see cref="MutualDefenceClause"/> and <see cref="ConsultationClause"/>.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public abstract class TreatyClause
{
    private protected TreatyClause(
        string article,
        string summary,
        string? wording,
        RecordedDate? inForceFrom,
        IEnumerable<Invocation>? invocations)
    {
        Article = Preconditions.CheckNotBlank(article, nameof(article));
        Summary = Preconditions.CheckNotBlank(summary, nameof(summary));
        Wording = Preconditions.CheckNullOrNotBlank(wording, nameof(wording));
        InForceFromRecord = inForceFrom;
        Invocations = Preconditions.CheckElements(invocations, nameof(invocations));
        for (int i = 1; i < Invocations.Count; i++)
        {
            Preconditions.CheckArgument(
                Invocations[i].Date >= Invocations[i - 1].Date,
                nameof(invocations),
                $"The invocations of {Article} must be in date order: {Invocations[i].DateRecord} comes after {Invocations[i - 1].DateRecord}.");
        }

        foreach (Invocation invocation in Invocations)
        {
            Preconditions.CheckArgument(
                inForceFrom is null || invocation.Date >= inForceFrom.Date,
                nameof(invocations),
                $"{Article} was invoked on {invocation.DateRecord}, before it came into force on {inForceFrom}.");
        }
    }

    /// <summary>Gets the article, such as <c>"Article 5"</c>.</summary>
    public string Article { get; }

    /// <summary>Gets what the article says, in short.</summary>
    public string Summary { get; }

    /// <summary>Gets the operative words of the article, quoted, or null.</summary>
    public string? Wording { get; }

    /// <summary>Gets the first day the clause is in force, or null when it came into force with the treaty.</summary>
    public LocalDate? InForceFrom => InForceFromRecord?.Date;

    /// <summary>Gets the record of <see cref="InForceFrom"/>, with its sources.</summary>
    public RecordedDate? InForceFromRecord { get; }

    /// <summary>Gets every time the clause was invoked, in date order.</summary>
    public IReadOnlyList<Invocation> Invocations { get; }

    /// <summary>Returns the article and its summary.</summary>
    /// <returns>For example <c>Article 5: An armed attack against one ...</c>.</returns>
    public override string ToString() => $"{Article}: {Summary}";

    /// <summary>Compares the properties that every clause has.</summary>
    private protected bool ClauseEquals(TreatyClause other) =>
        GetType() == other.GetType()
        && string.Equals(Article, other.Article, StringComparison.Ordinal)
        && string.Equals(Summary, other.Summary, StringComparison.Ordinal)
        && string.Equals(Wording, other.Wording, StringComparison.Ordinal)
        && Equals(InForceFromRecord, other.InForceFromRecord)
        && Equality.ListsEqual(Invocations, other.Invocations);

    /// <summary>Hashes the properties that every clause has.</summary>
    private protected int ClauseHash() => HashCode.Combine(GetType(), Article, Summary);
}
