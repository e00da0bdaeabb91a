using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Treaties.Benchmarks;

/// <summary>
/// How each lookup path grows with the catalog: from the bundled data to 1,000 treaties, 250 states and 1,000,000
/// periods. The point lookups should stay flat; the LINQ and SQLite peers of IsMember show what growth looks like.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class ScaleBenchmarks
{
    private const int N = Queries.Count;
    private TreatyCatalog _catalog = null!;
    private Query[] _queries = null!;
    private SqlitePeer _sqlite = null!;
    private Query[] _sameTreaty = null!;

    [ParamsSource(nameof(Scales))]
    public string Scale { get; set; } = Benchmarks.Scale.Bundled;

    public static string[] Scales => Benchmarks.Scale.All;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = Benchmarks.Scale.Catalog(Scale);
        _queries = Queries.Draw(_catalog, seed: 7);
        Treaty first = _catalog.Treaties[0];
        string[] firstMembers = [.. first.Memberships.Select(m => m.State.Code)];
        _sameTreaty = [.. _queries.Select((q, i) => q with { Treaty = first, TreatyIndex = 0, State = firstMembers[i % firstMembers.Length] })];
        _sqlite = new SqlitePeer(_catalog);
    }

    [GlobalCleanup]
    public void Cleanup() => _sqlite.Dispose();

    [BenchmarkCategory("IsMember"), Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int IsMember_Linq() => IsMemberLoops.Linq(_queries);

    [BenchmarkCategory("IsMember"), Benchmark(OperationsPerInvoke = N)]
    public int IsMember_Sqlite() => IsMemberLoops.Sqlite(_sqlite, _queries);

    [BenchmarkCategory("IsMember"), Benchmark(OperationsPerInvoke = N)]
    public int IsMember_Treaties() => IsMemberLoops.Treaties(_queries);

    /// <summary>The same lookups, all into one treaty: what IsMember costs when its index stays in cache.</summary>
    [BenchmarkCategory("IsMember"), Benchmark(OperationsPerInvoke = N)]
    public int IsMember_SameTreaty() => IsMemberLoops.Treaties(_sameTreaty);

    [BenchmarkCategory("MembersOn"), Benchmark(OperationsPerInvoke = N)]
    public int MembersOn()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            total += q.Treaty.MembersOn(q.Date).Count;
        }

        return total;
    }

    [BenchmarkCategory("AreAllies"), Benchmark(OperationsPerInvoke = N)]
    public int AreAllies()
    {
        int hits = 0;
        foreach (Query q in _queries)
        {
            hits += _catalog.AreAllies(q.State, q.Other, q.Date) ? 1 : 0;
        }

        return hits;
    }

    [BenchmarkCategory("TreatiesOf"), Benchmark(OperationsPerInvoke = N)]
    public int TreatiesOf()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            total += _catalog.TreatiesOf(q.State, q.Date).Count;
        }

        return total;
    }

    [BenchmarkCategory("WhoMustDefend"), Benchmark(OperationsPerInvoke = N)]
    public int WhoMustDefend()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            total += _catalog.WhoMustDefend(q.State, q.Date).Count;
        }

        return total;
    }

    [BenchmarkCategory("RelationshipOn"), Benchmark(OperationsPerInvoke = N)]
    public int RelationshipOn()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            total += (int)_catalog.RelationshipOn(q.State, q.Other, q.Date).Kind;
        }

        return total;
    }

    [BenchmarkCategory("ChangesBetween"), Benchmark(OperationsPerInvoke = N)]
    public int ChangesBetween()
    {
        int total = 0;
        foreach (Query q in _queries)
        {
            total += q.Treaty.ChangesBetween(q.Date, q.Date.PlusYears(5)).Count;
        }

        return total;
    }
}
