using System.Text.Json;
using System.Text.Json.Serialization;

namespace TreatyWeb.Api;

/// <summary>
/// The API's JSON, generated at build time: camelCase names, enums as their names, no reflection (the project turns
/// reflection-based serialization off, so a type missing here fails loudly instead of slowly).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(TreatiesAnswer))]
[JsonSerializable(typeof(MembersAnswer))]
[JsonSerializable(typeof(StateTreatiesAnswer))]
[JsonSerializable(typeof(DefendersAnswer))]
[JsonSerializable(typeof(AlliesAnswer))]
[JsonSerializable(typeof(MapAnswer))]
[JsonSerializable(typeof(Site.DayDrawing))]
public sealed partial class WebJsonContext : JsonSerializerContext;
