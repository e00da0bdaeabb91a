using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Treaties.Tests;
using Xunit;

namespace TreatyQuery.Tests;

/// <summary>
/// The native query tool, as <c>dotnet tool install</c> puts it in place from the linux-x64 package: a native AOT
/// binary with every command. Parquet.Net is not annotated for trimming and its warnings are suppressed in that build
/// (samples/TreatyQuery/TreatyQuery.csproj), so these tests are what shows its writer works there: the binary writes
/// Parquet panels, and the managed reader reads back every cell of the CSV panel that the managed tool writes from the
/// same arguments. The other commands answer exactly as the managed tool does.
/// </summary>
public class NativeQueryToolTests
{
    [NativeToolTheory]
    [InlineData("--from", "1945", "--to", "2025")]
    [InlineData("--from", "1815", "--to", "2025", "--directed")]
    [InlineData("--from", "1900", "--to", "2025", "--unit", "state-year")]
    [InlineData("--from", "1900", "--to", "1920", "--atop", "ATOP")]
    [InlineData("--from", "1900", "--to", "1920", "--atop", "ATOP", "--unit", "state-year")]
    [InlineData("--from", "1900", "--to", "1920", "--atop", "ATOP", "--curated", "--rules", "atop")]
    public async Task Panel_ParquetFromTheNativeBinary_HoldsEveryCellOfTheManagedToolsCsv(params string[] options)
    {
        string folder = Directory.CreateTempSubdirectory("native-panel-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "atop.csv"), AtopFiles.Quirks);
            string[] arguments = ["panel", .. options.Select(o => o == "ATOP" ? Path.Combine(folder, "atop.csv") : o)];
            string parquet = Path.Combine(folder, "panel.parquet");
            string csv = Path.Combine(folder, "panel.csv");

            (int code, _, string error) = NativeTool.Run([.. arguments, "--out", parquet]);
            Assert.True(code == 0, error);
            Assert.Equal(0, QueryTool.Run([.. arguments, "--out", csv], TextWriter.Null, TextWriter.Null));

            string[] expected = File.ReadAllLines(csv);
            string[] written = await ReadAsCsvLines(parquet);
            Assert.True(expected.Length > 2, $"the panel {string.Join(' ', options)} has rows");
            Assert.Equal(expected.Length, written.Length);
            Assert.Equal(expected, written);
            Assert.Contains($"wrote {expected.Length - 1:N0} rows", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [NativeToolTheory]
    [InlineData("members", "CSTO", "2022-09-13")]
    [InlineData("defend", "USA", "2024-01-01", "--place", "US-HI", "--json")]
    [InlineData("timeline", "NATO", "--from", "2022-01-01", "--to", "2022-12-31")]
    [InlineData("history", "DEU", "--culture", "de")]
    [InlineData("compare-atop", "ATOP")]
    [InlineData("frobnicate")]
    public void Command_NativeAnswer_IsTheManagedOne(params string[] args)
    {
        string atop = Path.Combine(Path.GetTempPath(), $"atop-{Guid.NewGuid():N}.csv");
        File.WriteAllText(atop, AtopFiles.Comparison);
        try
        {
            string[] arguments = [.. args.Select(a => a == "ATOP" ? atop : a)];
            using var output = new StringWriter();
            using var error = new StringWriter();
            int code = QueryTool.Run(arguments, output, error);

            Assert.Equal((code, output.ToString(), error.ToString()), NativeTool.Run(arguments));
        }
        finally
        {
            File.Delete(atop);
        }
    }

    /// <summary>Reads a Parquet panel and writes each row as the CSV writer does: integers, then the treaty ids if any.</summary>
    private static async Task<string[]> ReadAsCsvLines(string path)
    {
        using FileStream stream = File.OpenRead(path);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        var lines = new List<string> { string.Join(',', reader.Schema.DataFields.Select(f => f.Name)) };
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            int rows = checked((int)group.RowCount);
            var columns = new List<Array>();
            foreach (Parquet.Schema.DataField field in reader.Schema.DataFields)
            {
                if (field.ClrType == typeof(int))
                {
                    int[] numbers = new int[rows];
                    await group.ReadAsync<int>(field, numbers, null, default);
                    columns.Add(numbers);
                }
                else
                {
                    string[] texts = new string[rows];
                    await group.ReadAsync(field, texts, null, default);
                    columns.Add(texts);
                }
            }

            for (int row = 0; row < rows; row++)
            {
                lines.Add(string.Join(',', columns.Select(c => Convert.ToString(c.GetValue(row), CultureInfo.InvariantCulture))));
            }
        }

        return [.. lines];
    }
}

/// <summary>
/// A test of the native query tool that <c>TREATIES_NATIVE_TOOL</c> names (.ci/run sets it to the command that
/// <c>dotnet tool install</c> installed). Without it the test is skipped, saying why; a name that is not a file fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NativeToolTheoryAttribute : TheoryAttribute
{
    public NativeToolTheoryAttribute()
    {
        if (NativeTool.Path is null)
        {
            Skip = $"Set {NativeTool.Variable} to a native treaty-query (as .ci/run does, from `dotnet tool install`) to run this test.";
        }
    }
}

/// <summary>Runs the native query tool as a process.</summary>
public static class NativeTool
{
    internal const string Variable = "TREATIES_NATIVE_TOOL";

    /// <summary>Gets the path <c>TREATIES_NATIVE_TOOL</c> names, or null if it is unset.</summary>
    public static string? Path { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : null;

    /// <summary>Runs the tool with the arguments, and returns its exit code and what it wrote to each stream.</summary>
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException($"{Variable} is not set."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
