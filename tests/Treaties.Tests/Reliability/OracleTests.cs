using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace Treaties.Tests.Reliability;

/// <summary>
/// Every query, on random catalogs and random days biased towards boundary days, equals the slow oracle. The default run
/// checks at least 100,000 cases; set TREATIES_LONG_RUN=1 for twenty times as many.
/// </summary>
public class OracleTests(ITestOutputHelper output)
{
    private const int QueriesPerCatalog = 50;

    internal static readonly long Catalogs = Environment.GetEnvironmentVariable("TREATIES_LONG_RUN") == "1" ? 40_000 : 2_000;

    /// <summary>One case: a day (mostly a boundary day or its neighbour), two states and a place.</summary>
    private sealed record Case(int DayIndex, int RandomDay, int State, int Other, int Place);

    private static readonly Gen<Case> Cases = Gen.Select(Gen.Int[0, 10_000], Gen.Int[-50, 2_500], Gen.Int[0, RandomCatalogs.Codes.Length - 1], Gen.Int[0, RandomCatalogs.Codes.Length - 1], Gen.Int[-1, 2], (d, r, s, o, p) => new Case(d, r, s, o, p));

    [Fact]
    public void EveryQuery_EqualsTheOracle_OnRandomCatalogs()
    {
        long checkedCases = 0;
        Gen.Select(RandomCatalogs.Specs, Cases.Array[QueriesPerCatalog])
            .Sample(
                (specs, cases) =>
                {
                    TreatyCatalog catalog = RandomCatalogs.Build(specs);
                    LocalDate[] boundaries = RandomCatalogs.BoundaryDays(catalog);
                    foreach (Case c in cases)
                    {
                        LocalDate day = c.DayIndex % 4 == 3 ? RandomCatalogs.Epoch.PlusDays(c.RandomDay) : boundaries[c.DayIndex % boundaries.Length];
                        CheckOne(catalog, day, RandomCatalogs.Codes[c.State], RandomCatalogs.Codes[c.Other], c.Place < 0 ? null : catalog.Places[c.Place]);
                        Interlocked.Increment(ref checkedCases);
                    }
                },
                iter: Catalogs,
                print: t => $"catalog:\n{RandomCatalogs.Build(t.Item1).ToJson()}\ncases: {string.Join(", ", t.Item2.Select(c => c.ToString()))}");

        output.WriteLine($"oracle: {checkedCases} random cases checked on {Catalogs} random catalogs");
    }

    [Fact]
    public void SaveLoadSave_RandomCatalogs_EqualAndByteIdentical()
    {
        RandomCatalogs.Specs.Sample(
            specs =>
            {
                TreatyCatalog catalog = RandomCatalogs.Build(specs);
                string first = catalog.ToJson();
                TreatyCatalog loaded = TreatyCatalog.Parse(first);
                Assert.Equal(catalog.Treaties, loaded.Treaties);
                Assert.Equal(catalog.Places, loaded.Places);
                Assert.Equal(first, loaded.ToJson());
            },
            iter: Catalogs / 4,
            print: specs => RandomCatalogs.Build(specs).ToJson());
    }

    private static void CheckOne(TreatyCatalog catalog, LocalDate day, string state, string other, Place? place)
    {
        string where = $"on {day:uuuu-MM-dd} for {state}/{other} at {place?.Code ?? "-"}";
        foreach (Treaty treaty in catalog.Treaties)
        {
            Assert.True(Oracle.IsMember(treaty, state, day) == treaty.IsMember(state, day), $"IsMember {treaty.Id} {where}");
            Assert.True(Oracle.MembersOn(treaty, day).SequenceEqual(treaty.MembersOn(day).Select(s => s.Code)), $"MembersOn {treaty.Id} {where}");
            MembershipStatus status = treaty.StatusOn(state, day);
            string actual = status.Role switch
            {
                MembershipRole.Member => $"Member {status.Participation} {status.Since:uuuu-MM-dd}",
                MembershipRole.Observer => $"Observer {status.Since:uuuu-MM-dd}",
                _ => "None",
            };
            Assert.Equal(Oracle.Status(treaty, state, day), actual);
            Assert.Equal(
                Oracle.Changes(treaty).Where(c => InRange(c, day, day.PlusDays(120))),
                treaty.ChangesBetween(new DateInterval(day, day.PlusDays(120))).Select(Oracle.Text));
        }

        Assert.Equal(Oracle.TreatiesOf(catalog, state, day), catalog.TreatiesOf(state, day).Select(t => t.Id));
        Assert.True(Oracle.AreAllies(catalog, state, other, day) == catalog.AreAllies(state, other, day), $"AreAllies {where}");
        Assert.Equal(Oracle.WhoMustDefend(catalog, state, day, null), Defence(catalog.WhoMustDefend(state, day)));
        if (place is not null)
        {
            Assert.Equal(Oracle.WhoMustDefend(catalog, state, day, place), Defence(catalog.WhoMustDefend(state, day, place.Code)));
        }

        if (state != other)
        {
            Assert.Equal(Oracle.Relationship(catalog, state, other, day), Relationship(catalog.RelationshipOn(state, other, day)));
        }

        IEnumerable<string> history = catalog.Treaties.OrderBy(t => t.Id, StringComparer.Ordinal)
            .SelectMany(t => Oracle.Changes(t).Where(c => c.Contains($" {state} ", StringComparison.Ordinal)))
            .OrderBy(c => c[..10], StringComparer.Ordinal);
        Assert.Equal(history, catalog.HistoryOf(state).Select(Oracle.Text));
    }

    private static bool InRange(string change, LocalDate first, LocalDate last)
    {
        string day = change[..10];
        return string.CompareOrdinal(day, $"{first:uuuu-MM-dd}") >= 0 && string.CompareOrdinal(day, $"{last:uuuu-MM-dd}") <= 0;
    }

    private static string[] Defence(IReadOnlyList<DefenceCommitment> commitments) =>
        [.. commitments.Select(c => $"{c.Treaty.Id} {c.Clause.Article} [{string.Join(" ", c.Defenders.Select(d => $"{d.Code}:{c.ParticipationOf(d)}"))}] suspended [{string.Join(" ", c.SuspendedDefenders.Select(d => d.Code))}]")];

    private static string Relationship(StateRelationship relationship) =>
        $"{relationship.Kind}: " + string.Join("; ", relationship.Bonds.Select(b => b.Kind switch
        {
            RelationshipKind.Allies or RelationshipKind.CoMembers => $"{b.Treaty.Id} {b.Kind} {b.Clause?.Article} since {b.Start:uuuu-MM-dd}",
            RelationshipKind.FormerAllies => $"{b.Treaty.Id} FormerAllies {b.Clause!.Article} until {b.End:uuuu-MM-dd}",
            _ => $"{b.Treaty.Id} Observer",
        }));
}
