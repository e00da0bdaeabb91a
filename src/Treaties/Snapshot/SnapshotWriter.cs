using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NodaTime;

namespace Treaties.Snapshot;

/// <summary>
/// Writes a checked catalog as a binary snapshot (docs/data-format.md, "The compiled snapshot"), for the build to embed.
/// Every string is written once, in a table, and every state and source as its number in the catalog's lists.
/// </summary>
/// <remarks>
/// The build runs this on the bundled data after <see cref="TreatyCatalog.Load"/> has checked it whole; the reader
/// trusts what it wrote and checks only the header.
/// </remarks>
internal sealed class SnapshotWriter : IDisposable
{
    private readonly MemoryStream _body = new();
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly List<string> _stringOrder = [];
    private readonly Dictionary<string, int> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sources = new(StringComparer.Ordinal);

    private SnapshotWriter()
    {
    }

    /// <summary>Writes the snapshot of a catalog to a stream.</summary>
    internal static void Write(TreatyCatalog catalog, Stream output)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new SnapshotWriter();
        writer.WriteCatalog(catalog);
        writer.WriteTo(output);
    }

    /// <summary>Writes the snapshot of a catalog into a new array.</summary>
    internal static byte[] ToBytes(TreatyCatalog catalog)
    {
        using var output = new MemoryStream();
        Write(catalog, output);
        return output.ToArray();
    }

    /// <summary>Releases the body's buffer.</summary>
    public void Dispose() => _body.Dispose();

    private void WriteTo(Stream output)
    {
        output.Write(SnapshotFormat.Magic);
        using var header = new MemoryStream();
        WriteNumber(header, SnapshotFormat.Version);
        WriteNumber(header, _stringOrder.Count);
        foreach (string text in _stringOrder)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            WriteNumber(header, utf8.Length);
            header.Write(utf8);
        }

        header.WriteTo(output);
        _body.WriteTo(output);
    }

    private void WriteCatalog(TreatyCatalog catalog)
    {
        OptionalDay(catalog.AsOf);
        Count(catalog.Sources.Count);
        foreach (Source source in catalog.Sources)
        {
            _sources.Add(source.Id, _sources.Count);
            Text(source.Id);
            Text(source.Title);
            Text(source.Publisher);
            Text(source.Url.OriginalString);
            Byte((int)source.Kind);
            OptionalDay(source.Date);
        }

        Count(catalog.States.Count);
        foreach (MemberState state in catalog.States)
        {
            _states.Add(state.Code, _states.Count);
        }

        foreach (MemberState state in catalog.States)
        {
            Text(state.Code);
            Text(state.Name);
            OptionalText(state.Alpha2);
            Record(state.EstablishedRecord);
            Record(state.DissolvedRecord);
            Texts(state.Successors);
            OptionalText(state.Note);
            Byte(state.Region is GeographicRegion region ? (int)region + 1 : 0);
            Count(state.CowCodes.Count);
            foreach (CowCode code in state.CowCodes)
            {
                Count(code.Code);
                Record(code.StartRecord);
                Record(code.EndRecord);
            }
        }

        Count(catalog.Places.Count);
        foreach (Place place in catalog.Places)
        {
            Text(place.Code);
            Text(place.Name);
            State(place.State);
            Byte((int)place.Region);
            OptionalText(place.Alpha3);
            Count(place.FormerHolder is null ? 0 : _states[place.FormerHolder.Code] + 1);
            Record(place.HeldUntilRecord);
            OptionalText(place.Note);
            Byte(place.IsOverseas ? 1 : 0);
        }

        Count(catalog.Treaties.Count);
        foreach (Treaty treaty in catalog.Treaties)
        {
            WriteTreaty(treaty);
        }

        Count(catalog.PendingTreaties.Count);
        foreach (PendingTreaty pending in catalog.PendingTreaties)
        {
            Text(pending.Id);
            Text(pending.Name);
            Record(pending.SignedRecord);
            StateList(pending.Signatories);
            Texts(pending.Aliases);
            OptionalText(pending.Note);
        }
    }

    private void WriteTreaty(Treaty treaty)
    {
        Text(treaty.Id);
        Text(treaty.Name);
        Texts(treaty.Aliases);
        Record(treaty.SignedRecord);
        Record(treaty.EnteredIntoForceRecord);
        Record(treaty.TerminatedRecord);
        OptionalText(treaty.Note);
        Count(treaty.Documents.Count);
        foreach (TreatyDocument document in treaty.Documents)
        {
            Text(document.Name);
            Record(document.SignedRecord);
            Record(document.EnteredIntoForceRecord);
            StateList(document.Parties);
            OptionalText(document.Note);
        }

        Count(treaty.Memberships.Count);
        foreach (MembershipPeriod period in treaty.Memberships)
        {
            State(period.State);
            Record(period.StartRecord);
            Record(period.EndRecord);
            Byte((int)period.EndReason);
            Record(period.SignedRecord);
            Count(period.ParticipationChanges.Count);
            foreach (ParticipationChange change in period.ParticipationChanges)
            {
                Byte((int)change.Status);
                Record(change.StartRecord);
                OptionalText(change.Note);
            }

            OptionalText(period.Note);
            Byte((int)period.Provisions);
            Count(period.CowCode ?? 0);
        }

        Count(treaty.Observers.Count);
        foreach (ObserverPeriod observer in treaty.Observers)
        {
            State(observer.State);
            Record(observer.StartRecord);
            Record(observer.EndRecord);
            OptionalText(observer.Body);
            OptionalText(observer.Note);
        }

        Count(treaty.Clauses.Count);
        foreach (TreatyClause clause in treaty.Clauses)
        {
            WriteClause(clause);
        }

        if (treaty.Organization is TreatyOrganization organization)
        {
            Byte(1);
            Text(organization.Name);
            Record(organization.EstablishedRecord);
            Record(organization.DissolvedRecord);
            OptionalText(organization.Note);
        }
        else
        {
            Byte(0);
        }

        Count(treaty.Suspensions.Count);
        foreach (ObligationSuspension suspension in treaty.Suspensions)
        {
            State(suspension.State);
            State(suspension.Toward);
            Record(suspension.StartRecord);
            Record(suspension.EndRecord);
            OptionalText(suspension.Note);
        }

        Invocations(treaty.Requests);
        Count(treaty.LocalNames.Count);
        foreach (LocalizedName name in treaty.LocalNames)
        {
            Text(name.Culture);
            Text(name.Name);
            SourceList(name.Sources);
        }
    }

    private void WriteClause(TreatyClause clause)
    {
        Byte(clause is MutualDefenceClause ? SnapshotFormat.ClauseMutualDefence : 0);
        Text(clause.Article);
        Text(clause.Summary);
        OptionalText(clause.Wording);
        Record(clause.InForceFromRecord);
        Invocations(clause.Invocations);
        if (clause is MutualDefenceClause defence)
        {
            Byte((int)defence.Obligation);
            GeographicScope scope = defence.Scope;
            Byte((scope.CoversAllTerritory ? SnapshotFormat.ScopeAllTerritory : 0) | (scope.CoversMetropolitanTerritory ? SnapshotFormat.ScopeMetropolitan : 0));
            OptionalText(scope.Description);
            Count(scope.Regions.Count);
            foreach (GeographicRegion region in scope.Regions)
            {
                Byte((int)region);
            }

            Texts(scope.WholeTerritoryOf);
            Count(scope.Rules.Count);
            foreach (ScopeRule rule in scope.Rules)
            {
                Text(rule.PlaceCode);
                Byte(rule.IsCovered ? 1 : 0);
                Record(rule.StartRecord);
                Record(rule.EndRecord);
                OptionalText(rule.Note);
            }
        }
    }

    private void Invocations(IReadOnlyList<Invocation> invocations)
    {
        Count(invocations.Count);
        foreach (Invocation invocation in invocations)
        {
            Record(invocation.DateRecord);
            StateList(invocation.RequestedBy);
            Text(invocation.Outcome);
            Byte(invocation.AssistanceProvided switch { null => 0, false => 1, true => 2 });
            OptionalText(invocation.Note);
        }
    }

    private void Record(RecordedDate? record)
    {
        if (record is null)
        {
            Byte(0);
            return;
        }

        int flags = SnapshotFormat.DatePresent
            | (record.IsConfirmed ? 0 : SnapshotFormat.DateUnconfirmed)
            | (record.Note is null ? 0 : SnapshotFormat.DateNote)
            | (record.Sources.Count == 0 ? 0 : SnapshotFormat.DateSources)
            | (record.Alternatives.Count == 0 ? 0 : SnapshotFormat.DateAlternatives)
            | ((int)record.Precision << SnapshotFormat.DatePrecisionShift);
        Byte(flags);
        Day(record.Date);
        if (record.Note is not null)
        {
            Text(record.Note);
        }

        if (record.Sources.Count > 0)
        {
            SourceList(record.Sources);
        }

        if (record.Alternatives.Count > 0)
        {
            Count(record.Alternatives.Count);
            foreach (AlternativeDate alternative in record.Alternatives)
            {
                Day(alternative.Date);
                SourceList(alternative.Sources);
                OptionalText(alternative.Note);
            }
        }
    }

    private void SourceList(IReadOnlyList<Source> sources)
    {
        Count(sources.Count);
        foreach (Source source in sources)
        {
            Count(_sources[source.Id]);
        }
    }

    private void StateList(IReadOnlyList<MemberState> states)
    {
        Count(states.Count);
        foreach (MemberState state in states)
        {
            State(state);
        }
    }

    private void State(MemberState state) => Count(_states[state.Code]);

    private void Texts(IReadOnlyList<string> texts)
    {
        Count(texts.Count);
        foreach (string text in texts)
        {
            Text(text);
        }
    }

    /// <summary>A string as its number in the table plus one; zero is null.</summary>
    private void OptionalText(string? text)
    {
        if (text is null)
        {
            Count(0);
            return;
        }

        if (!_strings.TryGetValue(text, out int number))
        {
            number = _stringOrder.Count;
            _strings.Add(text, number);
            _stringOrder.Add(text);
        }

        Count(number + 1);
    }

    private void Text(string text) => OptionalText(text);

    /// <summary>A day as one zigzag number: the year shifted past nine bits of month and day.</summary>
    private void Day(LocalDate date) => WriteNumber(_body, SnapshotDays.Pack(date));

    private void OptionalDay(LocalDate? date)
    {
        Byte(date is null ? 0 : 1);
        if (date is LocalDate day)
        {
            Day(day);
        }
    }

    private void Byte(int value) => _body.WriteByte(checked((byte)value));

    private void Count(int value) => WriteNumber(_body, checked((uint)value));

    private static void WriteNumber(Stream stream, int value) => WriteNumber(stream, checked((uint)value));

    private static void WriteNumber(Stream stream, uint value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }
}
