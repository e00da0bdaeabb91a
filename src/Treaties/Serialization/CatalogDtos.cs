using System.Collections.Generic;

namespace Treaties.Serialization;

// The JSON shape of format version 1, as plain data, one field to a line. Dates stay strings here so that the reader
// can name the path, the value and the rule of every bad date. Property order is the order written by Save.
#pragma warning disable CA1812 // Instantiated by the source-generated serializer.
#pragma warning disable CA2227 // Collection properties are set by the serializer.

internal sealed class CatalogDto
{
    public required int FormatVersion { get; set; }
    public string? AsOf { get; set; }
    public List<SourceDto>? Sources { get; set; }
    public required List<StateDto> States { get; set; }
    public List<PlaceDto>? Places { get; set; }
    public required List<TreatyDto> Treaties { get; set; }
    public List<PendingTreatyDto>? PendingTreaties { get; set; }
}

internal sealed class PendingTreatyDto
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public List<string>? Aliases { get; set; }
    public required DatedDto Signed { get; set; }
    public required List<string> Signatories { get; set; }
    public string? Note { get; set; }
}

internal sealed class PlaceDto
{
    public required string Code { get; set; }
    public string? Alpha3 { get; set; }
    public required string Name { get; set; }
    public required string State { get; set; }
    public required string Region { get; set; }
    public bool? Overseas { get; set; }
    public string? FormerHolder { get; set; }
    public DatedDto? HeldUntil { get; set; }
    public string? Note { get; set; }
}

internal sealed class SourceDto
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    public required string Publisher { get; set; }
    public required string Url { get; set; }
    public string? Date { get; set; }
    public required string Kind { get; set; }
}

internal sealed class DatedDto
{
    public required string Date { get; set; }
    public List<string>? Sources { get; set; }
    public string? Precision { get; set; }
    public bool? Confirmed { get; set; }
    public string? Note { get; set; }
    public List<AlternativeDto>? Alternatives { get; set; }
}

internal sealed class AlternativeDto
{
    public required string Date { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

internal sealed class StateDto
{
    public required string Code { get; set; }
    public string? Alpha2 { get; set; }
    public required string Name { get; set; }
    public string? Region { get; set; }
    public List<CowCodeDto>? Cow { get; set; }
    public DatedDto? Established { get; set; }
    public DatedDto? Dissolved { get; set; }
    public List<string>? Successors { get; set; }
    public string? Note { get; set; }
}

internal sealed class TreatyDto
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public List<string>? Aliases { get; set; }
    public List<LocalNameDto>? Names { get; set; }
    public required DatedDto Signed { get; set; }
    public required DatedDto EnteredIntoForce { get; set; }
    public DatedDto? Terminated { get; set; }
    public string? Note { get; set; }
    public OrganizationDto? Organization { get; set; }
    public List<DocumentDto>? Documents { get; set; }
    public List<MembershipDto>? Memberships { get; set; }
    public List<ObserverDto>? Observers { get; set; }
    public List<SuspensionDto>? Suspensions { get; set; }
    public List<ClauseDto>? Clauses { get; set; }
    public List<InvocationDto>? Requests { get; set; }
}

internal sealed class LocalNameDto
{
    public required string Culture { get; set; }
    public required string Name { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class OrganizationDto
{
    public required string Name { get; set; }
    public DatedDto? Established { get; set; }
    public DatedDto? Dissolved { get; set; }
    public string? Note { get; set; }
}

internal sealed class SuspensionDto
{
    public required string State { get; set; }
    public required string Toward { get; set; }
    public required DatedDto Start { get; set; }
    public DatedDto? End { get; set; }
    public string? Note { get; set; }
}

internal sealed class DocumentDto
{
    public required string Name { get; set; }
    public required DatedDto Signed { get; set; }
    public DatedDto? EnteredIntoForce { get; set; }
    public List<string>? Parties { get; set; }
    public string? Note { get; set; }
}

internal sealed class MembershipDto
{
    public required string State { get; set; }
    public DatedDto? Signed { get; set; }
    public required DatedDto Start { get; set; }
    public DatedDto? End { get; set; }
    public List<ParticipationDto>? Participation { get; set; }
    public string? EndReason { get; set; }
    public List<string>? Provisions { get; set; }
    public int? CowCode { get; set; }
    public string? Note { get; set; }
}

internal sealed class CowCodeDto
{
    public required int Code { get; set; }
    public DatedDto? From { get; set; }
    public DatedDto? Until { get; set; }
}

internal sealed class ParticipationDto
{
    public required string Status { get; set; }
    public required DatedDto From { get; set; }
    public string? Note { get; set; }
}

internal sealed class ObserverDto
{
    public required string State { get; set; }
    public string? Body { get; set; }
    public required DatedDto Start { get; set; }
    public DatedDto? End { get; set; }
    public string? Note { get; set; }
}

internal sealed class ClauseDto
{
    public required string Kind { get; set; }
    public required string Article { get; set; }
    public required string Summary { get; set; }
    public string? Wording { get; set; }
    public string? Obligation { get; set; }
    public DatedDto? InForceFrom { get; set; }
    public ScopeDto? Scope { get; set; }
    public List<InvocationDto>? Invocations { get; set; }
}

internal sealed class ScopeDto
{
    public string? Description { get; set; }
    public bool? CoversAllTerritory { get; set; }
    public bool? MetropolitanTerritory { get; set; }
    public List<string>? Regions { get; set; }
    public List<string>? WholeTerritoryOf { get; set; }
    public List<ScopeRuleDto>? Rules { get; set; }
}

internal sealed class ScopeRuleDto
{
    public required string Place { get; set; }
    public required bool Covered { get; set; }
    public DatedDto? From { get; set; }
    public DatedDto? Until { get; set; }
    public string? Note { get; set; }
}

internal sealed class InvocationDto
{
    public required DatedDto Date { get; set; }
    public required List<string> RequestedBy { get; set; }
    public required string Outcome { get; set; }
    public bool? AssistanceProvided { get; set; }
    public string? Note { get; set; }
}
