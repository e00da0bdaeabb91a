using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Treaties.Samples;
using Treaties;

namespace TreatyWeb.Api;

/// <summary>
/// Turns the library's answers into the API's: every dated fact with its sources and doubt marks, every state with the
/// name people use in English.
/// </summary>
public sealed class CatalogAnswers(TreatyCatalog catalog)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The treaties that have ever had more than two parties; the map's day does not change it.</summary>
    private readonly HashSet<Treaty> _multilateral = [.. catalog.Treaties.Where(t => t.Memberships.Select(p => p.State).Distinct().Skip(2).Any())];

    /// <summary>Gets the catalog the answers come from.</summary>
    public TreatyCatalog Catalog { get; } = catalog;

    /// <summary>Whether a treaty has ever had more than two parties.</summary>
    public bool IsMultilateral(Treaty treaty) => _multilateral.Contains(treaty);

    /// <summary>Every treaty with its dates and clauses, and the treaties signed and not in force.</summary>
    public TreatiesAnswer Treaties() => new(
        Catalog.AsOf is LocalDate asOf ? Iso(asOf) : null,
        [.. Catalog.Treaties.Select(t => new TreatyItem(
            t.Id, t.GetName(English), t.Aliases, Fact(t.SignedRecord), Fact(t.EnteredIntoForceRecord), FactOrNull(t.TerminatedRecord),
            [.. t.MutualDefenceClauses.Select(Clause)]))],
        [.. Catalog.PendingTreaties.Select(p => new PendingItem(p.Id, p.Name, Fact(p.SignedRecord)))]);

    /// <summary>The members of a treaty on a day.</summary>
    public MembersAnswer Members(Treaty treaty, LocalDate date) => new(
        Ref(treaty),
        Iso(date),
        treaty.InForce.Contains(date),
        [.. treaty.MembersOn(date).Select(m => Member(m, treaty.StatusOn(m, date)))],
        Warning(date));

    /// <summary>The treaties binding a state on a day.</summary>
    public StateTreatiesAnswer TreatiesOf(MemberState state, LocalDate date) => new(
        Ref(state),
        Iso(date),
        [.. Catalog.TreatiesOf(state, date).Select(t =>
        {
            MembershipStatus status = t.StatusOn(state, date);
            return new StateTreatyItem(
                Ref(t), status.Participation ?? ParticipationStatus.Full, FactOrNull(status.SinceRecord), t.MutualDefenceClauseOn(date) is MutualDefenceClause c ? Clause(c) : null, OrganisationDissolved(t, date));
        })],
        Coverage("No treaty"),
        Warning(date));

    /// <summary>Who had to defend a state on a day, at home or at a place.</summary>
    public DefendersAnswer Defenders(MemberState state, LocalDate date, Place? place)
    {
        IReadOnlyList<DefenceCommitment> commitments = place is null ? Catalog.WhoMustDefend(state, date) : Catalog.WhoMustDefend(state, date, place);
        return new DefendersAnswer(
            Ref(state),
            Iso(date),
            place is null ? null : new PlaceRef(place.Code, place.GetName(English), place.State.Code),
            [.. commitments.Select(c => new CommitmentItem(
                Ref(c.Treaty),
                Clause(c.Clause),
                [.. c.Defenders.Select(d => new MemberItem(Ref(d), c.ParticipationOf(d), FactOrNull(c.Treaty.StatusOn(d, date).SinceRecord)))],
                [.. c.Suspensions.Select(s => new SuspendedItem(Ref(s.State), Fact(s.StartRecord)))]))],
            Coverage("No commitment"),
            Warning(date));
    }

    /// <summary>How two states stood on a day.</summary>
    public AlliesAnswer Allies(MemberState a, MemberState b, LocalDate date)
    {
        StateRelationship relationship = Catalog.RelationshipOn(a, b, date);
        return new AlliesAnswer(
            Ref(a),
            Ref(b),
            Iso(date),
            relationship.Kind == RelationshipKind.Allies,
            relationship.Kind,
            [.. relationship.Bonds.Select(bond => new BondItem(
                Ref(bond.Treaty),
                bond.Kind,
                bond.Clause is MutualDefenceClause c ? Clause(c) : null,
                FactOrNull(bond.StartRecord),
                FactOrNull(bond.EndRecord),
                bond.Observer?.Code,
                bond.Suspension is ObligationSuspension s ? new SuspensionItem(s.State.Code, s.Toward.Code, Fact(s.StartRecord)) : null))],
            Warning(date));
    }

    /// <summary>Every state in a treaty in force on a day, with its treaties, for colouring the map.</summary>
    public MapAnswer Map(LocalDate date)
    {
        Treaty[] inForce = [.. Catalog.Treaties.Where(t => t.InForce.Contains(date))];
        var byState = new Dictionary<MemberState, List<Treaty>>();
        foreach (Treaty treaty in inForce)
        {
            foreach (MemberState member in treaty.MembersOn(date))
            {
                if (!byState.TryGetValue(member, out List<Treaty>? list))
                {
                    byState[member] = list = [];
                }

                list.Add(treaty);
            }
        }

        return new MapAnswer(
            Iso(date),
            Catalog.AsOf is LocalDate asOf ? Iso(asOf) : null,
            [.. inForce.Select(t => new MapTreaty(t.Id, t.GetName(English), t.MembersOn(date).Count, _multilateral.Contains(t), OrganisationDissolved(t, date)))],
            [.. byState.OrderBy(e => e.Key.Code, StringComparer.Ordinal).Select(e => new MapState(
                Ref(e.Key),
                [.. e.Value.Select(t => t.Id)],
                LandOf(e.Key),
                e.Value.Any(t => t.StatusOn(e.Key, date).SinceRecord is RecordedDate r && (!r.IsConfirmed || r.IsDisputed))))]);
    }

    /// <summary>Writes a day as yyyy-MM-dd.</summary>
    public static string Iso(LocalDate date) => InputText.Iso(date);

    /// <summary>A state's code and names.</summary>
    public static StateRef Ref(MemberState state) => new(state.Code, state.GetName(English), state.Name);

    /// <summary>A dated fact with its provenance.</summary>
    public static DateFact Fact(RecordedDate record) => new(
        Iso(record.Date),
        record.IsConfirmed,
        record.IsDisputed,
        [.. record.Alternatives.Select(a => new OtherDate(Iso(a.Date), [.. a.Sources.Select(Source)], a.Note))],
        [.. record.Sources.Select(Source)],
        record.Note);

    private static DateFact? FactOrNull(RecordedDate? record) => record is null ? null : Fact(record);

    /// <summary>The day a treaty's organisation was dissolved, if that was on or before the day: the treaty outlived it.</summary>
    private static DateFact? OrganisationDissolved(Treaty treaty, LocalDate date) =>
        treaty.Organization?.DissolvedRecord is RecordedDate dissolved && dissolved.Date <= date ? Fact(dissolved) : null;

    private static MemberItem Member(MemberState state, MembershipStatus status) =>
        new(Ref(state), status.Participation ?? ParticipationStatus.Full, FactOrNull(status.SinceRecord));

    private static SourceRef Source(Source source) => new(source.Id, source.Title, source.Publisher, source.Url.OriginalString, source.Kind);

    private static TreatyRef Ref(Treaty treaty) => new(treaty.Id, treaty.GetName(English));

    private static ClauseRef Clause(MutualDefenceClause clause) => new(clause.Article, clause.Obligation, ObligationWords.Of(clause.Obligation));

    /// <summary>The states on today's map that hold a former state's land: its successors, and theirs where they too are gone.</summary>
    public List<string> LandOf(MemberState state)
    {
        if (state.Dissolved is null)
        {
            return [];
        }

        var codes = new List<string>();
        foreach (string successor in state.Successors)
        {
            if (Catalog.TryGetState(successor, out MemberState? next) && next.Dissolved is not null)
            {
                codes.AddRange(LandOf(next));
            }
            else
            {
                codes.Add(successor);
            }
        }

        return codes;
    }

    private string Coverage(string none) =>
        $"{none} among the {Catalog.Treaties.Count} treaties of this catalog; GET /api/treaties lists them, and docs/coverage.md says what the catalog leaves out.";

    private string? Warning(LocalDate date) => InputWords.AfterCheckedDay(date, Catalog.AsOf);
}
