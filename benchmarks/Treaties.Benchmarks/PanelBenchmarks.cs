using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Treaties.Datasets;
using Treaties.Datasets.Atop;

namespace Treaties.Benchmarks;

/// <summary>
/// Loading an ATOP member-level file and building its undirected dyad-year panel for 1815–2018 by ATOP's own rules
/// (<see cref="PanelRules.Atop"/>), with Treaties (<see cref="DyadYearPanel"/> and <see cref="PanelWriter"/>), with
/// DuckDB reading the same CSV (<see cref="DuckDbPanel"/>, the baseline of each panel category) and with plain LINQ over
/// the parsed rows (<see cref="LinqPanel"/>). The file is the seeded synthetic one (<see cref="SyntheticAtop"/>), which CI
/// can build, and ATOP 5.1's real <c>atop5_1m.csv</c> where <c>TREATIES_ATOP_DIR</c> names a folder holding it.
/// <c>panel-check</c> shows that the three build the same panel from each.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PanelBenchmarks
{
    public const int Seed = 16;
    public const int FromYear = 1815;
    public const int ToYear = 2018;
    public const string Synthetic = "synthetic";
    public const string Real = "atop5_1m.csv";

    private List<AtopRow> _rows = null!;
    private int _lastYear;
    private DuckDbPanel _duckDb = null!;

    /// <summary>The file: <see cref="Synthetic"/>, or <see cref="Real"/> from the folder <c>TREATIES_ATOP_DIR</c> names.</summary>
    [ParamsSource(nameof(Files))]
    public string File { get; set; } = Synthetic;

    /// <summary>The synthetic file, and the real one where <c>TREATIES_ATOP_DIR</c> holds it.</summary>
    public static IEnumerable<string> Files() =>
        RealPath() is null ? [Synthetic] : [Synthetic, Real];

    public string CsvPath { get; private set; } = null!;

    public TreatyCatalog Catalog { get; private set; } = null!;

    /// <summary>Where DuckDB's <c>COPY</c> writes; the other peers write to memory.</summary>
    public string OutputPath { get; private set; } = null!;

    public DuckDbPanel DuckDb => _duckDb;

    [GlobalSetup]
    public void Setup()
    {
        CsvPath = File == Synthetic ? SyntheticAtop.WriteTempFile(Seed)
            : RealPath() ?? throw new InvalidOperationException($"TREATIES_ATOP_DIR holds no {Real}.");
        OutputPath = Path.Combine(Path.GetTempPath(), $"treaties-panel-{Environment.ProcessId}.out");
        Catalog = Load_Treaties();
        using (FileStream file = System.IO.File.OpenRead(CsvPath))
        {
            (_rows, _lastYear) = AtopReader.Read(file);
        }

        _duckDb = new DuckDbPanel(CsvPath, FromYear, ToYear);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _duckDb.Dispose();
        if (File == Synthetic)
        {
            System.IO.File.Delete(CsvPath);
        }

        System.IO.File.Delete(OutputPath);
    }

    /// <summary>The floor: reading and checking the rows, without making the catalog.</summary>
    [BenchmarkCategory("Load"), Benchmark(Baseline = true)]
    public int Load_ReadRowsOnly()
    {
        using FileStream file = System.IO.File.OpenRead(CsvPath);
        return AtopReader.Read(file).Rows.Count;
    }

    [BenchmarkCategory("Load"), Benchmark]
    public TreatyCatalog Load_Treaties()
    {
        using FileStream file = System.IO.File.OpenRead(CsvPath);
        return AtopDataset.Load(file);
    }

    [BenchmarkCategory("Rows"), Benchmark(Baseline = true)]
    public int Rows_DuckDb() => _duckDb.Rows().Count();

    [BenchmarkCategory("Rows"), Benchmark]
    public int Rows_Treaties() => TreatiesRows().Count();

    [BenchmarkCategory("Rows"), Benchmark]
    public int Rows_Linq() => LinqRows().Count();

    [BenchmarkCategory("Parquet"), Benchmark(Baseline = true)]
    public long Parquet_DuckDb() => _duckDb.CopyTo(OutputPath, "parquet");

    [BenchmarkCategory("Parquet"), Benchmark]
    public Task<long> Parquet_Treaties() => PanelWriter.WriteParquetAsync(TreatiesRows(), new MemoryStream(), PanelColumns.Atop);

    /// <summary>The whole way from the file, as DuckDB goes: load, build, write.</summary>
    [BenchmarkCategory("Parquet"), Benchmark]
    public Task<long> Parquet_TreatiesFromFile()
    {
        TreatyCatalog catalog = Load_Treaties();
        return PanelWriter.WriteParquetAsync(DyadYearPanel.Rows(FromYear, ToYear, directed: false, PanelRules.Atop, catalog), new MemoryStream(), PanelColumns.Atop);
    }

    [BenchmarkCategory("Parquet"), Benchmark]
    public Task<long> Parquet_Linq() => PanelWriter.WriteParquetAsync(LinqRows(), new MemoryStream(), PanelColumns.Atop);

    [BenchmarkCategory("Csv"), Benchmark(Baseline = true)]
    public long Csv_DuckDb() => _duckDb.CopyTo(OutputPath, "csv");

    [BenchmarkCategory("Csv"), Benchmark]
    public long Csv_Treaties() => PanelWriter.WriteCsv(TreatiesRows(), new MemoryStream(), PanelColumns.Atop);

    [BenchmarkCategory("Csv"), Benchmark]
    public long Csv_Linq() => PanelWriter.WriteCsv(LinqRows(), new MemoryStream(), PanelColumns.Atop);

    public IEnumerable<DyadYear> TreatiesRows() => DyadYearPanel.Rows(FromYear, ToYear, directed: false, PanelRules.Atop, Catalog);

    public IEnumerable<DyadYear> LinqRows() => LinqPanel.Rows(_rows, _lastYear, FromYear, ToYear);

    private static string? RealPath() =>
        Environment.GetEnvironmentVariable("TREATIES_ATOP_DIR") is string folder && System.IO.File.Exists(Path.Combine(folder, Real))
            ? Path.Combine(folder, Real)
            : null;
}
