using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace Treaties.Tests.Data;

/// <summary>
/// docs/sources.md is made from the bundled data: the treaties it covers, every date that is unconfirmed or disputed,
/// and every source. The test fails when the document and the data part; run it with TREATIES_WRITE_DOCS=1 to write
/// the document again.
/// </summary>
public class SourcesDocumentTests
{
    private static readonly string DocumentPath = Path.Combine(Repository.Root, "docs", "sources.md");

    [Fact]
    public void SourcesDocument_IsMadeFromTheBundledData()
    {
        string expected = Render(TreatyCatalog.Default);
        if (Environment.GetEnvironmentVariable("TREATIES_WRITE_DOCS") == "1")
        {
            File.WriteAllText(DocumentPath, expected);
        }

        Assert.True(
            expected == File.ReadAllText(DocumentPath).ReplaceLineEndings("\n"),
            "docs/sources.md differs from the bundled data; run the tests with TREATIES_WRITE_DOCS=1 to write it again.");
    }

    [Fact]
    public void SourcesDocument_ListsEverySource_AndEveryUnconfirmedDate()
    {
        TreatyCatalog catalog = TreatyCatalog.Default;
        string document = Render(catalog);

        Assert.All(catalog.Sources, s => Assert.Contains($"`{s.Id}`", document, StringComparison.Ordinal));
        Assert.Contains("`RIO.memberships[MEX].end`", document, StringComparison.Ordinal);
        Assert.Contains("| `USA-JPN` |", document, StringComparison.Ordinal);
    }

