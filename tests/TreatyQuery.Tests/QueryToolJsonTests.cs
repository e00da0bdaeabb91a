using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace TreatyQuery.Tests;

/// <summary>JSON says everything the table says: command by command, every day, code, treaty and source id the table shows is in the JSON.</summary>
public partial class QueryToolJsonTests
{
    public static TheoryData<string> Commands() =>
    [
        "members CSTO 2024-06-01 --sources", "members NATO 1700-01-01", "members WARSAW 2000-01-01", "members SEATO 1990-01-01",
        "status CSTO ARM 2024-06-01 --sources", "status NATO FRA 2020-01-01", "status NATO CHE 2020-01-01",
        "treaties USA 2000-01-01 --sources", "treaties CHE 2024-01-01", "treaties --list",
        "defend NZL 2000-01-01 --sources", "defend CHE 2024-01-01", "defend USA 2024-01-01 --place US-HI --sources",
        "allies USA NZL 2000-01-01 --sources", "allies USA TWN 1700-01-01", "allies KGZ TJK 2022-09-14", "allies ARM AZE 2024-01-01",
        "history DEU --sources", "history CHE", "timeline NATO --from 2022-01-01 --to 2022-12-31 --sources", "states",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryFactInTheTable_IsInTheJson(string command)
    {
        string[] args = command.Split(' ');
        (int code, string table, _) = QueryToolAnswersTests.Run(args);
        (int jsonCode, string json, _) = QueryToolAnswersTests.Run([.. args, "--json"]);

        Assert.Equal(code, jsonCode);
        string[] facts = [.. Facts().Matches(table).Select(m => m.Value).Distinct()];
        Assert.NotEmpty(facts);
        Assert.All(facts, fact => Assert.Contains(fact, json, StringComparison.Ordinal));
        if (table.Contains("docs/coverage.md", StringComparison.Ordinal))
        {
            Assert.Contains("\"coverage\"", json, StringComparison.Ordinal);
        }

        if (Disputed().IsMatch(table))
        {
            Assert.Contains("\"disputed\": true", json, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\d \??±")]
    private static partial Regex Disputed();

    /// <summary>Days, codes and treaty ids (USA, USA-TWN, GBR-PRT), and source ids in brackets.</summary>
    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}|\b[A-Z]{3}(?:-[A-Z0-9]+)*\b|(?<=\[|, )[a-z0-9][a-z0-9.-]+(?=\]|, )")]
    private static partial Regex Facts();
}
