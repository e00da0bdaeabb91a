using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;

namespace Treaties;

/// <summary>
/// Names of states and places as people say them, in English, Dutch, French, German and Russian, from the Unicode CLDR
/// (vendored as <c>Data/cldr-names.json</c>, with its licence beside it), read once on first use.
/// </summary>
/// <remarks>
/// .NET's <see cref="RegionInfo"/> does not give localised names on every platform, so the names are data. A culture
/// is looked up with its parents (<c>nl-BE</c>, then <c>nl</c>); a name CLDR does not have falls back to English, then to
/// the catalog's own name.
/// </remarks>
internal static class LocalNames
{
    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> Table =
        new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Returns the name under a code (an alpha-2 code or an ISO 3166-2 code) in a culture, or null.</summary>
    internal static string? Find(string? code, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (code is null)
        {
            return null;
        }

        Dictionary<string, Dictionary<string, string>> table = Table.Value;
        foreach (string name in Lineage(culture))
        {
            if (table.TryGetValue(name, out Dictionary<string, string>? names) && names.TryGetValue(code, out string? found))
            {
                return found;
            }
        }

        return table.TryGetValue("en", out Dictionary<string, string>? english) && english.TryGetValue(code, out string? fallback) ? fallback : null;
    }

    /// <summary>Returns a culture's name and its parents' names, most specific first: <c>nl-BE</c>, then <c>nl</c>.</summary>
    internal static IEnumerable<string> Lineage(CultureInfo culture)
    {
        for (CultureInfo c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            yield return c.Name;
        }
    }

    private static Dictionary<string, Dictionary<string, string>> Read()
    {
        using Stream stream = typeof(LocalNames).Assembly.GetManifestResourceStream("Treaties.Data.cldr-names.json")
            ?? throw new InvalidOperationException("The embedded CLDR names are missing from the assembly.");
        using JsonDocument document = JsonDocument.Parse(stream);
        var table = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (JsonProperty language in document.RootElement.GetProperty("names").EnumerateObject())
        {
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (JsonProperty name in language.Value.EnumerateObject())
            {
                names[name.Name] = name.Value.GetString()!;
            }

            table[language.Name] = names;
        }

        return table;
    }
}
