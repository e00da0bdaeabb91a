using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace Treaties.Serialization;

/// <summary>
/// Reads a catalog document. <see cref="DocumentScanner"/> checks the bytes and the shape of the JSON in one pass, so
/// the source-generated serializer only fills the DTOs. This class turns their text into model values (dates, the
/// format's names, source ids) and adds every fact through <see cref="TreatyCatalogBuilder"/>, which holds the rules;
/// an error names the JSON path of the fact, and the scanner finds its line. Nothing is returned unless all of it loads.
/// </summary>
internal sealed class CatalogReader
{
    private readonly TreatyCatalogBuilder _builder = new();

    private CatalogReader()
    {
    }

    internal static TreatyCatalog Read(ReadOnlySpan<byte> utf8)
    {
        utf8 = DocumentScanner.Scan(utf8);
        CatalogDto dto = JsonSerializer.Deserialize(utf8, CatalogJsonContext.Default.CatalogDto)
            ?? throw new UnreachableException("The scan accepts only an object at the top of the document.");
        try
        {
            return new CatalogReader().Map(dto);
        }
        catch (TreatyDataException e) when (e.LineNumber is null && e.JsonPath is not null)
        {
            throw DocumentScanner.WithLine(utf8, e);
        }
    }

    /// <summary>Runs one step; an argument the model or a builder rejects becomes an error at <paramref name="path"/>.</summary>
    private static T At<T>(string path, string? value, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (ArgumentException e)
        {
            string suffix = $" (Parameter '{e.ParamName}')";
            string rule = e.ParamName is not null && e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
            throw new TreatyDataException(path, null, null, value, rule, e);
        }
    }