    internal static string Render(TreatyCatalog catalog)
    {
        JsonNode root = JsonNode.Parse(catalog.ToJson())!;
        List<Dated> dates = [.. Walk(root)];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            # Sources of the bundled data

            The bundled catalog (`src/Treaties/Data/treaties.json`) is checked as of **{catalog.AsOf:uuuu-MM-dd}**. Every date in it names at least one of the sources below, by id. This page is made from the data by `SourcesDocumentTests`; do not edit it by hand.

            """);
        text.Append('\n').Append(Prose);
        text.Append("\n## The treaties\n\n| id | treaty | in force | ended | parties | dates | unconfirmed | with alternatives |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (Treaty treaty in catalog.Treaties)
        {
            Dated[] own = [.. dates.Where(d => d.Treaty == treaty.Id)];
            string ended = treaty.TerminatedRecord is null ? "" : Day(treaty.TerminatedRecord);
            if (treaty.Organization?.DissolvedRecord is RecordedDate dissolved && treaty.TerminatedRecord is null)
            {
                ended = $"in force; the organisation dissolved {Day(dissolved)}";
            }

            text.Append(CultureInfo.InvariantCulture, $"| `{treaty.Id}` | {Cell(treaty.Name)} | {Day(treaty.EnteredIntoForceRecord)} | {ended} | {treaty.Memberships.Select(m => m.State).Distinct().Count()} | {own.Length} | {own.Count(d => !d.Confirmed)} | {own.Count(d => d.Alternatives.Length > 0)} |\n");
        }

        foreach (PendingTreaty pending in catalog.PendingTreaties)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{pending.Id}` | {Cell(pending.Name)} | not in force; signed {Day(pending.SignedRecord)} |  | {pending.Signatories.Count} signatories | 1 | {(pending.SignedRecord.IsConfirmed ? 0 : 1)} | {(pending.SignedRecord.Alternatives.Count > 0 ? 1 : 0)} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n{dates.Count} dates in all, {dates.Count(d => !d.Confirmed)} of them unconfirmed and {dates.Count(d => d.Alternatives.Length > 0)} with alternatives.\n");
        text.Append("\n## Claims in the 2022 news piece, checked\n\n").Append(Claims).Append('\n');
        text.Append("\n## Dates where sources disagree or that could not be confirmed\n\n| fact | recorded | confirmed | alternatives | note |\n| --- | --- | --- | --- | --- |\n");
        foreach (Dated date in dates.Where(d => !d.Confirmed || d.Alternatives.Length > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{date.Path}` | {date.Shown} | {(date.Confirmed ? "yes" : "no")} | {Cell(string.Join("; ", date.Alternatives))} | {Cell(date.Note)} |\n");
        }

        text.Append("\n## Every source\n\n| id | kind | title | publisher | date |\n| --- | --- | --- | --- | --- |\n");
        foreach (Source source in catalog.Sources)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{source.Id}` | {source.Kind.ToString().ToLowerInvariant()} | [{Cell(source.Title)}]({source.Url.OriginalString}) | {Cell(source.Publisher)} | {source.Date:uuuu-MM-dd} |\n");
        }

        return text.ToString();
    }

    private static string Day(RecordedDate record) =>
        record.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + (record.IsConfirmed ? "" : " (unconfirmed)");

    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    /// <summary>Every dated fact of the document, with a readable path: the treaty id, then fields, with array items named by their state, id, article or name.</summary>
    private static IEnumerable<Dated> Walk(JsonNode root)
    {
        foreach ((string path, string? treaty, JsonObject dated) in Objects(root, "", null))
        {
            string precision = (string?)dated["precision"] ?? "day";
            string shown = (string)dated["date"]! + (precision == "day" ? "" : $" (to the {precision})");
            string[] alternatives = [.. (dated["alternatives"] as JsonArray ?? []).Select(a =>
                $"{(string)a!["date"]!} ({string.Join(", ", (a["sources"] as JsonArray ?? []).Select(s => (string)s!))}): {(string?)a["note"]}")];
            yield return new Dated(path, treaty, shown, (bool?)dated["confirmed"] ?? true, alternatives, (string?)dated["note"]);
        }
    }

    private static IEnumerable<(string Path, string? Treaty, JsonObject Dated)> Objects(JsonNode node, string path, string? treaty)
    {
        if (node is JsonObject obj)
        {
            if (obj["date"] is JsonValue && path.Length > 0)
            {
                yield return (path, treaty, obj);
                yield break;
            }

            foreach ((string key, JsonNode? value) in obj)
            {
                // Sources carry a date of publication, not a dated fact; alternatives belong to the fact that holds them.
                if (value is null || key == "alternatives" || (path.Length == 0 && key == "sources"))
                {
                    continue;
                }

                string child = path.Length == 0 ? key : $"{path}.{key}";
                foreach (var found in Objects(value, child, treaty))
                {
                    yield return found;
                }
            }
        }
        else if (node is JsonArray array)
        {
            string[] labels = [.. array.Select((item, i) => Label(item, i))];
            for (int i = 0; i < array.Count; i++)
            {
                string label = labels.Count(l => l == labels[i]) > 1 ? $"{labels[i]}#{labels.Take(i).Count(l => l == labels[i]) + 1}" : labels[i];
                bool isTreaty = path == "treaties";
                string child = isTreaty ? label : $"{path}[{label}]";
                foreach (var found in Objects(array[i]!, child, isTreaty ? label : treaty))
                {
                    yield return found;
                }
            }
        }
    }

    private static string Label(JsonNode? item, int index)
    {
        if (item is JsonObject obj)
        {
            foreach (string key in (string[])["id", "code", "article", "name"])
            {
                if (obj[key] is JsonValue value)
                {
                    return value.ToString();
                }
            }

            if (obj["state"] is JsonValue state)
            {
                return obj["toward"] is JsonValue toward ? $"{(string)state!}>{(string)toward!}" : (string)state!;
            }
        }

        return index.ToString(CultureInfo.InvariantCulture);
    }

    private sealed record Dated(string Path, string? Treaty, string Shown, bool Confirmed, string[] Alternatives, string? Note);

    private const string Prose = """
        ## How the data was made

        - **Official and scholarly sources win.** These are treaty texts, depositary records (the US State Department for the North Atlantic Treaty, the OAS for the Rio Treaty), the UN Treaty Series, the US State Department's *Treaties in Force*, foreign ministries, nato.int, the CSTO's own site, ratification laws in national legal databases, and Gibler's *International Military Alliances, 1648–2008* (CQ Press, 2009). A news report is cited only next to a better source, or where it is the only record of an event; every such date is marked `confirmed: false`.
        - **Membership starts** on the day the treaty entered into force for the state. For founders, that is the treaty's entry into force; for later members, it is the deposit of their instrument of accession or ratification. **Membership ends** on the first day the state was no longer a party: for a denunciation, the day the treaty says it takes effect (the Rio Treaty: two years after the notice). The day a state signed is recorded separately (`signed`); for an accession, that is the day the parties signed the accession protocol.
        - **Where sources disagree**, the data keeps one date, says why in `note`, and records the others under `alternatives` with their sources, Gibler's and ATOP's among them where they differ and could be read. All of them are listed below.
        - **Where no official or scholarly source could confirm a date**, it is kept with `confirmed: false` and a note; nothing is invented. Where only the month or year is known, `precision` says so.
        - **States** are the ISO 3166-1 entries that ISO marks as independent (the 193 UN members and the Holy See), and two that ISO lists but does not mark as independent, because they are parties to treaties in the catalog: **Palestine** (`PSE`), a member of the Arab League since 1976 (as the PLO), and **Taiwan** (`TWN`), the Republic of China, party to the 1954 treaty with the United States. Including them records who was party to those treaties; it takes no position on statehood. Western Sahara is not included. Dissolved states (SUN, DDR, CSK, YUG, SCG, YMD) keep their ISO 3166-3 former codes. The states of the Correlates of War state system that ISO has no code for are included too, so that ATOP and COW data load: the German and Italian states before unification, Austria-Hungary, Zanzibar, South Vietnam and Kosovo under COW's own abbreviation, and the Korean Empire as `XKO`, because COW's `KOR` is the Republic of Korea's ISO code (X-codes are user-assigned in ISO 3166 and never given to a country). Each state's `region` is where its capital is, and its COW codes (`cow`) come from the COW State System Membership List v2016, with the days a code changed.
        - **Germany.** The Federal Republic of Germany joined NATO on 1955-05-06 under code DEU. Its membership continued as that of united Germany from 1990-10-03, so the data has one membership with no exit and no re-entry. The German Democratic Republic (DDR) was a party to the Warsaw Treaty until 1990-09-24.
        - **The Arab League treaty.** No per-state record of ratifications or accessions to the 1950 Joint Defence and Economic Co-operation Treaty could be read. The founders are parties from its entry into force; later League members are recorded from their admission to the League, marked unconfirmed.
        - **The Australia–Papua New Guinea treaty** (`AUS-PNG`, the Pukpuk Treaty) was signed on 2025-10-06. No source read shows that it has entered into force, so it is recorded as a pending treaty (`pendingTreaties`): it can be found and cited, and binds no one. It moves to the treaties, with its members, from the day it enters into force.

        """;

    private const string Claims = """
        The story behind the project (a Dutch news analysis of September 2022) is context, not a source. Its claims were checked as follows:

        | claim | finding |
        | --- | --- |
        | The 1994 treaty bound Russia and eight other former Soviet republics | True of the Collective Security Treaty, signed in 1992, which entered into force for nine states on 1994-04-20. |
        | Azerbaijan, Georgia and Uzbekistan had left before the CSTO was founded | True. They did not sign the 1999 prolongation protocol and were no longer parties from 1999-04-21. |
        | Uzbekistan rejoined in 2006 and left in 2012 | Broadly true. It returned by the protocol of 2006-08-16; in 2012 its membership was formally *suspended* (2012-12-19), with no denunciation. |
        | Iran and Serbia are observers in the CSTO Parliamentary Assembly | **Serbia yes, Iran no.** The observers are Serbia and Afghanistan (2013); Iranian delegations have attended only as guests. |
        | CSTO Article 4 obliges exactly what NATO Article 5 does | **No.** CST Article 4 promises "necessary assistance, including military"; NATO Article 5 obliges each ally to take "such action as it deems necessary". The difference is modelled as `ObligationStrength`. |
        | The 2022 Kazakhstan mission stayed about ten days | **Inexact.** Forces deployed from 2022-01-06 and the withdrawal was completed on 2022-01-19; "ten days" was the announced length of the withdrawal. |
        | France left NATO's military command from 1966 to 1995 | **No.** France left the integrated military command on 1966-07-01 and returned to it in 2009. It rejoined only the Military Committee in the mid-1990s. |
        """;
}
