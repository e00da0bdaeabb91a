using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;

namespace Treaties.Benchmarks;

/// <summary>
/// Every lookup path on the bundled data, each in its own category with the LINQ query a user would write over the
/// public lists as the baseline, and SQLite beside it where a SQL query is the natural alternative. Each benchmark runs
/// the same seeded batch of <see cref="Queries.Count"/> queries, so times are per query.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BundledBenchmarks
{
    private const int N = Queries.Count;
    private TreatyCatalog _catalog = null!;
    private Query[] _queries = null!;
    private SqlitePeer _sqlite = null!;
    private Place[] _places = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = TreatyCatalog.Default;
        _queries = Queries.Draw(_catalog, seed: 42);
        _sqlite = new SqlitePeer(_catalog);
        _places = [.. Enumerable.Range(0, N).Select(i => _catalog.Places[i % _catalog.Places.Count])];
    }

    [GlobalCleanup]
    public void Cleanup() => _sqlite.Dispose();

    [BenchmarkCategory("IsMember"), Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int IsMember_Linq() => Loops.IsMemberLinq(_queries);

    [BenchmarkCategory("IsMember"), Benchmark(OperationsPerInvoke = N)]
    public int IsMember_Sqlite() => Loops.IsMemberSqlite(_sqlite, _queries);

    /// <summary>The floor: walking the same batch and touching each query's code and date, with no lookup at all.</summary>
    [BenchmarkCategory("IsMember"), Benchmark(OperationsPerInvoke = N)]
    public int IsMember_QueryLoopOnly()
    {
        int sum = 0;
        foreach (Query q in _queries)
        {
            sum += q.State[0] + q.Date.Day;
        }

        return sum;
    }

    [BenchmarkCategory("IsMember"), Benchmark(OperationsPerInvoke = N)]
    public int IsMember_Treaties() => Loops.IsMember(_queries);

    [BenchmarkCategory("MembersOn"), Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int MembersOn_Linq()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            total += q.Treaty.Memberships.Where(p => p.Contains(q.Date)).Select(p => p.State).Distinct().OrderBy(s => s.Code, StringComparer.Ordinal).ToList().Count;
        }

        return total;
    }

    [BenchmarkCategory("MembersOn"), Benchmark(OperationsPerInvoke = N)]
    public int MembersOn_Sqlite()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            total += _sqlite.MembersOn(q.TreatyIndex, SqlitePeer.Key(q.Date));
        }

        return total;
    }

    [BenchmarkCategory("MembersOn"), Benchmark(OperationsPerInvoke = N)]
    public int MembersOn_Treaties() => Loops.MembersOn(_queries);

    [BenchmarkCategory("TreatiesOf"), Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int TreatiesOf_Linq()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            total += _catalog.Treaties.Where(t => t.Memberships.Any(p => p.State.Code == q.State && p.Contains(q.Date))).ToList().Count;
        }

        return total;
    }

    [BenchmarkCategory("TreatiesOf"), Benchmark(OperationsPerInvoke = N)]
    public int TreatiesOf_Sqlite()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            total += _sqlite.TreatiesOf(q.State, SqlitePeer.Key(q.Date));
        }

        return total;
    }

    [BenchmarkCategory("TreatiesOf"), Benchmark(OperationsPerInvoke = N)]
    public int TreatiesOf_Treaties() => Loops.TreatiesOf(_catalog, _queries);

    [BenchmarkCategory("AreAllies"), Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int AreAllies_Linq()
    {
        int hits = 0;
        foreach (Query q in _queries)
        {
            hits += _catalog.Treaties.Any(t => t.MutualDefenceClauses.Count > 0 && t.IsInForceOn(q.Date)
                && t.Memberships.Any(p => p.State.Code == q.State && p.Contains(q.Date))
                && t.Memberships.Any(p => p.State.Code == q.Other && p.Contains(q.Date))) ? 1 : 0;
        }

        return hits;
    }

    [BenchmarkCategory("AreAllies"), Benchmark(OperationsPerInvoke = N)]
    public int AreAllies_Sqlite()
    {
        int hits = 0;
        foreach (Query q in _queries)
        {
            hits += _sqlite.AreAllies(q.State, q.Other, SqlitePeer.Key(q.Date)) ? 1 : 0;
        }

        return hits;
    }

    [BenchmarkCategory("AreAllies"), Benchmark(OperationsPerInvoke = N)]
    public int AreAllies_Treaties() => Loops.AreAllies(_catalog, _queries);

    [BenchmarkCategory("WhoMustDefend"), Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int WhoMustDefend_Linq()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            total += _catalog.Treaties
                .Where(t => t.MutualDefenceClauseOn(q.Date) is not null && t.Memberships.Any(p => p.State.Code == q.State && p.Contains(q.Date)))
                .Select(t => t.Memberships.Where(p => p.Contains(q.Date) && p.State.Code != q.State).Select(p => p.State).ToList())
                .ToList().Count;
        }

        return total;
    }

    [BenchmarkCategory("WhoMustDefend"), Benchmark(OperationsPerInvoke = N)]
    public int WhoMustDefend_Treaties() => Loops.WhoMustDefend(_catalog, _queries);

    [BenchmarkCategory("WhoMustDefendAtPlace"), Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int WhoMustDefendAtPlace_Linq()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            Place place = _places[i];
            LocalDate date = _queries[i].Date;
            string state = place.HolderOn(date).Code;
            total += _catalog.Treaties
                .Where(t => t.MutualDefenceClauseOn(date) is MutualDefenceClause c && c.Covers(place, date) && t.Memberships.Any(p => p.State.Code == state && p.Contains(date)))
                .Select(t => t.Memberships.Where(p => p.Contains(date) && p.State.Code != state).Select(p => p.State).ToList())
                .ToList().Count;
        }

        return total;
    }

    [BenchmarkCategory("WhoMustDefendAtPlace"), Benchmark(OperationsPerInvoke = N)]
    public int WhoMustDefendAtPlace_Treaties()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            Place place = _places[i];
            LocalDate date = _queries[i].Date;
            total += _catalog.WhoMustDefend(place.HolderOn(date), date, place).Count;
        }

        return total;
    }

    [BenchmarkCategory("RelationshipOn"), Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int RelationshipOn_Linq()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            total += _catalog.Treaties.Count(t =>
                t.Memberships.Any(p => p.State.Code == q.State && p.Contains(q.Date)) && t.Memberships.Any(p => p.State.Code == q.Other && p.Contains(q.Date)));
        }

        return total;
    }

    [BenchmarkCategory("RelationshipOn"), Benchmark(OperationsPerInvoke = N)]
    public int RelationshipOn_Treaties() => Loops.RelationshipOn(_catalog, _queries);

    [BenchmarkCategory("HistoryOf"), Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int HistoryOf_Linq()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            total += _catalog.Treaties.SelectMany(t => t.Memberships.Where(p => p.State.Code == q.State)).OrderBy(p => p.Start).ToList().Count;
        }

        return total;
    }

    [BenchmarkCategory("HistoryOf"), Benchmark(OperationsPerInvoke = N)]
    public int HistoryOf_Treaties()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            total += _catalog.HistoryOf(q.State).Count;
        }

        return total;
    }

    [BenchmarkCategory("ChangesBetween"), Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int ChangesBetween_Linq()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            LocalDate last = q.Date.PlusYears(5);
            total += q.Treaty.Memberships
                .Where(p => (p.Start >= q.Date && p.Start <= last) || (p.End is LocalDate e && e >= q.Date && e <= last))
                .OrderBy(p => p.Start).ToList().Count;
        }

        return total;
    }

    [BenchmarkCategory("ChangesBetween"), Benchmark(OperationsPerInvoke = N)]
    public int ChangesBetween_Treaties() => Loops.ChangesBetween(_queries);
}
