using System;
using System.IO;
using System.Linq;
using Treaties;
using Treaties.Tests;
using Xunit;

namespace TreatyQuery.Tests.Reliability;

/// <summary>
/// Random argument vectors for the query tool, drawn from its commands, options, codes, dates, languages and junk, with
/// bad data files among them: every one ends with exit code 0 or 2, and none prints a stack trace.
/// </summary>
public sealed class QueryToolFuzzTests : IDisposable
{
    private const int Vectors = 1_500;

    private static readonly string[] Commands = ["members", "status", "treaties", "defend", "allies", "history", "timeline", "panel", "compare-atop", "frobnicate", "--help", ""];
    private static readonly string[] Treaties = ["NATO", "csto", "NAVO", "ОДКБ", "AUS-PNG", "RIO", "SEATO", "ATOP-1", "", "N", "🙂"];
    private static readonly string[] States = ["ARM", "usa", "JPN", "SUN", "XKO", "PSE", "XXX", "", "A", "ARMENIA"];
    private static readonly string[] Dates = ["2022-09-13", "1949-08-24", "9999-12-31", "0001-01-01", "2022-02-30", "2022-13-01", "13-09-2022", "2022-9-13", "", "yesterday", "-0001-01-01"];
    private static readonly string[] Options = ["--json", "--sources", "--culture", "--place", "--from", "--to", "--list", "--data", "--atop", "--out", "--directed", "--curated", "--", "-x"];
    private static readonly string[] Values = ["nl", "fr", "ru", "xx", "US-HI", "GL", "1816", "2018", "-5", "99999", "", " ", "\0", "\"", "--json"];

    private readonly string _folder = Directory.CreateTempSubdirectory("treaties-fuzz-").FullName;

    [Fact]
    public void RandomArguments_EndWithCode0Or2_NeverAStackTrace()
    {
        string[] files =
        [
            Write("empty.json", ""),
            Write("junk.json", "{ not json"),
            Write("typo.json", """{ "formatVersion": 1, "states": [], "treaties": [], "typo": 1 }"""),
            Write("valid.json", TreatyCatalog.Default.ToJson()),
            Write("atop.csv", AtopFiles.Small),
            Write("bad-atop.csv", "atopid,member\n1,2\n"),
            _folder,
            Path.Combine(_folder, "missing.json"),
            Path.Combine(_folder, "out.csv"),
            Path.Combine(_folder, "out.parquet"),
        ];
        var random = new Random(17);
        int ok = 0;
        for (int i = 0; i < Vectors; i++)
        {
            string[] args = Vector(random, files);
            using var output = new StringWriter();
            using var error = new StringWriter();
            int code = QueryTool.Run(args, output, error);

            string shown = string.Join(' ', args.Select(a => $"'{a}'"));
            Assert.True(code is 0 or QueryTool.BadInput, $"Exit code {code} for {shown}: {error}");
            Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", error.ToString(), StringComparison.Ordinal);
            ok += code == 0 ? 1 : 0;
        }

        // Both outcomes are reached, so the vectors are neither all junk nor all valid.
        Assert.InRange(ok, Vectors / 20, Vectors - (Vectors / 20));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Vector(Random random, string[] files)
    {
        string command = Pick(random, Commands);
        string[] positional = command switch
        {
            "members" => [Pick(random, Treaties), Pick(random, Dates)],
            "status" => [Pick(random, Treaties), Pick(random, States), Pick(random, Dates)],
            "treaties" or "defend" => [Pick(random, States), Pick(random, Dates)],
            "allies" => [Pick(random, States), Pick(random, States), Pick(random, Dates)],
            "history" => [Pick(random, States)],
            "timeline" => [Pick(random, Treaties)],
            "compare-atop" => [Pick(random, files)],
            _ => [],
        };
        int drop = random.Next(4) == 0 ? random.Next(positional.Length + 1) : positional.Length;
        var args = new System.Collections.Generic.List<string> { command };
        args.AddRange(positional.Take(drop));
        int options = random.Next(4);
        for (int o = 0; o < options; o++)
        {
            string option = Pick(random, Options);
            args.Add(option);
            string value = option switch
            {
                "--data" or "--atop" or "--out" => Pick(random, files),
                "--from" or "--to" => random.Next(3) == 0 ? Pick(random, Values) : random.Next(1800, 2030).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--culture" or "--place" => Pick(random, Values),
                _ => string.Empty,
            };
            if (value.Length > 0 || random.Next(8) == 0)
            {
                args.Add(value);
            }
        }

        return [.. args];
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
