using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Treaties;
using Treaties.Tests;
using Xunit;

namespace TreatyQuery.Tests;

/// <summary>
/// The tool's sentences in its five languages (samples/TreatyQuery/Resources): every sentence in every language, with
/// the same named holes, in every plural form the language's CLDR rules have; the rules match CLDR's own samples; and
/// docs/translations.md, the review table, is made from the resources (TREATIES_WRITE_DOCS=1 writes it again).
/// </summary>
public partial class QueryToolTranslationTests
{
    private static readonly string DocumentPath = Path.Combine(Repository.Root, "docs", "translations.md");

    private static readonly Dictionary<string, string[]> Categories = ReadCategories();

    [Fact]
    public void EverySentence_IsInEveryLanguage_InEveryPluralFormOfThatLanguage()
    {
        foreach (string sentence in Sentences())
        {
            foreach (string language in Labels.Languages)
            {
                IReadOnlyDictionary<string, string> phrases = Labels.Phrases(language);
                if (IsPlural(sentence))
                {
                    Assert.All(Categories[language], c => Assert.True(phrases.ContainsKey($"{sentence}_{c}"), $"{language} lacks {sentence}_{c}"));
                    Assert.All(phrases.Keys.Where(k => Base(k) == sentence), k => Assert.Contains(k[(sentence.Length + 1)..], Categories[language]));
                }
                else
                {
                    Assert.True(phrases.ContainsKey(sentence), $"{language} lacks {sentence}");
                }
            }
        }
    }

    [Fact]
    public void EveryPlaceholder_AppearsInEveryTranslation()
    {
        foreach (string language in Labels.Languages)
        {
            foreach ((string key, string text) in Labels.Phrases(language))
            {
                string english = Labels.Phrases("en").TryGetValue(key, out string? same) ? same : Labels.Phrases("en")[$"{Base(key)}_other"];
                Assert.True(Holes(english).SetEquals(Holes(text)), $"{language} {key}: holes {string.Join(", ", Holes(text))}, English has {string.Join(", ", Holes(english))}");
            }
        }
    }

    /// <summary>
    /// Every treaty, in force, ended or signed, has a name in each of the tool's languages: the catalog's where it has one,
    /// else the tool's; the tool's names are of the catalog's treaties only, and never of one the catalog names already.
    /// </summary>
    [Fact]
    public void EveryTreaty_HasANameInEveryLanguage_TheCatalogsFirst()
    {
        TreatyCatalog catalog = TreatyCatalog.Default;
        HashSet<string> ids = [.. catalog.Treaties.Select(t => t.Id), .. catalog.PendingTreaties.Select(p => p.Id)];
        foreach (string language in Labels.Languages.Where(l => l != "en"))
        {
            Labels labels = Labels.For(CultureInfo.GetCultureInfo(language));
            Assert.All(catalog.Treaties, t => Assert.True(labels.NameOf(t) != t.Name, $"{t.Id} has no {language} name"));
            Assert.All(catalog.PendingTreaties, p => Assert.True(labels.NameOf(p) != p.Name, $"{p.Id} has no {language} name"));
            Assert.All(Labels.TreatyNames(language).Keys, id => Assert.Contains(id, ids));
            Assert.All(
                catalog.Treaties.Where(t => t.LocalNames.Any(n => n.Culture == language)),
                t => Assert.False(Labels.TreatyNames(language).ContainsKey(t.Id), $"{language} {t.Id}: the catalog names it already"));
        }
    }

