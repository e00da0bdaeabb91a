using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Spectre.Console;
using Treaties;
using Treaties.Samples;

namespace TreatyQuery;

/// <summary>
/// Writes each answer as sentences and aligned tables in the tool's language, or as JSON. Every answer that could
/// read as empty says why in words: a treaty not in force that day, a state that did not exist yet, or what the
/// catalog covers; each command's JSON record carries the same facts.
/// </summary>
internal sealed class View(TextWriter output, bool json, Func<TreatyCatalog> catalog, Labels labels, bool sources = false)
{
    /// <summary>The coverage note of JSON answers, which do not follow --culture.</summary>
    internal const string CoverageText = "A treaty outside this catalog is not known to it: see docs/coverage.md.";

    private static readonly AnswerJson Serializer = new(new JsonSerializerOptions(AnswerJson.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private readonly List<Source> _cited = [];
    private bool _marked;

    private CultureInfo Culture => labels.Culture;

    public void TreatyList(TreatyCatalog treaties)
    {
        if (json)
        {
            Write(new TreatyListAnswer(
                treaties.AsOf is LocalDate asOf ? Iso(asOf) : null,
                [.. treaties.Treaties.Select(t => new ListedTreaty(t.Id, t.Name, Iso(t.Signed), Iso(t.EnteredIntoForce), Iso(t.Terminated), OrganisationOutlived(t)))],
                [.. treaties.PendingTreaties.Select(p => new PendingRow(p.Id, p.Name, Iso(p.Signed)))]),
                Serializer.TreatyListAnswer);
            return;
        }

        output.WriteLine(treaties.AsOf is LocalDate day
            ? labels.Count("CheckedUpTo", treaties.Treaties.Count, ("date", Iso(day)))
            : labels.Count("Unchecked", treaties.Treaties.Count));
        Table(["Col_Treaty", "Col_Name", "Col_Signed", "Col_InForce", "Col_Ended"], treaties.Treaties.Select(t => new[]
        {
            labels.Acronym(t), labels.NameOf(t), Iso(t.Signed), Iso(t.EnteredIntoForce), Iso(t.Terminated) ?? "-",
        }));
        foreach (Treaty treaty in treaties.Treaties)
        {
            WriteOrganisation(treaty, OrganisationOutlived(treaty));
        }

        foreach (PendingTreaty pending in treaties.PendingTreaties)
        {
            output.WriteLine(labels.Say("SignedNotInForce", ("id", pending.Id), ("name", labels.NameOf(pending)), ("signed", Iso(pending.Signed))));
        }
    }

    public void Members(Treaty treaty, LocalDate date)
    {
        bool inForce = treaty.IsInForceOn(date);
        MemberState[] members = inForce ? [.. treaty.MembersOn(date)] : [];
        OrganisationNote? organisation = OrganisationDissolved(treaty, date);
        if (json)
        {
            Write(new MembersAnswer(treaty.Id, Iso(date), [.. members.Select(m =>
            {
                MembershipStatus status = treaty.StatusOn(m, date);
                return new MemberRow(m.Code, m.Name, status.Participation.ToString()!, Day(MemberSince(treaty, m, date)), Day(status.SinceRecord!));
            })], inForce, Life(treaty), organisation, Cited()), Serializer.MembersAnswer);
            return;
        }

        if (!inForce)
        {
            output.WriteLine(NotInForce(treaty, date));
            return;
        }

        output.WriteLine(labels.Count("MembersOn", members.Length, ("treaty", $"{labels.Acronym(treaty)} ({labels.NameOf(treaty)})"), ("date", Iso(date))));
        Table(["Col_Code", "Col_Name", "Col_Participation", "Col_MemberSince", "Col_ParticipationSince"], members.Select(m =>
        {
            MembershipStatus status = treaty.StatusOn(m, date);
            return new[] { m.Code, m.GetName(Culture), labels.Of(status.Participation!.Value), Since(MemberSince(treaty, m, date)), Since(status.SinceRecord) };
        }));
        WriteOrganisation(treaty, organisation);
        CitedSources();
    }

    public void Status(Treaty treaty, MemberState state, LocalDate date)
    {
        MembershipStatus status = treaty.StatusOn(state, date);
        MembershipPeriod? period = treaty.PeriodsOf(state).FirstOrDefault(p => p.Contains(date));
        OrganisationNote? organisation = OrganisationDissolved(treaty, date);
        StateExistence? existence = Existence(state, date);
        if (json)
        {
            Write(new StatusAnswer(
                treaty.Id, state.Code, Iso(date), status.Role.ToString(), status.Participation?.ToString(), Iso(status.Since),
                period is null ? null : Iso(period.Start), Iso(period?.End), period?.StartRecord.IsConfirmed, period is null ? null : [.. period.StartRecord.Sources.Select(s => s.Url.OriginalString)],
                period is null ? null : Day(period.StartRecord), status.SinceRecord is RecordedDate since ? Day(since) : null,
                treaty.IsInForceOn(date), Life(treaty), organisation, existence, Cited()),
                Serializer.StatusAnswer);
            return;
        }

        (string, object?)[] holes = [("state", Display(state)), ("treaty", labels.Acronym(treaty)), ("date", Iso(date))];
        output.WriteLine(status.Role switch
        {
            MembershipRole.Member => labels.Say("StatusMember", [.. holes, ("memberSince", Since(period?.StartRecord)), ("participation", labels.Of(status.Participation!.Value)), ("participationSince", Since(status.SinceRecord))]),
            MembershipRole.Observer => labels.Say("StatusObserver", [.. holes, ("since", Since(status.SinceRecord))]),
            _ => labels.Say("StatusNone", holes),
        });
        Legend();
        if (!treaty.IsInForceOn(date))
        {
            output.WriteLine(NotInForce(treaty, date));
        }

        WriteExistence(state, existence, date);
        if (period is not null)
        {
            string titles = string.Join("; ", period.StartRecord.Sources.Select(s => s.Title));
            output.WriteLine(period.EndRecord is RecordedDate end
                ? labels.Say("MemberFromUntil", ("start", Since(period.StartRecord)), ("end", Since(end)), ("sources", titles))
                : labels.Say("MemberFrom", ("start", Since(period.StartRecord)), ("sources", titles)));
            Legend();
        }

        WriteOrganisation(treaty, organisation);
        CitedSources();
    }

    public void Treaties(TreatyCatalog all, MemberState state, LocalDate date)
    {
        Treaty[] treaties = [.. all.TreatiesOf(state, date)];
        StateExistence? existence = Existence(state, date);
        if (json)
        {
            Write(new TreatiesAnswer(state.Code, Iso(date), [.. treaties.Select(t =>
            {
                MembershipStatus status = t.StatusOn(state, date);
                MutualDefenceClause? clause = t.MutualDefenceClauseOn(date);
                return new TreatyRow(t.Id, t.Name, status.Participation.ToString()!, clause is not null, clause?.Article, Day(MemberSince(t, state, date)), Day(status.SinceRecord!), OrganisationDissolved(t, date));
            })], treaties.Length == 0 ? Coverage() : null, existence, Cited()), Serializer.TreatiesAnswer);
            return;
        }

        WriteExistence(state, existence, date);
        if (treaties.Length == 0)
        {
            output.WriteLine(labels.Count("TreatiesNone", all.Treaties.Count, ("state", Display(state)), ("date", Iso(date))));
            output.WriteLine(labels.Count("Coverage", all.Treaties.Count));
            return;
        }

        output.WriteLine(labels.Count("TreatiesOf", treaties.Length, ("state", Display(state)), ("date", Iso(date))));
        Table(["Col_Treaty", "Col_Name", "Col_Participation", "Col_DefenceClause", "Col_MemberSince", "Col_ParticipationSince"], treaties.Select(t =>
        {
            MembershipStatus status = t.StatusOn(state, date);
            return new[]
            {
                labels.Acronym(t), labels.NameOf(t), labels.Of(status.Participation!.Value), t.MutualDefenceClauseOn(date) is MutualDefenceClause clause ? labels.ArticleOf(clause.Article) : "-",
                Since(MemberSince(t, state, date)), Since(status.SinceRecord),
            };
        }));
        foreach (Treaty treaty in treaties)
        {
            WriteOrganisation(treaty, OrganisationDissolved(treaty, date));
        }

        CitedSources();
    }

    public void Defence(MemberState state, LocalDate date, Place? place, IReadOnlyList<DefenceCommitment> commitments)
    {
        StateExistence? existence = Existence(state, date);
        if (json)
        {
            Write(new DefendAnswer(state.Code, Iso(date), place?.Code, [.. commitments.Select(c => new CommitmentRow(
                c.Treaty.Id, c.Clause.Article, c.Obligation.ToString(),
                [.. c.Defenders.Select(d => new DefenderRow(d.Code, d.Name, c.ParticipationOf(d).ToString(), c.Treaty.StatusOn(d, date).SinceRecord is RecordedDate since ? Day(since) : null))],
                [.. c.SuspendedDefenders.Select(d => d.Code)],
                [.. c.Suspensions.Select(Suspension)],
                OrganisationDissolved(c.Treaty, date)))], commitments.Count == 0 ? Coverage() : null, existence, Cited()), Serializer.DefendAnswer);
            return;
        }

        WriteExistence(state, existence, date);
        if (commitments.Count == 0)
        {
            int count = catalog().Treaties.Count;
            output.WriteLine(place is null
                ? labels.Count("DefendNobody", count, ("state", Display(state)), ("date", Iso(date)))
                : labels.Count("DefendNobodyAt", count, ("state", Display(state)), ("place", $"{place.GetName(Culture)} ({place.Code})"), ("date", Iso(date))));
            output.WriteLine(labels.Count("Coverage", count));
            return;
        }

        foreach (DefenceCommitment c in commitments)
        {
            (string, object?)[] holes =
            [
                ("treaty", labels.Acronym(c.Treaty)), ("article", labels.ArticleOf(c.Clause.Article)), ("obligation", labels.Of(c.Obligation)),
                ("state", Display(state)), ("date", Iso(date)), ("count", c.Defenders.Count),
            ];
            output.WriteLine(place is null ? labels.Say("DefendHeading", holes) : labels.Say("DefendHeadingAt", [.. holes, ("place", $"{place.GetName(Culture)} ({place.Code})")]));
            Table(["Col_Defender", "Col_Name", "Col_Participation", "Col_ParticipationSince"], c.Defenders.Select(d => new[] { d.Code, d.GetName(Culture), labels.Of(c.ParticipationOf(d)), Since(c.Treaty.StatusOn(d, date).SinceRecord) }));
            foreach (ObligationSuspension suspension in c.Suspensions)
            {
                output.WriteLine(labels.Say("NotBound", ("state", Display(suspension.State)), ("other", suspension.Toward.Code), ("date", Since(suspension.StartRecord))));
            }

            Legend();
            WriteOrganisation(c.Treaty, OrganisationDissolved(c.Treaty, date));
        }

        CitedSources();
    }

    public void Relationship(TreatyCatalog all, StateRelationship relationship)
    {
        MemberState state = relationship.State, other = relationship.OtherState;
        LocalDate date = relationship.Date;
        StateExistence[] existence = [.. new[] { Existence(state, date), Existence(other, date) }.OfType<StateExistence>()];
        (Treaty Treaty, LocalDate From)? firstTie = relationship.Bonds.Count == 0 ? FirstTie(all, state, other) : null;
        FirstTie? notTiedYet = firstTie is { } tie && tie.From > date ? new FirstTie(tie.Treaty.Id, Iso(tie.From)) : null;
        bool neverTied = relationship.Bonds.Count == 0 && firstTie is null;
        if (json)
        {
            Write(new AlliesAnswer(
                state.Code, other.Code, Iso(date), relationship.Kind.ToString(), relationship.Kind == RelationshipKind.Allies,
                [.. relationship.Bonds.Select(b => new BondRow(
                    b.Treaty.Id, b.Kind.ToString(), b.Clause?.Article, Iso(b.Start), Iso(b.End), b.Observer?.Code, b.Suspension is ObligationSuspension s ? Suspension(s) : null, OrganisationDissolved(b.Treaty, date),
                    b.StartRecord is RecordedDate start ? Day(start) : null, b.EndRecord is RecordedDate end ? Day(end) : null))],
                notTiedYet, neverTied ? true : null, relationship.Kind == RelationshipKind.Allies ? null : Coverage(), existence, Cited()),
                Serializer.AlliesAnswer);
            return;
        }

        (string, object?)[] heading = [("state", Display(state)), ("other", Display(other)), ("date", Iso(date))];
        output.WriteLine(relationship.Kind switch
        {
            RelationshipKind.Allies => labels.Say("AlliesHeading", heading),
            RelationshipKind.CoMembers when relationship.Bonds.Any(b => b.Suspension is not null) => labels.Say("NotAlliesSuspendedHeading", heading),
            _ => labels.Say("NotAlliesHeading", [.. heading, ("kind", labels.Of(relationship.Kind))]),
        });
        foreach (TreatyBond bond in relationship.Bonds)
        {
            output.WriteLine($"  {Bond(bond)}");
            if (bond.Suspension is ObligationSuspension suspension)
            {
                output.WriteLine("  " + labels.Say(
                    "BondSuspended", ("treaty", labels.Acronym(bond.Treaty)), ("state", Display(suspension.State)), ("other", Display(suspension.Toward)), ("date", Since(suspension.StartRecord))));
            }

            if (OrganisationDissolved(bond.Treaty, date) is OrganisationNote organisation)
            {
                output.WriteLine("  " + Organisation(bond.Treaty, organisation));
            }
        }

        Legend();
        foreach (MemberState s in new[] { state, other })
        {
            WriteExistence(s, Existence(s, date), date);
        }

        if (notTiedYet is not null)
        {
            output.WriteLine(labels.Say("NotTiedYet", [.. heading, ("treaty", labels.Acronym(firstTie!.Value.Treaty)), ("start", notTiedYet.From)]));
        }
        else if (neverTied)
        {
            output.WriteLine(labels.Say("NeverTied", heading));
        }

        if (relationship.Kind != RelationshipKind.Allies)
        {
            output.WriteLine(labels.Count("Coverage", all.Treaties.Count));
        }

        CitedSources();
    }

    public void History(MemberState state, IReadOnlyList<MembershipChange> changes)
    {
        if (json)
        {
            Write(new HistoryAnswer(state.Code, Changes(changes), changes.Count == 0 ? Coverage() : null, Cited()), Serializer.HistoryAnswer);
            return;
        }

        if (changes.Count == 0)
        {
            output.WriteLine(labels.Say("HistoryEmpty", ("state", Display(state))));
            output.WriteLine(labels.Count("Coverage", catalog().Treaties.Count));
            return;
        }

        output.WriteLine(labels.Say("HistoryOf", ("state", Display(state))));
        Table(["Col_Date", "Col_Treaty", "Col_Change", "Col_Participation", "Col_Confirmed"], changes.Select(Row));
        CitedSources();
    }

    public void Timeline(Treaty treaty, IReadOnlyList<MembershipChange> changes, IReadOnlyList<ClauseInvocation> invocations)
    {
        if (json)
        {
            Write(new TimelineAnswer(treaty.Id, Changes(changes), [.. invocations.Select(i => new InvocationRow(
                Iso(i.Date), i.Clause.Article, [.. i.Invocation.RequestedBy.Select(s => s.Code)], i.Invocation.Outcome, Day(i.Invocation.DateRecord)))], Cited()), Serializer.TimelineAnswer);
            return;
        }

        output.WriteLine(labels.Say("TimelineOf", ("treaty", $"{labels.Acronym(treaty)} ({labels.NameOf(treaty)})")));
        IEnumerable<(LocalDate Date, string[] Row)> rows = changes.Select(c => (c.Date, Row(c)))
            .Concat(invocations.Select(i => (i.Date, new[]
            {
                Since(i.Invocation.DateRecord), labels.Acronym(treaty), labels.Say("InvokedBy", ("article", labels.ArticleOf(i.Clause.Article)), ("states", string.Join(", ", i.Invocation.RequestedBy.Select(s => s.Code)))),
                string.Empty, labels[i.Invocation.DateRecord.IsConfirmed ? "Word_Yes" : "Word_No"],
            })));
        Table(["Col_Date", "Col_Treaty", "Col_Change", "Col_Participation", "Col_Confirmed"], rows.OrderBy(r => r.Date).Select(r => r.Row));
        CitedSources();
    }

    public void States(TreatyCatalog all)
    {
        if (json)
        {
            Write(new StatesAnswer([.. all.States.Select(s => new StateRow(s.Code, s.Name, s.GetName(Culture), s.Alpha2, Iso(s.Established), Iso(s.Dissolved)))]), Serializer.StatesAnswer);
            return;
        }

        output.WriteLine(labels.Count("StatesHeading", all.States.Count));
        Table(["Col_Code", "Col_Name", "Col_Established", "Col_Dissolved"], all.States.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new[]
        {
            s.Code, s.GetName(Culture), Iso(s.Established) ?? "-", Iso(s.Dissolved) ?? "-",
        }));
    }

    /// <summary>The sentence for a treaty not in force on a day: not yet, or no longer, with the days it was.</summary>
    private string NotInForce(Treaty treaty, LocalDate date) => date < treaty.EnteredIntoForce
        ? labels.Say("TreatyNotYetInForce", ("treaty", labels.Acronym(treaty)), ("date", Iso(date)), ("signed", Iso(treaty.Signed)), ("start", Iso(treaty.EnteredIntoForce)))
        : labels.Say("TreatyNoLongerInForce", ("treaty", labels.Acronym(treaty)), ("date", Iso(date)), ("start", Iso(treaty.EnteredIntoForce)), ("end", Iso(treaty.Terminated)));

    /// <summary>The organisation of a treaty, if it was dissolved by a day on which the treaty was still in force.</summary>
    private static OrganisationNote? OrganisationDissolved(Treaty treaty, LocalDate date) =>
        treaty.Organization is { Dissolved: LocalDate dissolved } organisation && date >= dissolved && treaty.IsInForceOn(date)
            ? new OrganisationNote(organisation.Name, Iso(dissolved), Iso(treaty.Terminated))
            : null;

    /// <summary>The organisation of a treaty, if the treaty outlived it.</summary>
    private static OrganisationNote? OrganisationOutlived(Treaty treaty) =>
        treaty.Organization is { Dissolved: LocalDate dissolved } organisation && (treaty.Terminated is not LocalDate end || end > dissolved)
            ? new OrganisationNote(organisation.Name, Iso(dissolved), Iso(treaty.Terminated))
            : null;

    private string Organisation(Treaty treaty, OrganisationNote note) => note.TreatyTerminated is string end
        ? labels.Say("OrganisationDissolvedTreatyUntil", ("treaty", labels.Acronym(treaty)), ("dissolved", note.Dissolved), ("name", labels.NameOf(treaty)), ("end", end))
        : labels.Say("OrganisationDissolved", ("treaty", labels.Acronym(treaty)), ("dissolved", note.Dissolved), ("name", labels.NameOf(treaty)));

    private void WriteOrganisation(Treaty treaty, OrganisationNote? note)
    {
        if (note is not null)
        {
            output.WriteLine(Organisation(treaty, note));
        }
    }

    /// <summary>A state that did not exist on a day, with the day it came into being or ceased to exist.</summary>
    private static StateExistence? Existence(MemberState state, LocalDate date) =>
        state.Established is LocalDate established && date < established ? new StateExistence(state.Code, Iso(established), null)
        : state.Dissolved is LocalDate dissolved && date > dissolved ? new StateExistence(state.Code, null, Iso(dissolved))
        : null;

    private void WriteExistence(MemberState state, StateExistence? existence, LocalDate date)
    {
        if (existence is not null)
        {
            output.WriteLine(existence.Established is string established
                ? labels.Say("StateNotYetEstablished", ("state", Display(state)), ("date", Iso(date)), ("established", established))
                : labels.Say("StateNoLongerExisting", ("state", Display(state)), ("date", Iso(date)), ("dissolved", existence.Dissolved)));
        }
    }

    /// <summary>The first treaty that had both states as members at once, and the first day it did; null if none ever did.</summary>
    private static (Treaty Treaty, LocalDate From)? FirstTie(TreatyCatalog all, MemberState state, MemberState other)
    {
        (Treaty Treaty, LocalDate From)? first = null;
        foreach (Treaty treaty in all.Treaties)
        {
            foreach (MembershipPeriod a in treaty.PeriodsOf(state))
            {
                foreach (MembershipPeriod b in treaty.PeriodsOf(other))
                {
                    LocalDate from = LocalDate.Max(a.Start, b.Start);
                    if (a.Contains(from) && b.Contains(from) && (first is null || from < first.Value.From))
                    {
                        first = (treaty, from);
                    }
                }
            }
        }

        return first;
    }

    /// <summary>The day a state's current membership of a treaty began.</summary>
    private static RecordedDate MemberSince(Treaty treaty, MemberState state, LocalDate date) =>
        treaty.PeriodsOf(state).First(p => p.Contains(date)).StartRecord;

    private CoverageNote Coverage() => new(catalog().Treaties.Count, CoverageText);

    private static TreatyLife Life(Treaty treaty) => new(Iso(treaty.Signed), Iso(treaty.EnteredIntoForce), Iso(treaty.Terminated));

    private SuspensionRow Suspension(ObligationSuspension s) => new(s.State.Code, s.Toward.Code, Day(s.StartRecord));

    /// <summary>A recorded day for JSON, noting its sources for <c>citedSources</c>.</summary>
    private RecordedDay Day(RecordedDate record)
    {
        _cited.AddRange(record.Sources);
        return new RecordedDay(Iso(record.Date), record.IsConfirmed, record.Alternatives.Count > 0, [.. record.Sources.Select(s => s.Id)]);
    }

    private CitedSource[] Cited() => [.. _cited.DistinctBy(s => s.Id).Select(s => new CitedSource(s.Id, s.Title, s.Url.OriginalString))];

    private ChangeRow[] Changes(IReadOnlyList<MembershipChange> changes) =>
    [
        .. changes.Select(c => new ChangeRow(
            Iso(c.Date), c.Treaty.Id, c.State.Code, c.Kind.ToString(), c.EndReason == MembershipEndReason.Unstated ? null : c.EndReason.ToString(), c.Participation?.ToString(),
            c.DateRecord.IsConfirmed, [.. c.DateRecord.Sources.Select(s => s.Url.OriginalString)], Day(c.DateRecord).Sources, c.DateRecord.Alternatives.Count > 0)),
    ];

    private void Write<T>(T answer, JsonTypeInfo<T> type) => output.WriteLine(JsonSerializer.Serialize(answer, type));

    /// <summary>A state as people name it in the tool's language, after its code: <c>KOR (South Korea)</c>.</summary>
    private string Display(MemberState state) => $"{state.Code} ({state.GetName(Culture)})";

    private string[] Row(MembershipChange c) =>
    [
        Since(c.DateRecord), labels.Acronym(c.Treaty), labels.Say("ChangeCell", ("state", c.State.Code), ("change", c.EndReason == MembershipEndReason.Unstated ? labels.Of(c.Kind) : labels.Of(c.EndReason))),
        c.Participation is ParticipationStatus p ? labels.Of(p) : string.Empty, labels[c.DateRecord.IsConfirmed ? "Word_Yes" : "Word_No"],
    ];

    /// <summary>How two states stand under one treaty, in words.</summary>
    private string Bond(TreatyBond bond)
    {
        string treaty = labels.Acronym(bond.Treaty);
        string? article = bond.Clause is MutualDefenceClause clause ? labels.ArticleOf(clause.Article) : null;
        return bond.Kind switch
        {
            RelationshipKind.Allies => labels.Say("BondAllies", ("treaty", treaty), ("article", article), ("start", Since(bond.StartRecord))),
            RelationshipKind.FormerAllies when article is not null => labels.Say("BondFormerAllies", ("treaty", treaty), ("article", article), ("end", Since(bond.EndRecord))),
            RelationshipKind.FormerAllies => labels.Say("BondFormerAlliesTreaty", ("treaty", treaty), ("end", Since(bond.EndRecord))),
            RelationshipKind.CoMembers => labels.Say("BondCoMembers", ("treaty", treaty), ("start", Since(bond.StartRecord))),
            _ => bond.Observer is MemberState observer
                ? labels.Say("BondObserverOne", ("treaty", treaty), ("observer", observer.Code))
                : labels.Say("BondObserverBoth", ("treaty", treaty)),
        };
    }

    private static string Iso(LocalDate date) => InputText.Iso(date);

    private static string? Iso(LocalDate? date) => date is LocalDate day ? InputText.Iso(day) : null;

    /// <summary>A day with its doubt marks, and with --sources the ids of its sources, listed with their titles after the answer.</summary>
    private string Since(RecordedDate? record)
    {
        if (record is null)
        {
            return "-";
        }

        if (sources)
        {
            _cited.AddRange(record.Sources);
        }

        return Iso(record.Date) + Mark(record) + (sources ? $" [{string.Join(", ", record.Sources.Select(s => s.Id))}]" : string.Empty);
    }

    /// <summary>With --sources, resolves every source id the answer showed: its title and address.</summary>
    private void CitedSources()
    {
        if (!sources || _cited.Count == 0)
        {
            return;
        }

        output.WriteLine(labels["SourcesHeading"]);
        foreach (Source source in _cited.DistinctBy(s => s.Id))
        {
            output.WriteLine($"  [{source.Id}] {source.Title} <{source.Url.OriginalString}>");
        }

        _cited.Clear();
    }

    /// <summary>Returns the doubt marks of a date: ? where it is unconfirmed, ± where sources disagree.</summary>
    private string Mark(RecordedDate record)
    {
        string mark = (record.IsConfirmed ? string.Empty : "?") + (record.Alternatives.Count > 0 ? "±" : string.Empty);
        _marked |= mark.Length > 0;
        return mark.Length == 0 ? string.Empty : " " + mark;
    }

    /// <summary>Explains the doubt marks, once, after the first table or sentence that shows one.</summary>
    private void Legend()
    {
        if (_marked)
        {
            output.WriteLine(labels["Legend"]);
            _marked = false;
        }
    }

    /// <summary>
    /// Draws a table with Spectre.Console, its headers given as phrase keys: plain text when the output is not a
    /// terminal or NO_COLOR is set, with a rule under the header; never wrapped, so a row stays on one line for people
    /// and for grep.
    /// </summary>
    private void Table(string[] headers, IEnumerable<string[]> rows)
    {
        var table = new Table { Border = TableBorder.Simple, ShowHeaders = true };
        foreach (string header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(labels[header])) { NoWrap = true, Padding = new Padding(0, 0, 2, 0) });
        }

        foreach (string[] row in rows)
        {
            table.AddRow(Array.ConvertAll(row, cell => Markup.Escape(cell)));
        }

        Console(output).Write(table);
        Legend();
    }

    /// <summary>A console over the tool's writer: colour only on a terminal without NO_COLOR, and no width limit elsewhere.</summary>
    private static IAnsiConsole Console(TextWriter writer)
    {
        bool terminal = ReferenceEquals(writer, System.Console.Out) && !System.Console.IsOutputRedirected;
        bool colour = terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = 4096;
        }

        return console;
    }
}
