using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;

namespace Treaties.Benchmarks;

/// <summary>The catalogs the benchmarks run on: the bundled data, and synthetic ones up to a million periods.</summary>
public static class Scale
{
    public const string Bundled = "bundled";

    /// <summary>The names the [Params] attributes use, smallest first.</summary>
    public static readonly string[] All = [Bundled, "10x100x10k", "100x250x100k", "1000x250x1M"];

    public static TreatyCatalog Catalog(string scale) => scale switch
    {
        Bundled => TreatyCatalog.Default,
        "10x100x10k" => SyntheticCatalog.Create(seed: 1, treaties: 10, states: 100, periods: 10_000),
        "100x250x100k" => SyntheticCatalog.Create(seed: 2, treaties: 100, states: 250, periods: 100_000),
        "1000x250x1M" => SyntheticCatalog.Create(seed: 3, treaties: 1_000, states: 250, periods: 1_000_000),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown scale."),
    };
}

/// <summary>One query of the fixed, seeded batch every lookup benchmark runs through.</summary>
public readonly record struct Query(Treaty Treaty, int TreatyIndex, string State, string Other, LocalDate Date);

/// <summary>Draws queries that hit members, non-members and the first and last days of periods.</summary>
public static class Queries
{
    public const int Count = 1024;

    public static Query[] Draw(TreatyCatalog catalog, int seed)
    {
        var random = new Random(seed);
        var queries = new Query[Count];
        for (int i = 0; i < Count; i++)
        {
            int t = random.Next(catalog.Treaties.Count);
            Treaty treaty = catalog.Treaties[t];
            MembershipPeriod period = treaty.Memberships[random.Next(treaty.Memberships.Count)];
            LocalDate date = (i % 4) switch
            {
                0 => period.Start,
                1 => period.Start.PlusDays(-1),
                2 => period.End ?? period.Start.PlusDays(5000),
                _ => period.Start.PlusDays(random.Next(0, 4000)),
            };
            string state = i % 8 == 7 ? catalog.States[random.Next(catalog.States.Count)].Code : period.State.Code;
            MembershipPeriod other = treaty.Memberships[random.Next(treaty.Memberships.Count)];
            queries[i] = new Query(treaty, t, state, other.State.Code == state ? catalog.States[0].Code : other.State.Code, date);
        }

        return queries;
    }

    /// <summary>The same queries, all into the catalog's first treaty and about its members: its index stays in cache.</summary>
    public static Query[] InFirstTreaty(TreatyCatalog catalog, Query[] queries)
    {
        Treaty first = catalog.Treaties[0];
        string[] members = [.. first.Memberships.Select(m => m.State.Code)];
        return [.. queries.Select((q, i) => q with { Treaty = first, TreatyIndex = 0, State = members[i % members.Length] })];
    }

    /// <summary>The bundled data's file, as the benchmarks of loading read it.</summary>
    public static byte[] BundledBytes()
    {
        using Stream stream = typeof(TreatyCatalog).Assembly.GetManifestResourceStream("Treaties.Data.treaties.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static IEnumerable<(Treaty Treaty, MembershipPeriod Period)> AllPeriods(TreatyCatalog catalog) =>
        catalog.Treaties.SelectMany(t => t.Memberships.Select(p => (t, p)));
}
