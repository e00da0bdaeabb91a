using NodaTime;

namespace Treaties;

/// <summary>One entry of the catalog's invocation timeline: an invocation, with the treaty and the clause it was made under.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ClauseInvocation
{
    internal ClauseInvocation(Treaty treaty, TreatyClause clause, Invocation invocation)
    {
        Treaty = treaty;
        Clause = clause;
        Invocation = invocation;
    }

    /// <summary>Gets the day of the invocation.</summary>
    public LocalDate Date => Invocation.Date;

    /// <summary>Gets the record of <see cref="Date"/>, with its sources.</summary>
    public RecordedDate DateRecord => Invocation.DateRecord;

    /// <summary>Gets the treaty.</summary>
    public Treaty Treaty { get; }

    /// <summary>Gets the clause invoked: a <see cref="MutualDefenceClause"/> or a <see cref="ConsultationClause"/>.</summary>
    public TreatyClause Clause { get; }

    /// <summary>Gets the invocation: who asked, and what came of it.</summary>
    public Invocation Invocation { get; }

    /// <summary>Returns the date, the treaty, the article and the requesting states.</summary>
    /// <returns>For example <c>2001-09-12 NATO Article 5 by USA</c>.</returns>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Treaty.Id} {Clause.Article} by {string.Join(", ", System.Linq.Enumerable.Select(Invocation.RequestedBy, s => s.Code))}";
}
