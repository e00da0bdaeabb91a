using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace Treaties.Tests.Reliability;

/// <summary>Many threads, one catalog: every answer matches the one computed on a single thread, and the bundled data is read once.</summary>
public class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Threads = 8;
    private const int QueriesPerThread = 20_000;

    [Fact]
    public void ManyThreads_DefaultAndFreshCatalogs_AnswerAsOneThreadDoes()
    {
        TreatyCatalog fresh = TreatyCatalog.Parse(TreatyCatalog.Default.ToJson());
        TreatyCatalog[] catalogs = [TreatyCatalog.Default, fresh];
        var random = new Random(5);
        (int Catalog, string State, string Other, LocalDate Day)[] queries = [.. Enumerable.Range(0, 2_000).Select(_ => (
            random.Next(2),
            TreatyCatalog.Default.States[random.Next(TreatyCatalog.Default.States.Count)].Code,
            new[] { "ARM", "KGZ", "TJK", "RUS", "USA", "FIN", "TUR", "AZE", "SRB" }[random.Next(9)],
            new LocalDate(1948, 1, 1).PlusDays(random.Next(0, 29_000))))];
        string[] expected = [.. queries.Select(q => Answer(catalogs[q.Catalog], q.State, q.Other, q.Day))];

        long answered = 0;
        var mismatches = new List<string>();
        RunTogether(Threads, t =>
        {
            for (int i = 0; i < QueriesPerThread; i++)
            {
                int q = (i * 7919 + t * 104_729) % queries.Length;
                (int c, string state, string other, LocalDate day) = queries[q];
                string answer = Answer(catalogs[c], state, other, day);
                Interlocked.Increment(ref answered);
                if (answer != expected[q])
                {
                    lock (mismatches)
                    {
                        mismatches.Add($"{state}/{other} {day}: {answer} != {expected[q]}");
                    }
                }
            }
        });

        output.WriteLine($"concurrency: {Threads} threads, {answered} queries of six kinds each, {mismatches.Count} mismatches");
        Assert.Empty(mismatches);
        Assert.Equal(Threads * QueriesPerThread, answered);
    }

    [Fact]
    public void FirstAccessToDefault_RacedFromManyThreads_ReadsTheDataOnce()
    {
        var context = new FreshContext(typeof(TreatyCatalog).Assembly.Location);
        try
        {
            Type catalogType = context.LoadFromAssemblyPath(typeof(TreatyCatalog).Assembly.Location).GetType(typeof(TreatyCatalog).FullName!)!;
            PropertyInfo defaultProperty = catalogType.GetProperty(nameof(TreatyCatalog.Default))!;
            PropertyInfo loads = catalogType.GetProperty("BundledLoads", BindingFlags.Static | BindingFlags.NonPublic)!;
            Assert.Equal(0, (int)loads.GetValue(null)!);

            const int racers = 16;
            object?[] seen = new object?[racers];
            RunTogether(racers, i => seen[i] = defaultProperty.GetValue(null));

            Assert.All(seen, s => Assert.Same(seen[0], s));
            Assert.NotNull(seen[0]);
            Assert.Equal(1, (int)loads.GetValue(null)!);
            output.WriteLine($"concurrency: {racers} threads raced the first access to Default; the data was read {loads.GetValue(null)} time");
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void WhoMustDefend_FirstUseRacedFromManyThreads_EveryThreadGetsTheOneListKept()
    {
        // A fresh catalog has built no answer yet: every thread computes Armenia's commitments, and one list must win.
        TreatyCatalog fresh = TreatyCatalog.Parse(TreatyCatalog.Default.ToJson());
        var day = new LocalDate(2022, 9, 13);
        IReadOnlyList<DefenceCommitment>?[] seen = new IReadOnlyList<DefenceCommitment>?[Threads];
        RunTogether(Threads, i => seen[i] = fresh.WhoMustDefend("ARM", day));

        Assert.All(seen, s => Assert.Same(seen[0], s));
        Assert.Same(seen[0], fresh.WhoMustDefend("ARM", day));
        Assert.Equal("CSTO", Assert.Single(seen[0]!).Treaty.Id);
    }

    /// <summary>Runs the body on that many threads, each given its number, all released at once; returns when all end.</summary>
    private static void RunTogether(int count, Action<int> body)
    {
        using var start = new Barrier(count);
        Thread[] threads = [.. Enumerable.Range(0, count).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            body(i);
        }))];
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }
    }

    private static string Answer(TreatyCatalog catalog, string state, string other, LocalDate day) =>
        string.Join(
            "|",
            catalog.GetTreaty("NATO").IsMember(state, day),
            catalog.GetTreaty("CSTO").MembersOn(day).Count,
            string.Join(",", catalog.TreatiesOf(state, day).Select(t => t.Id)),
            state == other ? "-" : catalog.AreAllies(state, other, day).ToString(),
            string.Join(",", catalog.WhoMustDefend(state, day).Select(c => $"{c.Treaty.Id}:{c.Defenders.Count}")),
            state == other ? "-" : catalog.RelationshipOn(state, other, day).Kind.ToString());

    /// <summary>Loads a second, untouched copy of the library, so that its Default has never been used.</summary>
    private sealed class FreshContext(string libraryPath) : AssemblyLoadContext("fresh Treaties", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name) =>
            name.Name == Path.GetFileNameWithoutExtension(libraryPath) ? LoadFromAssemblyPath(libraryPath) : null;
    }
}
