using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using NodaTime;
using Treaties;
using TreatyWeb.Api;

namespace TreatyWeb.Site;

/// <summary>How one shape of the map is drawn on a day.</summary>
/// <param name="Code">The shape's code in the vendored map.</param>
/// <param name="Fill">A colour or a pattern (<c>url(#p-…)</c>); null when the shape is in no treaty.</param>
/// <param name="State">The catalog's state whose treaties the shape shows, or null.</param>
/// <param name="Treaties">The ids of those treaties, the one whose colour comes first.</param>
/// <param name="Label">What a screen reader says for the shape.</param>
/// <param name="Changed">Whether the shape's land was more than one state that day, so no treaty colours it.</param>
/// <param name="Held">Whether the shape is a dependency drawn in the colours of the state that holds it.</param>
/// <param name="Hidden">Whether the shape is not drawn that day: today's country while a former state held its land, or a former state's shape on other days.</param>
public sealed record ShapeDrawing(string Code, string? Fill, string? State, IReadOnlyList<string> Treaties, string Label, bool Changed, bool Held, bool Hidden = false);

/// <summary>The map of a day as the page draws it: the shapes, the patterns they use, the legend and the caption.</summary>
/// <param name="Date">The day, yyyy-MM-dd.</param>
/// <param name="Title">The map's title.</param>
/// <param name="Caption">The sentence under the map.</param>
/// <param name="Defs">The SVG patterns the fills and the legend refer to.</param>
/// <param name="Legend">The legend's list items, as HTML.</param>
/// <param name="Shapes">Every shape of the map.</param>
public sealed record DayDrawing(string Date, string Title, string Caption, string Defs, string Legend, IReadOnlyList<ShapeDrawing> Shapes);

/// <summary>
/// Draws the map of a day from the API's map answer: one drawing for the page's first response (so it works without
/// scripts) and for the script, which asks for it when the day changes. A multilateral treaty has a colour (Paul Tol's
/// colour-blind-safe "muted" scheme, then his "light" one and Okabe and Ito's); each bilateral treaty has its own
/// hatch, an ink and an angle; a state in several treaties is striped in the colours of the first two. A state that no
/// longer exists is drawn in its own borders where the map has them (the Soviet Union, Czechoslovakia, Yugoslavia,
/// Serbia and Montenegro, and Germany divided), instead of today's shapes; a shape whose land was more than one state
/// that day and that has no such borders (Yemen before 1990) is hatched grey and coloured by no treaty.
/// </summary>
public sealed class MapDrawing
{
    /// <summary>The order in which a state in several multilateral treaties takes its colour: a regional pact before the wider one.</summary>
    private static readonly string[] Priority =
    [
        "NATO", "WARSAW", "CSTO", "ANZUS", "SEATO", "CENTO", "RIO", "RSS", "GCC", "AES", "ECOWAS", "ECCAS", "SADC", "ICGLR", "ARAB-LEAGUE",
        "AMU", "AU-PACT", "WEU", "EU",
    ];

    private static readonly Dictionary<string, string> Colours = new(StringComparer.Ordinal)
    {
        ["NATO"] = "#332288", ["WARSAW"] = "#882255", ["CSTO"] = "#CC6677", ["SEATO"] = "#44AA99", ["CENTO"] = "#AA4499",
        ["ANZUS"] = "#999933", ["RIO"] = "#117733", ["ARAB-LEAGUE"] = "#DDCC77", ["WEU"] = "#6699CC", ["EU"] = "#88CCEE",
        ["AES"] = "#661100", ["GCC"] = "#BBCC33", ["ECOWAS"] = "#EE8866", ["ECCAS"] = "#E69F00", ["SADC"] = "#FFAABB", ["ICGLR"] = "#009E73",
        ["AU-PACT"] = "#D6C1DE", ["AMU"] = "#56B4E9", ["RSS"] = "#CC79A7",
    };

    /// <summary>Colours for multilateral treaties without one of their own, given in the catalog's order.</summary>
    private static readonly string[] Spare = ["#77AADD", "#EEDD88", "#AAAA00", "#99DDFF", "#44BB99", "#BBBBBB"];

    /// <summary>The inks and angles of the bilateral hatches: eight inks at four angles, given in the catalog's order.</summary>
    private static readonly string[] Inks = ["#222222", "#8C2D04", "#08519C", "#006D2C", "#6A51A3", "#B30000", "#7A5C00", "#00676B"];

