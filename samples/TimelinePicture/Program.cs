using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using ScottPlot;
using Treaties;

// The membership of every treaty over time, from the bundled data: one row per state and treaty and one bar per
// membership in the treaty's colour, shaded where participation was not full or obligations toward a party were
// suspended, with observers outlined and invocations marked. Writes an SVG and a PNG.
string folder = args.Length > 0 ? args[0] : "docs";
Directory.CreateDirectory(folder);
TreatyCatalog catalog = TreatyCatalog.Default;
LocalDate end = catalog.AsOf ?? new LocalDate(2026, 1, 1);

// Saturated colours, none close to the shades below; treaties take them in turn, and every row is labelled.
string[] hexes = ["#1f5fa6", "#b33a3a", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939", "#843c39"];
Color[] palette = [.. hexes.Select(Color.FromHex)];
var styles = new Dictionary<string, Color>();
for (int t = 0; t < catalog.Treaties.Count; t++)
{
    styles[catalog.Treaties[t].Id] = palette[t % palette.Length];
}

Color outside = Color.FromHex("#9ab8d8");
Color frozen = Color.FromHex("#9e9e9e");
Color suspended = Color.FromHex("#e0a040");

var plot = new Plot();
plot.Title($"Collective-defence treaties: membership over time (data as of {end:uuuu-MM-dd})");
var labels = new List<(double Position, string Label)>();
double row = 0;
foreach (Treaty treaty in catalog.Treaties)
{
    Color colour = styles[treaty.Id];
    IEnumerable<MemberState> states = treaty.Memberships.Select(m => m.State)
        .Concat(treaty.Observers.Select(o => o.State))
        .Distinct()
        .OrderBy(s => treaty.PeriodsOf(s).Select(p => p.Start).DefaultIfEmpty(LocalDate.MaxIsoValue).Min())
        .ThenBy(s => s.Code, StringComparer.Ordinal);
    foreach (MemberState state in states)
    {
        row--;
        labels.Add((row, $"{treaty.Id} {state.Code}"));
        foreach (MembershipPeriod period in treaty.PeriodsOf(state))
        {
            LocalDate stop = period.End ?? end;
            Bar(period.Start, stop, colour, hatched: false);
            for (int i = 0; i < period.ParticipationChanges.Count; i++)
            {
                ParticipationChange change = period.ParticipationChanges[i];
                LocalDate changeEnd = i + 1 < period.ParticipationChanges.Count ? period.ParticipationChanges[i + 1].Start : stop;
                Color? shade = change.Status switch
                {
                    ParticipationStatus.OutsideIntegratedCommand => outside,
                    ParticipationStatus.Frozen => frozen,
                    ParticipationStatus.Suspended => suspended,
                    _ => null,
                };
                if (shade is Color s)
                {
                    Bar(change.Start, changeEnd, s, hatched: change.Status != ParticipationStatus.OutsideIntegratedCommand);
                }
            }
        }

        foreach (ObligationSuspension suspension in treaty.Suspensions.Where(x => x.State.Equals(state)))
        {
            Bar(suspension.Start, suspension.End ?? end, suspended, hatched: true);
        }

        foreach (ObserverPeriod observer in treaty.Observers.Where(o => o.State.Equals(state)))
        {
            var outline = plot.Add.Rectangle(X(observer.Start), X(observer.End ?? end), row - 0.35, row + 0.35);
            outline.FillColor = colour.WithAlpha(0.15);
            outline.LineColor = colour;
            outline.LineWidth = 1.5f;
        }

        foreach (TreatyClause clause in treaty.Clauses)
        {
            foreach (Invocation invocation in clause.Invocations.Where(i => i.RequestedBy.Contains(state)))
            {
                bool defence = clause is MutualDefenceClause;
                var marker = plot.Add.Marker(X(invocation.Date), row, defence ? MarkerShape.FilledDiamond : MarkerShape.FilledTriangleDown, defence ? 11 : 8);
                marker.Color = defence ? Colors.Black : Color.FromHex("#e8a300");
            }
        }
    }

    row -= 0.6;
}

void Bar(LocalDate from, LocalDate to, Color colour, bool hatched)
{
    var bar = plot.Add.Rectangle(X(from), X(to), row - 0.35, row + 0.35);
    bar.FillColor = colour;
    bar.LineWidth = 0;
    if (hatched)
    {
        bar.FillHatch = new ScottPlot.Hatches.Striped();
        bar.FillHatchColor = Colors.White.WithAlpha(0.6);
    }
}

static double X(LocalDate date) => date.ToDateTimeUnspecified().ToOADate();

// Room below the last treaty for the legend, so that it covers no bar.
row -= 9;

plot.Axes.DateTimeTicksBottom();
plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. labels.Select(l => l.Position)], [.. labels.Select(l => l.Label)]);
plot.Axes.Left.MajorTickStyle.Length = 0;
plot.Axes.SetLimits(X(new LocalDate(1948, 1, 1)), X(end.PlusYears(1)), row - 0.5, 0.5);
plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
plot.ShowLegend(
    [
        new LegendItem { LabelText = "Member (one colour per treaty; rows are labelled treaty and state)", FillColor = styles["NATO"] },
        new LegendItem { LabelText = "Outside the integrated command", FillColor = outside },
        new LegendItem { LabelText = "Participation frozen", FillColor = frozen },
        new LegendItem { LabelText = "Participation or obligations toward a party suspended", FillColor = suspended },
        new LegendItem { LabelText = "Observer", FillColor = styles["CSTO"].WithAlpha(0.15), OutlineColor = styles["CSTO"] },
        new LegendItem { LabelText = "Mutual defence clause invoked", MarkerShape = MarkerShape.FilledDiamond, MarkerFillColor = Colors.Black, MarkerSize = 10 },
        new LegendItem { LabelText = "Consultations requested", MarkerShape = MarkerShape.FilledTriangleDown, MarkerFillColor = Color.FromHex("#e8a300"), MarkerSize = 8 },
    ],
    Alignment.LowerLeft);

int height = 140 + (int)(-row * 17);
string svg = Path.Combine(folder, "membership-timeline.svg");
string png = Path.Combine(folder, "membership-timeline.png");
plot.SaveSvg(svg, 1400, height);
plot.SavePng(png, 1400, height);
Console.WriteLine($"Wrote {svg} and {png} ({labels.Count} rows, data as of {end:uuuu-MM-dd}).");
