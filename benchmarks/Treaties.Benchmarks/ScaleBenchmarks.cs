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
        _sameTreaty = Queries.InFirstTreaty(_catalog, _queries);
        _sqlite = new SqlitePeer(_catalog);
    }

    /// <summary>
    /// Sets up, then runs the batch once, so that the cached answers the lookups build on first use exist before
    /// BenchmarkDotNet starts timing.
    /// </summary>
    /// <remarks>
    /// Without this, a first call that takes seconds (building a million-period catalog's defence answers) makes
    /// BenchmarkDotNet time one call per iteration, each right after its forced full collection of a heap of gigabytes:
    /// a cold pass, not the steady state the other scales show. What the first use costs is recorded in docs/benchmarks.md.
    /// </remarks>
    [GlobalSetup(Targets = [nameof(MembersOn), nameof(MembersOn_SameTreaty), nameof(AreAllies), nameof(TreatiesOf), nameof(RelationshipOn)])]
    public void SetupWarm()
    {
        Setup();
        _ = Loops.MembersOn(_queries) + Loops.MembersOn(_sameTreaty) + Loops.AreAllies(_catalog, _queries)
            + Loops.TreatiesOf(_catalog, _queries) + Loops.RelationshipOn(_catalog, _queries);
    }

    /// <summary>As <see cref="SetupWarm"/>, for the one lookup whose first use at a million periods takes tens of seconds.</summary>
    [GlobalSetup(Target = nameof(WhoMustDefend))]
    public void SetupWarmDefence()
    {
        Setup();
        _ = Loops.WhoMustDefend(_catalog, _queries);
    }

    [GlobalCleanup]
    public void Cleanup() => _sqlite.Dispose();

    [BenchmarkCategory("IsMember"), Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int IsMember_Linq() => Loops.IsMemberLinq(_queries);

    [BenchmarkCategory("IsMember"), Benchmark(OperationsPerInvoke = N)]
    public int IsMember_Sqlite() => Loops.IsMemberSqlite(_sqlite, _queries);

    [BenchmarkCategory("IsMember"), Benchmark(OperationsPerInvoke = N)]
    public int IsMember_Treaties() => Loops.IsMember(_queries);

    /// <summary>The same lookups, all into one treaty: what IsMember costs when its index stays in cache.</summary>
    [BenchmarkCategory("IsMember"), Benchmark(OperationsPerInvoke = N)]
    public int IsMember_SameTreaty() => Loops.IsMember(_sameTreaty);

    [BenchmarkCategory("MembersOn"), Benchmark(OperationsPerInvoke = N)]
    public int MembersOn() => Loops.MembersOn(_queries);

    /// <summary>The same dates, all in one treaty: what MembersOn costs when its index stays in cache.</summary>
    [BenchmarkCategory("MembersOn"), Benchmark(OperationsPerInvoke = N)]
    public int MembersOn_SameTreaty() => Loops.MembersOn(_sameTreaty);

    [BenchmarkCategory("AreAllies"), Benchmark(OperationsPerInvoke = N)]
    public int AreAllies() => Loops.AreAllies(_catalog, _queries);

    [BenchmarkCategory("TreatiesOf"), Benchmark(OperationsPerInvoke = N)]
    public int TreatiesOf() => Loops.TreatiesOf(_catalog, _queries);

    [BenchmarkCategory("WhoMustDefend"), Benchmark(OperationsPerInvoke = N)]
    public int WhoMustDefend() => Loops.WhoMustDefend(_catalog, _queries);

    [BenchmarkCategory("RelationshipOn"), Benchmark(OperationsPerInvoke = N)]
    public int RelationshipOn() => Loops.RelationshipOn(_catalog, _queries);

    [BenchmarkCategory("ChangesBetween"), Benchmark(OperationsPerInvoke = N)]
    public int ChangesBetween() => Loops.ChangesBetween(_queries);
}
