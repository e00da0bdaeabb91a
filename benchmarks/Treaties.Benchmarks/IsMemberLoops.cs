using System.Linq;

namespace Treaties.Benchmarks;

/// <summary>The IsMember batch loops, shared by the bundled and the scale benchmarks so that both measure the same code.</summary>
internal static class IsMemberLoops
{
    /// <summary>The LINQ query a user would write over the public Memberships list.</summary>
    internal static int Linq(Query[] queries)
    {
        int hits = 0;
        foreach (Query q in queries)
        {
            hits += q.Treaty.Memberships.Any(p => p.State.Code == q.State && p.Contains(q.Date)) ? 1 : 0;
        }

        return hits;
    }

    internal static int Sqlite(SqlitePeer sqlite, Query[] queries)
    {
        int hits = 0;
        foreach (Query q in queries)
        {
            hits += sqlite.IsMember(q.TreatyIndex, q.State, SqlitePeer.Key(q.Date)) ? 1 : 0;
        }

        return hits;
    }

    internal static int Treaties(Query[] queries)
    {
        int hits = 0;
        foreach (Query q in queries)
        {
            hits += q.Treaty.IsMember(q.State, q.Date) ? 1 : 0;
        }

        return hits;
    }
}