    private static readonly int[] Angles = [45, 135, 0, 90];

    private const string HatchGround = "#E8E0D0";

    /// <summary>
    /// Dependencies that Natural Earth draws apart from the state that has held them since 1947: drawn lighter, in that
    /// state's colours. (Hong Kong and Macau changed hands within the map's years and stay uncoloured.)
    /// </summary>
    private static readonly Dictionary<string, string> HeldBy = new(StringComparer.Ordinal)
    {
        ["GRL"] = "DNK", ["FRO"] = "DNK", ["ALA"] = "FIN", ["ABW"] = "NLD", ["CUW"] = "NLD", ["SXM"] = "NLD",
        ["PRI"] = "USA", ["GUM"] = "USA", ["VIR"] = "USA", ["ASM"] = "USA", ["MNP"] = "USA",
        ["NCL"] = "FRA", ["PYF"] = "FRA", ["SPM"] = "FRA", ["WLF"] = "FRA", ["BLM"] = "FRA", ["MAF"] = "FRA", ["ATF"] = "FRA",
        ["FLK"] = "GBR", ["BMU"] = "GBR", ["CYM"] = "GBR", ["TCA"] = "GBR", ["VGB"] = "GBR", ["AIA"] = "GBR", ["MSR"] = "GBR",
        ["SHN"] = "GBR", ["PCN"] = "GBR", ["SGS"] = "GBR", ["IOT"] = "GBR", ["GGY"] = "GBR", ["JEY"] = "GBR", ["IMN"] = "GBR",
        ["NFK"] = "AUS", ["HMD"] = "AUS",
    };

