using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Resources;
using System.Text;
using Treaties;

namespace TreatyQuery;

/// <summary>
/// The sentences and words the query tool prints, in English, Dutch, French, German and Russian. They live in
/// <c>Resources/Phrases.resx</c> (English) and <c>Resources/Phrases.&lt;language&gt;.resx</c>, which a translator edits:
/// each sentence is one template with named holes such as <c>{count}</c> and <c>{treaty}</c>. A sentence with a count
/// has one key per CLDR plural category (<c>MembersOn_one</c>, <c>MembersOn_few</c>, <c>MembersOn_many</c>,
/// <c>MembersOn_other</c>), picked by <see cref="PluralRules"/>. State and place names come from the library
/// (<see cref="MemberState.GetName"/>); a treaty's name is the catalog's in the language where it has one
/// (<see cref="Treaty.GetName"/>), else the tool's, from <c>Resources/TreatyNames.&lt;language&gt;.resx</c>.
/// </summary>
/// <remarks>
/// The resources are embedded in the tool's own assembly, one per language, not as satellite assemblies, so that the
/// trimmed and native builds carry every language in one file.
/// </remarks>
internal sealed class Labels
{
    /// <summary>The languages the tool speaks.</summary>
    internal static readonly string[] Languages = ["en", "nl", "fr", "de", "ru"];

    private static readonly ConcurrentDictionary<(string Family, string Language), IReadOnlyDictionary<string, string>> Tables = new();

    private readonly IReadOnlyDictionary<string, string> _phrases;
    private readonly IReadOnlyDictionary<string, string> _english;

    private Labels(string language, CultureInfo culture)
    {
        Language = language;
        Culture = culture;
        _phrases = Phrases(language);
        _english = Phrases("en");
    }

    /// <summary>Gets the culture names are given in.</summary>
    internal CultureInfo Culture { get; }

    /// <summary>Gets the language of the words: en, nl, fr, de or ru.</summary>
    internal string Language { get; }

    /// <summary>Gets a phrase by its key, in the tool's language.</summary>
    internal string this[string key] =>
        _phrases.TryGetValue(key, out string? phrase) || _english.TryGetValue(key, out phrase)
            ? phrase
            : throw new InvalidOperationException($"The tool has no phrase '{key}'.");

    /// <summary>Returns the labels for a culture: its language if the tool speaks it, else English.</summary>
    internal static Labels For(CultureInfo culture)
    {
        for (CultureInfo c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (Array.IndexOf(Languages, c.Name) >= 0)
            {
                return new Labels(c.Name, culture);
            }
        }

        return new Labels("en", CultureInfo.GetCultureInfo("en"));
    }

    /// <summary>Returns every phrase of a language, by key, as its resource file has them.</summary>
    internal static IReadOnlyDictionary<string, string> Phrases(string language) => Table("Phrases", language);

    /// <summary>
    /// Returns the tool's treaty names in a language, by treaty id: for the treaties the catalog has no name for in that
    /// language. English has none: the catalog's names are English.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> TreatyNames(string language) =>
        language == "en" ? new Dictionary<string, string>() : Table("TreatyNames", language);

    private static IReadOnlyDictionary<string, string> Table(string family, string language) => Tables.GetOrAdd((family, language), static key =>
    {
        string name = key.Language == "en" ? $"TreatyQuery.Resources.{key.Family}.resources" : $"TreatyQuery.Resources.{key.Family}.{key.Language}.resources";
        using Stream stream = typeof(Labels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The tool's {key.Family} for '{key.Language}' are missing from the assembly.");
        using var reader = new ResourceReader(stream);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        IDictionaryEnumerator entry = reader.GetEnumerator();
        while (entry.MoveNext())
        {
            entries[(string)entry.Key] = (string)entry.Value!;
        }

        return entries;
    });

    /// <summary>A treaty's name in the tool's language: the catalog's where it has one, else the tool's, else the English.</summary>
    internal string NameOf(Treaty treaty) =>
        treaty.LocalNames.Any(n => n.Culture == Language || n.Culture.StartsWith(Language + "-", StringComparison.Ordinal))
            ? treaty.GetName(Culture)
            : ToolsNameOf(treaty.Id) ?? treaty.Name;

    /// <summary>A signed treaty's name in the tool's language: the tool's, else the English (the catalog has only English ones).</summary>
    internal string NameOf(PendingTreaty treaty) => ToolsNameOf(treaty.Id) ?? treaty.Name;

    private string? ToolsNameOf(string id) => TreatyNames(Language).TryGetValue(id, out string? name) ? name : null;

    /// <summary>Fills a sentence's named holes.</summary>
    internal string Say(string key, params (string Name, object? Value)[] holes) => Fill(this[key], holes);

    /// <summary>
    /// Fills a sentence with a count, in the plural form the language's CLDR rules give that count, the count written with
    /// the language's digit grouping (60,300; 60.300; 60 300).
    /// </summary>
    internal string Count(string key, long count, params (string Name, object? Value)[] holes) =>
        Fill(this[$"{key}_{PluralRules.Category(Language, count)}"], [("count", count.ToString("N0", CultureInfo.GetCultureInfo(Language))), .. holes]);

    /// <summary>Returns a value in words.</summary>
    internal string Of(Enum value) => this[$"{value.GetType().Name}_{value}"];

    /// <summary>A treaty as people in the tool's language abbreviate it: NAVO, OTAN, ОДКБ; else its id.</summary>
    internal string Acronym(Treaty treaty) => _phrases.TryGetValue($"Acronym_{treaty.Id}", out string? acronym) ? acronym : treaty.Id;

    /// <summary>An article as the bundled data writes it ("Article 5"), with the word in the tool's language.</summary>
    internal string ArticleOf(string article)
    {
        string english = _english["Word_Article"];
        return article.StartsWith(english + " ", StringComparison.Ordinal) ? this["Word_Article"] + article[english.Length..] : article;
    }

    /// <summary>Replaces each <c>{name}</c> of a template with its value, written in the invariant culture.</summary>
    internal static string Fill(string template, params (string Name, object? Value)[] holes)
    {
        var text = new StringBuilder(template);
        foreach ((string name, object? value) in holes)
        {
            text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
