using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using NodaTime;
using Treaties;
using Treaties.Samples;

namespace TreatyQuery;

/// <summary>
/// The query tool: every question the library answers, on the bundled data or a data file given with <c>--data</c>,
/// as readable tables or, with <c>--json</c>, as JSON.
/// </summary>
/// <remarks>Bad input gets one line on standard error and exit code 2, never a stack trace.</remarks>
public static class QueryTool
{
    /// <summary>The exit code for bad input: an unknown treaty or state, a malformed date, a missing or invalid data file.</summary>
    public const int BadInput = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var data = new Option<FileInfo?>("--data") { Description = "Read this JSON data file instead of the bundled data.", Recursive = true };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a table.", Recursive = true };
        var sources = new Option<bool>("--sources") { Description = "List the sources behind each row's date.", Recursive = true };
        var culture = new Option<string?>("--culture") { Description = "The language of names and labels: nl, fr, de, ru or en. The default is the current UI culture, else English.", Recursive = true };
        var place = new Option<string?>("--place") { Description = "Where the attack happens: an ISO 3166-2 code such as US-HI, or a territory code such as GL." };
        var from = new Option<string?>("--from") { Description = "The first day to include, yyyy-MM-dd." };
        var to = new Option<string?>("--to") { Description = "The last day to include, yyyy-MM-dd." };
        Argument<string> Treaty() => new("treaty") { Description = "A treaty id or alias, such as NATO or CSTO." };
        Argument<string> State(string name = "state") => new(name) { Description = "An ISO 3166-1 alpha-3 state code, such as FIN." };
        Argument<string> Date() => new("date") { Description = "The day, yyyy-MM-dd." };

        // The coverage is read from the bundled catalog only for help, so that a question on --data never loads it.
        bool help = args.Any(a => a is "--help" or "-h" or "-?");
        var root = new RootCommand(
            "Answers questions about collective-defence treaties, to the day."
            + (help ? $" The bundled catalog holds {TreatyCatalog.Default.Treaties.Count} treaties, checked up to {TreatyCatalog.Default.AsOf:uuuu-MM-dd}; `treaties --list` lists them, and docs/coverage.md says what it leaves out and why." : string.Empty));
        root.Options.Add(data);
        root.Options.Add(json);
        root.Options.Add(culture);
        root.Options.Add(sources);

        Command members = Add(root, new Command("members", "The members of a treaty on a date."), Treaty(), Date());
        Command status = Add(root, new Command("status", "A state's status in a treaty on a date, including its participation."), Treaty(), State(), Date());
        var list = new Option<bool>("--list") { Description = "List every treaty of the catalog, with its dates." };
        Command treaties = Add(root, new Command("treaties", "The treaties that bound a state on a date; with --list, every treaty of the catalog."), Optional(State()), Optional(Date()));
        treaties.Options.Add(list);
        Command defend = Add(root, new Command("defend", "Who had to defend a state if it was attacked on a date, optionally at a place."), State(), Date());
        defend.Options.Add(place);
        Command allies = Add(root, new Command("allies", "Whether two states were allies on a date, and how they stood."), State(), State("other"), Date());
        Command history = Add(root, new Command("history", "A state's history: every join, exit and participation change."), State());
        Command timeline = Add(root, new Command("timeline", "A treaty's timeline of membership changes and invocations."), Treaty());
        timeline.Options.Add(from);
        timeline.Options.Add(to);