    private readonly CatalogAnswers _answers;
    private readonly Dictionary<string, string> _multilateralColour = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Ink, int Angle)> _hatch = new(StringComparer.Ordinal);

    /// <summary>Reads the vendored map built into the assembly.</summary>
    /// <param name="answers">The answers the map is drawn from.</param>
    public MapDrawing(CatalogAnswers answers)
    {
        _answers = answers;
        World = WorldMap.Load();
        int spare = 0, bilateral = 0;
        foreach (Treaty treaty in answers.Catalog.Treaties)
        {
            if (!answers.IsMultilateral(treaty))
            {
                _hatch[treaty.Id] = (Inks[bilateral % Inks.Length], Angles[bilateral / Inks.Length % Angles.Length]);
                bilateral++;
            }
            else
            {
                _multilateralColour[treaty.Id] = Colours.TryGetValue(treaty.Id, out string? colour) ? colour : Spare[spare++ % Spare.Length];
            }
        }
    }

    /// <summary>Gets the vendored map the drawings colour.</summary>
    public WorldMap World { get; }

    /// <summary>Draws the map of a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The drawing.</returns>
    public DayDrawing Draw(LocalDate day)
    {
        MapAnswer answer = _answers.Map(day);
        MapTreaty[] treaties = [.. answer.Treaties.OrderBy(Rank)];
        var order = treaties.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var byId = treaties.ToDictionary(t => t.Id, StringComparer.Ordinal);

        // A former state drawn in its own borders that day hides today's shapes of its land.
        WorldMap.Former[] formers = [.. World.Formers.Where(f => Existed(f.While, day))];
        var hidden = formers.SelectMany(f => f.Over).ToHashSet(StringComparer.Ordinal);
        var ownBorders = formers.Select(f => f.State).ToHashSet(StringComparer.Ordinal);
        var byState = answer.States.ToDictionary(s => s.State.Code, StringComparer.Ordinal);

        // A state's own land first; then a state that no longer exists and has no borders of its own on the map, over the
        // land of its successors not in a treaty.
        var areas = new Dictionary<string, MapState>(StringComparer.Ordinal);
        foreach (MapState state in answer.States.Where(s => s.DrawnOver.Count == 0))
        {
            areas[state.State.Code] = state;
        }

        // Land that was more than one state that day: a state of today's map and a former state that held part of it.
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (MemberState former in _answers.Catalog.States.Where(s => s.Dissolved is LocalDate end && end > day && !ownBorders.Contains(s.Code)))
        {
            changed.UnionWith(_answers.LandOf(former).Where(areas.ContainsKey));
        }

        var notDrawn = new List<string>();
        foreach (MapState state in answer.States.Where(s => s.DrawnOver.Count > 0 && !ownBorders.Contains(s.State.Code)))
        {
            string[] free = [.. state.DrawnOver.Where(code => !areas.ContainsKey(code) && !changed.Contains(code))];
            foreach (string code in free)
            {
                areas[code] = state;
            }

            if (free.Length == 0)
            {
                notDrawn.Add($"{state.State.Name} ({string.Join(", ", state.Treaties)})");
            }
        }

        var fills = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var shapes = new List<ShapeDrawing>();
        foreach ((string code, string name) in World.Countries.Select(c => (c.Code, c.Name)).Concat(World.Dots.Select(d => (d.Code, d.Name))).Distinct())
        {
            string? holder = HeldBy.GetValueOrDefault(code);
            if (hidden.Contains(code))
            {
                shapes.Add(new ShapeDrawing(code, null, null, [], name, false, false, Hidden: true));
            }
            else if (changed.Contains(code))
            {
                MapState own = areas[code];
                string others = string.Join(", ", answer.States.Where(s => s.DrawnOver.Contains(code)).Select(s => $"{s.State.Name} ({string.Join(", ", s.Treaties)})"));
                fills["changed"] = Changed();
                shapes.Add(new ShapeDrawing(code, "url(#p-changed)", own.State.Code, [], $"{name}: borders changed; that day its land was {own.State.Name} ({string.Join(", ", own.Treaties)}){(others.Length > 0 ? $" and {others}" : " and another state")}", true, false));
            }
            else
            {
                MapState? area = areas.GetValueOrDefault(code) ?? (holder is null ? null : areas.GetValueOrDefault(holder));
                string through = area is null || area.State.Code == code ? "" : holder is not null ? $" (held by {area.State.Name})" : $" (as part of {area.State.Name})";
                shapes.Add(Painted(code, name + through, area, holder is not null));
            }
        }

        foreach (WorldMap.Former former in World.Formers)
        {
            shapes.Add(formers.Contains(former)
                ? Painted(former.Code, former.Name, byState.GetValueOrDefault(former.State), false)
                : new ShapeDrawing(former.Code, null, null, [], former.Name, false, false, Hidden: true));
        }

        ShapeDrawing Painted(string code, string label, MapState? area, bool held)
        {
            if (area is null)
            {
                return new ShapeDrawing(code, null, null, [], $"{label}: in no treaty of this catalog", false, false);
            }

            string[] ids = [.. area.Treaties.OrderBy(id => order[id])];
            string fill = FillOf(ids.Select(id => byId[id]).ToArray(), fills);
            string several = ids.Length > 1 ? $"{ids.Length} treaties: " : "";
            return new ShapeDrawing(code, fill, area.State.Code, ids, $"{label}: {several}{string.Join(", ", ids)}{(area.Doubt ? ", a day unconfirmed or disputed" : "")}", false, held);
        }

        foreach (MapTreaty treaty in treaties.Where(t => !t.Multilateral))
        {
            FillOf([treaty], fills);
        }

        string date = CatalogAnswers.Iso(day);
        string caption = $"{date}: {answer.States.Count} states in {answer.Treaties.Count} treaties in force."
            + (changed.Count > 0 ? $" Hatched grey: today's borders, not that day's ({string.Join(", ", shapes.Where(s => s.Changed).Select(s => Name(s.Code)))}), so no treaty colours them." : "")
            + (notDrawn.Count > 0 ? $" Not drawn in its own borders: {string.Join("; ", notDrawn)}." : "")
            + (answer.AsOf is string asOf && string.CompareOrdinal(date, asOf) > 0 ? $" After {asOf}, the day the data was checked up to." : "");
        // The legend's swatches get copies of the patterns (s-…): the script scales the map's (p-…) as it zooms.
        string defs = string.Concat(fills.Values) + string.Concat(fills.Values.Select(Swatched));
        return new DayDrawing(date, $"World map of collective-defence treaties on {date}", caption, defs, Legend(treaties, shapes, changed.Count > 0), shapes);
    }

    private string Name(string code) => World.Countries.FirstOrDefault(c => c.Code == code)?.Name ?? code;

    /// <summary>Whether the catalog's state existed on the day: on or after its establishment, before its dissolution.</summary>
    private bool Existed(string code, LocalDate day) =>
        _answers.Catalog.TryGetState(code, out MemberState? state)
        && !(state.Established > day)
        && !(state.Dissolved <= day);

    private int Rank(MapTreaty treaty)
    {
        int i = Array.IndexOf(Priority, treaty.Id);
        return (treaty.Multilateral ? 0 : 1000) + (i < 0 ? 100 : i);
    }

    /// <summary>The fill of a shape in these treaties (the first listed first), adding the patterns it uses.</summary>
    private string FillOf(MapTreaty[] treaties, SortedDictionary<string, string> patterns)
    {
        MapTreaty first = treaties[0];
        if (treaties.Length == 1)
        {
            if (first.Multilateral)
            {
                return _multilateralColour[first.Id];
            }

            (string ink, int angle) = _hatch[first.Id];
            patterns[first.Id] = Pattern($"p-{first.Id}", 6, angle, $"<rect width=\"6\" height=\"6\" fill=\"{HatchGround}\"/><rect width=\"3\" height=\"6\" fill=\"{ink}\"/>");
            return $"url(#p-{first.Id})";
        }

        string id = $"p-{first.Id}__{treaties[1].Id}";
        patterns[id] = Pattern(id, 8, -45, $"<rect width=\"8\" height=\"8\" fill=\"{ColourOf(first)}\"/><rect width=\"3\" height=\"8\" fill=\"{ColourOf(treaties[1])}\"/>");
        return $"url(#{id})";
    }

    /// <summary>A treaty's one colour: a multilateral treaty's own, a bilateral treaty's ink.</summary>
    private string ColourOf(MapTreaty treaty) => treaty.Multilateral ? _multilateralColour[treaty.Id] : _hatch[treaty.Id].Ink;

    private static string Changed() =>
        Pattern("p-changed", 6, 45, "<rect width=\"6\" height=\"6\" fill=\"#F4F4F4\"/><rect width=\"1.5\" height=\"6\" fill=\"#8C8C8C\"/><rect width=\"6\" height=\"1.5\" fill=\"#8C8C8C\"/>");

    private static string Pattern(string id, int size, int angle, string content) =>
        $"<pattern id=\"{id}\" width=\"{size}\" height=\"{size}\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate({angle.ToString(CultureInfo.InvariantCulture)})\">{content}</pattern>";

    private string Legend(MapTreaty[] treaties, List<ShapeDrawing> shapes, bool changed)
    {
        var html = new StringBuilder();
        foreach (MapTreaty treaty in treaties)
        {
            string fill = treaty.Multilateral ? _multilateralColour[treaty.Id] : $"url(#p-{treaty.Id})";
            html.Append(CultureInfo.InvariantCulture, $"<li><button type=\"button\" aria-pressed=\"false\" data-treaty=\"{Encode(treaty.Id)}\">")
                .Append(Swatch(fill))
                .Append(CultureInfo.InvariantCulture, $"<span class=\"label\"><strong>{Encode(treaty.Id)}</strong> <span class=\"name\">{Encode(treaty.Name)}</span>")
                .Append(treaty.OrganisationDissolved is DateFact dissolved ? $"<span class=\"outlived\">; the organisation was dissolved on {dissolved.Date}, the treaty stays in force</span>" : "")
                .Append("</span>")
                .Append(CultureInfo.InvariantCulture, $"<span class=\"count\" aria-label=\"{treaty.Members} members\">{treaty.Members}</span></button></li>");
        }

        if (shapes.FirstOrDefault(s => s.Treaties.Count > 1) is ShapeDrawing several)
        {
            html.Append("<li class=\"key\">").Append(Swatch(several.Fill!))
                .Append("<span class=\"label\">Striped: in several treaties (the first two listed)</span></li>");
        }

        if (changed)
        {
            html.Append("<li class=\"key\">").Append(Swatch("url(#p-changed)"))
                .Append("<span class=\"label\">Hatched grey: borders changed (more than one state that day)</span></li>");
        }

        html.Append("<li class=\"key\">").Append(Swatch("#E6E6E6")).Append("<span class=\"label\">In no treaty of this catalog</span></li>");
        return html.ToString();
    }

    private static string Swatched(string text) => text.Replace("\"p-", "\"s-", StringComparison.Ordinal).Replace("url(#p-", "url(#s-", StringComparison.Ordinal);

    private static string Swatch(string fill) =>
        $"<svg class=\"swatch\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><rect width=\"16\" height=\"16\" fill=\"{Swatched(fill)}\"/></svg>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
