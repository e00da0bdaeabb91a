using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Treaties;
using Treaties.Samples;

namespace TreatyQuery;

/// <summary>
/// Reads the states and treaties people type: a code, an alias, or a name in any of the tool's languages (Armenia,
/// Armenië, Армения), in any case and with or without accents; for a near miss, says which one was probably meant.
/// </summary>
internal static class Names
{
    /// <summary>Finds a state by its code, its alpha-2 code or its name in any of the tool's languages.</summary>
    /// <exception cref="ToolException">No state has that code or name; the message names a near one if there is.</exception>
    internal static MemberState State(TreatyCatalog catalog, string text, Labels labels)
    {
        if (catalog.TryGetState(text, out MemberState? found))
        {
            return found;
        }

        List<(string Name, MemberState State)> names = [];
        foreach (MemberState state in catalog.States)
        {
            names.Add((state.Code, state));
            names.Add((state.Name, state));
            if (state.Alpha2 is string alpha2)
            {
                names.Add((alpha2, state));
            }

            foreach (string language in Labels.Languages)
            {
                names.Add((state.GetName(CultureInfo.GetCultureInfo(language)), state));
            }
        }

        (MemberState? match, bool exact) = Match(names, text);
        return match is null
            ? throw new ToolException(labels.Say("UnknownState", ("input", text)))
            : exact ? match : throw new ToolException(labels.Say("UnknownStateDidYouMean", ("input", text), ("suggestion", $"{match.Code} ({match.GetName(labels.Culture)})")));
    }

    /// <summary>Finds a treaty by its id, an alias, its local acronym or its name in any of the tool's languages.</summary>
    /// <exception cref="ToolException">No treaty has that id or name, and the message names a near one if there is; or the treaty was signed and is not in force.</exception>
    internal static Treaty Treaty(TreatyCatalog catalog, string text, Labels labels)
    {
        if (catalog.TryGetTreaty(text, out Treaty? found))
        {
            return found;
        }

        if (catalog.TryGetPendingTreaty(text, out PendingTreaty? pending))
        {
            throw new ToolException(labels.Say("TreatyPending", ("id", pending.Id), ("name", labels.NameOf(pending)), ("signed", InputText.Iso(pending.Signed))));
        }

        List<(string Name, Treaty Treaty)> names = [];
        foreach (Treaty treaty in catalog.Treaties)
        {
            names.Add((treaty.Id, treaty));
            names.Add((treaty.Name, treaty));
            names.AddRange(treaty.Aliases.Select(a => (a, treaty)));
            foreach (string language in Labels.Languages)
            {
                Labels local = Labels.For(CultureInfo.GetCultureInfo(language));
                names.Add((local.Acronym(treaty), treaty));
                names.Add((local.NameOf(treaty), treaty));
            }
        }

        (Treaty? match, bool exact) = Match(names, text);
        return match is null
            ? throw new ToolException(labels.Say("UnknownTreaty", ("input", text)))
            : exact ? match : throw new ToolException(labels.Say("UnknownTreatyDidYouMean", ("input", text), ("suggestion", labels.Acronym(match))));
    }

    /// <summary>The thing whose name matches the text when folded, else the nearest within a few typing slips.</summary>
    private static (T? Match, bool Exact) Match<T>(List<(string Name, T Thing)> names, string text)
        where T : class
    {
        string typed = Fold(text);
        if (typed.Length == 0)
        {
            return (null, false);
        }

        T? nearest = null;
        int best = int.MaxValue;
        foreach ((string name, T thing) in names)
        {
            string folded = Fold(name);
            if (folded == typed)
            {
                return (thing, true);
            }

            int distance = Distance(folded, typed);
            if (distance < best)
            {
                (best, nearest) = (distance, thing);
            }
        }

        // A slip or two: one for a short word, about one in three letters for a longer one.
        return best <= Math.Max(1, typed.Length / 3) ? (nearest, false) : (null, false);
    }

    /// <summary>Lower case, without accents, spaces or punctuation: "Côte d’Ivoire" and "cote divoire" fold alike.</summary>
    internal static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.Replace('ё', 'е').ToString();
    }

    /// <summary>The edit distance between two words, a swap of two neighbouring letters counting as one edit.</summary>
    private static int Distance(string a, string b)
    {
        int[] before = new int[b.Length + 1], previous = new int[b.Length + 1], current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
