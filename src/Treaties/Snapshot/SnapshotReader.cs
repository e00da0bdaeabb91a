using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Text;
using NodaTime;

namespace Treaties.Snapshot;

/// <summary>
/// Reads a snapshot that <see cref="SnapshotWriter"/> wrote, with plain code: no JSON, no reflection, and none of the
/// builders' checks, which the build ran on the same data. Only the header is checked: a snapshot of another version
/// is refused.
/// </summary>
/// <remarks>
/// Each list is read by a loop written out where it is read, not through a generic helper taking a delegate: this code
/// runs on the first use of <see cref="TreatyCatalog.Default"/>, where every closure and generic instantiation is one
/// more method for the JIT to compile before the first answer.
/// </remarks>
internal sealed class SnapshotReader
{
    private readonly byte[] _bytes;
    private readonly string?[] _strings;
    private int _position;
    private Source[] _sources = [];
    private MemberState[] _states = [];

    private SnapshotReader(byte[] bytes)
    {
        _bytes = bytes;
        _position = SnapshotFormat.Magic.Length;
        if (bytes.Length < _position || !bytes.AsSpan(0, _position).SequenceEqual(SnapshotFormat.Magic))
        {
            throw new InvalidDataException("The bundled catalog snapshot does not begin with its magic bytes 'TRSN'; the assembly is damaged.");
        }

        int version = Count();
        if (version != SnapshotFormat.Version)
        {
            throw new InvalidDataException(
                $"The bundled catalog snapshot is of version {version}, and this library reads version {SnapshotFormat.Version} only; rebuild the library from its source, which writes the snapshot again.");
        }

        _strings = new string?[Count()];
        for (int i = 0; i < _strings.Length; i++)
        {
            int length = Count();
            _strings[i] = Encoding.UTF8.GetString(_bytes, _position, length);
            _position += length;
        }
    }

