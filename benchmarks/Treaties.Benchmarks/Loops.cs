using System.Linq;
using NodaTime;

namespace Treaties.Benchmarks;

/// <summary>
/// The batch loops both benchmark classes run, in one place so that the bundled and the scale figures measure the same
/// code. Each loop returns a result, so that nothing is optimised away.
/// </summary>
internal static class Loops
{
    /// <summary>The LINQ query a user would write over the public Memberships list.</summary>
    internal static int IsMemberLinq(Query[] queries)
    {
        int hits = 0;
        foreach (Query q in queries)
        {
            hits += q.Treaty.Memberships.Any(p => p.State.Code == q.State && p.Contains(q.Date)) ? 1 : 0;
        }

        return hits;
    }

    internal static int IsMemberSqlite(SqlitePeer sqlite, Query[] queries)
    {
        int hits = 0;
        foreach (Query q in queries)
        {
            hits += sqlite.IsMember(q.TreatyIndex, q.State, SqlitePeer.Key(q.Date)) ? 1 : 0;
        }

        return hits;
    }

    internal static int IsMember(Query[] queries)
    {
        int hits = 0;
        foreach (Query q in queries)
        {
            hits += q.Treaty.IsMember(q.State, q.Date) ? 1 : 0;
        }

        return hits;
    }

    internal static int MembersOn(Query[] queries)
    {
        int total = 0;
        foreach (Query q in queries)
        {
            total += q.Treaty.MembersOn(q.Date).Count;
        }

        return total;
    }

    internal static int TreatiesOf(TreatyCatalog catalog, Query[] queries)
    {
        int total = 0;
        foreach (Query q in queries)
        {
            total += catalog.TreatiesOf(q.State, q.Date).Count;
        }

        return total;
    }

    internal static int AreAllies(TreatyCatalog catalog, Query[] queries)
    {
        int hits = 0;
        foreach (Query q in queries)
        {
            hits += catalog.AreAllies(q.State, q.Other, q.Date) ? 1 : 0;
        }

        return hits;
    }

    internal static int WhoMustDefend(TreatyCatalog catalog, Query[] queries)
    {
        int total = 0;
        foreach (Query q in queries)
        {
            total += catalog.WhoMustDefend(q.State, q.Date).Count;
        }

        return total;
    }

    internal static int RelationshipOn(TreatyCatalog catalog, Query[] queries)
    {
        int total = 0;
        foreach (Query q in queries)
        {
            total += (int)catalog.RelationshipOn(q.State, q.Other, q.Date).Kind;
        }

        return total;
    }

    internal static int ChangesBetween(Query[] queries)
    {
        int total = 0;
        foreach (Query q in queries)
        {
            total += q.Treaty.ChangesBetween(new DateInterval(q.Date, q.Date.PlusYears(5))).Count;
        }

        return total;
    }
}
