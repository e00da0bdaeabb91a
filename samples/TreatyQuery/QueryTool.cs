using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Treaties;
using Treaties.Samples;

namespace TreatyQuery;

/// <summary>
/// The query tool: every question the library answers, on the bundled data or a data file given with <c>--data</c>,
/// as sentences and tables in the user's language or, with <c>--json</c>, as JSON.
/// </summary>
/// <remarks>Bad input gets one line on standard error and exit code 2, never a stack trace.</remarks>
public static partial class QueryTool
{
    /// <summary>The exit code for bad input: an unknown treaty or state, a malformed date, a missing or invalid data file.</summary>
    public const int BadInput = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        Labels labels;
        try
        {
            labels = Labels.For(CultureOf(CultureArgument(args)));
        }
        catch (ToolException e)
        {
            error.WriteLine(Labels.For(CultureInfo.CurrentUICulture).Say("Error", ("message", e.Message)));
            return BadInput;
        }

        var tool = new Commands(labels, args.Any(a => a is "--help" or "-h" or "-?"));
        var research = new ResearchCommands(tool.Root, error, labels);

        // System.CommandLine words its errors in the UI culture; they are read in English and said in the tool's language.
        ParseResult parse;
        CultureInfo ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            parse = tool.Root.Parse(args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }

        if (parse.Errors.Count > 0)
        {
            System.CommandLine.Parsing.ParseError first = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            error.WriteLine(labels.Say("Error", ("message", Explain(first.Message, tool.Root, labels))));
            return BadInput;
        }

        var handlers = new Handlers(tool, parse, labels, output, error);
        tool.SetActions(handlers);
        research.SetActions(parse, handlers.Catalog, output);

        // The help, headings included, is the tool's own (HelpText), in the tool's language whatever the UI culture.
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (ToolException e)
        {
            error.WriteLine(labels.Say("Error", ("message", e.Message)));
            return BadInput;
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or TreatyDataException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // The library's or .NET's own words, in English as theirs are, inside a sentence of the tool's.
            error.WriteLine(labels.Say("Error", ("message", labels.Say("Error_Refused", ("detail", InputText.OneLine(e))))));
            return BadInput;
        }
    }

    /// <summary>
    /// Reads a file, naming it in every error, in the tool's words (<c>Error_{kind}FileMissing</c>,
    /// <c>Error_{kind}FileInvalid</c>) around the library's or .NET's detail.
    /// </summary>
    /// <exception cref="ToolException">The file does not exist, cannot be read, or is not what the library reads.</exception>
    internal static T Read<T>(FileInfo file, string kind, Labels labels, Func<Stream, T> load)
    {
        if (!file.Exists)
        {
            throw new ToolException(labels.Say($"Error_{kind}FileMissing", ("path", file.FullName)));
        }

        try
        {
            using FileStream stream = file.OpenRead();
            return load(stream);
        }
        catch (TreatyDataException e)
        {
            throw new ToolException(labels.Say($"Error_{kind}FileInvalid", ("file", file.Name), ("detail", InputText.OneLine(e))), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException(labels.Say("Error_CannotRead", ("file", file.FullName), ("detail", InputText.OneLine(e))), e);
        }
    }

    /// <summary>
    /// Says in the tool's words what the parser found wrong: the command it did not know, with the commands there are;
    /// the argument that is missing; an option without a value; a value of the wrong kind. The parser's message is
    /// read as System.CommandLine words it in English, which <see cref="Run"/> asks for whatever the UI culture.
    /// </summary>
    internal static string Explain(string message, RootCommand root, Labels labels)
    {
        if (Unrecognized().Match(message) is { Success: true } unrecognized)
        {
            return labels.Say("ErrorUnrecognized", ("token", unrecognized.Groups[1].Value), ("commands", string.Join(", ", root.Subcommands.Select(c => c.Name))));
        }

        if (MissingArgument().Match(message) is { Success: true } missing)
        {
            return labels.Say("ErrorMissingArgument", ("command", missing.Groups[1].Value));
        }

        if (CannotParse().Match(message) is { Success: true } value)
        {
            (string, object?)[] holes = [("value", value.Groups[1].Value), ("option", value.Groups[2].Value)];
            return value.Groups[1].Value.Length == 0 ? labels.Say("ErrorEmptyOption", holes)
                : value.Groups[3].Value == "System.Int32" ? labels.Say("ErrorNotWholeNumber", holes)
                : value.Groups[3].Value == "System.IO.FileInfo" ? labels.Say("ErrorNotFilePath", holes)
                : labels.Say("ErrorOther", ("message", message));
        }

        return labels.Say("ErrorOther", ("message", message));
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.?$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Required argument missing for command: '(.*)'\.?$")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for \w+ '(.*)' as expected type '(.*)'\.?$")]
    private static partial Regex CannotParse();

    /// <summary>The value of --culture, read before the commands are built so that their help is in that language.</summary>
    private static string? CultureArgument(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--culture=", StringComparison.Ordinal) || args[i].StartsWith("--culture:", StringComparison.Ordinal))
            {
                return args[i]["--culture=".Length..];
            }

            if (args[i] == "--culture")
            {
                return i + 1 < args.Length && !args[i + 1].StartsWith('-') ? args[i + 1] : null;
            }
        }

        return null;
    }

    private static CultureInfo CultureOf(string? name)
    {
        if (name is null)
        {
            return CultureInfo.CurrentUICulture;
        }

        if (!Labels.Languages.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ToolException(Labels.For(CultureInfo.CurrentUICulture).Say("Error_Culture", ("name", name), ("languages", string.Join(", ", Labels.Languages))));
        }

        return CultureInfo.GetCultureInfo(name);
    }
}
