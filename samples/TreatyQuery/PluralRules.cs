using System;

namespace TreatyQuery;

/// <summary>
/// The CLDR cardinal plural rules of the tool's languages, for whole numbers (v = 0): the category a count takes, which
/// picks the form of a sentence. They follow <c>Resources/cldr-plurals.json</c>, vendored from CLDR's cldr-core package,
/// and a test checks each rule against the sample numbers that file gives.
/// </summary>
internal static class PluralRules
{
    /// <summary>Returns the plural category of a whole number in a language: one, few, many or other.</summary>
    internal static string Category(string language, long count)
    {
        long i = Math.Abs(count);
        return language switch
        {
            // i = 1 and v = 0
            "en" or "nl" or "de" => i == 1 ? "one" : "other",

            // one: i = 0,1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0
            "fr" => i is 0 or 1 ? "one" : i % 1000000 == 0 ? "many" : "other",

            // one: i % 10 = 1 and i % 100 != 11; few: i % 10 = 2..4 and i % 100 != 12..14; many: every other whole number
            "ru" => (i % 10, i % 100) switch
            {
                (1, not 11) => "one",
                (>= 2 and <= 4, not (>= 12 and <= 14)) => "few",
                _ => "many",
            },
            _ => i == 1 ? "one" : "other",
        };
    }
}
