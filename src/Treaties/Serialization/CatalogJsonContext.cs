using System.Text.Json;
using System.Text.Json.Serialization;

namespace Treaties.Serialization;

/// <summary>
/// The source-generated serializer for the data format, so that loading and saving work trimmed and ahead-of-time
/// compiled. Unknown fields are errors, so a typo cannot silently drop data.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = true,
    MaxDepth = CatalogLimits.MaxDepth,
    NumberHandling = JsonNumberHandling.Strict,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(CatalogDto))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext
{
}
