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
/// Issue 16's performance: loading an ATOP-size member-level file (<see cref="SyntheticAtop"/>) and building its
/// undirected dyad-year panel for 1816–2018, with Treaties (<see cref="DyadYearPanel"/> and <see cref="PanelWriter"/>),
/// with DuckDB reading the same CSV (<see cref="DuckDbPanel"/>, the baseline of each panel category) and with plain LINQ
/// over the parsed rows (<see cref="LinqPanel"/>). <c>panel-check</c> shows that the three build the same panel.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PanelBenchmarks
{
    public const int Seed = 16;
    public const int FromYear = SyntheticAtop.FirstYear;
    public const int ToYear = SyntheticAtop.LastYear;

    private List<AtopRow> _rows = null!;
    private DuckDbPanel _duckDb = null!;

    public string CsvPath { get; private set; } = null!;

    public TreatyCatalog Catalog { get; private set; } = null!;

    /// <summary>Where DuckDB's <c>COPY</c> writes; the other peers write to memory.</summary>
    public string OutputPath { get; private set; } = null!;

    public DuckDbPanel DuckDb => _duckDb;

    [GlobalSetup]
    public void Setup()
    {
        CsvPath = SyntheticAtop.WriteTempFile(Seed);
        OutputPath = Path.ChangeExtension(CsvPath, ".out");
        Catalog = Load_Treaties();
        using (FileStream file = File.OpenRead(CsvPath))
        {
            _rows = AtopReader.Read(file);
        }

        _duckDb = new DuckDbPanel(CsvPath, FromYear, ToYear);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _duckDb.Dispose();
        File.Delete(CsvPath);
        File.Delete(OutputPath);
    }

    /// <summary>The floor: reading and checking the rows, without making the catalog.</summary>
    [BenchmarkCategory("Load"), Benchmark(Baseline = true)]
    public int Load_ReadRowsOnly()
    {
        using FileStream file = File.OpenRead(CsvPath);
        return AtopReader.Read(file).Count;
    }

    [BenchmarkCategory("Load"), Benchmark]
    public TreatyCatalog Load_Treaties()
    {
        using FileStream file = File.OpenRead(CsvPath);
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
        return PanelWriter.WriteParquetAsync(DyadYearPanel.Rows(FromYear, ToYear, directed: false, catalog), new MemoryStream(), PanelColumns.Atop);
    }

    [BenchmarkCategory("Parquet"), Benchmark]
    public Task<long> Parquet_Linq() => PanelWriter.WriteParquetAsync(LinqRows(), new MemoryStream(), PanelColumns.Atop);

    [BenchmarkCategory("Csv"), Benchmark(Baseline = true)]
    public long Csv_DuckDb() => _duckDb.CopyTo(OutputPath, "csv");

    [BenchmarkCategory("Csv"), Benchmark]
    public long Csv_Treaties() => PanelWriter.WriteCsv(TreatiesRows(), new MemoryStream(), PanelColumns.Atop);

    [BenchmarkCategory("Csv"), Benchmark]
    public long Csv_Linq() => PanelWriter.WriteCsv(LinqRows(), new MemoryStream(), PanelColumns.Atop);

    public IEnumerable<DyadYear> TreatiesRows() => DyadYearPanel.Rows(FromYear, ToYear, directed: false, Catalog);

    public IEnumerable<DyadYear> LinqRows() => LinqPanel.Rows(_rows, FromYear, ToYear);
}
