using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Text;

namespace TreatyQuery;

/// <summary>
/// The help of every command, headings included, in the tool's language. System.CommandLine 2.0.0 words its help's
/// headings ("Description:", "Usage:", "Options:"), "[options]", "(REQUIRED)" and its help option's description from
/// its own resources, which have no Dutch, and its public API offers no way to change them: <c>HelpBuilder</c> and
/// <c>LocalizationResources</c> are internal, and <see cref="HelpAction"/> lets one set only the width. What is public
/// is the help option's <see cref="Option.Action"/>, so this action takes its place and writes the same sections from
/// what the commands say of themselves: names, aliases, arguments, descriptions and required options.
/// </summary>
internal sealed class HelpText : SynchronousCommandLineAction
{
    private readonly Labels _labels;

    private HelpText(Labels labels) => _labels = labels;

    /// <summary>Gets a value indicating that, as System.CommandLine's own help, <c>members --help</c> shows help though the arguments are missing.</summary>
    public override bool ClearsParseErrors => true;

    /// <summary>Makes the root's help option write this help, and words the help and version options in the tool's language.</summary>
    internal static void Install(RootCommand root, Labels labels)
    {
        foreach (Option option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Action = new HelpText(labels);
                help.Description = labels["Help_Help"];
            }
            else if (option is VersionOption version)
            {
                version.Description = labels["Help_Version"];
            }
        }
    }

    /// <summary>Writes the help of the command asked about.</summary>
    public override int Invoke(ParseResult parseResult)
    {
        Command command = parseResult.CommandResult.Command;
        TextWriter output = parseResult.InvocationConfiguration.Output;
        int width = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? Console.WindowWidth : int.MaxValue;

        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(command.Description))
        {
            Section(text, "HelpHeading_Description", [(string.Empty, command.Description)], width);
        }

        string path = string.Join(' ', Lineage(command).Reverse().Select(c => c.Name).Append(Arguments(command)).Where(s => s.Length > 0));
        Section(text, "HelpHeading_Usage", [(_labels.Say(command.Subcommands.Any(c => !c.Hidden) ? "Help_UsageCommands" : "Help_Usage", ("command", path)), string.Empty)], width);
        Section(text, "HelpHeading_Arguments", [.. command.Arguments.Where(a => !a.Hidden).Select(a => (Placeholder(a), a.Description ?? string.Empty))], width);
        Section(text, "HelpHeading_Options", [.. Options(command).Select(o => (OptionColumn(o), o.Description ?? string.Empty))], width);
        Section(text, "HelpHeading_Commands", [.. command.Subcommands.Where(c => !c.Hidden).Select(c => (string.Join(' ', new[] { c.Name, Arguments(c) }.Where(s => s.Length > 0)), c.Description ?? string.Empty))], width);
        output.Write(text.ToString());
        return 0;
    }

    /// <summary>A heading, then its rows in two columns, the second wrapped to the terminal's width (none off a terminal).</summary>
    private void Section(StringBuilder text, string heading, (string First, string Second)[] rows, int width)
    {
        if (rows.Length == 0)
        {
            return;
        }

        text.Append(_labels[heading]).Append('\n');
        int column = rows.Max(r => r.First.Length) is int first and > 0 ? first + 2 : 0;
        foreach ((string left, string right) in rows)
        {
            string indent = new(' ', 2 + column);
            bool firstLine = true;
            foreach (string line in Wrap(right, width - indent.Length))
            {
                text.Append(firstLine ? "  " + (line.Length > 0 ? left.PadRight(column) : left) : indent).Append(line).Append('\n');
                firstLine = false;
            }
        }

        text.Append('\n');
    }

    /// <summary>The command and the commands above it, nearest first.</summary>
    private static IEnumerable<Command> Lineage(Command command)
    {
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return c;
        }
    }

    /// <summary>A command's own options, then those it takes from the commands above it, help and version last, as System.CommandLine orders them.</summary>
    private static IEnumerable<Option> Options(Command command)
    {
        List<Option> options = [.. command.Options.Where(o => !o.Hidden)];
        options.AddRange(Lineage(command).Skip(1).SelectMany(c => c.Options).Where(o => o.Recursive && !o.Hidden && !options.Contains(o)));
        return options.OrderBy(o => o is HelpOption ? 1 : o is VersionOption ? 2 : 0);
    }

    private string OptionColumn(Option option)
    {
        // The names a Unix shell user types (-h, not /h), and a value's placeholder unless the option is a switch.
        string names = string.Join(", ", option.Aliases.Append(option.Name).Where(n => n.StartsWith('-')).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        string column = option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool) ? $"{names} <{ValueName(option.HelpName ?? option.Name.TrimStart('-'))}>" : names;
        return option.Required ? _labels.Say("Help_Required", ("option", column)) : column;
    }

    private string Arguments(Command command) => string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(Placeholder));

    private string Placeholder(Argument argument)
    {
        string name = $"<{ValueName(argument.HelpName ?? argument.Name)}>";
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name;
    }

    /// <summary>What a value is called in the help's language (<c>&lt;verdrag&gt;</c> for <c>&lt;treaty&gt;</c>): the phrase <c>Placeholder</c> and the name, capitalised.</summary>
    private string ValueName(string name) => _labels[$"Placeholder{char.ToUpperInvariant(name[0])}{name[1..]}"];

    /// <summary>Splits a text into lines of at most the width, between words; a width too narrow to read leaves it whole.</summary>
    private static IEnumerable<string> Wrap(string text, int width)
    {
        if (width < 20 || text.Length <= width)
        {
            yield return text;
            yield break;
        }

        var line = new StringBuilder();
        foreach (string word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        yield return line.ToString();
    }
}