        var research = new ResearchCommands(root, error);

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            System.CommandLine.Parsing.ParseError first = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            error.WriteLine($"error: {Explain(first.Message, root)}");
            return BadInput;
        }

        TreatyCatalog? loaded = null;
        TreatyCatalog Catalog() => loaded ??= LoadCatalog(parse.GetValue(data));
        Labels labels;
        try
        {
            labels = Labels.For(CultureOf(parse.GetValue(culture)));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // The parser reports an option given without its value when it is read, not when it parses.
            error.WriteLine($"error: {InputText.OneLine(e)}");
            return BadInput;
        }

        var view = new View(output, parse.GetValue(json), Catalog, labels, parse.GetValue(sources));
        LocalDate ParseDate(string text)
        {
            LocalDate date = InputText.Day(text);
            if (InputText.AfterCheckedDay(date, Catalog().AsOf) is string warning)
            {
                error.WriteLine($"warning: {warning}");
            }

            return date;
        }
        string Text(Command command, int index) => parse.GetValue((Argument<string>)command.Arguments[index])!;

        members.SetAction(_ => view.Members(Catalog().GetTreaty(Text(members, 0)), ParseDate(Text(members, 1))));
        status.SetAction(_ =>
        {
            TreatyCatalog catalog = Catalog();
            view.Status(catalog.GetTreaty(Text(status, 0)), catalog.GetState(Text(status, 1)), ParseDate(Text(status, 2)));
        });
        treaties.SetAction(_ =>
        {
            TreatyCatalog catalog = Catalog();
            if (parse.GetValue(list))
            {
                view.TreatyList(catalog);
                return;
            }

            string? code = parse.GetValue((Argument<string?>)treaties.Arguments[0]);
            string? day = parse.GetValue((Argument<string?>)treaties.Arguments[1]);
            if (code is null || day is null)
            {
                throw new ArgumentException($"treaties needs a state and a date (such as `treaties ARM 2022-09-13`), or --list.");
            }

            view.Treaties(catalog, catalog.GetState(code), ParseDate(day));
        });
        defend.SetAction(_ =>
        {
            TreatyCatalog catalog = Catalog();
            MemberState state = catalog.GetState(Text(defend, 0));
            LocalDate date = ParseDate(Text(defend, 1));
            string? where = parse.GetValue(place);
            view.Defence(state, date, where is null ? null : catalog.GetPlace(where), where is null ? catalog.WhoMustDefend(state, date) : catalog.WhoMustDefend(state.Code, date, where));
        });
        allies.SetAction(_ =>
        {
            TreatyCatalog catalog = Catalog();
            view.Relationship(catalog.RelationshipOn(Text(allies, 0), Text(allies, 1), ParseDate(Text(allies, 2))));
        });
        history.SetAction(_ =>
        {
            TreatyCatalog catalog = Catalog();
            view.History(catalog.GetState(Text(history, 0)), catalog.HistoryOf(Text(history, 0)));
        });
        timeline.SetAction(_ =>
        {
            TreatyCatalog catalog = Catalog();
            Treaty treaty = catalog.GetTreaty(Text(timeline, 0));
            LocalDate first = parse.GetValue(from) is string f ? ParseDate(f) : treaty.Signed;
            LocalDate last = parse.GetValue(to) is string t ? ParseDate(t) : catalog.AsOf ?? LocalDate.MaxIsoValue;
            var days = new DateInterval(first, last);
            view.Timeline(treaty, treaty.ChangesBetween(days), catalog.InvocationTimeline(treaty.Id, period: days));
        });

        research.SetActions(parse, Catalog, output);

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or TreatyDataException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            error.WriteLine($"error: {InputText.OneLine(e)}");
            return BadInput;
        }
    }

    private static Command Add(RootCommand root, Command command, params Argument[] arguments)
    {
        foreach (Argument argument in arguments)
        {
            command.Arguments.Add(argument);
        }

        root.Subcommands.Add(command);
        return command;
    }

    private static TreatyCatalog LoadCatalog(FileInfo? file)
    {
        if (file is null)
        {
            return TreatyCatalog.Default;
        }

        if (Directory.Exists(file.FullName))
        {
            throw new IOException($"'{file.FullName}' is a folder; --data takes a JSON data file.");
        }

        return Read(file, "data file", TreatyCatalog.Load);
    }

    /// <summary>Reads a file, naming it in every error.</summary>
    internal static T Read<T>(FileInfo file, string kind, Func<Stream, T> load)
    {
        if (!file.Exists)
        {
            throw new FileNotFoundException($"The {kind} '{file.FullName}' does not exist.");
        }

        using FileStream stream = file.OpenRead();
        try
        {
            return load(stream);
        }
        catch (TreatyDataException e)
        {
            throw new TreatyDataException($"{file.Name}: {e.Message}", e);
        }
    }


    /// <summary>Says in the tool's words what the parser found wrong: the command it did not know, with the commands there are, or the argument that is missing.</summary>
    private static string Explain(string message, RootCommand root)
    {
        string commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
        if (message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal))
        {
            return $"{message.TrimEnd('.')}; the commands are {commands} (try --help).";
        }

        if (message.StartsWith("Required argument missing", StringComparison.Ordinal))
        {
            return $"{message.TrimEnd('.')}: give every argument the command names (try <command> --help).";
        }

        if (message.StartsWith("Cannot parse argument ''", StringComparison.Ordinal))
        {
            return $"An option was given an empty value: {message[(message.IndexOf("for option", StringComparison.Ordinal) + 4)..].Split(" as expected", 2)[0].Replace("option ", "", StringComparison.Ordinal)} needs one (try --help).";
        }

        // The parser names .NET types; say what the value should be instead.
        message = message
            .Replace("as expected type 'System.IO.FileInfo'", "as a file path", StringComparison.Ordinal)
            .Replace("as expected type 'System.Int32'", "as a whole number", StringComparison.Ordinal)
            .Replace("as expected type 'System.Boolean'", "as true or false", StringComparison.Ordinal);
        return $"{message} (try --help)";
    }

    private static System.Globalization.CultureInfo CultureOf(string? name)
    {
        if (name is null)
        {
            return System.Globalization.CultureInfo.CurrentUICulture;
        }

        if (!Labels.Languages.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{name}' is not a language the tool speaks; --culture takes {string.Join(", ", Labels.Languages)}.");
        }

        return System.Globalization.CultureInfo.GetCultureInfo(name);
    }

    private static Argument<string?> Optional(Argument<string> argument) =>
        new(argument.Name) { Description = argument.Description, Arity = ArgumentArity.ZeroOrOne };
}
