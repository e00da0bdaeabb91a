using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace Treaties.Tests.Serialization;

/// <summary>The JSON Schema for editors agrees with the loader: the bundled data passes it, and so does what Save writes.</summary>
public class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(Repository.Root, "docs", "treaties.schema.json"));

    [Fact]
    public void BundledData_IsValidAgainstTheSchema() =>
        AssertValid(File.ReadAllText(Path.Combine(Repository.Root, "src", "Treaties", "Data", "treaties.json")));

    [Fact]
    public void SavedCatalog_IsValidAgainstTheSchema() => AssertValid(TestCatalogs.Small().ToJson());

    [Fact]
    public void Schema_RejectsAnUnknownField()
    {
        EvaluationResults result = Schema.Evaluate(JsonNode.Parse("""{ "formatVersion": 1, "states": [], "treaties": [], "colour": 1 }"""));
        Assert.False(result.IsValid);
    }

    private static void AssertValid(string json)
    {
        EvaluationResults result = Schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        string[] errors = [.. result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5)];
        Assert.True(result.IsValid, string.Join("\n", errors));
    }
}
