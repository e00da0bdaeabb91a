using System.CommandLine;
using System.IO;
using Treaties;
using Treaties.Samples;

namespace TreatyQuery;

/// <summary>The tool's commands, options and arguments, described in the tool's language.</summary>
internal sealed class Commands
{
    internal Commands(Labels labels, bool help)
    {
        Data = new Option<FileInfo?>("--data") { Description = labels["Help_Data"], Recursive = true };
        Json = new Option<bool>("--json") { Description = labels["Help_Json"], Recursive = true };
        Sources = new Option<bool>("--sources") { Description = labels["Help_Sources"], Recursive = true };
        Culture = new Option<string?>("--culture") { Description = labels["Help_Culture"], Recursive = true };
        Place = new Option<string?>("--place") { Description = labels["Help_Place"] };
        From = new Option<string?>("--from") { Description = labels["Help_From"] };
        To = new Option<string?>("--to") { Description = labels["Help_To"] };
        List = new Option<bool>("--list") { Description = labels["Help_List"] };
        Argument<string> Treaty() => new("treaty") { Description = labels["Help_ArgTreaty"] };
        Argument<string> State(string name = "state") => new(name) { Description = labels["Help_ArgState"] };
        Argument<string> Date() => new("date") { Description = labels["Help_ArgDate"] };
        Argument<string?> Optional(Argument<string> argument) => new(argument.Name) { Description = argument.Description, Arity = ArgumentArity.ZeroOrOne };

        // The coverage is read from the bundled catalog only for help, so that a question on --data never loads it.
        TreatyCatalog? bundled = help ? TreatyCatalog.Default : null;
        Root = new RootCommand(bundled is null
            ? labels["HelpRoot_other"].Split(". ", 2)[0] + "."
            : labels.Count("HelpRoot", bundled.Treaties.Count, ("date", bundled.AsOf is NodaTime.LocalDate asOf ? InputText.Iso(asOf) : "-")));
        Root.Options.Add(Data);
        Root.Options.Add(Json);
        Root.Options.Add(Culture);
        Root.Options.Add(Sources);
        HelpText.Install(Root, labels);

        Members = Add(new Command("members", labels["Help_Members"]), Treaty(), Date());
        Status = Add(new Command("status", labels["Help_Status"]), Treaty(), State(), Date());
        Treaties = Add(new Command("treaties", labels["Help_Treaties"]), Optional(State()), Optional(Date()));
        Treaties.Options.Add(List);
        Defend = Add(new Command("defend", labels["Help_Defend"]), State(), Date());
        Defend.Options.Add(Place);
        Allies = Add(new Command("allies", labels["Help_Allies"]), State(), State("other"), Date());
        History = Add(new Command("history", labels["Help_History"]), State());
        Timeline = Add(new Command("timeline", labels["Help_Timeline"]), Treaty());
        Timeline.Options.Add(From);
        Timeline.Options.Add(To);
        States = Add(new Command("states", labels["Help_States"]));
    }

    internal RootCommand Root { get; }

    internal Option<FileInfo?> Data { get; }

    internal Option<bool> Json { get; }

    internal Option<bool> Sources { get; }

    internal Option<string?> Culture { get; }

    internal Option<string?> Place { get; }

    internal Option<string?> From { get; }

    internal Option<string?> To { get; }

    internal Option<bool> List { get; }

    internal Command Members { get; }

    internal Command Status { get; }

    internal Command Treaties { get; }

    internal Command Defend { get; }

    internal Command Allies { get; }

    internal Command History { get; }

    internal Command Timeline { get; }

    internal Command States { get; }

    /// <summary>Gives each command its handler.</summary>
    internal void SetActions(Handlers handlers)
    {
        Members.SetAction(_ => handlers.Members());
        Status.SetAction(_ => handlers.Status());
        Treaties.SetAction(_ => handlers.Treaties());
        Defend.SetAction(_ => handlers.Defend());
        Allies.SetAction(_ => handlers.Allies());
        History.SetAction(_ => handlers.History());
        Timeline.SetAction(_ => handlers.Timeline());
        States.SetAction(_ => handlers.States());
    }

    private Command Add(Command command, params Argument[] arguments)
    {
        foreach (Argument argument in arguments)
        {
            command.Arguments.Add(argument);
        }

        Root.Subcommands.Add(command);
        return command;
    }
}
