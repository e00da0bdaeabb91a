using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Treaties.Benchmarks;

/// <summary>IsMember against the LINQ query a user would otherwise write over the public Memberships list.</summary>
[MemoryDiagnoser]
public class IsMemberBenchmarks
{
    private static readonly LocalDate Day = new(2023, 4, 4);
    private Treaty _treaty = null!;

    [GlobalSetup]
    public void Setup()
    {
        var builder = new TreatyCatalogBuilder()
            .AddState(new MemberState("FIN", "Finland"))
            .AddState(new MemberState("USA", "United States of America"));
        _treaty = builder
            .AddTreaty("NATO", "North Atlantic Treaty", new LocalDate(1949, 4, 4), new LocalDate(1949, 8, 24), t => t
                .AddMember("USA", new LocalDate(1949, 8, 24))
                .AddMember("FIN", new LocalDate(2023, 4, 4)))
            .Build()
            .GetTreaty("NATO");
    }

    [Benchmark(Baseline = true)]
    public bool Linq() => _treaty.Memberships.Any(p => p.State.Code == "FIN" && p.Contains(Day));

    [Benchmark]
    public bool IsMember() => _treaty.IsMember("FIN", Day);
}
