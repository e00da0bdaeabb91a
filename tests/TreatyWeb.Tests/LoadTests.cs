using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace TreatyWeb.Tests;

/// <summary>
/// A bounded load on loopback: 16 clients send 20,000 requests across the routes to a real Kestrel server, and every one
/// must get the status its input deserves. The latencies are reported, never asserted: speed is measured, not tested.
/// </summary>
[Collection(OneWebHostAtATime.Name)]
public sealed class LoadTests(ITestOutputHelper output)
{
    internal const int Clients = 16;
    internal const int Requests = 20_000;

    /// <summary>The requests, across every route, with the status each must get.</summary>
    internal static readonly (string Url, HttpStatusCode Status)[] Mix =
    [
        ("/api/treaties", HttpStatusCode.OK),
        ("/api/treaties/CSTO/members?date=2022-09-13", HttpStatusCode.OK),
        ("/api/treaties/NATO/members?date=2023-04-04", HttpStatusCode.OK),
        ("/api/states/ARM/treaties?date=2022-09-13", HttpStatusCode.OK),
        ("/api/states/FIN/treaties?date=2023-04-03", HttpStatusCode.OK),
        ("/api/states/ARM/defenders?date=2022-09-13", HttpStatusCode.OK),
        ("/api/states/JPN/defenders?date=2026-11-30", HttpStatusCode.OK),
        ("/api/states/JPN/defenders?date=1972-05-15&place=JP-47", HttpStatusCode.OK),
        ("/api/allies?a=USA&b=TWN&date=1970-01-01", HttpStatusCode.OK),
        ("/api/allies?a=KGZ&b=TJK&date=2022-09-14", HttpStatusCode.OK),
        ("/api/map?date=1980-01-01", HttpStatusCode.OK),
        ("/api/map?date=2023-04-04", HttpStatusCode.OK),
        ("/api/treaties/CSTO/members?date=2022-02-30", HttpStatusCode.BadRequest),
        ("/api/states/XXX/defenders?date=2022-09-13", HttpStatusCode.NotFound),
    ];

    [Fact]
    public async Task SixteenClients_TwentyThousandRequests_NoErrors()
    {
        await using var server = new KestrelWebFactory();
        using HttpClient client = server.CreateClient();
        var latencies = new double[Requests];
        var errors = new ConcurrentQueue<string>();
        int next = -1;

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            for (int i = Interlocked.Increment(ref next); i < Requests; i = Interlocked.Increment(ref next))
            {
                (string url, HttpStatusCode status) = Mix[i % Mix.Length];
                long start = Stopwatch.GetTimestamp();
                try
                {
                    using HttpResponseMessage response = await client.GetAsync(url);
                    await response.Content.LoadIntoBufferAsync();
                    if (response.StatusCode != status)
                    {
                        errors.Enqueue($"{url}: {(int)response.StatusCode}, not {(int)status}");
                    }
                }
                catch (HttpRequestException e)
                {
                    errors.Enqueue($"{url}: {e.Message}");
                }

                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        })));
        clock.Stop();

        Assert.Empty(errors);
        foreach (IGrouping<string, double> route in latencies.Select((ms, i) => (ms, i)).GroupBy(r => Mix[r.i % Mix.Length].Url, r => r.ms))
        {
            output.WriteLine($"{route.Key}: {Percentiles([.. route])}");
        }

        output.WriteLine($"{Requests:N0} requests from {Clients} clients in {clock.Elapsed.TotalSeconds:F1} s ({Requests / clock.Elapsed.TotalSeconds:N0}/s): {Percentiles(latencies)}");
    }

    private static string Percentiles(double[] latencies)
    {
        double[] sorted = [.. latencies.Order()];
        return $"p50 {sorted[sorted.Length / 2]:F2} ms, p99 {sorted[sorted.Length * 99 / 100]:F2} ms, max {sorted[^1]:F1} ms";
    }
}
