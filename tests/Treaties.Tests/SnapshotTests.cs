using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using Treaties.Snapshot;
using Xunit;

namespace Treaties.Tests;

/// <summary>
/// The bundled snapshot against the JSON it is built from: the catalog loaded both ways holds the same facts and gives
/// the same answers on a grid of days and states, so a snapshot that drifts from the JSON fails here.
/// </summary>
public class SnapshotTests
{
    private static readonly Lazy<TreatyCatalog> FromJson = new(TreatyCatalog.LoadBundledJson);

    private static TreatyCatalog Json => FromJson.Value;

    private static TreatyCatalog Snap => TreatyCatalog.Default;

    /// <summary>Every change day of every treaty, the day before it, and the first of January of each year since 1940.</summary>
    private static readonly Lazy<LocalDate[]> Days = new(() =>
    {
        var days = new SortedSet<LocalDate>();
        foreach (Treaty treaty in Json.Treaties)
        {
            foreach (MembershipChange change in treaty.Changes)
            {
                days.Add(change.Date);
                days.Add(change.Date.PlusDays(-1));
            }

            days.Add(treaty.EnteredIntoForce);
        }

        for (int year = 1940; year <= 2030; year++)
        {
            days.Add(new LocalDate(year, 1, 1));
        }

        return [.. days];
    });

