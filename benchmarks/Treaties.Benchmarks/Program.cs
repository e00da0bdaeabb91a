using System;
using System.Diagnostics;
using BenchmarkDotNet.Running;

namespace Treaties.Benchmarks;

/// <summary>
/// The one entry point: BenchmarkDotNet arguments, such as <c>--filter *BundledBenchmarks*</c>; or <c>check</c>, which
/// runs every peer once on every scale and prints their answers side by side, so that a faster peer cannot be a wrong one;
/// or <c>panel-check</c>, which builds the dyad-year panel with every peer of <see cref="PanelBenchmarks"/> and exits
/// non-zero unless their rows and written files agree (<see cref="PanelCheck"/>); or <c>duckdb-panel in.csv out.csv</c>,
/// DuckDB's whole panel as a process of its own, to time beside <c>treaty-query panel</c>; or <c>profile</c>, which <c>benchmarks/cache-profile.sh</c> runs under valgrind (<see cref="CacheProfile"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["check", ..])
        {
            Check();
            return;
        }

        if (args is ["panel-check", ..])
        {
            Environment.ExitCode = PanelCheck.Run();
            return;
        }

        if (args is ["duckdb-panel", string csv, string output])
        {
            // The DuckDB app a user might write instead of `treaty-query panel --atop csv --out output.csv`, for timing
            // the two as whole processes.
            using var duckDb = new DuckDbPanel(csv, PanelBenchmarks.FromYear, PanelBenchmarks.ToYear);
            Console.Error.WriteLine($"wrote {duckDb.CopyTo(output, "csv")} rows to {output}");
            return;
        }

        if (args is ["memory", ..])
        {
            Memory();
            return;
        }

        if (args is ["profile", ..])
        {
            CacheProfile.Run(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>
    /// What the built million-period catalog holds: the managed heap after a full collection, with the catalog and
    /// without it, before any query and after the benchmark batch has filled the answers it keeps.
    /// </summary>
    private static void Memory()
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        TreatyCatalog catalog = Scale.Catalog("1000x250x1M");
        long built = GC.GetTotalMemory(forceFullCollection: true);
        Query[] queries = Queries.Draw(catalog, seed: 7);
        long batch = GC.GetTotalMemory(forceFullCollection: true);
        _ = Loops.IsMember(queries) + Loops.MembersOn(queries) + Loops.AreAllies(catalog, queries) + Loops.WhoMustDefend(catalog, queries);
        long warm = GC.GetTotalMemory(forceFullCollection: true);
        const double MiB = 1024 * 1024;
        Console.WriteLine($"1000x250x1M built: {(built - before) / MiB:F1} MiB; after the benchmark batch: {(warm - batch + built - before) / MiB:F1} MiB");
        GC.KeepAlive(catalog);
        GC.KeepAlive(queries);
    }

    private static void Check()
    {
        var bundled = new BundledBenchmarks();
        bundled.Setup();
        Console.WriteLine($"bundled IsMember linq/sqlite/treaties: {bundled.IsMember_Linq()} {bundled.IsMember_Sqlite()} {bundled.IsMember_Treaties()}");
        Console.WriteLine($"bundled MembersOn: {bundled.MembersOn_Linq()} {bundled.MembersOn_Sqlite()} {bundled.MembersOn_Treaties()}");
        Console.WriteLine($"bundled TreatiesOf: {bundled.TreatiesOf_Linq()} {bundled.TreatiesOf_Sqlite()} {bundled.TreatiesOf_Treaties()}");
        Console.WriteLine($"bundled AreAllies: {bundled.AreAllies_Linq()} {bundled.AreAllies_Sqlite()} {bundled.AreAllies_Treaties()}");
        Console.WriteLine($"bundled WhoMustDefend: {bundled.WhoMustDefend_Linq()} {bundled.WhoMustDefend_Treaties()}");
        Console.WriteLine($"bundled WhoMustDefendAtPlace: {bundled.WhoMustDefendAtPlace_Linq()} {bundled.WhoMustDefendAtPlace_Treaties()}");
        bundled.Cleanup();
        foreach (string scale in Scale.All)
        {
            var timer = Stopwatch.StartNew();
            var benchmarks = new ScaleBenchmarks { Scale = scale };
            benchmarks.Setup();
            Console.WriteLine($"{scale}: set up in {timer.Elapsed.TotalSeconds:F1} s; IsMember linq/sqlite/treaties {benchmarks.IsMember_Linq()} {benchmarks.IsMember_Sqlite()} {benchmarks.IsMember_Treaties()}; AreAllies {benchmarks.AreAllies()}; MembersOn {benchmarks.MembersOn()}");
            benchmarks.Cleanup();
        }
    }
}
