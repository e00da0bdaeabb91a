using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using NodaTime;
using Treaties;
using Treaties.Samples;

namespace TreatyQuery;

/// <summary>One handler per command: each reads its arguments, asks the library, and hands the answer to the <see cref="View"/>.</summary>
internal sealed class Handlers
{
    private readonly Commands _commands;
    private readonly ParseResult _parse;
    private readonly Labels _labels;
    private readonly TextWriter _error;
    private readonly View _view;
    private TreatyCatalog? _catalog;

    internal Handlers(Commands commands, ParseResult parse, Labels labels, TextWriter output, TextWriter error)
    {
        (_commands, _parse, _labels, _error) = (commands, parse, labels, error);
        _view = new View(output, parse.GetValue(commands.Json), Catalog, labels, parse.GetValue(commands.Sources));
    }

    /// <summary>The catalog asked: the data file given with --data, else the bundled one, loaded on first use.</summary>
    internal TreatyCatalog Catalog() => _catalog ??= Load(_parse.GetValue(_commands.Data));

    internal void Members() => _view.Members(Treaty(_commands.Members, 0), Date(_commands.Members, 1));

    internal void Status() => _view.Status(Treaty(_commands.Status, 0), State(_commands.Status, 1), Date(_commands.Status, 2));

    internal void Treaties()
    {
        if (_parse.GetValue(_commands.List))
        {
            _view.TreatyList(Catalog());
            return;
        }

        string? state = _parse.GetValue((Argument<string?>)_commands.Treaties.Arguments[0]);
        string? day = _parse.GetValue((Argument<string?>)_commands.Treaties.Arguments[1]);
        if (state is null || day is null)
        {
            throw new ToolException(_labels["TreatiesNeedsState"]);
        }

        _view.Treaties(Catalog(), Names.State(Catalog(), state, _labels), Day(day));
    }

    internal void Defend()
    {
        MemberState state = State(_commands.Defend, 0);
        LocalDate date = Date(_commands.Defend, 1);
        Place? place = _parse.GetValue(_commands.Place) is string code ? Place(code) : null;
        _view.Defence(state, date, place, place is null ? Catalog().WhoMustDefend(state, date) : Catalog().WhoMustDefend(state, date, place));
    }

    internal void Allies()
    {
        MemberState state = State(_commands.Allies, 0), other = State(_commands.Allies, 1);
        _view.Relationship(Catalog(), Catalog().RelationshipOn(state, other, Date(_commands.Allies, 2)));
    }

    internal void History()
    {
        MemberState state = State(_commands.History, 0);
        _view.History(state, Catalog().HistoryOf(state));
    }

    internal void Timeline()
    {
        Treaty treaty = Treaty(_commands.Timeline, 0);
        LocalDate first = _parse.GetValue(_commands.From) is string from ? Day(from) : treaty.Signed;
        LocalDate last = _parse.GetValue(_commands.To) is string to ? Day(to) : Catalog().AsOf ?? LocalDate.MaxIsoValue;
        if (last < first)
        {
            throw new ToolException(_labels.Say("Error_PeriodBackwards", ("from", InputText.Iso(first)), ("to", InputText.Iso(last))));
        }

        var days = new DateInterval(first, last);
        _view.Timeline(treaty, treaty.ChangesBetween(days), Catalog().InvocationTimeline(treaty.Id, period: days));
    }

    internal void States() => _view.States(Catalog());

    private string Text(Command command, int index) => _parse.GetValue((Argument<string>)command.Arguments[index])!;

    private Treaty Treaty(Command command, int index) => Names.Treaty(Catalog(), Text(command, index), _labels);

    private MemberState State(Command command, int index) => Names.State(Catalog(), Text(command, index), _labels);

    private LocalDate Date(Command command, int index) => Day(Text(command, index));

    /// <summary>Reads a day: yyyy-MM-dd, or today in any of the tool's languages; warns of a day after the one the data was checked up to.</summary>
    private LocalDate Day(string text)
    {
        LocalDate date = Labels.Languages.Any(l => string.Equals(Labels.Phrases(l)["Word_Today"], text, StringComparison.OrdinalIgnoreCase))
            ? LocalDate.FromDateTime(DateTime.Now)
            : Typed(InputText.ReadDay(text));
        if (InputText.IsAfterCheckedDay(date, Catalog().AsOf, out LocalDate checkedUpTo))
        {
            _error.WriteLine(_labels.Say("Warning", ("message", _labels.Say("AfterCheckedDay", ("date", InputText.Iso(date)), ("checked", InputText.Iso(checkedUpTo))))));
        }

        return date;
    }

    /// <summary>The day typed, or what is wrong with it in the tool's language.</summary>
    /// <exception cref="ToolException">The text is not a day written yyyy-MM-dd.</exception>
    private LocalDate Typed(DayReading day) => day.Fault switch
    {
        DayFault.None => day.Day,
        DayFault.NoSuchDay => throw new ToolException(_labels.Say("ErrorNoSuchDay", ("text", day.Text), ("month", day.YearMonth), ("day", day.DayOfMonth))),
        DayFault.NoSuchMonth => throw new ToolException(_labels.Say("ErrorNoSuchMonth", ("text", day.Text), ("month", day.Month))),
        _ => throw new ToolException(_labels.Say("ErrorNotADate", ("text", day.Text))),
    };

    private Place Place(string code) =>
        Catalog().TryGetPlace(code, out Place? place) ? place : throw new ToolException(_labels.Say("UnknownPlace", ("input", code)));

    private TreatyCatalog Load(FileInfo? file)
    {
        if (file is null)
        {
            return TreatyCatalog.Default;
        }

        if (Directory.Exists(file.FullName))
        {
            throw new ToolException(_labels.Say("Error_DataFolder", ("path", file.FullName)));
        }

        return QueryTool.Read(file, "Data", _labels, TreatyCatalog.Load);
    }
}