    [Fact]
    public void Snapshot_HoldsTheFactsOfTheJson()
    {
        Assert.Null(SnapshotCheck.FirstDifference(Json, Snap));
        Assert.Equal(Json.AsOf, Snap.AsOf);
        Assert.Equal(Json.Sources, Snap.Sources);
        Assert.Equal(Json.Places, Snap.Places);
        Assert.Equal(Json.PendingTreaties, Snap.PendingTreaties);
        Assert.Equal(Json.States.Count, Snap.States.Count);
        for (int i = 0; i < Json.States.Count; i++)
        {
            Assert.True(Json.States[i].IsSameRecord(Snap.States[i]), Json.States[i].Code);
        }

        Assert.Equal(Json.Treaties.Count, Snap.Treaties.Count);
        for (int i = 0; i < Json.Treaties.Count; i++)
        {
            Treaty expected = Json.Treaties[i];
            Treaty actual = Snap.Treaties[i];
            Assert.Equal(expected.Id, actual.Id);
            Assert.Equal(expected.Name, actual.Name);
            Assert.Equal(expected.Aliases, actual.Aliases);
            Assert.Equal(expected.LocalNames, actual.LocalNames);
            Assert.Equal(expected.SignedRecord, actual.SignedRecord);
            Assert.Equal(expected.EnteredIntoForceRecord, actual.EnteredIntoForceRecord);
            Assert.Equal(expected.TerminatedRecord, actual.TerminatedRecord);
            Assert.Equal(expected.Note, actual.Note);
            Assert.Equal(expected.Organization, actual.Organization);
            Assert.Equal(expected.Documents, actual.Documents);
            Assert.Equal(expected.Memberships, actual.Memberships);
            Assert.Equal(expected.Observers, actual.Observers);
            Assert.Equal(expected.Clauses, actual.Clauses);
            Assert.Equal(
                expected.MutualDefenceClauses.SelectMany(c => c.Scope.Rules),
                actual.MutualDefenceClauses.SelectMany(c => c.Scope.Rules));
            Assert.Equal(expected.Suspensions, actual.Suspensions);
            Assert.Equal(expected.Requests, actual.Requests);
            Assert.Equal(expected.Clauses.SelectMany(c => c.Invocations), actual.Clauses.SelectMany(c => c.Invocations));
            Assert.Equal(RecordedDates.Of(expected), RecordedDates.Of(actual));
            Assert.Equal(
                RecordedDates.Of(expected).SelectMany(r => r.Sources.Concat(r.Alternatives.SelectMany(a => a.Sources))),
                RecordedDates.Of(actual).SelectMany(r => r.Sources.Concat(r.Alternatives.SelectMany(a => a.Sources))));
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Snapshot_RecordsEveryDetailOfADate()
    {
        // The data uses every part of a recorded date, so the comparison above covers each of them.
        RecordedDate[] records = [.. Json.Treaties.SelectMany(RecordedDates.Of)];
        Assert.Contains(records, r => !r.IsConfirmed);
        Assert.Contains(records, r => r.Precision != DatePrecision.Day);
        Assert.Contains(records, r => r.Note is not null);
        Assert.Contains(records, r => r.Alternatives.Any(a => a.Sources.Count > 0));
        Assert.Equal(
            Json.Treaties.SelectMany(RecordedDates.Of).Select(Describe),
            Snap.Treaties.SelectMany(RecordedDates.Of).Select(Describe));

        static string Describe(RecordedDate r) =>
            $"{r.Date} {r.Precision} {r.IsConfirmed} {r.Note} [{string.Join(",", r.Sources.Select(s => s.Id))}] " +
            $"[{string.Join(";", r.Alternatives.Select(a => $"{a.Date} {a.Note} {string.Join(",", a.Sources.Select(s => s.Id))}"))}]";
    }

    [Fact]
    public void Snapshot_GivesTheSameAnswersOnEveryDay()
    {
        string[] states = [.. Json.States.Select(s => s.Code)];
        foreach (LocalDate day in Days.Value)
        {
            foreach (Treaty treaty in Json.Treaties)
            {
                Treaty other = Snap.GetTreaty(treaty.Id);
                Assert.Equal(Codes(treaty.MembersOn(day)), Codes(other.MembersOn(day)));
                Assert.Equal(Describe(treaty.MutualDefenceClauseOn(day)), Describe(other.MutualDefenceClauseOn(day)));
            }

            foreach (string state in states)
            {
                Assert.Equal(Ids(Json.TreatiesOf(state, day)), Ids(Snap.TreatiesOf(state, day)));
                Assert.Equal(Describe(Json.WhoMustDefend(state, day)), Describe(Snap.WhoMustDefend(state, day)));
            }
        }
    }

    [Fact]
    public void Snapshot_GivesTheSameAnswersForEveryPair()
    {
        string[] members = [.. Json.Treaties.SelectMany(t => t.Memberships).Select(p => p.State.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        LocalDate[] days = [.. Days.Value.Where((_, i) => i % 25 == 0)];
        foreach (LocalDate day in days)
        {
            foreach (string a in members)
            {
                foreach (string b in members)
                {
                    Assert.Equal(Json.AreAllies(a, b, day), Snap.AreAllies(a, b, day));
                    Assert.Equal(Describe(Json.RelationshipOn(a, b, day)), Describe(Snap.RelationshipOn(a, b, day)));
                }
            }
        }
    }

    [Fact]
    public void Snapshot_GivesTheSameHistoriesAndPlaces()
    {
        Assert.Equal(Json.Changes, Snap.Changes);
        Assert.Equal(Json.Invocations.Select(i => $"{i.Treaty.Id} {i.Clause.Article} {i.Date}"), Snap.Invocations.Select(i => $"{i.Treaty.Id} {i.Clause.Article} {i.Date}"));
        foreach (MemberState state in Json.States)
        {
            Assert.Equal(Json.HistoryOf(state.Code), Snap.HistoryOf(state.Code));
            foreach (CowCode code in state.CowCodes)
            {
                LocalDate day = code.Start ?? new LocalDate(1900, 1, 1);
                Assert.Equal(Json.TryGetStateByCowCode(code.Code, day, out MemberState? a), Snap.TryGetStateByCowCode(code.Code, day, out MemberState? b));
                Assert.Equal(a, b);
            }
        }

        LocalDate[] days = [.. Days.Value.Where((_, i) => i % 10 == 0)];
        foreach (Place place in Json.Places)
        {
            foreach (LocalDate day in days)
            {
                MemberState holder = place.HolderOn(day);
                Assert.Equal(Describe(Json.WhoMustDefend(holder.Code, day, place.Code)), Describe(Snap.WhoMustDefend(holder.Code, day, place.Code)));
            }
        }
    }

    [Fact]
    public void Snapshot_OfAnotherVersion_IsRefusedClearly()
    {
        byte[] bytes = SnapshotWriter.ToBytes(TestCatalogs.Small());
        Assert.Null(SnapshotCheck.FirstDifference(TestCatalogs.Small(), SnapshotReader.Read(bytes)));
        bytes[SnapshotFormat.Magic.Length] = SnapshotFormat.Version + 1;
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => SnapshotReader.Read(bytes));
        Assert.Contains($"version {SnapshotFormat.Version + 1}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"reads version {SnapshotFormat.Version} only", error.Message, StringComparison.Ordinal);

        bytes[0] = (byte)'X';
        Assert.Throws<InvalidDataException>(() => SnapshotReader.Read(bytes));
    }

    [Fact]
    public void Snapshot_IsSmallerThanTheJson()
    {
        using Stream snapshot = typeof(TreatyCatalog).Assembly.GetManifestResourceStream(SnapshotFormat.ResourceName)!;
        using Stream json = typeof(TreatyCatalog).Assembly.GetManifestResourceStream(TreatyCatalog.BundledJsonResource)!;
        Assert.True(snapshot.Length < json.Length / 2, $"{snapshot.Length} bytes against the JSON's {json.Length}");
    }

    private static string Codes(IEnumerable<MemberState> states) => string.Join(",", states.Select(s => s.Code));

    private static string Ids(IEnumerable<Treaty> treaties) => string.Join(",", treaties.Select(t => t.Id));

    private static string Describe(MutualDefenceClause? clause) => clause is null ? "-" : $"{clause.Article} {clause.Obligation}";

    private static string Describe(IEnumerable<DefenceCommitment> commitments) =>
        string.Join("; ", commitments.Select(c =>
            $"{c.Treaty.Id} {c.Clause.Article} {c.Defended.Code} {c.DefendedStatus.Role} {c.DefendedStatus.Participation} {c.DefendedStatus.SinceRecord} " +
            $"[{Codes(c.Defenders)}] [{Codes(c.DefendersNotFullyParticipating)}] [{Codes(c.SuspendedDefenders)}] {c.Suspensions.Count}"));

    private static string Describe(StateRelationship relationship) =>
        $"{relationship.Kind} " + string.Join("; ", relationship.Bonds.Select(b =>
            $"{b.Treaty.Id} {b.Kind} {b.Clause?.Article} {b.StartRecord} {b.EndRecord} {b.Observer?.Code}"));
}
