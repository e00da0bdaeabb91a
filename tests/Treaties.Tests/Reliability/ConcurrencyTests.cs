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

    private const int Races = 4;

    [Fact]
    public void ManyThreads_OnAColdCatalog_AnswerAsOneThreadDoes()
    {
        // The expected answers come from a catalog of their own, on one thread. Each race gets a catalog just loaded, on
        // which nothing has been asked, so the threads also race to fill every cache the answers are kept in.
        string json = TreatyCatalog.Default.ToJson();
        TreatyCatalog reference = TreatyCatalog.Parse(json);
        var random = new Random(5);
        (string State, string Other, LocalDate Day)[] queries = [.. Enumerable.Range(0, 2_000).Select(_ => (
            reference.States[random.Next(reference.States.Count)].Code,
            new[] { "ARM", "KGZ", "TJK", "RUS", "USA", "FIN", "TUR", "AZE", "SRB" }[random.Next(9)],
            new LocalDate(1948, 1, 1).PlusDays(random.Next(0, 29_000))))];
        string[] expected = [.. queries.Select(q => Answer(reference, q.State, q.Other, q.Day))];

        long answered = 0;
        var mismatches = new List<string>();
        for (int race = 0; race < Races; race++)
        {
            TreatyCatalog cold = TreatyCatalog.Parse(json);
            RunTogether(Threads, t =>
            {
                for (int i = 0; i < QueriesPerThread; i++)
                {
                    int q = (i * 7919 + t * 104_729) % queries.Length;
                    (string state, string other, LocalDate day) = queries[q];
                    string answer = Answer(cold, state, other, day);
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
        }

        output.WriteLine($"concurrency: {Races} races of {Threads} threads on cold catalogs, {answered} queries of six kinds each, {mismatches.Count} mismatches");
        Assert.Empty(mismatches);
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
    public void CachedAnswers_FirstUseRacedFromManyThreads_EveryThreadGetsTheOneInstanceKept()
    {
        // A fresh catalog has built no answer yet: every thread computes Armenia's commitments and the CSTO's members on
        // that day, and for each one instance must win.
        TreatyCatalog fresh = TreatyCatalog.Parse(TreatyCatalog.Default.ToJson());
        var day = new LocalDate(2022, 9, 13);
        IReadOnlyList<DefenceCommitment>?[] defence = new IReadOnlyList<DefenceCommitment>?[Threads];
        IReadOnlyList<MemberState>?[] members = new IReadOnlyList<MemberState>?[Threads];
        RunTogether(Threads, i =>
        {
            defence[i] = fresh.WhoMustDefend("ARM", day);
            members[i] = fresh.GetTreaty("CSTO").MembersOn(day);
        });

        Assert.All(defence, s => Assert.Same(defence[0], s));
        Assert.Same(defence[0], fresh.WhoMustDefend("ARM", day));
        Assert.Equal(["CSTO", "RUS-ARM"], defence[0]!.Select(c => c.Treaty.Id));
        Assert.All(members, s => Assert.Same(members[0], s));
        Assert.Equal(6, members[0]!.Count);
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
