using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace Treaties.Benchmarks;

/// <summary>
/// The <c>profile</c> verb: runs lookups' batches, warm, each between calls of <c>callgrind_control</c>, so that
/// valgrind's cache simulation counts the lookups alone and none of the set-up.
/// </summary>
/// <remarks>
/// <para>
/// <c>benchmarks/cache-profile.sh</c> runs it under valgrind and prints the counts per query. It stands in for hardware
/// counters where the machine has none (<c>perf stat</c> says "not supported").
/// </para>
/// <para>
/// Usage: <c>profile &lt;repeats&gt; &lt;scale&gt; &lt;lookup&gt;...</c>, where a lookup is <c>IsMember</c>, <c>MembersOn</c>,
/// <c>AreAllies</c> or <c>WhoMustDefend</c>, with <c>@one-treaty</c> for the batch all in one treaty. For each, counting is
/// switched on, the batch runs <c>repeats</c> times, counting is switched off and the counts are dumped to a part of
/// their own. The first two parts are empty batches: what switching on and off costs, the second time, for the script to take
/// off the others.
/// </para>
/// </remarks>
internal static class CacheProfile
{
    internal static void Run(string[] args)
    {
        if (args.Length < 4 || !int.TryParse(args[1], out int repeats))
        {
            throw new ArgumentException("Usage: profile <repeats> <scale> <lookup>[@one-treaty]...");
        }

        TreatyCatalog catalog = Scale.Catalog(args[2]);
        Query[] spread = Queries.Draw(catalog, seed: 7);
        Query[] oneTreaty = Queries.InFirstTreaty(catalog, spread);

        // The first switching compiles the code that switches, so it is counted twice and only the second is kept.
        var batches = new List<(string Name, Func<int> Batch)> { ("switching", () => 0), ("switching", () => 0) };
        foreach (string name in args[3..])
        {
            Query[] queries = name.EndsWith("@one-treaty", StringComparison.Ordinal) ? oneTreaty : spread;
            Func<int> batch = name.Split('@')[0] switch
            {
                "IsMember" => () => Loops.IsMember(queries),
                "MembersOn" => () => Loops.MembersOn(queries),
                "AreAllies" => () => Loops.AreAllies(catalog, queries),
                "WhoMustDefend" => () => Loops.WhoMustDefend(catalog, queries),
                _ => throw new ArgumentException($"Unknown lookup '{name}'."),
            };
            batches.Add((name, batch));
        }

        int result = 0;
        foreach ((string name, Func<int> batch) in batches)
        {
            result += Warm(batch);
            Callgrind("--instr=on");
            for (int i = 0; i < (name == "switching" ? 0 : repeats); i++)
            {
                result += batch();
            }

            Callgrind("--instr=off");
            Callgrind($"--dump={name}");
        }

        Console.WriteLine($"queries per lookup {repeats * spread.Length} result {result}");
    }

    /// <summary>
    /// Runs a batch enough times, with pauses, for the tiered JIT to replace its first code, and fills the caches the
    /// lookup builds on first use, as both are by the time BenchmarkDotNet measures.
    /// </summary>
    private static int Warm(Func<int> batch)
    {
        int result = 0;
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < 100; i++)
            {
                result += batch();
            }

            Thread.Sleep(500);
        }

        return result;
    }

    /// <summary>Sends a command to the valgrind process this runs in, and waits for it to be carried out.</summary>
    private static void Callgrind(string command)
    {
        using Process? control = Process.Start(new ProcessStartInfo("callgrind_control", $"{command} {Environment.ProcessId}")
        {
            RedirectStandardOutput = true,
        });
        control?.StandardOutput.ReadToEnd();
        control?.WaitForExit();
    }
}
