using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace TreatyWeb.Site;

/// <summary>
/// The vendored world map (<c>wwwroot/map/world.json</c>, made by <c>map-tools/make-map.mjs</c>, built into the
/// assembly): today's countries, dots for states too small to click, and the states that no longer exist, each in its
/// own borders.
/// </summary>
public sealed class WorldMap
{
    private WorldMap(IReadOnlyList<Country> countries, IReadOnlyList<Dot> dots, IReadOnlyList<Former> formers)
    {
        Countries = countries;
        Dots = dots;
        Formers = formers;
    }

    /// <summary>Gets the countries of today's map.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>Gets the dots for states too small to click.</summary>
    public IReadOnlyList<Dot> Dots { get; }

    /// <summary>Gets the shapes of states that no longer exist, drawn instead of today's shapes on the days they existed.</summary>
    public IReadOnlyList<Former> Formers { get; }

    /// <summary>Reads the map built into the assembly.</summary>
    /// <returns>The map.</returns>
    public static WorldMap Load()
    {
        using Stream stream = typeof(WorldMap).Assembly.GetManifestResourceStream("TreatyWeb.world.json")
            ?? throw new InvalidOperationException("The map is not built into the assembly.");
        using JsonDocument world = JsonDocument.Parse(stream);
        JsonElement root = world.RootElement;
        return new WorldMap(
            [.. root.GetProperty("countries").EnumerateArray().Select(c => new Country(Text(c, "code"), Text(c, "name"), Text(c, "d")))],
            [.. root.GetProperty("dots").EnumerateArray().Select(c => new Dot(Text(c, "code"), Text(c, "name"), c.GetProperty("x").GetDouble(), c.GetProperty("y").GetDouble()))],
            [.. root.GetProperty("formers").EnumerateArray().Select(c => new Former(
                Text(c, "code"), Text(c, "name"), Text(c, "state"), Text(c, "while"), [.. c.GetProperty("over").EnumerateArray().Select(o => o.GetString()!)], Text(c, "d")))]);
    }

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;

    /// <summary>A country of today's map.</summary>
    /// <param name="Code">Its code.</param>
    /// <param name="Name">Natural Earth's short name.</param>
    /// <param name="D">Its SVG path.</param>
    public sealed record Country(string Code, string Name, string D);

    /// <summary>A dot for a state too small to click.</summary>
    /// <param name="Code">Its code.</param>
    /// <param name="Name">Natural Earth's short name.</param>
    /// <param name="X">Where it is across.</param>
    /// <param name="Y">Where it is down.</param>
    public sealed record Dot(string Code, string Name, double X, double Y);

    /// <summary>
    /// The land of a state that no longer exists, or a part of today's country while it was divided: the Soviet Union over
    /// its fifteen successors, East and West Germany over Germany.
    /// </summary>
    /// <param name="Code">The shape's code on the map.</param>
    /// <param name="Name">Its short name.</param>
    /// <param name="State">The catalog's state whose treaties colour it (West Germany's is <c>DEU</c>).</param>
    /// <param name="While">The catalog's state during whose existence the shape is drawn.</param>
    /// <param name="Over">Today's shapes it is drawn instead of.</param>
    /// <param name="D">Its SVG path.</param>
    public sealed record Former(string Code, string Name, string State, string While, IReadOnlyList<string> Over, string D);
}
