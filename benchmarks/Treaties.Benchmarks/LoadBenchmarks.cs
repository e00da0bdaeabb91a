using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Treaties.Benchmarks;

/// <summary>
/// Loading the bundled data: from its JSON in a stream, as a user's own document is loaded, with every check; and as
/// TreatyCatalog.Default does on first use, from the binary snapshot the build wrote. Parsing the JSON's bytes into a
/// JsonDocument is the floor any JSON-based loader stands on.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private byte[] _bytes = null!;

    [GlobalSetup]
    public void Setup() => _bytes = Queries.BundledBytes();

    [Benchmark(Baseline = true)]
    public int JsonDocument_Parse()
    {
        using JsonDocument document = JsonDocument.Parse(_bytes);
        return document.RootElement.GetProperty("states").GetArrayLength();
    }

    [Benchmark]
    public int Load_FromStream() => TreatyCatalog.Load(new MemoryStream(_bytes, writable: false)).States.Count;

    [Benchmark]
    public int Default_FirstUse() => TreatyCatalog.LoadBundled().States.Count;
}
