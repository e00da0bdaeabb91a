using System.Collections.Generic;

namespace Treaties.Snapshot;

/// <summary>
/// Compares two catalogs fact by fact, through the model's value equality: what the build runs after writing the
/// snapshot, so that a snapshot that does not read back as the JSON it came from fails the build.
/// </summary>
internal static class SnapshotCheck
{
    /// <summary>Returns the first fact in which the catalogs differ, or null when they hold the same facts.</summary>
    internal static string? FirstDifference(TreatyCatalog expected, TreatyCatalog actual)
    {
        if (expected.AsOf != actual.AsOf)
        {
            return $"asOf: {expected.AsOf} against {actual.AsOf}";
        }

        return Differ("state", expected.States, actual.States, (a, b) => a.IsSameRecord(b))
            ?? Differ("place", expected.Places, actual.Places, (a, b) => a.Equals(b))
            ?? Differ("source", expected.Sources, actual.Sources, (a, b) => a.Equals(b))
            ?? Differ("treaty", expected.Treaties, actual.Treaties, (a, b) => a.Equals(b))
            ?? Differ("pending treaty", expected.PendingTreaties, actual.PendingTreaties, (a, b) => a.Equals(b));
    }

    private static string? Differ<T>(string kind, IReadOnlyList<T> expected, IReadOnlyList<T> actual, System.Func<T, T, bool> same)
    {
        if (expected.Count != actual.Count)
        {
            return $"{kind} count: {expected.Count} against {actual.Count}";
        }

        for (int i = 0; i < expected.Count; i++)
        {
            if (!same(expected[i], actual[i]))
            {
                return $"{kind} {i}: {expected[i]} against {actual[i]}";
            }
        }

        return null;
    }
}