    /// <summary>Maps the elements of a list, each under its own path, such as <c>$.states[3]</c>.</summary>
    private static List<TResult> Each<T, TResult>(List<T>? items, string path, Func<T, string, TResult> map)
    {
        var results = new List<TResult>(items?.Count ?? 0);
        for (int i = 0; i < (items?.Count ?? 0); i++)
        {
            results.Add(map(items![i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")));
        }

        return results;
    }

    private static LocalDate ParseDate(string text, string path) =>
        IsoDay.TryParse(text, out LocalDate date)
            ? date
            : throw new TreatyDataException(path, null, null, text, "The date must be a real calendar day written yyyy-MM-dd.");

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

        Each(dto.Sources, "$.sources", AddSource);
        Each(dto.States, "$.states", AddState);
        Each(dto.Places, "$.places", AddPlace);
        Each(dto.Treaties, "$.treaties", AddTreaty);
        Each(dto.PendingTreaties, "$.pendingTreaties", (pending, path) =>
        {
            RecordedDate signed = Date(pending.Signed, path + ".signed");
            List<MemberState> signatories = States(pending.Signatories, path + ".signatories");
            return At(path, pending.Id, () => _builder.AddPendingTreaty(new PendingTreaty(pending.Id, pending.Name, signed, signatories, pending.Aliases, pending.Note)));
        });
        try
        {
            return _builder.Build();
        }
        catch (InvalidOperationException e)
        {
            throw new TreatyDataException("$", null, null, null, e.Message, e);
        }
    }

    private TreatyCatalogBuilder AddSource(SourceDto dto, string path)
    {
        SourceKind kind = ParseEnum(dto.Kind, path + ".kind", FormatNames.SourceKinds);
        LocalDate? date = dto.Date is null ? null : ParseDate(dto.Date, path + ".date");
        if (!Uri.TryCreate(dto.Url, UriKind.Absolute, out Uri? url))
        {
            throw new TreatyDataException(path + ".url", null, null, dto.Url, "The address must be an absolute http or https URL.");
        }

        Source source = At(path, dto.Id, () => new Source(dto.Id, dto.Title, dto.Publisher, url, kind, date));
        return At(path + ".id", dto.Id, () => _builder.AddSource(source));
    }

    private RecordedDate? OptionalDate(DatedDto? dto, string path) => dto is null ? null : Date(dto, path);

    private RecordedDate Date(DatedDto dto, string path)
    {
        LocalDate date = ParseDate(dto.Date, path + ".date");
        DatePrecision precision = dto.Precision is null ? DatePrecision.Day : ParseEnum(dto.Precision, path + ".precision", FormatNames.Precisions);
        List<Source> sources = SourceIds(dto.Sources, path + ".sources");
        List<AlternativeDate> alternatives = Each(dto.Alternatives, path + ".alternatives", (alternative, itemPath) =>
        {
            LocalDate alternativeDate = ParseDate(alternative.Date, itemPath + ".date");
            List<Source> alternativeSources = SourceIds(alternative.Sources, itemPath + ".sources");
            return At(itemPath, alternative.Date, () => new AlternativeDate(alternativeDate, alternativeSources, alternative.Note));
        });
        return At(path, dto.Date, () => new RecordedDate(date, sources, precision, dto.Confirmed ?? true, dto.Note, alternatives));
    }

    private List<Source> SourceIds(List<string>? ids, string path) =>
        Each(ids, path, (id, itemPath) => _builder.TryGetSource(id, out Source? source)
            ? source
            : throw new TreatyDataException(itemPath, null, null, id, "No source in $.sources has this id."));

    private MemberState State(string code, string path) => At(path, code, () => _builder.GetState(code, "state"));

    private List<MemberState> States(List<string>? codes, string path) => Each(codes, path, State);

    private TreatyCatalogBuilder AddState(StateDto dto, string path)
    {
        RecordedDate? established = OptionalDate(dto.Established, path + ".established");
        RecordedDate? dissolved = OptionalDate(dto.Dissolved, path + ".dissolved");
        GeographicRegion? region = dto.Region is null ? null : ParseEnum(dto.Region, path + ".region", FormatNames.Regions);
        List<CowCode> codes = Each(dto.Cow, path + ".cow", (code, itemPath) =>
        {
            RecordedDate? from = OptionalDate(code.From, itemPath + ".from");
            RecordedDate? until = OptionalDate(code.Until, itemPath + ".until");
            return At(itemPath, code.Code.ToString(CultureInfo.InvariantCulture), () => new CowCode(code.Code, from, until));
        });
        MemberState state = At(path, dto.Code, () =>
            new MemberState(dto.Code, dto.Name, dto.Alpha2, established, dissolved, dto.Successors, dto.Note).WithRegion(region).WithCowCodes(codes));
        return At(path + ".code", dto.Code, () => _builder.AddState(state));
    }

    private TreatyCatalogBuilder AddPlace(PlaceDto dto, string path)
    {
        MemberState state = State(dto.State, path + ".state");
        GeographicRegion region = ParseEnum(dto.Region, path + ".region", FormatNames.Regions);
        MemberState? former = dto.FormerHolder is null ? null : State(dto.FormerHolder, path + ".formerHolder");
        RecordedDate? heldUntil = OptionalDate(dto.HeldUntil, path + ".heldUntil");
        Place place = At(path, dto.Code, () => new Place(dto.Code, dto.Name, state, region, dto.Alpha3, former, heldUntil, dto.Note).WithOverseas(dto.Overseas ?? false));
        return At(path + ".code", dto.Code, () => _builder.AddPlace(place));
    }

    private TreatyBuilder AddTreaty(TreatyDto dto, string path)
    {
        RecordedDate signed = Date(dto.Signed, path + ".signed");
        RecordedDate inForce = Date(dto.EnteredIntoForce, path + ".enteredIntoForce");
        TreatyBuilder treaty = At(path, dto.Id, () => _builder.AddTreaty(dto.Id, dto.Name, signed, inForce));
        Each(dto.Aliases, path + ".aliases", (alias, itemPath) => At(itemPath, alias, () => treaty.AddAlias(alias)));
        Each(dto.Names, path + ".names", (name, itemPath) =>
        {
            List<Source> sources = SourceIds(name.Sources, itemPath + ".sources");
            return At(itemPath, name.Culture, () => treaty.AddLocalName(new LocalizedName(name.Culture, name.Name, sources)));
        });
        if (dto.Note is not null)
        {
            At(path + ".note", dto.Note, () => treaty.WithNote(dto.Note));
        }

        if (dto.Organization is OrganizationDto organization)
        {
            RecordedDate? established = OptionalDate(organization.Established, path + ".organization.established");
            RecordedDate? dissolved = OptionalDate(organization.Dissolved, path + ".organization.dissolved");
            At(path + ".organization", organization.Name, () => treaty.WithOrganization(new TreatyOrganization(organization.Name, established, dissolved, organization.Note)));
        }

        Each(dto.Documents, path + ".documents", (document, itemPath) =>
        {
            RecordedDate documentSigned = Date(document.Signed, itemPath + ".signed");
            RecordedDate? documentInForce = OptionalDate(document.EnteredIntoForce, itemPath + ".enteredIntoForce");
            List<MemberState> parties = States(document.Parties, itemPath + ".parties");
            return At(itemPath, document.Name, () => treaty.AddDocument(new TreatyDocument(document.Name, documentSigned, documentInForce, parties, document.Note)));
        });
        Each(dto.Memberships, path + ".memberships", (membership, itemPath) => AddMembership(treaty, membership, itemPath));
        Each(dto.Observers, path + ".observers", (observer, itemPath) =>
        {
            MemberState state = State(observer.State, itemPath + ".state");
            RecordedDate start = Date(observer.Start, itemPath + ".start");
            RecordedDate? end = OptionalDate(observer.End, itemPath + ".end");
            return At(itemPath, observer.State, () => treaty.AddObserver(new ObserverPeriod(state, start, end, observer.Body, observer.Note)));
        });
        if (dto.Terminated is not null)
        {
            RecordedDate terminated = Date(dto.Terminated, path + ".terminated");
            At(path + ".terminated", dto.Terminated.Date, () => treaty.WithTerminated(terminated));
        }

        Each(dto.Suspensions, path + ".suspensions", (suspension, itemPath) =>
        {
            MemberState state = State(suspension.State, itemPath + ".state");
            MemberState toward = State(suspension.Toward, itemPath + ".toward");
            RecordedDate start = Date(suspension.Start, itemPath + ".start");
            RecordedDate? end = OptionalDate(suspension.End, itemPath + ".end");
            return At(itemPath, suspension.State, () => treaty.AddSuspension(new ObligationSuspension(state, toward, start, end, suspension.Note)));
        });
        Each(dto.Clauses, path + ".clauses", (clause, itemPath) => AddClause(treaty, clause, itemPath));
        Each(dto.Requests, path + ".requests", (request, itemPath) =>
        {
            Invocation call = Call(request, itemPath);
            return At(itemPath, request.Date.Date, () => treaty.AddRequest(call));
        });
        return treaty;
    }

    private Invocation Call(InvocationDto dto, string path)
    {
        RecordedDate date = Date(dto.Date, path + ".date");
        List<MemberState> requestedBy = States(dto.RequestedBy, path + ".requestedBy");
        return At(path, dto.Date.Date, () => new Invocation(date, requestedBy, dto.Outcome, dto.AssistanceProvided, dto.Note));
    }

    private TreatyBuilder AddMembership(TreatyBuilder treaty, MembershipDto dto, string path)
    {
        MemberState state = State(dto.State, path + ".state");
        RecordedDate? signed = OptionalDate(dto.Signed, path + ".signed");
        RecordedDate start = Date(dto.Start, path + ".start");
        RecordedDate? end = OptionalDate(dto.End, path + ".end");
        List<ParticipationChange> changes = Each(dto.Participation, path + ".participation", (change, itemPath) =>
        {
            ParticipationStatus status = ParseEnum(change.Status, itemPath + ".status", FormatNames.Participation);
            RecordedDate from = Date(change.From, itemPath + ".from");
            return At(itemPath, change.Status, () => new ParticipationChange(status, from, change.Note));
        });
        AllianceProvisions provisions = AllianceProvisions.None;
        foreach (AllianceProvisions provision in Each(dto.Provisions, path + ".provisions", (name, itemPath) => ParseEnum(name, itemPath, FormatNames.Provisions)))
        {
            provisions |= provision;
        }

        MembershipEndReason endReason = dto.EndReason is null ? MembershipEndReason.Unstated : ParseEnum(dto.EndReason, path + ".endReason", FormatNames.EndReasons);
        return At(path, dto.State, () => treaty.AddMembership(new MembershipPeriod(state, start, end, endReason, signed, changes, dto.Note, provisions, dto.CowCode)));
    }

    private TreatyBuilder AddClause(TreatyBuilder treaty, ClauseDto dto, string path)
    {
        RecordedDate? inForce = OptionalDate(dto.InForceFrom, path + ".inForceFrom");
        List<Invocation> invocations = Each(dto.Invocations, path + ".invocations", Call);
        TreatyClause clause;
        if (ParseEnum(dto.Kind, path + ".kind", FormatNames.ClauseKinds))
        {
            ObligationStrength obligation = ParseEnum(dto.Obligation, path + ".obligation", FormatNames.Obligations);
            GeographicScope? scope = dto.Scope is null ? null : Scope(dto.Scope, path + ".scope");
            clause = At(path, dto.Article, () => new MutualDefenceClause(dto.Article, dto.Summary, obligation, scope, dto.Wording, inForce, invocations));
        }
        else if (dto.Obligation is not null || dto.Scope is not null)
        {
            throw new TreatyDataException(path, null, null, dto.Article, "A consultation clause has no obligation or scope; only a mutualDefence clause does.");
        }
        else
        {
            clause = At(path, dto.Article, () => new ConsultationClause(dto.Article, dto.Summary, dto.Wording, inForce, invocations));
        }

        return At(path, dto.Article, () => treaty.AddClause(clause));
    }

    private GeographicScope Scope(ScopeDto dto, string path)
    {
        List<GeographicRegion> regions = Each(dto.Regions, path + ".regions", (region, itemPath) => ParseEnum(region, itemPath, FormatNames.Regions));
        List<string> states = Each(dto.WholeTerritoryOf, path + ".wholeTerritoryOf", (code, itemPath) => State(code, itemPath).Code);
        List<ScopeRule> rules = Each(dto.Rules, path + ".rules", (rule, itemPath) =>
        {
            RecordedDate? from = OptionalDate(rule.From, itemPath + ".from");
            RecordedDate? until = OptionalDate(rule.Until, itemPath + ".until");
            return At(itemPath, rule.Place, () => new ScopeRule(rule.Place, rule.Covered, from, until, rule.Note));
        });
        return At(path, dto.Description, () => new GeographicScope(dto.Description, dto.CoversAllTerritory ?? false, regions, states, rules)
            .WithMetropolitanTerritory(dto.MetropolitanTerritory ?? false));
    }
}