    /// <summary>Reads a whole snapshot into a catalog.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a snapshot, or one of another version.</exception>
    internal static TreatyCatalog Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new SnapshotReader(bytes).ReadCatalog();
    }

    private TreatyCatalog ReadCatalog()
    {
        LocalDate? asOf = OptionalDay();
        _sources = new Source[Count()];
        for (int i = 0; i < _sources.Length; i++)
        {
            _sources[i] = new Source(Text(), Text(), Text(), Text(), (SourceKind)Byte(), OptionalDay());
        }

        _states = new MemberState[Count()];
        for (int i = 0; i < _states.Length; i++)
        {
            _states[i] = ReadState();
        }

        var places = new Place[Count()];
        for (int i = 0; i < places.Length; i++)
        {
            string code = Text();
            string name = Text();
            MemberState state = State();
            var region = (GeographicRegion)Byte();
            string? alpha3 = OptionalText();
            int former = Count();
            places[i] = new Place(code, name, state, region, alpha3, former == 0 ? null : _states[former - 1], Record(), OptionalText())
                .WithOverseas(Byte() != 0);
        }

        var treaties = new TreatyData[Count()];
        for (int i = 0; i < treaties.Length; i++)
        {
            treaties[i] = ReadTreaty();
        }

        var pending = new PendingTreaty[Count()];
        for (int i = 0; i < pending.Length; i++)
        {
            pending[i] = new PendingTreaty(Text(), Text(), Record()!, States(), Texts(), OptionalText());
        }

        return TreatyCatalog.FromCheckedData(
            Array.AsReadOnly(_states), Array.AsReadOnly(places), treaties, Array.AsReadOnly(pending), Array.AsReadOnly(_sources), asOf);
    }

    private MemberState ReadState()
    {
        var state = new MemberState(Text(), Text(), OptionalText(), Record(), Record(), Texts(), OptionalText());
        int region = Byte();
        state = state.WithRegion(region == 0 ? null : (GeographicRegion)(region - 1));
        int codes = Count();
        if (codes == 0)
        {
            return state;
        }

        var cow = new CowCode[codes];
        for (int i = 0; i < cow.Length; i++)
        {
            cow[i] = new CowCode(Count(), Record(), Record());
        }

        return state.WithCowCodes(cow);
    }

    private TreatyData ReadTreaty()
    {
        string id = Text();
        string name = Text();
        IReadOnlyList<string> aliases = Array.AsReadOnly(Texts());
        RecordedDate signed = Record()!;
        RecordedDate inForce = Record()!;
        RecordedDate? terminated = Record();
        string? note = OptionalText();
        var documents = new TreatyDocument[Count()];
        for (int i = 0; i < documents.Length; i++)
        {
            documents[i] = new TreatyDocument(Text(), Record()!, Record(), States(), OptionalText());
        }

        var memberships = new MembershipPeriod[Count()];
        for (int i = 0; i < memberships.Length; i++)
        {
            memberships[i] = ReadMembership();
        }

        var observers = new ObserverPeriod[Count()];
        for (int i = 0; i < observers.Length; i++)
        {
            observers[i] = new ObserverPeriod(State(), Record()!, Record(), OptionalText(), OptionalText());
        }

        var clauses = new TreatyClause[Count()];
        for (int i = 0; i < clauses.Length; i++)
        {
            clauses[i] = ReadClause();
        }

        TreatyOrganization? organization = Byte() == 0 ? null : new TreatyOrganization(Text(), Record(), Record(), OptionalText());
        var suspensions = new ObligationSuspension[Count()];
        for (int i = 0; i < suspensions.Length; i++)
        {
            suspensions[i] = new ObligationSuspension(State(), State(), Record()!, Record(), OptionalText());
        }

        IReadOnlyList<Invocation> requests = Invocations();
        var names = new LocalizedName[Count()];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = new LocalizedName(Text(), Text(), Sources());
        }

        return new TreatyData(
            id, name, aliases, signed, inForce, terminated, note, Array.AsReadOnly(documents), Array.AsReadOnly(memberships), Array.AsReadOnly(observers),
            Array.AsReadOnly(clauses), organization, Array.AsReadOnly(suspensions), requests, Array.AsReadOnly(names));
    }

    private MembershipPeriod ReadMembership()
    {
        MemberState state = State();
        RecordedDate start = Record()!;
        RecordedDate? end = Record();
        var reason = (MembershipEndReason)Byte();
        RecordedDate? signed = Record();
        ParticipationChange[] changes = new ParticipationChange[Count()];
        for (int i = 0; i < changes.Length; i++)
        {
            changes[i] = new ParticipationChange((ParticipationStatus)Byte(), Record()!, OptionalText());
        }

        string? note = OptionalText();
        var provisions = (AllianceProvisions)Byte();
        int cowCode = Count();
        return new MembershipPeriod(state, start, end, reason, signed, changes, note, provisions, cowCode == 0 ? null : cowCode);
    }

    private TreatyClause ReadClause()
    {
        bool mutualDefence = Byte() == SnapshotFormat.ClauseMutualDefence;
        string article = Text();
        string summary = Text();
        string? wording = OptionalText();
        RecordedDate? inForce = Record();
        IReadOnlyList<Invocation> invocations = Invocations();
        if (!mutualDefence)
        {
            return new ConsultationClause(article, summary, wording, inForce, invocations);
        }

        var obligation = (ObligationStrength)Byte();
        int flags = Byte();
        string? description = OptionalText();
        var regions = new GeographicRegion[Count()];
        for (int i = 0; i < regions.Length; i++)
        {
            regions[i] = (GeographicRegion)Byte();
        }

        IReadOnlyList<string> wholeTerritoryOf = Texts();
        var rules = new ScopeRule[Count()];
        for (int i = 0; i < rules.Length; i++)
        {
            rules[i] = new ScopeRule(Text(), Byte() != 0, Record(), Record(), OptionalText());
        }

        var scope = new GeographicScope(description, (flags & SnapshotFormat.ScopeAllTerritory) != 0, regions, wholeTerritoryOf, rules);
        if ((flags & SnapshotFormat.ScopeMetropolitan) != 0)
        {
            scope = scope.WithMetropolitanTerritory(true);
        }

        return new MutualDefenceClause(article, summary, obligation, scope, wording, inForce, invocations);
    }

    private ReadOnlyCollection<Invocation> Invocations()
    {
        var invocations = new Invocation[Count()];
        for (int i = 0; i < invocations.Length; i++)
        {
            RecordedDate date = Record()!;
            IReadOnlyList<MemberState> requestedBy = States();
            string outcome = Text();
            int assistance = Byte();
            invocations[i] = new Invocation(date, requestedBy, outcome, assistance == 0 ? null : assistance == 2, OptionalText());
        }

        return Array.AsReadOnly(invocations);
    }

    private RecordedDate? Record()
    {
        int flags = Byte();
        if (flags == 0)
        {
            return null;
        }

        LocalDate date = Day();
        string? note = (flags & SnapshotFormat.DateNote) != 0 ? Text() : null;
        IReadOnlyList<Source>? sources = (flags & SnapshotFormat.DateSources) != 0 ? Sources() : null;
        AlternativeDate[]? alternatives = null;
        if ((flags & SnapshotFormat.DateAlternatives) != 0)
        {
            alternatives = new AlternativeDate[Count()];
            for (int i = 0; i < alternatives.Length; i++)
            {
                alternatives[i] = new AlternativeDate(Day(), Sources(), OptionalText());
            }
        }

        return new RecordedDate(
            date, sources, (DatePrecision)(flags >> SnapshotFormat.DatePrecisionShift), (flags & SnapshotFormat.DateUnconfirmed) == 0, note, alternatives);
    }

    private Source[] Sources()
    {
        var sources = new Source[Count()];
        for (int i = 0; i < sources.Length; i++)
        {
            sources[i] = _sources[Count()];
        }

        return sources;
    }

    private MemberState[] States()
    {
        var states = new MemberState[Count()];
        for (int i = 0; i < states.Length; i++)
        {
            states[i] = State();
        }

        return states;
    }

    private MemberState State() => _states[Count()];

    private string[] Texts()
    {
        var texts = new string[Count()];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = Text();
        }

        return texts;
    }

    private string Text() => OptionalText()!;

    private string? OptionalText()
    {
        int number = Count();
        return number == 0 ? null : _strings[number - 1];
    }

    private LocalDate Day() => SnapshotDays.Unpack(Number());

    private LocalDate? OptionalDay() => Byte() == 0 ? null : Day();

    private int Byte() => _bytes[_position++];

    private int Count() => (int)Number();

    private uint Number()
    {
        uint value = 0;
        int shift = 0;
        byte b;
        do
        {
            b = _bytes[_position++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return value;
    }
}
