using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Treaties.Datasets;

namespace Treaties.Benchmarks;

/// <summary>
/// <c>panel-check</c>: builds the synthetic file's panel with Treaties, DuckDB and LINQ, compares their row sets
/// (<c>ccode1,ccode2,year,alliance,defense,offense,neutral,nonagg,consul</c>; the treaty ids of Treaties' rows are left
/// out) and the Parquet and CSV files each writes, and prints the counts and the first differences.
/// </summary>
public static class PanelCheck
{
    private const int Shown = 10;

    /// <returns>0 when every peer agrees on every file, 1 otherwise.</returns>
    public static int Run()
    {
        int result = 0;
        foreach (string file in PanelBenchmarks.Files())
        {
            Console.WriteLine($"== {file}");
            result |= Run(file);
        }

        return result;
    }

    private static int Run(string file)
    {
        var benchmarks = new PanelBenchmarks { File = file };
        benchmarks.Setup();
        try
        {
            Describe(benchmarks);
            string[] treaties = Lines(benchmarks.TreatiesRows());
            string[] duckDb = Lines(benchmarks.DuckDb.Rows());
            string[] linq = Lines(benchmarks.LinqRows());
            Console.WriteLine($"rows: Treaties {treaties.Length:N0}, DuckDB {duckDb.Length:N0}, LINQ {linq.Length:N0}");
            bool same = Same("Treaties", treaties, "DuckDB", duckDb) & Same("Treaties", treaties, "LINQ", linq);
            same &= Ordered("Treaties", treaties) & Ordered("DuckDB", duckDb);
            same &= SameFiles(benchmarks, "parquet") & SameFiles(benchmarks, "csv");
            Console.WriteLine($"benchmark results: Rows {benchmarks.Rows_DuckDb()}/{benchmarks.Rows_Treaties()}/{benchmarks.Rows_Linq()}, " +
                $"Parquet {benchmarks.Parquet_DuckDb()}/{benchmarks.Parquet_Treaties().GetAwaiter().GetResult()}/{benchmarks.Parquet_TreatiesFromFile().GetAwaiter().GetResult()}/{benchmarks.Parquet_Linq().GetAwaiter().GetResult()}, " +
                $"Csv {benchmarks.Csv_DuckDb()}/{benchmarks.Csv_Treaties()}/{benchmarks.Csv_Linq()}");
            Console.WriteLine(same ? "panel-check: the three peers agree" : "panel-check: DIFFERENCES");
            return same ? 0 : 1;
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    private static void Describe(PanelBenchmarks benchmarks)
    {
        string[] lines = [.. File.ReadLines(benchmarks.CsvPath)];
        string[] header = lines[0].Split(',');
        string[][] rows = [.. lines.Skip(1).Select(l => l.Split(','))];
        int at(string column) => Array.IndexOf(header, column);
        static bool Missing(string cell) => cell is "" or "0";
        int alliances = rows.Select(r => r[at("atopid")]).Distinct().Count();
        int multiPhase = rows.GroupBy(r => r[at("atopid")]).Count(g => g.Select(r => r[at("phase")]).Distinct().Count() > 1);
        int parallel = benchmarks.Catalog.Treaties.Count(t => t.Id.Count(c => c == '-') == 2);
        int[] entryYears = [.. rows.Select(r => int.Parse(r[at("yrent")], System.Globalization.CultureInfo.InvariantCulture))];
        Console.WriteLine($"{benchmarks.File}: {rows.Length:N0} rows, {alliances} alliances ({multiPhase} with several phases), " +
            $"{rows.Select(r => r[at("member")]).Distinct().Count()} member codes, entries {entryYears.Min()}-{entryYears.Max()}, " +
            $"{rows.Count(r => Missing(r[at("dayent")]))} month-precise entries, {rows.Count(r => r[at("yrexit")] != "0" && Missing(r[at("dayexit")]))} month-precise exits, {rows.Count(r => r[at("yrexit")] == "0")} ongoing");
        Console.WriteLine($"loaded catalog: {benchmarks.Catalog.Treaties.Count} treaties ({parallel} of them parallel phases), " +
            $"{benchmarks.Catalog.Treaties.Sum(t => t.Memberships.Count):N0} periods");
    }

    private static string[] Lines(IEnumerable<DyadYear> rows) =>
    [
        .. rows.Select(r => string.Join(',', r.CowCode1, r.CowCode2, r.Year, 1,
            Flag(r, AllianceProvisions.Defense), Flag(r, AllianceProvisions.Offense), Flag(r, AllianceProvisions.Neutrality),
            Flag(r, AllianceProvisions.NonAggression), Flag(r, AllianceProvisions.Consultation))),
    ];

    private static int Flag(DyadYear row, AllianceProvisions provision) => (row.Provisions & provision) != 0 ? 1 : 0;

    /// <summary>Whether two peers' rows are the same multiset; prints the first rows each has that the other lacks.</summary>
    private static bool Same(string name, string[] rows, string otherName, string[] other)
    {
        string[] onlyHere = Except(rows, other);
        string[] onlyThere = Except(other, rows);
        Console.WriteLine($"{name} against {otherName}: {onlyHere.Length} rows only in {name}, {onlyThere.Length} only in {otherName}");
        foreach (string row in onlyHere.Take(Shown))
        {
            Console.WriteLine($"  only {name}: {row}");
        }

        foreach (string row in onlyThere.Take(Shown))
        {
            Console.WriteLine($"  only {otherName}: {row}");
        }

        return onlyHere.Length == 0 && onlyThere.Length == 0;
    }

    /// <summary>The rows of <paramref name="rows"/> left after taking away each of <paramref name="other"/> once.</summary>
    private static string[] Except(string[] rows, string[] other)
    {
        var counts = other.GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var left = new List<string>();
        foreach (string row in rows)
        {
            if (counts.TryGetValue(row, out int n) && n > 0)
            {
                counts[row] = n - 1;
            }
            else
            {
                left.Add(row);
            }
        }

        return [.. left];
    }

    /// <summary>Whether rows come in order of year, then ccode1, then ccode2, each dyad-year once.</summary>
    private static bool Ordered(string name, string[] rows)
    {
        static (int, int, int) Key(string row)
        {
            int[] cells = Array.ConvertAll(row.Split(',', 4)[..3], c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture));
            return (cells[2], cells[0], cells[1]);
        }

        for (int i = 1; i < rows.Length; i++)
        {
            if (Key(rows[i - 1]).CompareTo(Key(rows[i])) >= 0)
            {
                Console.WriteLine($"{name}: row {i} is out of order or repeated: {rows[i - 1]} then {rows[i]}");
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the files Treaties and LINQ write hold the rows of the one DuckDB writes, read back by DuckDB.</summary>
    private static bool SameFiles(PanelBenchmarks benchmarks, string format)
    {
        string treaties = benchmarks.OutputPath + ".treaties." + format;
        string linq = benchmarks.OutputPath + ".linq." + format;
        try
        {
            WriteFile(treaties, format, benchmarks.TreatiesRows());
            WriteFile(linq, format, benchmarks.LinqRows());
            long written = benchmarks.DuckDb.CopyTo(benchmarks.OutputPath, format);
            string reader = format == "csv" ? "read_csv" : "read_parquet";
            string Read(string path) => $"SELECT * FROM {reader}({DuckDbPanel.Literal(path)})";
            long Differ(string a, string b) => benchmarks.DuckDb.Scalar($"SELECT count(*) FROM (({Read(a)}) EXCEPT ALL ({Read(b)}))");
            long[] differences =
            [
                Differ(benchmarks.OutputPath, treaties), Differ(treaties, benchmarks.OutputPath),
                Differ(benchmarks.OutputPath, linq), Differ(linq, benchmarks.OutputPath),
            ];
            Console.WriteLine($"{format} files: DuckDB wrote {written:N0} rows; rows differing from Treaties' file {differences[0]}/{differences[1]}, from LINQ's {differences[2]}/{differences[3]}");
            return differences.All(d => d == 0);
        }
        finally
        {
            File.Delete(treaties);
            File.Delete(linq);
        }
    }

    private static void WriteFile(string path, string format, IEnumerable<DyadYear> rows)
    {
        using FileStream file = File.Create(path);
        _ = format == "csv"
            ? PanelWriter.WriteCsv(rows, file, PanelColumns.Atop)
            : PanelWriter.WriteParquetAsync(rows, file, PanelColumns.Atop).GetAwaiter().GetResult();
    }
}
