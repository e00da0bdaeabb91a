using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace TreatyQuery;

// The answers as --json writes them: one record per command, serialised by the source-generated AnswerJson, so the
// native build needs no reflection. docs/cli-json.md is their contract; a field whose value is unknown or does not apply
// is null and left out.

/// <summary>A recorded day: its date, whether a source confirms it, whether sources disagree, and its sources' ids (resolved in <c>citedSources</c>).</summary>
internal sealed record RecordedDay(string Date, bool Confirmed, bool Disputed, IReadOnlyList<string> Sources);

/// <summary>A source named in an answer.</summary>
internal sealed record CitedSource(string Id, string Title, string Url);

/// <summary>A treaty's life: the days it was signed, entered into force and ended.</summary>
internal sealed record TreatyLife(string Signed, string EnteredIntoForce, string? Terminated);

/// <summary>A treaty's organisation that was dissolved while the treaty stayed in force.</summary>
internal sealed record OrganisationNote(string Name, string Dissolved, string? TreatyTerminated);

/// <summary>A state that did not exist on the day asked: when it came into being, or when it ceased to exist.</summary>
internal sealed record StateExistence(string Code, string? Established, string? Dissolved);

/// <summary>What a negative answer rests on: how many treaties the catalog holds, and that it knows no others.</summary>
internal sealed record CoverageNote(int Treaties, string Note);

internal sealed record MembersAnswer(string Treaty, string Date, IReadOnlyList<MemberRow> Members, bool InForce, TreatyLife TreatyDates, OrganisationNote? OrganisationDissolved, IReadOnlyList<CitedSource> CitedSources);

internal sealed record MemberRow(string Code, string Name, string Participation, RecordedDay MemberSince, RecordedDay ParticipationSince);

internal sealed record StatusAnswer(
    string Treaty, string State, string Date, string Role, string? Participation, string? Since, string? MemberFrom, string? MemberUntil, bool? Confirmed, IReadOnlyList<string>? Sources,
    RecordedDay? MemberSince, RecordedDay? ParticipationSince, bool InForce, TreatyLife TreatyDates, OrganisationNote? OrganisationDissolved, StateExistence? StateNotExisting, IReadOnlyList<CitedSource> CitedSources);

internal sealed record TreatiesAnswer(string State, string Date, IReadOnlyList<TreatyRow> Treaties, CoverageNote? Coverage, StateExistence? StateNotExisting, IReadOnlyList<CitedSource> CitedSources);

internal sealed record TreatyRow(string Id, string Name, string Participation, bool MutualDefence, string? Article, RecordedDay MemberSince, RecordedDay ParticipationSince, OrganisationNote? OrganisationDissolved);

internal sealed record TreatyListAnswer(string? AsOf, IReadOnlyList<ListedTreaty> Treaties, IReadOnlyList<PendingRow> Pending);

internal sealed record ListedTreaty(string Id, string Name, string Signed, string EnteredIntoForce, string? Terminated, OrganisationNote? OrganisationDissolved);

internal sealed record PendingRow(string Id, string Name, string Signed);

internal sealed record DefendAnswer(string State, string Date, string? Place, IReadOnlyList<CommitmentRow> Commitments, CoverageNote? Coverage, StateExistence? StateNotExisting, IReadOnlyList<CitedSource> CitedSources);

internal sealed record CommitmentRow(string Treaty, string Article, string Obligation, IReadOnlyList<DefenderRow> Defenders, IReadOnlyList<string> Suspended, IReadOnlyList<SuspensionRow> Suspensions, OrganisationNote? OrganisationDissolved);

internal sealed record DefenderRow(string Code, string Name, string Participation, RecordedDay? ParticipationSince);

internal sealed record SuspensionRow(string State, string Toward, RecordedDay Since);

internal sealed record AlliesAnswer(
    string State, string Other, string Date, string Kind, bool Allies, IReadOnlyList<BondRow> Bonds, FirstTie? NotTiedYet, bool? NeverTied, CoverageNote? Coverage,
    IReadOnlyList<StateExistence> StatesNotExisting, IReadOnlyList<CitedSource> CitedSources);

internal sealed record BondRow(string Treaty, string Kind, string? Article, string? Since, string? Until, string? Observer, SuspensionRow? Suspension, OrganisationNote? OrganisationDissolved, RecordedDay? SinceRecord, RecordedDay? UntilRecord);

internal sealed record FirstTie(string Treaty, string From);

internal sealed record HistoryAnswer(string State, IReadOnlyList<ChangeRow> Changes, CoverageNote? Coverage, IReadOnlyList<CitedSource> CitedSources);

internal sealed record ChangeRow(string Date, string Treaty, string State, string Kind, string? EndReason, string? Participation, bool Confirmed, IReadOnlyList<string> Sources, IReadOnlyList<string> SourceIds, bool Disputed);

internal sealed record TimelineAnswer(string Treaty, IReadOnlyList<ChangeRow> Changes, IReadOnlyList<InvocationRow> Invocations, IReadOnlyList<CitedSource> CitedSources);

internal sealed record InvocationRow(string Date, string Article, IReadOnlyList<string> RequestedBy, string Outcome, RecordedDay DateRecord);

internal sealed record StatesAnswer(IReadOnlyList<StateRow> States);

internal sealed record StateRow(string Code, string Name, string LocalName, string? Alpha2, string? Established, string? Dissolved);

/// <summary>The source-generated serialiser of every answer.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MembersAnswer))]
[JsonSerializable(typeof(StatusAnswer))]
[JsonSerializable(typeof(TreatiesAnswer))]
[JsonSerializable(typeof(TreatyListAnswer))]
[JsonSerializable(typeof(DefendAnswer))]
[JsonSerializable(typeof(AlliesAnswer))]
[JsonSerializable(typeof(HistoryAnswer))]
[JsonSerializable(typeof(TimelineAnswer))]
[JsonSerializable(typeof(StatesAnswer))]
internal sealed partial class AnswerJson : JsonSerializerContext;
