using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace Treaties.Serialization;

/// <summary>
/// Reads a catalog document: checks the bytes and the shape of the JSON (<see cref="DocumentScanner"/>), deserializes
/// them with the source-generated context, then feeds every fact to <see cref="TreatyCatalogBuilder"/> under its JSON
/// path, so that the one set of model rules decides, and an error names where it happened: the path, and the line
/// found again in the text. Nothing is returned unless all of it loads.
/// </summary>
internal sealed class CatalogReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> JsonWhiteSpace => " \t\r\n"u8;

    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
    private readonly TreatyCatalogBuilder _builder = new();

    private CatalogReader()
    {
    }

    internal static TreatyCatalog Read(ReadOnlySpan<byte> utf8)
    {
        bool hadBom = utf8.StartsWith(Utf8Bom);
        if (hadBom)
        {
            utf8 = utf8[Utf8Bom.Length..];
        }

        if (utf8.Length > CatalogLimits.MaxBytes)
        {
            throw new TreatyDataException(null, null, null, null, $"The document has {utf8.Length} bytes, more than the limit of {CatalogLimits.MaxBytes}.");
        }

        if (utf8.IndexOfAnyExcept(JsonWhiteSpace) < 0)
        {
            string holds = utf8.Length > 0 ? "only white space" : hadBom ? "only a byte order mark" : "no bytes";
            throw new TreatyDataException("$", null, null, null, $"The document is empty: it holds {holds}, where a catalog object was expected.");
        }

        DocumentScanner.Scan(utf8);
        CatalogDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8, CatalogJsonContext.Default.CatalogDto);
        }
        catch (JsonException e)
        {
            // Not reached for a scanned document: the scan checks everything the serializer does. Should the two ever
            // part, the serializer's structured position is what is said, never its message, which names .NET types.
            throw new TreatyDataException(e.Path, e.LineNumber + 1, e.BytePositionInLine, null, "The value here does not fit the format.", e);
        }
        catch (InvalidOperationException e)
        {
            // Likewise not reached: the scan reads every string and field name as the serializer will.
            throw new TreatyDataException("$", null, null, null, "The document holds text that cannot be read as UTF-8.", e);
        }

        if (dto is null)
        {
            // Not reached either: the scan requires an object at the top.
            throw new TreatyDataException("$", null, null, "null", "The value must be an object, not null.");
        }

        try
        {
            return new CatalogReader().Map(dto);
        }
        catch (TreatyDataException e) when (e.LineNumber is null && e.JsonPath is not null)
        {
            // The rules of the model are checked on the deserialized data, which has no positions; find the value again,
            // or, for a field that is required here but left out, the object that lacks it.
            for (string? path = e.JsonPath; path is not null; path = Parent(path))
            {
                long offset = DocumentScanner.Locate(utf8, path);
                if (offset >= 0)
                {
                    throw DocumentScanner.At(utf8, offset, e.JsonPath, e.Value, e.Rule!, e.InnerException);
                }
            }

            throw;
        }
    }

    /// <summary>Returns the path one step up, such as <c>$.treaties[0]</c> for <c>$.treaties[0].signed</c>; null for <c>$</c>.</summary>
    private static string? Parent(string path)
    {
        int cut = path.AsSpan().LastIndexOfAny('.', '[');
        return cut > 0 ? path[..cut] : null;
    }

    private static T At<T>(string path, string? value, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (ArgumentException e)
        {
            throw new TreatyDataException(path, null, null, value, WithoutParameter(e), e);
        }
    }

    private static string WithoutParameter(ArgumentException e)
    {
        string suffix = $" (Parameter '{e.ParamName}')";
        return e.ParamName is not null && e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }

    private static LocalDate ParseDate(string? text, string path)
    {
        return IsoDay.TryParse(text, out LocalDate date)
            ? date
            : throw new TreatyDataException(path, null, null, text, "The date must be a real calendar day written yyyy-MM-dd.");
    }

    private static T ParseEnum<T>(string? text, string path, (string Name, T Value)[] names)
    {
        foreach ((string name, T value) in names)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        string allowed = string.Join(", ", Array.ConvertAll(names, n => n.Name));
        throw new TreatyDataException(
            path, null, null, text, text is null ? $"The field is required here, with one of: {allowed}." : $"The value must be one of: {allowed}.");
    }

    /// <summary>
    /// Rejects a JSON null where the format requires a value. The serializer lets null through for reference types; the
    /// scan rejects it first, and this keeps the mapping safe without relying on that.
    /// </summary>
    private static T Present<T>([System.Diagnostics.CodeAnalysis.NotNull] T? value, string path)
        where T : class =>
        value ?? throw new TreatyDataException(path, null, null, "null", "A value is required here, not null.");

    private static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private TreatyCatalog Map(CatalogDto dto)
    {
        if (dto.FormatVersion != CatalogLimits.FormatVersion)
        {
            throw new TreatyDataException(
                "$.formatVersion", null, null, dto.FormatVersion.ToString(CultureInfo.InvariantCulture), $"This library reads format version {CatalogLimits.FormatVersion}.");
        }

        if (dto.AsOf is not null)
        {
            _builder.WithAsOf(ParseDate(dto.AsOf, "$.asOf"));
        }

        MapSources(dto.Sources ?? []);
        List<StateDto> states = Present(dto.States, "$.states");
        for (int i = 0; i < states.Count; i++)
        {
            MapState(Present(states[i], Item("$.states", i)), Item("$.states", i));
        }

        for (int i = 0; i < (dto.Places?.Count ?? 0); i++)
        {
            MapPlace(Present(dto.Places![i], Item("$.places", i)), Item("$.places", i));
        }

        List<TreatyDto> treaties = Present(dto.Treaties, "$.treaties");
        for (int i = 0; i < treaties.Count; i++)
        {
            MapTreaty(Present(treaties[i], Item("$.treaties", i)), Item("$.treaties", i));
        }

        for (int i = 0; i < (dto.PendingTreaties?.Count ?? 0); i++)
        {
            string pendingPath = Item("$.pendingTreaties", i);
            PendingTreatyDto pending = Present(dto.PendingTreaties![i], pendingPath);
            RecordedDate signed = MapDate(pending.Signed, pendingPath + ".signed");
            List<MemberState> signatories = MapStates(Present(pending.Signatories, pendingPath + ".signatories"), pendingPath + ".signatories");
            At(pendingPath, pending.Id, () => _builder.AddPendingTreaty(new PendingTreaty(pending.Id, pending.Name, signed, signatories, pending.Aliases, pending.Note)));
        }

        try
        {
            return _builder.Build();
        }
        catch (InvalidOperationException e)
        {
            throw new TreatyDataException("$", null, null, null, e.Message, e);
        }
    }

    private void MapSources(List<SourceDto> sources)
    {
        for (int i = 0; i < sources.Count; i++)
        {
            string path = Item("$.sources", i);
            SourceDto dto = Present(sources[i], path);
            SourceKind kind = ParseEnum(dto.Kind, path + ".kind", FormatNames.SourceKinds);
            LocalDate? date = dto.Date is null ? null : ParseDate(dto.Date, path + ".date");
            if (!Uri.TryCreate(dto.Url, UriKind.Absolute, out Uri? url))
            {
                throw new TreatyDataException(path + ".url", null, null, dto.Url, "The address must be an absolute http or https URL.");
            }

            Source source = At(path, dto.Id, () => new Source(dto.Id, dto.Title, dto.Publisher, url, kind, date));
            At(path + ".id", dto.Id, () => _builder.AddSource(source));
            _sources.Add(source.Id, source);
        }
    }

    private RecordedDate? MapOptionalDate(DatedDto? dto, string path) => dto is null ? null : MapDate(dto, path);

    private RecordedDate MapDate(DatedDto? dto, string path)
    {
        Present(dto, path);
        LocalDate date = ParseDate(dto.Date, path + ".date");
        DatePrecision precision = dto.Precision is null
            ? DatePrecision.Day
            : ParseEnum(dto.Precision, path + ".precision", FormatNames.Precisions);
        List<Source> sources = MapSourceIds(dto.Sources, path + ".sources");
        var alternatives = new List<AlternativeDate>();
        for (int i = 0; i < (dto.Alternatives?.Count ?? 0); i++)
        {
            string alternativePath = Item(path + ".alternatives", i);
            AlternativeDto alternative = Present(dto.Alternatives![i], alternativePath);
            LocalDate alternativeDate = ParseDate(alternative.Date, alternativePath + ".date");
            List<Source> alternativeSources = MapSourceIds(alternative.Sources, alternativePath + ".sources");
            alternatives.Add(At(alternativePath, alternative.Date, () => new AlternativeDate(alternativeDate, alternativeSources, alternative.Note)));
        }

        return At(path, dto.Date, () => new RecordedDate(date, sources, precision, dto.Confirmed ?? true, dto.Note, alternatives));
    }

    private List<Source> MapSourceIds(List<string>? ids, string path)
    {
        var sources = new List<Source>(ids?.Count ?? 0);
        for (int i = 0; i < (ids?.Count ?? 0); i++)
        {
            if (!_sources.TryGetValue(Present(ids![i], Item(path, i)), out Source? source))
            {
                throw new TreatyDataException(Item(path, i), null, null, ids[i], "No source in $.sources has this id.");
            }

            sources.Add(source);
        }

        return sources;
    }

    private void MapState(StateDto dto, string path)
    {
        RecordedDate? established = MapOptionalDate(dto.Established, path + ".established");
        RecordedDate? dissolved = MapOptionalDate(dto.Dissolved, path + ".dissolved");
        GeographicRegion? region = dto.Region is null ? null : ParseEnum(dto.Region, path + ".region", FormatNames.Regions);
        var codes = new List<CowCode>();
        for (int i = 0; i < (dto.Cow?.Count ?? 0); i++)
        {
            string codePath = Item(path + ".cow", i);
            CowCodeDto code = Present(dto.Cow![i], codePath);
            RecordedDate? from = MapOptionalDate(code.From, codePath + ".from");
            RecordedDate? until = MapOptionalDate(code.Until, codePath + ".until");
            codes.Add(At(codePath, code.Code.ToString(CultureInfo.InvariantCulture), () => new CowCode(code.Code, from, until)));
        }

        MemberState state = At(path, dto.Code, () => new MemberState(dto.Code, dto.Name, dto.Alpha2, established, dissolved, dto.Successors, dto.Note) { Region = region, CowCodes = codes });
        At(path + ".code", dto.Code, () => _builder.AddState(state));
    }

    private void MapPlace(PlaceDto dto, string path)
    {
        MemberState state = State(dto.State, path + ".state");
        GeographicRegion region = ParseEnum(dto.Region, path + ".region", FormatNames.Regions);
        MemberState? former = dto.FormerHolder is null ? null : State(dto.FormerHolder, path + ".formerHolder");
        RecordedDate? heldUntil = MapOptionalDate(dto.HeldUntil, path + ".heldUntil");
        Place place = At(path, dto.Code, () => new Place(dto.Code, dto.Name, state, region, dto.Alpha3, former, heldUntil, dto.Note) { IsOverseas = dto.Overseas ?? false });
        At(path + ".code", dto.Code, () => _builder.AddPlace(place));
    }

    private GeographicScope MapScope(ScopeDto dto, string path)
    {
        var regions = new List<GeographicRegion>();
        for (int i = 0; i < (dto.Regions?.Count ?? 0); i++)
        {
            regions.Add(ParseEnum(dto.Regions![i], Item(path + ".regions", i), FormatNames.Regions));
        }

        var states = new List<string>();
        for (int i = 0; i < (dto.WholeTerritoryOf?.Count ?? 0); i++)
        {
            states.Add(State(dto.WholeTerritoryOf![i], Item(path + ".wholeTerritoryOf", i)).Code);
        }

        var rules = new List<ScopeRule>();
        for (int i = 0; i < (dto.Rules?.Count ?? 0); i++)
        {
            string rulePath = Item(path + ".rules", i);
            ScopeRuleDto rule = Present(dto.Rules![i], rulePath);
            RecordedDate? from = MapOptionalDate(rule.From, rulePath + ".from");
            RecordedDate? until = MapOptionalDate(rule.Until, rulePath + ".until");
            rules.Add(At(rulePath, rule.Place, () => new ScopeRule(rule.Place, rule.Covered, from, until, rule.Note)));
        }

        return At(path, dto.Description, () => new GeographicScope(dto.Description, dto.CoversAllTerritory ?? false, regions, states, rules)
        {
            CoversMetropolitanTerritory = dto.MetropolitanTerritory ?? false,
        });
    }

    private MemberState State(string? code, string path) => At(path, code, () => _builder.GetState(code, "state"));

    private void MapTreaty(TreatyDto dto, string path)
    {
        RecordedDate signed = MapDate(dto.Signed, path + ".signed");
        RecordedDate inForce = MapDate(dto.EnteredIntoForce, path + ".enteredIntoForce");
        TreatyBuilder treaty = At(path, dto.Id, () => _builder.AddTreaty(dto.Id, dto.Name, signed, inForce));
        for (int i = 0; i < (dto.Aliases?.Count ?? 0); i++)
        {
            string alias = Present(dto.Aliases![i], Item(path + ".aliases", i));
            At(Item(path + ".aliases", i), alias, () => treaty.AddAlias(alias));
        }

        for (int i = 0; i < (dto.Names?.Count ?? 0); i++)
        {
            string namePath = Item(path + ".names", i);
            LocalNameDto name = Present(dto.Names![i], namePath);
            List<Source> sources = MapSourceIds(name.Sources, namePath + ".sources");
            At(namePath, name.Culture, () => treaty.AddLocalName(new LocalizedName(name.Culture, name.Name, sources)));
        }

        if (dto.Note is not null)
        {
            At(path + ".note", dto.Note, () => treaty.WithNote(dto.Note));
        }

        if (dto.Organization is OrganizationDto organization)
        {
            string organizationPath = path + ".organization";
            RecordedDate? established = MapOptionalDate(organization.Established, organizationPath + ".established");
            RecordedDate? dissolved = MapOptionalDate(organization.Dissolved, organizationPath + ".dissolved");
            At(organizationPath, organization.Name, () => treaty.WithOrganization(new TreatyOrganization(organization.Name, established, dissolved, organization.Note)));
        }

        for (int i = 0; i < (dto.Documents?.Count ?? 0); i++)
        {
            MapDocument(treaty, Present(dto.Documents![i], Item(path + ".documents", i)), Item(path + ".documents", i));
        }

        for (int i = 0; i < (dto.Memberships?.Count ?? 0); i++)
        {
            MapMembership(treaty, Present(dto.Memberships![i], Item(path + ".memberships", i)), Item(path + ".memberships", i));
        }

        for (int i = 0; i < (dto.Observers?.Count ?? 0); i++)
        {
            string observerPath = Item(path + ".observers", i);
            ObserverDto observer = Present(dto.Observers![i], observerPath);
            MemberState state = State(observer.State, observerPath + ".state");
            RecordedDate start = MapDate(observer.Start, observerPath + ".start");
            RecordedDate? end = MapOptionalDate(observer.End, observerPath + ".end");
            At(observerPath, observer.State, () => treaty.AddObserver(new ObserverPeriod(state, start, end, observer.Body, observer.Note)));
        }

        if (dto.Terminated is not null)
        {
            RecordedDate terminated = MapDate(dto.Terminated, path + ".terminated");
            At(path + ".terminated", terminated.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), () => treaty.WithTerminated(terminated));
        }

        for (int i = 0; i < (dto.Suspensions?.Count ?? 0); i++)
        {
            string suspensionPath = Item(path + ".suspensions", i);
            SuspensionDto suspension = Present(dto.Suspensions![i], suspensionPath);
            MemberState state = State(suspension.State, suspensionPath + ".state");
            MemberState toward = State(suspension.Toward, suspensionPath + ".toward");
            RecordedDate start = MapDate(suspension.Start, suspensionPath + ".start");
            RecordedDate? end = MapOptionalDate(suspension.End, suspensionPath + ".end");
            At(suspensionPath, suspension.State, () => treaty.AddSuspension(new ObligationSuspension(state, toward, start, end, suspension.Note)));
        }

        for (int i = 0; i < (dto.Clauses?.Count ?? 0); i++)
        {
            MapClause(treaty, Present(dto.Clauses![i], Item(path + ".clauses", i)), Item(path + ".clauses", i));
        }

        for (int i = 0; i < (dto.Requests?.Count ?? 0); i++)
        {
            string requestPath = Item(path + ".requests", i);
            Invocation request = MapCall(Present(dto.Requests![i], requestPath), requestPath);
            At(requestPath, request.DateRecord.ToString(), () => treaty.AddRequest(request));
        }
    }

    private Invocation MapCall(InvocationDto dto, string path)
    {
        RecordedDate date = MapDate(dto.Date, path + ".date");
        List<MemberState> requestedBy = MapStates(Present(dto.RequestedBy, path + ".requestedBy"), path + ".requestedBy");
        return At(path, dto.Date?.Date, () => new Invocation(date, requestedBy, dto.Outcome, dto.AssistanceProvided, dto.Note));
    }

    private void MapDocument(TreatyBuilder treaty, DocumentDto dto, string path)
    {
        RecordedDate signed = MapDate(dto.Signed, path + ".signed");
        RecordedDate? inForce = MapOptionalDate(dto.EnteredIntoForce, path + ".enteredIntoForce");
        List<MemberState> parties = MapStates(dto.Parties, path + ".parties");
        At(path, dto.Name, () => treaty.AddDocument(new TreatyDocument(dto.Name, signed, inForce, parties, dto.Note)));
    }

    private List<MemberState> MapStates(List<string>? codes, string path)
    {
        var states = new List<MemberState>(codes?.Count ?? 0);
        for (int i = 0; i < (codes?.Count ?? 0); i++)
        {
            states.Add(State(codes![i], Item(path, i)));
        }

        return states;
    }

    private void MapMembership(TreatyBuilder treaty, MembershipDto dto, string path)
    {
        MemberState state = State(dto.State, path + ".state");
        RecordedDate? signed = MapOptionalDate(dto.Signed, path + ".signed");
        RecordedDate start = MapDate(dto.Start, path + ".start");
        RecordedDate? end = MapOptionalDate(dto.End, path + ".end");
        var changes = new List<ParticipationChange>();
        for (int i = 0; i < (dto.Participation?.Count ?? 0); i++)
        {
            string changePath = Item(path + ".participation", i);
            ParticipationDto change = Present(dto.Participation![i], changePath);
            ParticipationStatus status = ParseEnum(change.Status, changePath + ".status", FormatNames.Participation);
            RecordedDate from = MapDate(change.From, changePath + ".from");
            changes.Add(At(changePath, change.Status, () => new ParticipationChange(status, from, change.Note)));
        }

        AllianceProvisions provisions = AllianceProvisions.None;
        for (int i = 0; i < (dto.Provisions?.Count ?? 0); i++)
        {
            provisions |= ParseEnum(dto.Provisions![i], Item(path + ".provisions", i), FormatNames.Provisions);
        }

        MembershipEndReason endReason = dto.EndReason is null
            ? MembershipEndReason.Unstated
            : ParseEnum(dto.EndReason, path + ".endReason", FormatNames.EndReasons);
        MembershipPeriod period = At(path, dto.State, () => new MembershipPeriod(state, start, end, endReason, signed, changes, dto.Note, provisions, dto.CowCode));
        At(path, dto.State, () => treaty.AddMembership(period));
    }

    private void MapClause(TreatyBuilder treaty, ClauseDto dto, string path)
    {
        RecordedDate? inForce = MapOptionalDate(dto.InForceFrom, path + ".inForceFrom");
        var invocations = new List<Invocation>();
        for (int i = 0; i < (dto.Invocations?.Count ?? 0); i++)
        {
            string invocationPath = Item(path + ".invocations", i);
            invocations.Add(MapCall(Present(dto.Invocations![i], invocationPath), invocationPath));
        }

        bool defence = ParseEnum(dto.Kind, path + ".kind", FormatNames.ClauseKinds);
        TreatyClause clause;
        if (defence)
        {
            ObligationStrength obligation = ParseEnum(dto.Obligation, path + ".obligation", FormatNames.Obligations);
            GeographicScope? scope = dto.Scope is null ? null : MapScope(dto.Scope, path + ".scope");
            clause = At(path, dto.Article, () => new MutualDefenceClause(dto.Article, dto.Summary, obligation, scope, dto.Wording, inForce, invocations));
        }
        else
        {
            if (dto.Obligation is not null || dto.Scope is not null)
            {
                throw new TreatyDataException(path, null, null, dto.Article, "A consultation clause has no obligation or scope; only a mutualDefence clause does.");
            }

            clause = At(path, dto.Article, () => new ConsultationClause(dto.Article, dto.Summary, dto.Wording, inForce, invocations));
        }

        At(path, dto.Article, () => treaty.AddClause(clause));
    }
}
