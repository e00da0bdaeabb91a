using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Treaties.Tests;
using Xunit;

namespace TreatyQuery.Tests;

/// <summary>
/// docs/query-tool.md shows what the tool prints: every example in it is run, and its output must be the tool's, line by
/// line (up to the "(…)" where the guide cuts a long table), so that the guide cannot fall behind the data or the words.
/// </summary>
public class QueryToolGuideTests
{
    private const string Prompt = "$ treaty-query ";

    public static TheoryData<string, string[]> Examples()
    {
        var examples = new TheoryData<string, string[]>();
        string[] lines = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "query-tool.md"));
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(Prompt, StringComparison.Ordinal))
            {
                string[] shown = [.. lines.Skip(i + 1).TakeWhile(l => l != "```")];
                examples.Add(lines[i][Prompt.Length..], shown);
            }
        }

        return examples;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ShowsWhatTheToolPrints(string command, string[] shown)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        QueryTool.Run(command.Split(' '), output, error);

        string[] printed = [.. (output.ToString() + error.ToString()).TrimEnd('\n').Split('\n').Select(l => l.TrimEnd())];
        int cut = Array.IndexOf(shown, "(…)");
        Assert.Equal(cut < 0 ? printed : printed.Take(cut), cut < 0 ? shown : shown.Take(cut));
    }

    [Fact]
    public void Guide_HasExamplesInEveryLanguage()
    {
        IEnumerable<string> commands = Examples().Select(row => (string)row[0]);

        Assert.All(Labels.Languages.Where(l => l != "en"), language => Assert.Contains(commands, c => c.EndsWith($"--culture {language}", StringComparison.Ordinal)));
    }
}
