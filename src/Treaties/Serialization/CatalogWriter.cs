using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Treaties.Serialization;

/// <summary>
/// Writes a catalog in format version 1. The output is canonical: the same catalog always gives the same bytes, and
/// optional fields that hold their default are left out.
/// </summary>
internal static class CatalogWriter
{
    /// <summary>The context used for writing: readable non-ASCII names ("Türkiye"), which a data file wants.</summary>
    internal static readonly CatalogJsonContext Context = new(new JsonSerializerOptions(CatalogJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    internal static CatalogDto ToDto(TreatyCatalog catalog) => new()
    {
        FormatVersion = CatalogLimits.FormatVersion,
        AsOf = catalog.AsOf is LocalDate asOf ? Format(asOf) : null,
        Sources = OrNull(catalog.Sources.Select(s => new SourceDto
        {
            Id = s.Id,
            Title = s.Title,
            Publisher = s.Publisher,
            Url = s.Url.OriginalString,
            Date = s.Date is LocalDate d ? Format(d) : null,
            Kind = FormatNames.NameOf(FormatNames.SourceKinds, s.Kind),
        })),
        States = [.. catalog.States.Select(s => new StateDto
        {
            Code = s.Code,
            Alpha2 = s.Alpha2,
            Name = s.Name,
            Region = s.Region is GeographicRegion region ? FormatNames.NameOf(FormatNames.Regions, region) : null,
            Cow = OrNull(s.CowCodes.Select(c => new CowCodeDto { Code = c.Code, From = Dated(c.StartRecord), Until = Dated(c.EndRecord) })),
            Established = Dated(s.EstablishedRecord),
            Dissolved = Dated(s.DissolvedRecord),
            Successors = OrNull(s.Successors),
            Note = s.Note,
        })],
        Places = OrNull(catalog.Places.Select(p => new PlaceDto
        {
            Code = p.Code,
            Alpha3 = p.Alpha3,
            Name = p.Name,
            State = p.State.Code,
            Region = FormatNames.NameOf(FormatNames.Regions, p.Region),
            Overseas = p.IsOverseas ? true : null,
            FormerHolder = p.FormerHolder?.Code,
            HeldUntil = Dated(p.HeldUntilRecord),
            Note = p.Note,
        })),
        Treaties = [.. catalog.Treaties.Select(ToDto)],
        PendingTreaties = OrNull(catalog.PendingTreaties.Select(t => new PendingTreatyDto
        {
            Id = t.Id,
            Name = t.Name,
            Aliases = OrNull(t.Aliases),
            Signed = Dated(t.SignedRecord)!,
            Signatories = [.. t.Signatories.Select(s => s.Code)],
            Note = t.Note,
        })),
    };

    private static TreatyDto ToDto(Treaty treaty) => new()
    {
        Id = treaty.Id,
        Name = treaty.Name,
        Aliases = OrNull(treaty.Aliases),
        Names = OrNull(treaty.LocalNames.Select(n => new LocalNameDto { Culture = n.Culture, Name = n.Name, Sources = OrNull(n.Sources.Select(s => s.Id)) })),
        Signed = Dated(treaty.SignedRecord)!,
        EnteredIntoForce = Dated(treaty.EnteredIntoForceRecord)!,
        Terminated = Dated(treaty.TerminatedRecord),
        Note = treaty.Note,
        Organization = treaty.Organization is TreatyOrganization organization ? new OrganizationDto
        {
            Name = organization.Name,
            Established = Dated(organization.EstablishedRecord),
            Dissolved = Dated(organization.DissolvedRecord),
            Note = organization.Note,
        } : null,
        Documents = OrNull(treaty.Documents.Select(d => new DocumentDto
        {
            Name = d.Name,
            Signed = Dated(d.SignedRecord)!,
            EnteredIntoForce = Dated(d.EnteredIntoForceRecord),
            Parties = OrNull(d.Parties.Select(p => p.Code)),
            Note = d.Note,
        })),
        Memberships = OrNull(treaty.Memberships.Select(m => new MembershipDto
        {
            State = m.State.Code,
            Signed = Dated(m.SignedRecord),
            Start = Dated(m.StartRecord)!,
            End = Dated(m.EndRecord),
            EndReason = m.EndReason == MembershipEndReason.Unstated ? null : FormatNames.NameOf(FormatNames.EndReasons, m.EndReason),
            Participation = OrNull(m.ParticipationChanges.Select(c => new ParticipationDto
            {
                Status = FormatNames.NameOf(FormatNames.Participation, c.Status),
                From = Dated(c.StartRecord)!,
                Note = c.Note,
            })),
            Provisions = OrNull(FormatNames.Provisions.Where(p => m.Provisions.HasFlag(p.Value)).Select(p => p.Name)),
            CowCode = m.CowCode,
            Note = m.Note,
        })),
        Observers = OrNull(treaty.Observers.Select(o => new ObserverDto
        {
            State = o.State.Code,
            Body = o.Body,
            Start = Dated(o.StartRecord)!,
            End = Dated(o.EndRecord),
            Note = o.Note,
        })),
        Suspensions = OrNull(treaty.Suspensions.Select(x => new SuspensionDto
        {
            State = x.State.Code,
            Toward = x.Toward.Code,
            Start = Dated(x.StartRecord)!,
            End = Dated(x.EndRecord),
            Note = x.Note,
        })),
        Clauses = OrNull(treaty.Clauses.Select(ToDto)),
        Requests = OrNull(treaty.Requests.Select(ToDto)),
    };

    private static ClauseDto ToDto(TreatyClause clause)
    {
        var defence = clause as MutualDefenceClause;
        return new ClauseDto
        {
            Kind = defence is null ? "consultation" : "mutualDefence",
            Article = clause.Article,
            Summary = clause.Summary,
            Wording = clause.Wording,
            Obligation = defence is null ? null : FormatNames.NameOf(FormatNames.Obligations, defence.Obligation),
            InForceFrom = Dated(clause.InForceFromRecord),
            Scope = defence is null || defence.Scope.Equals(GeographicScope.Unlimited) ? null : ToDto(defence.Scope),
            Invocations = OrNull(clause.Invocations.Select(ToDto)),
        };
    }

    private static InvocationDto ToDto(Invocation call) => new()
    {
        Date = Dated(call.DateRecord)!,
        RequestedBy = [.. call.RequestedBy.Select(s => s.Code)],
        Outcome = call.Outcome,
        AssistanceProvided = call.AssistanceProvided,
        Note = call.Note,
    };

    private static ScopeDto ToDto(GeographicScope scope) => new()
    {
        Description = scope.Description,
        CoversAllTerritory = scope.CoversAllTerritory ? true : null,
        MetropolitanTerritory = scope.CoversMetropolitanTerritory ? true : null,
        Regions = OrNull(scope.Regions.Select(r => FormatNames.NameOf(FormatNames.Regions, r))),
        WholeTerritoryOf = OrNull(scope.WholeTerritoryOf),
        Rules = OrNull(scope.Rules.Select(r => new ScopeRuleDto
        {
            Place = r.PlaceCode,
            Covered = r.IsCovered,
            From = Dated(r.StartRecord),
            Until = Dated(r.EndRecord),
            Note = r.Note,
        })),
    };

    private static DatedDto? Dated(RecordedDate? record) => record is null ? null : new DatedDto
    {
        Date = Format(record.Date),
        Sources = OrNull(record.Sources.Select(s => s.Id)),
        Precision = record.Precision == DatePrecision.Day ? null : FormatNames.NameOf(FormatNames.Precisions, record.Precision),
        Confirmed = record.IsConfirmed ? null : false,
        Note = record.Note,
        Alternatives = OrNull(record.Alternatives.Select(a => new AlternativeDto
        {
            Date = Format(a.Date),
            Sources = OrNull(a.Sources.Select(s => s.Id)),
            Note = a.Note,
        })),
    };

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static List<T>? OrNull<T>(IEnumerable<T> items)
    {
        List<T> list = [.. items];
        return list.Count == 0 ? null : list;
    }
}