    [Theory]
    [InlineData("nl", "Verdrag inzake collectieve veiligheid")]
    [InlineData("de", "Interamerikanischer Vertrag über gegenseitigen Beistand")]
    [InlineData("fr", "Traité d'amitié, de coopération et d'assistance mutuelle entre la Fédération de Russie et la République du Kazakhstan")]
    [InlineData("ru", "Пакт САДК о взаимной обороне")]
    public void TreatiesList_ShowsTheNamesInTheChosenLanguage(string culture, string expected)
    {
        using var output = new StringWriter();

        Assert.Equal(0, QueryTool.Run(["treaties", "--list", "--culture", culture], output, TextWriter.Null));
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishObligationWords_AreTheLibrarys()
    {
        Labels english = Labels.For(CultureInfo.GetCultureInfo("en"));

        Assert.All(Enum.GetValues<ObligationStrength>(), s => Assert.Equal(ObligationWords.Of(s), english.Of(s)));
    }

    [Fact]
    public void PluralRules_MatchCldrSamples()
    {
        using JsonDocument rules = JsonDocument.Parse(File.ReadAllText(PluralsPath));
        foreach (JsonProperty language in rules.RootElement.GetProperty("plurals-type-cardinal").EnumerateObject())
        {
            foreach (JsonProperty rule in language.Value.EnumerateObject())
            {
                string category = rule.Name["pluralRule-count-".Length..];
                string text = rule.Value.GetString()!;
                int at = text.IndexOf("@integer", StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                string samples = text[(at + "@integer".Length)..].Split("@decimal")[0];
                foreach (string sample in samples.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(s => s != "…" && !s.Contains('c', StringComparison.Ordinal)))
                {
                    long[] range = [.. sample.Split('~').Select(s => long.Parse(s, CultureInfo.InvariantCulture))];
                    for (long n = range[0]; n <= range[^1]; n++)
                    {
                        Assert.True(category == PluralRules.Category(language.Name, n), $"{language.Name} {n}: CLDR says {category}, the tool {PluralRules.Category(language.Name, n)}");
                    }
                }
            }
        }
    }

    [Fact]
    public void TranslationsDocument_IsMadeFromTheResources()
    {
        string expected = Render();
        if (Environment.GetEnvironmentVariable("TREATIES_WRITE_DOCS") == "1")
        {
            File.WriteAllText(DocumentPath, expected);
        }

        Assert.True(
            File.Exists(DocumentPath) && expected == File.ReadAllText(DocumentPath).ReplaceLineEndings("\n"),
            "docs/translations.md differs from samples/TreatyQuery/Resources; run the tests with TREATIES_WRITE_DOCS=1 to write it again.");
    }

    private static string Render()
    {
        var text = new StringBuilder("""
            # The query tool's sentences, in its five languages

            Every sentence and word `treaty-query` prints, side by side, for a native speaker's review. The sentences live in
            `samples/TreatyQuery/Resources/Phrases.resx` (English) and `Phrases.<language>.resx`; each is one template, and
            `{name}` marks a hole the tool fills: a state, a treaty, a day, a count. A sentence with a count has one form per
            plural category of the language (CLDR's rules, `samples/TreatyQuery/Resources/cldr-plurals.json`): English,
            Dutch and German `one` and `other`, French also `many`, Russian `one`, `few`, `many` and `other`. This page is
            made from the resources by `QueryToolTranslationTests`; do not edit it by hand.

            Some errors carry words that are not the tool's: the library describes what is wrong in a malformed data or
            ATOP file (a `TreatyDataException`, with the JSON path or the line), and .NET why a file could not be read or
            written. That detail stays in English, as .NET's own messages do; the tool's sentence around it is in the chosen
            language, and its `{detail}` hole (`{row}` in `Note_RowLeftOut`) marks where the library's words go
            (`Error_DataFileInvalid`, `Error_AtopFileInvalid`, `Error_CannotRead`, `Error_CannotWrite`, and `Error_Refused`
            for anything else the library refuses). What the tool can say alone (a missing file, an unknown place, a treaty
            not yet in force, a day the calendar lacks) it says wholly in that language, as it does the help's headings.

            | key | en | nl | fr | de | ru |
            | --- | --- | --- | --- | --- | --- |

            """);
        IEnumerable<string> keys = Labels.Languages.SelectMany(l => Labels.Phrases(l).Keys).Distinct().Order(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{key}` |");
            foreach (string language in Labels.Languages)
            {
                text.Append(' ').Append(Labels.Phrases(language).TryGetValue(key, out string? phrase) ? phrase.Replace("|", "\\|", StringComparison.Ordinal) : "—").Append(" |");
            }

            text.Append('\n');
        }

        text.Append("""

            ## Treaty names

            A treaty's name in a language is the catalog's where it has one (*catalog*: `names` in the bundled data), else the
            tool's, from `samples/TreatyQuery/Resources/TreatyNames.<language>.resx`, whose comment gives its basis:
            *official* (the title in an authentic language of the treaty), *established* (the name in use in that language's
            reference works or press) or *translated* (a translation of the English title made for the tool). The
            translated ones most want a native speaker's eye.

            | id | en | nl | fr | de | ru |
            | --- | --- | --- | --- | --- | --- |

            """);
        TreatyCatalog catalog = TreatyCatalog.Default;
        IEnumerable<(string Id, string Name, IReadOnlyList<LocalizedName> Local)> treaties =
            catalog.Treaties.Select(t => (t.Id, t.Name, t.LocalNames)).Concat(catalog.PendingTreaties.Select(p => (p.Id, p.Name, (IReadOnlyList<LocalizedName>)[])));
        Dictionary<string, Dictionary<string, (string Name, string Basis)>> tools = Labels.Languages.Where(l => l != "en").ToDictionary(l => l, ToolsTreatyNames);
        foreach ((string id, string name, IReadOnlyList<LocalizedName> local) in treaties)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{id}` | {name} |");
            foreach (string language in tools.Keys)
            {
                string cell = local.FirstOrDefault(n => n.Culture == language) is LocalizedName own
                    ? $"{own.Name} *(catalog)*"
                    : tools[language].TryGetValue(id, out var tool) ? $"{tool.Name} *({tool.Basis})*" : "—";
                text.Append(' ').Append(cell.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The tool's treaty names in a language, each with its basis: the first word of its resource comment.</summary>
    private static Dictionary<string, (string Name, string Basis)> ToolsTreatyNames(string language) =>
        XDocument.Load(Path.Combine(Repository.Root, "samples", "TreatyQuery", "Resources", $"TreatyNames.{language}.resx"))
            .Root!.Elements("data")
            .ToDictionary(
                d => (string)d.Attribute("name")!,
                d => ((string)d.Element("value")!, ((string?)d.Element("comment") ?? "").Split(';')[0].Trim()),
                StringComparer.Ordinal);

    private static string PluralsPath => Path.Combine(Repository.Root, "samples", "TreatyQuery", "Resources", "cldr-plurals.json");

    private static Dictionary<string, string[]> ReadCategories()
    {
        using JsonDocument rules = JsonDocument.Parse(File.ReadAllText(PluralsPath));
        return rules.RootElement.GetProperty("plurals-type-cardinal").EnumerateObject()
            .ToDictionary(l => l.Name, l => l.Value.EnumerateObject().Select(r => r.Name["pluralRule-count-".Length..]).ToArray());
    }

    private static IEnumerable<string> Sentences() => Labels.Languages.SelectMany(l => Labels.Phrases(l).Keys).Select(Base).Distinct();

    private static bool IsPlural(string sentence) => Labels.Phrases("en").ContainsKey($"{sentence}_other");

    private static string Base(string key) => PluralForm().Replace(key, string.Empty);

    private static HashSet<string> Holes(string text) => [.. Hole().Matches(text).Select(m => m.Value)];

    [GeneratedRegex("_(zero|one|two|few|many|other)$")]
    private static partial Regex PluralForm();

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Hole();
}
