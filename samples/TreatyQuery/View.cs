using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Treaties.Samples;
using Spectre.Console;
using Treaties;

namespace TreatyQuery;

/// <summary>Writes each answer as an aligned table, or as JSON.</summary>
internal sealed class View(TextWriter output, bool json, Func<TreatyCatalog> catalog, Labels labels, bool sources = false)
{
    private bool _marked;

    private CultureInfo Culture => labels.Culture;

    /// <summary>A state as people name it in the tool's language, after its code: <c>KOR (South Korea)</c>.</summary>
    private string Display(MemberState state) => $"{state.Code} ({state.GetName(Culture)})";

    /// <summary>What the catalog covers, for negative answers: "21 treaties of this catalog; see ...".</summary>
    private string Coverage => Labels.Format(labels.Coverage, catalog().Treaties.Count);

    /// <summary>Lists the catalog's treaties with their dates, and the treaties signed and not in force.</summary>
    public void TreatyList(TreatyCatalog treaties)
    {
        if (json)
        {
            Json(w =>
            {
                WriteOptional(w, "asOf", treaties.AsOf is LocalDate asOf ? Iso(asOf) : null);
                w.WriteStartArray("treaties");
                foreach (Treaty t in treaties.Treaties)
                {
                    w.WriteStartObject();
                    w.WriteString("id", t.Id);
                    w.WriteString("name", t.Name);
                    w.WriteString("signed", Iso(t.Signed));
                    w.WriteString("enteredIntoForce", Iso(t.EnteredIntoForce));
                    WriteOptional(w, "terminated", t.Terminated is LocalDate end ? Iso(end) : null);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
            return;
        }

        output.WriteLine(Labels.Format(labels.CheckedUpTo, treaties.Treaties.Count, treaties.AsOf is LocalDate day ? Iso(day) : labels.UnrecordedDay));
        Table([labels.Treaty, labels.Name, labels.Signed, labels.InForce, labels.Ended], treaties.Treaties.Select(t => new[]
        {
            t.Id, t.GetName(Culture), Iso(t.Signed), Iso(t.EnteredIntoForce), t.Terminated is LocalDate end ? Iso(end) : "-",
        }));
        foreach (PendingTreaty pending in treaties.PendingTreaties)
        {
            output.WriteLine(Labels.Format(labels.SignedNotInForce, pending.Id, pending.Name, Iso(pending.Signed)));
        }
    }

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Members(Treaty treaty, LocalDate date)
    {
        MemberState[] members = [.. treaty.MembersOn(date)];
        if (json)
        {
            Json(w =>
            {
                w.WriteString("treaty", treaty.Id);
                w.WriteString("date", Iso(date));
                w.WriteStartArray("members");
                foreach (MemberState member in members)
                {
                    w.WriteStartObject();
                    w.WriteString("code", member.Code);
                    w.WriteString("name", member.Name);
                    w.WriteString("participation", treaty.StatusOn(member, date).Participation.ToString());
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
            return;
        }

        output.WriteLine($"{treaty.GetName(Culture)}: {members.Length} {labels.MembersOn} {Iso(date)}");
        Table([labels.Code, labels.Name, labels.Participation, labels.Since], members.Select(m =>
        {
            MembershipStatus status = treaty.StatusOn(m, date);
            return new[] { m.Code, m.GetName(Culture), labels.Of(status.Participation!.Value), Since(status.SinceRecord) };
        }));
    }

    public void Status(Treaty treaty, MemberState state, LocalDate date)
    {
        MembershipStatus status = treaty.StatusOn(state, date);
        MembershipPeriod? period = treaty.PeriodsOf(state).FirstOrDefault(p => p.Contains(date));
        if (json)
        {
            Json(w =>
            {
                w.WriteString("treaty", treaty.Id);
                w.WriteString("state", state.Code);
                w.WriteString("date", Iso(date));
                w.WriteString("role", status.Role.ToString());
                WriteOptional(w, "participation", status.Participation?.ToString());
                WriteOptional(w, "since", status.Since is LocalDate since ? Iso(since) : null);
                if (period is not null)
                {
                    w.WriteString("memberFrom", Iso(period.Start));
                    WriteOptional(w, "memberUntil", period.End is LocalDate end ? Iso(end) : null);
                    WriteSources(w, period.StartRecord);
                }
            });
            return;
        }

        string participation = status.Participation is ParticipationStatus p ? $", {labels.Participation.ToLowerInvariant()}: {labels.Of(p)}" : string.Empty;
        string since = status.Since is LocalDate from ? $", {Iso(from)}" : string.Empty;
        output.WriteLine($"{Display(state)}, {state.Name}; {treaty.Id}, {Iso(date)}: {labels.Of(status.Role)}{participation}{since}{(status.SinceRecord is RecordedDate record ? Mark(record) : string.Empty)}");
        Legend();
        if (period is not null)
        {
            string titles = string.Join("; ", period.StartRecord.Sources.Select(s => s.Title));
            output.WriteLine(period.End is LocalDate end
                ? Labels.Format(labels.MemberFromUntil, Since(period.StartRecord), Iso(end), titles)
                : Labels.Format(labels.MemberFrom, Since(period.StartRecord), titles));
            Legend();
        }
    }

    public void Treaties(TreatyCatalog catalog, MemberState state, LocalDate date)
    {
        Treaty[] treaties = [.. catalog.TreatiesOf(state, date)];
        if (json)
        {
            Json(w =>
            {
                w.WriteString("state", state.Code);
                w.WriteString("date", Iso(date));
                w.WriteStartArray("treaties");
                foreach (Treaty treaty in treaties)
                {
                    w.WriteStartObject();
                    w.WriteString("id", treaty.Id);
                    w.WriteString("name", treaty.Name);
                    w.WriteString("participation", treaty.StatusOn(state, date).Participation.ToString());
                    w.WriteBoolean("mutualDefence", treaty.MutualDefenceClauseOn(date) is not null);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
            return;
        }

        output.WriteLine($"{Display(state)} {labels.On} {Iso(date)}: {(treaties.Length == 0 ? $"{labels.BoundByNoneOf} {Coverage}" : $"{labels.BoundBy} {treaties.Length}")}");
        Table([labels.Treaty, labels.Name, labels.Participation, labels.DefenceClause, labels.Since], treaties.Select(t => new[]
        {
            t.Id, t.GetName(Culture), labels.Of(t.StatusOn(state, date).Participation!.Value), t.MutualDefenceClauseOn(date) is MutualDefenceClause clause ? labels.ArticleOf(clause.Article) : "-", Since(t.StatusOn(state, date).SinceRecord),
        }));
    }

    public void Defence(MemberState state, LocalDate date, Place? place, IReadOnlyList<DefenceCommitment> commitments)
    {
        if (json)
        {
            Json(w =>
            {
                w.WriteString("state", state.Code);
                w.WriteString("date", Iso(date));
                WriteOptional(w, "place", place?.Code);
                w.WriteStartArray("commitments");
                foreach (DefenceCommitment c in commitments)
                {
                    w.WriteStartObject();
                    w.WriteString("treaty", c.Treaty.Id);
                    w.WriteString("article", c.Clause.Article);
                    w.WriteString("obligation", c.Obligation.ToString());
                    w.WriteStartArray("defenders");
                    foreach (MemberState d in c.Defenders)
                    {
                        w.WriteStartObject();
                        w.WriteString("code", d.Code);
                        w.WriteString("participation", c.ParticipationOf(d).ToString());
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("suspended");
                    foreach (MemberState d in c.SuspendedDefenders)
                    {
                        w.WriteStringValue(d.Code);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
            return;
        }

        string where = place is null ? string.Empty : $" {labels.At} {place.GetName(Culture)} ({place.Code})";
        if (commitments.Count == 0)
        {
            output.WriteLine($"{labels.NobodyBound} {Display(state)}{where} {labels.On} {Iso(date)}: {labels.NoCommitmentAmong} {Coverage}.");
            return;
        }

        foreach (DefenceCommitment c in commitments)
        {
            output.WriteLine($"{c.Treaty.Id} {labels.ArticleOf(c.Clause.Article)} ({labels.Of(c.Obligation)}), {Display(state)}{where}, {Iso(date)}: {labels.Defenders}: {c.Defenders.Count}");
            Table([labels.Defender, labels.Name, labels.Participation, labels.Since], c.Defenders.Select(d => new[] { d.Code, d.GetName(Culture), labels.Of(c.ParticipationOf(d)), Since(c.Treaty.StatusOn(d, date).SinceRecord) }));
            foreach (ObligationSuspension suspension in c.Suspensions)
            {
                output.WriteLine(Labels.Format(labels.NotBound, Display(suspension.State), suspension.Toward.Code, Since(suspension.StartRecord)));
            }

            Legend();
        }
    }

    public void Relationship(StateRelationship relationship)
    {
        if (json)
        {
            Json(w =>
            {
                w.WriteString("state", relationship.State.Code);
                w.WriteString("other", relationship.OtherState.Code);
                w.WriteString("date", Iso(relationship.Date));
                w.WriteString("kind", relationship.Kind.ToString());
                w.WriteBoolean("allies", relationship.Kind == RelationshipKind.Allies);
                w.WriteStartArray("bonds");
                foreach (TreatyBond bond in relationship.Bonds)
                {
                    w.WriteStartObject();
                    w.WriteString("treaty", bond.Treaty.Id);
                    w.WriteString("kind", bond.Kind.ToString());
                    WriteOptional(w, "article", bond.Clause?.Article);
                    WriteOptional(w, "since", bond.Start is LocalDate since ? Iso(since) : null);
                    WriteOptional(w, "until", bond.End is LocalDate until ? Iso(until) : null);
                    WriteOptional(w, "observer", bond.Observer?.Code);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
            return;
        }

        output.WriteLine($"{Display(relationship.State)}, {Display(relationship.OtherState)}, {Iso(relationship.Date)}: {(relationship.Kind == RelationshipKind.Allies ? labels.Allies : $"{labels.NotAllies} ({labels.Of(relationship.Kind)})")}");
        foreach (TreatyBond bond in relationship.Bonds)
        {
            output.WriteLine($"  {Bond(bond)}");
        }

        Legend();
    }

    public void History(MemberState state, IReadOnlyList<MembershipChange> changes)
    {
        if (json)
        {
            Json(w =>
            {
                w.WriteString("state", state.Code);
                WriteChanges(w, changes);
            });
            return;
        }

        output.WriteLine($"{labels.HistoryOf} {Display(state)}:");
        Table([labels.Date, labels.Treaty, labels.Change, labels.Participation, labels.Confirmed], changes.Select(Row));
    }

    public void Timeline(Treaty treaty, IReadOnlyList<MembershipChange> changes, IReadOnlyList<ClauseInvocation> invocations)
    {
        if (json)
        {
            Json(w =>
            {
                w.WriteString("treaty", treaty.Id);
                WriteChanges(w, changes);
                w.WriteStartArray("invocations");
                foreach (ClauseInvocation i in invocations)
                {
                    w.WriteStartObject();
                    w.WriteString("date", Iso(i.Date));
                    w.WriteString("article", i.Clause.Article);
                    w.WriteStartArray("requestedBy");
                    foreach (MemberState s in i.Invocation.RequestedBy)
                    {
                        w.WriteStringValue(s.Code);
                    }

                    w.WriteEndArray();
                    w.WriteString("outcome", i.Invocation.Outcome);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
            return;
        }

        output.WriteLine($"{labels.TimelineOf} {treaty.GetName(Culture)}:");
        IEnumerable<(LocalDate Date, string[] Row)> rows = changes.Select(c => (c.Date, Row(c)))
            .Concat(invocations.Select(i => (i.Date, new[]
            {
                Since(i.Invocation.DateRecord), treaty.Id, Labels.Format(labels.InvokedBy, labels.ArticleOf(i.Clause.Article), string.Join(", ", i.Invocation.RequestedBy.Select(s => s.Code))), string.Empty, i.Invocation.DateRecord.IsConfirmed ? labels.Yes : labels.No,
            })));
        Table([labels.Date, labels.Treaty, labels.Change, labels.Participation, labels.Confirmed], rows.OrderBy(r => r.Date).Select(r => r.Row));
    }

    private string[] Row(MembershipChange c) =>
        [Since(c.DateRecord), c.Treaty.Id, $"{c.State.Code} {(c.EndReason == MembershipEndReason.Unstated ? labels.Of(c.Kind) : labels.Of(c.EndReason))}", c.Participation is ParticipationStatus p ? labels.Of(p) : string.Empty, c.DateRecord.IsConfirmed ? labels.Yes : labels.No];

    /// <summary>How two states stand under one treaty, in words.</summary>
    private string Bond(TreatyBond bond)
    {
        string treaty = bond.Clause is MutualDefenceClause clause ? $"{bond.Treaty.Id} {labels.ArticleOf(clause.Article)}" : bond.Treaty.Id;
        return bond.Kind switch
        {
            RelationshipKind.Allies => Labels.Format(labels.AlliesUnder, treaty, Since(bond.StartRecord)),
            RelationshipKind.FormerAllies => Labels.Format(labels.FormerAlliesUnder, treaty, Since(bond.EndRecord)),
            RelationshipKind.CoMembers => Labels.Format(labels.CoMembersOf, treaty, Since(bond.StartRecord))
                + (bond.Suspension is ObligationSuspension s ? Labels.Format(labels.SuspendedSince, s.State.Code, s.Toward.Code, Since(s.StartRecord)) : string.Empty),
            _ => $"{Labels.Format(labels.ObserverIn, treaty)} ({(bond.Observer is MemberState observer ? Labels.Format(labels.Observes, observer.Code) : labels.BothObserve)})",
        };
    }

    private static string Iso(LocalDate date) => InputText.Iso(date);

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteSources(Utf8JsonWriter w, RecordedDate record)
    {
        w.WriteBoolean("confirmed", record.IsConfirmed);
        w.WriteStartArray("sources");
        foreach (Source source in record.Sources)
        {
            w.WriteStringValue(source.Url.OriginalString);
        }

        w.WriteEndArray();
    }

    private static void WriteChanges(Utf8JsonWriter w, IReadOnlyList<MembershipChange> changes)
    {
        w.WriteStartArray("changes");
        foreach (MembershipChange c in changes)
        {
            w.WriteStartObject();
            w.WriteString("date", Iso(c.Date));
            w.WriteString("treaty", c.Treaty.Id);
            w.WriteString("state", c.State.Code);
            w.WriteString("kind", c.Kind.ToString());
            WriteOptional(w, "endReason", c.EndReason == MembershipEndReason.Unstated ? null : c.EndReason.ToString());
            WriteOptional(w, "participation", c.Participation?.ToString());
            WriteSources(w, c.DateRecord);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void Json(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>A day with its doubt marks, and with --sources the ids of its sources.</summary>
    private string Since(RecordedDate? record) =>
        record is null ? "-" : Iso(record.Date) + Mark(record) + (sources ? $" [{string.Join(", ", record.Sources.Select(s => s.Id))}]" : string.Empty);

    /// <summary>Returns the doubt marks of a date: ? where it is unconfirmed, ± where sources disagree.</summary>
    private string Mark(RecordedDate record)
    {
        string mark = (record.IsConfirmed ? string.Empty : "?") + (record.Alternatives.Count > 0 ? "±" : string.Empty);
        _marked |= mark.Length > 0;
        return mark.Length == 0 ? string.Empty : " " + mark;
    }

    /// <summary>Explains the doubt marks, once, after the first table that shows one.</summary>
    private void Legend()
    {
        if (_marked)
        {
            output.WriteLine(labels.Legend);
            _marked = false;
        }
    }

    /// <summary>
    /// Draws a table with Spectre.Console: plain text when the output is not a terminal or NO_COLOR is set, with a rule
    /// under the header; never wrapped, so a row stays on one line for people and for grep.
    /// </summary>
    private void Table(string[] headers, IEnumerable<string[]> rows)
    {
        var table = new Table { Border = TableBorder.Simple, ShowHeaders = true };
        foreach (string header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)) { NoWrap = true, Padding = new Padding(0, 0, 2, 0) });
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
