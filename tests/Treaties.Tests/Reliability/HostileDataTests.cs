using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;
using Xunit.Abstractions;

namespace Treaties.Tests.Reliability;

/// <summary>
/// Mutated documents, generated from a seed: every one ends as a valid catalog or a <see cref="TreatyDataException"/>,
/// never another exception and never a hang.
/// </summary>
public class HostileDataTests(ITestOutputHelper output)
{
    private static readonly string[] OddDates = ["0000-01-01", "9999-12-31", "2023-02-30", "2023-1-1", "", "+2023-01-01", "2023-04-04T00:00", "-0001-01-01", "10000-01-01"];
    private static readonly JsonNode?[] OddValues =
    [
        null, true, 0, -1, 2147483648L, 1e308, 0.5, "", new string('x', 70_000), new JsonArray(), new JsonObject(), "XYZ", "nato",
    ];

    [Fact]
    public void EveryMutatedDocument_LoadsOrIsRejectedAsData()
    {
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        int tried = 0;
        TimeSpan slowest = TimeSpan.Zero;
        long largestAllocation = 0;
        foreach ((string kind, byte[] document) in Corpus())
        {
            tried++;
            var timer = Stopwatch.StartNew();
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            string outcome;
            try
            {
                TreatyCatalog.Load(new MemoryStream(document));
                outcome = "loaded";
            }
            catch (TreatyDataException e) when (!string.IsNullOrWhiteSpace(e.Message))
            {
                outcome = "rejected";
            }
            catch (Exception e)
            {
                outcome = "crashed";
                if (failures.Count < 5)
                {
                    failures.Add($"{kind}: {e.GetType().Name}: {e.Message}\n{Encoding.UTF8.GetString(document)[..Math.Min(document.Length, 400)]}");
                }
            }

            slowest = timer.Elapsed > slowest ? timer.Elapsed : slowest;
            largestAllocation = Math.Max(largestAllocation, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            string key = $"{kind} {outcome}";
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
        }

        foreach ((string key, int count) in outcomes.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"hostile: {key}: {count}");
        }

        output.WriteLine($"hostile: {tried} inputs tried, slowest {slowest.TotalMilliseconds:F1} ms, most allocated by one load {largestAllocation / 1024.0 / 1024.0:F1} MiB");
        Assert.Empty(failures);
        Assert.True(largestAllocation < 64L * 1024 * 1024, $"one load allocated {largestAllocation} bytes");
    }

    private static IEnumerable<(string Kind, byte[] Document)> Corpus()
    {
        var random = new Random(20221913);
        byte[] small = Encoding.UTF8.GetBytes(TestCatalogs.Small().ToJson());
        byte[] bundled = Encoding.UTF8.GetBytes(TreatyCatalog.Default.ToJson());

        foreach (byte[] document in new[] { small, bundled })
        {
            int step = Math.Max(1, document.Length / (document == small ? 1500 : 150));
            for (int cut = 0; cut < document.Length; cut += step)
            {
                yield return ("truncated", document[..cut]);
            }

            for (int i = 0; i < (document == small ? 3000 : 300); i++)
            {
                byte[] flipped = (byte[])document.Clone();
                for (int f = random.Next(1, 4); f > 0; f--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                yield return ("byte flips", flipped);
            }
        }

        for (int i = 0; i < 5500; i++)
        {
            JsonNode root = JsonNode.Parse(small)!;
            List<(JsonNode Parent, string? Key, int Index)> slots = [];
            Collect(root, slots);
            (JsonNode parent, string? key, int index) = slots[random.Next(slots.Count)];
            string kind;
            switch (random.Next(7))
            {
                case 0:
                    kind = "type swap";
                    Set(parent, key, index, OddValues[random.Next(OddValues.Length)]?.DeepClone());
                    break;
                case 1:
                    kind = "deleted field";
                    if (parent is JsonObject deleteFrom && key is not null)
                    {
                        deleteFrom.Remove(key);
                    }
                    else if (parent is JsonArray array)
                    {
                        array.RemoveAt(index);
                    }

                    break;
                case 2:
                    kind = "unknown field";
                    (parent as JsonObject ?? root.AsObject())["unexpected" + random.Next(3)] = 1;
                    break;
                case 3:
                    kind = "odd date";
                    Set(parent, key, index, OddDates[random.Next(OddDates.Length)]);
                    break;
                case 4:
                    kind = "deep nesting";
                    JsonNode deep = new JsonArray();
                    for (int d = random.Next(20, 200); d > 0; d--)
                    {
                        deep = new JsonArray(deep);
                    }

                    Set(parent, key, index, deep);
                    break;
                case 5:
                    kind = "duplicated item";
                    if (parent is JsonArray list && index < list.Count)
                    {
                        list.Add(list[index]?.DeepClone());
                    }

                    break;
                default:
                    kind = "duplicate key";
                    string text = root.ToJsonString();
                    int brace = text.IndexOf("{\"code\"", random.Next(text.Length / 2), StringComparison.Ordinal);
                    brace = brace < 0 ? text.IndexOf("{\"code\"", StringComparison.Ordinal) : brace;
                    yield return (kind, Encoding.UTF8.GetBytes(text.Insert(brace + 1, "\"code\":\"FIN\",")));
                    continue;
            }

            yield return (kind, Encoding.UTF8.GetBytes(root.ToJsonString()));
        }

        yield return ("encoding", [0xEF, 0xBB, 0xBF, .. small]);
        yield return ("encoding", Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(small)));
        yield return ("encoding", Encoding.BigEndianUnicode.GetBytes(Encoding.UTF8.GetString(small)));
        yield return ("encoding", Encoding.UTF32.GetBytes(Encoding.UTF8.GetString(small)));
        foreach (string text in new[] { string.Empty, " ", "null", "[]", "{}", "\"x\"", "0", "{\"formatVersion\":1}", new string('[', 100_000), "{\"formatVersion\":1,\"states\":[],\"treaties\":[]}" })
        {
            yield return ("edge document", Encoding.UTF8.GetBytes(text));
        }
    }

    private static void Collect(JsonNode node, List<(JsonNode Parent, string? Key, int Index)> slots)
    {
        if (node is JsonObject obj)
        {
            foreach ((string key, JsonNode? child) in obj.ToList())
            {
                slots.Add((obj, key, -1));
                if (child is not null)
                {
                    Collect(child, slots);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                slots.Add((array, null, i));
                if (array[i] is JsonNode child)
                {
                    Collect(child, slots);
                }
            }
        }
    }

    private static void Set(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (parent is JsonObject obj && key is not null)
        {
            obj[key] = value;
        }
        else if (parent is JsonArray array && index < array.Count)
        {
            array[index] = value;
        }
    }
}
