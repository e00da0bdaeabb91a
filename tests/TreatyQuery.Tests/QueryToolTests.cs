using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Treaties;
using Treaties.Tests;
using Xunit;

namespace TreatyQuery.Tests;

/// <summary>The query tool sample, driven as a user drives it: arguments in, text and an exit code out.</summary>
public class QueryToolTests
{
    [Fact]
    public void Members_CstoOnTheDayOfTheAttack_ListsSix()
    {
        (int code, string output, string error) = Run("members", "CSTO", "2022-09-13");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("6 members on 2022-09-13", output, StringComparison.Ordinal);
        Assert.Matches(@"ARM\s+Armenia\s+full", output);
        Assert.DoesNotContain("AZE", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_Json_IsParseableAndComplete()
    {
        (int code, string output, _) = Run("members", "nato", "2023-04-04", "--json");

        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal(0, code);
        Assert.Equal("NATO", json.RootElement.GetProperty("treaty").GetString());
        Assert.Equal(31, json.RootElement.GetProperty("members").GetArrayLength());
    }

    [Fact]
    public void Status_FrozenArmenia_ShowsParticipationAndSince()
    {
        (int code, string output, _) = Run("status", "CSTO", "ARM", "2024-06-01");

        Assert.Equal(0, code);
        Assert.Contains("ARM (Armenia) in CSTO on 2024-06-01: member since 1994-04-20; participation frozen since 2024-02-22 ?±.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Treaties_ArmeniaThatDay_IsCsto()
    {
        (_, string output, _) = Run("treaties", "ARM", "2022-09-13", "--json");

        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal("CSTO", json.RootElement.GetProperty("treaties")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Defend_AtHawaii_NotNato_AtAlaska_Nato()
    {
        string hawaii = Run("defend", "USA", "2024-01-01", "--place", "US-HI").Output;
        Assert.DoesNotContain("NATO", hawaii, StringComparison.Ordinal);
        Assert.Contains("ANZUS Article IV", hawaii, StringComparison.Ordinal);
        Assert.Contains("NATO Article 5", Run("defend", "USA", "2024-01-01", "--place", "US-AK").Output, StringComparison.Ordinal);
        string falklands = Run("defend", "GBR", "2024-01-01", "--place", "FK").Output;
        Assert.DoesNotContain("NATO", falklands, StringComparison.Ordinal);
        Assert.Contains("GBR-PRT", falklands, StringComparison.Ordinal);
    }

    [Fact]
    public void Defend_NewZealand2000_SaysTheUnitedStatesSuspendedItsObligations()
    {
        string output = Run("defend", "NZL", "2000-01-01").Output;

        Assert.Contains("ANZUS Article IV (\"act to meet the common danger\"), NZL (New Zealand), 2000-01-01: defenders: 1", output, StringComparison.Ordinal);
        Assert.Contains("Not bound: USA (United States) suspended its obligations toward NZL on 1986-08-11", output, StringComparison.Ordinal);
        Assert.Contains("\"suspended\": [\n", Run("defend", "NZL", "2000-01-01", "--json").Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Members_PendingTreaty_SaysItIsNotInForce()
    {
        (int code, _, string error) = Run("members", "AUS-PNG", "2026-01-01");

        Assert.Equal(QueryTool.BadInput, code);
        Assert.Contains("has not entered into force", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Panel_FromAtop_WritesCsvWithPeacesciencerNames_ProgressOnStandardError() =>
        WithAtopFile(AtopFiles.Small, (atop, panel) =>
        {
            (int code, _, string error) = Run("panel", "--atop", atop, "--from", "1900", "--to", "1901", "--out", panel);

            Assert.Equal(0, code);
            Assert.Equal(
                ["ccode1,ccode2,year,atop_alliance,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul", "255,300,1900,1,1,0,0,0,1", "255,300,1901,1,1,0,0,0,1"],
                File.ReadAllLines(panel));
            Assert.Contains("wrote 2 rows for 1900 to 1901", error, StringComparison.Ordinal);
        });

    [Theory]
    [InlineData("atop", "1910")]
    [InlineData("days", "1909")]
    public void Panel_StateYears_FollowTheRules_AndReportRowsLeftOut(string rules, string lastYearOfTheUnitedKingdom) =>
        WithAtopFile(AtopFiles.Quirks, (atop, panel) =>
        {
            (int code, _, string error) = Run("panel", "--atop", atop, "--from", "1900", "--to", "1920", "--unit", "state-year", "--rules", rules, "--out", panel);

            Assert.Equal(0, code);
            string[] lines = File.ReadAllLines(panel);
            Assert.Equal("ccode,year,atop_alliance,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul,atop_number", lines[0]);
            Assert.Equal($"200,{lastYearOfTheUnitedKingdom},1,1,0,0,0,0,1", System.Linq.Enumerable.Last(lines, l => l.StartsWith("200,", StringComparison.Ordinal)));
            Assert.Contains($"note: {Path.GetFileName(atop)}: Line 4: member 8152 of alliance 2001 is left out", error, StringComparison.Ordinal);
            Assert.Contains($"by the {rules} rules", error, StringComparison.Ordinal);
        });

    [Fact]
    public void Panel_RulesDefault_AtopForAtopAlone_DaysWithTheCuratedCatalog() =>
        WithAtopFile(AtopFiles.Quirks, (atop, panel) =>
        {
            Assert.Contains("by the atop rules", Run("panel", "--atop", atop, "--from", "1910", "--to", "1910", "--out", panel).Error, StringComparison.Ordinal);
            Assert.Equal(2, File.ReadAllLines(panel).Length);
            Assert.Contains("by the days rules", Run("panel", "--atop", atop, "--curated", "--from", "1910", "--to", "1910", "--out", panel).Error, StringComparison.Ordinal);
            Assert.Equal("200,235,1910,1,1,0,0,0,0,GBR-PRT", File.ReadAllLines(panel).Skip(1).Single());
        });

    /// <summary>Writes an ATOP file to a temporary path, and runs the test with it and a path for the panel; both are removed after.</summary>
    private static void WithAtopFile(string text, Action<string, string> test)
    {
        string atop = Path.Combine(Path.GetTempPath(), $"atop-{Guid.NewGuid():N}.csv");
        string panel = Path.ChangeExtension(atop, ".panel.csv");
        File.WriteAllText(atop, text);
        try
        {
            test(atop, panel);
        }
        finally
        {
            File.Delete(atop);
            File.Delete(panel);
        }
    }

    [Theory]
    [InlineData("'weeks' is not a panel rule; --rules takes atop or days.", "--rules", "weeks")]
    [InlineData("'country-year' is not a unit; --unit takes dyad-year or state-year.", "--unit", "country-year")]
    [InlineData("--directed gives each dyad in both orders, so it applies to dyad-year panels only.", "--unit", "state-year", "--directed")]
    public void Panel_BadRulesOrUnit_OneLineAndExitCode2_BeforeAnyFileIsRead(string message, params string[] options)
    {
        (int code, string output, string error) = Run(["panel", "--atop", "/no/such/atop.csv", "--from", "1949", "--to", "1950", "--out", "p.csv", .. options]);

        Assert.Equal(QueryTool.BadInput, code);
        Assert.Empty(output);
        Assert.Equal($"error: {message}", error.TrimEnd());
    }

    [Fact]
    public void Panel_BadInput_OneLineAndExitCode2()
    {
        Assert.Equal(QueryTool.BadInput, Run("panel", "--from", "1949", "--to", "1950", "--out", "panel.txt").Code);
        Assert.Contains("must end in .parquet or .csv", Run("panel", "--from", "1949", "--to", "1950", "--out", "panel.txt").Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", Run("panel", "--atop", "/no/such/atop.csv", "--from", "1949", "--to", "1950", "--out", "p.csv").Error, StringComparison.Ordinal);
        Assert.Equal(QueryTool.BadInput, Run("panel", "--from", "1949", "--out", "p.csv").Code);
    }

    /// <summary>
    /// Every way the library's or .NET's own words reach the user (a malformed data or ATOP file, a file that cannot be
    /// written): their detail stays English, inside a sentence of the tool's in the chosen language. What the tool can say
    /// alone (a missing file, a folder, a pending treaty, an unknown place, a rule, years or a period the wrong way round)
    /// it says wholly in that language.
    /// </summary>
    [Theory]
    [InlineData("nl")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ru")]
    public void LibraryDetail_ReachesTheUser_InsideASentenceOfTheChosenLanguage(string culture) =>
        WithAtopFile("x,y\n", (atop, panel) =>
        {
            Labels labels = Labels.For(System.Globalization.CultureInfo.GetCultureInfo(culture));
            string Said(string key, params (string, object?)[] holes) => labels.Say("Error", ("message", labels.Say(key, holes)));
            string Error(params string[] args) => Run([.. args, "--culture", culture]).Error.TrimEnd();
            string data = Path.ChangeExtension(atop, ".json");
            File.WriteAllText(data, """{ "formatVersion": 1, "states": [ { "code": "FIN" } ], "treaties": [] }""");
            try
            {
                string invalid = Error("members", "NATO", "2022-09-13", "--data", data);
                Assert.StartsWith(Said("Error_DataFileInvalid", ("file", Path.GetFileName(data)), ("detail", "")), invalid, StringComparison.Ordinal);
                Assert.Contains("$.states[0]", invalid, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(data);
            }

            string atopError = Error("panel", "--atop", atop, "--from", "1900", "--to", "1901", "--out", panel);
            Assert.StartsWith(Said("Error_AtopFileInvalid", ("file", Path.GetFileName(atop)), ("detail", "")), atopError, StringComparison.Ordinal);
            Assert.Contains("The header has no column 'atopid'", atopError, StringComparison.Ordinal);
            string unwritable = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}", "p.csv");
            Assert.StartsWith(Said("Error_CannotWrite", ("file", unwritable), ("detail", "")), Error("panel", "--from", "1949", "--to", "1950", "--out", unwritable), StringComparison.Ordinal);

            Assert.Equal(Said("Error_DataFileMissing", ("path", "/no/such/file.json")), Error("members", "NATO", "2022-09-13", "--data", "/no/such/file.json"));
            Assert.Equal(Said("Error_AtopFileMissing", ("path", "/no/such/atop.csv")), Error("compare-atop", "/no/such/atop.csv"));
            Assert.Equal(Said("Error_DataFolder", ("path", new DirectoryInfo(Path.GetTempPath()).FullName)), Error("members", "NATO", "2022-09-13", "--data", Path.GetTempPath()));
            Assert.Equal(Said("TreatyPending", ("id", "AUS-PNG"), ("name", labels.NameOf(TreatyCatalog.Default.PendingTreaties.Single(p => p.Id == "AUS-PNG"))), ("signed", "2025-10-06")), Error("members", "AUS-PNG", "2026-01-01"));
            Assert.Equal(Said("UnknownPlace", ("input", "US-XX")), Error("defend", "USA", "2024-01-01", "--place", "US-XX"));
            Assert.Equal(Said("Error_PanelRules", ("rules", "weeks")), Error("panel", "--rules", "weeks", "--from", "1949", "--to", "1950", "--out", panel));
            Assert.Equal(Said("Error_PanelYears", ("from", 1950), ("to", 1949)), Error("panel", "--from", "1950", "--to", "1949", "--out", panel));
            Assert.Equal(Said("Error_PeriodBackwards", ("from", "2022-12-01"), ("to", "2022-01-01")), Error("timeline", "NATO", "--from", "2022-12-01", "--to", "2022-01-01"));
        });

    /// <summary>A panel's progress, its last line and the ATOP rows it leaves out, in each language but English; the row itself is the library's detail.</summary>
    [Theory]
    [InlineData("nl", "volgens de regels atop")]
    [InlineData("fr", "selon les règles atop")]
    [InlineData("de", "nach den Regeln atop")]
    [InlineData("ru", "по правилам atop")]
    public void Panel_ProgressAndNotes_AreInTheChosenLanguage(string culture, string rules) =>
        WithAtopFile(AtopFiles.Quirks, (atop, panel) =>
        {
            Labels labels = Labels.For(System.Globalization.CultureInfo.GetCultureInfo(culture));
            (int code, _, string error) = Run("panel", "--atop", atop, "--from", "1900", "--to", "1920", "--unit", "state-year", "--out", panel, "--culture", culture);

            Assert.Equal(0, code);
            Assert.Contains(labels.Say("Note_RowLeftOut", ("file", Path.GetFileName(atop)), ("row", "Line 4: member 8152 of alliance 2001 is left out")), error, StringComparison.Ordinal);
            Assert.Contains(labels.Count("Panel_Progress", 0, ("year", 1900)), error, StringComparison.Ordinal);
            Assert.EndsWith(rules, error.TrimEnd(), StringComparison.Ordinal);
            Assert.DoesNotContain("rows", error, StringComparison.Ordinal);
            Assert.DoesNotContain("note:", error, StringComparison.Ordinal);
        });

    /// <summary>An unknown --culture, said before any language is chosen: in the UI culture's language, under German and Russian ones.</summary>
    [Theory]
    [InlineData("de-DE", "Fehler: „xx“ ist keine Sprache, die das Werkzeug spricht; --culture nimmt en, nl, fr, de, ru.")]
    [InlineData("ru-RU", "ошибка: «xx» — не язык, на котором говорит программа; --culture принимает en, nl, fr, de, ru.")]
    public void UnknownLanguage_UnderAGermanOrRussianUiCulture_IsSaidInThatLanguage(string culture, string expected)
    {
        System.Globalization.CultureInfo ui = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
            (int code, _, string error) = Run("members", "NATO", "2022-09-13", "--culture", "xx");

            Assert.Equal(QueryTool.BadInput, code);
            Assert.Equal(expected, error.TrimEnd());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = ui;
        }
    }

    [Fact]
    public void CompareAtop_ListsTheMembersWhoseDaysDiffer() =>
        WithAtopFile(AtopFiles.Comparison, (atop, _) =>
        {
            string report = Run("compare-atop", atop).Output;

            Assert.Contains("## ANZUS: Security Treaty between Australia, New Zealand and the United States of America", report, StringComparison.Ordinal);
            Assert.Contains("Matched with `ATOP-3215`. 2 members agree to the day.", report, StringComparison.Ordinal);
            Assert.Contains("| USA | 1952-04-29 | 1951-09-01 | -241 | ongoing | ongoing |  | ATOP's first day is a signature, the catalog's the day the state was bound |", report, StringComparison.Ordinal);
            Assert.Contains("| CHN |  | 1952-04-29 |  |  | ongoing |  | in ATOP only |", report, StringComparison.Ordinal);
            Assert.DoesNotContain("| AUS |", report.Split("## ANZUS")[1].Split("## ")[0], StringComparison.Ordinal);
            Assert.Contains("- **RUS-PRK** (", report, StringComparison.Ordinal);
        });

    [Theory]
    [InlineData("'2022-02-30' is not a calendar day: 2022-02 has no day 30.", "members", "NATO", "2022-02-30")]
    [InlineData("'2022-13-01' is not a calendar day: there is no month 13.", "members", "NATO", "2022-13-01")]
    [InlineData("Unrecognized command or argument 'frobnicate'; the commands are members, status, treaties", "frobnicate")]
    [InlineData("Required argument missing for command: 'members'", "members", "NATO")]
    [InlineData("An option was given an empty value: '--data' needs one", "members", "NATO", "2022-09-13", "--data", "")]
    [InlineData("as a whole number", "panel", "--from", "x", "--to", "1900", "--out", "p.csv")]
    public void BadInput_SaysWhatWasWrong_InTheToolsWords(string message, params string[] args)
    {
        (int code, _, string error) = Run(args);

        Assert.Equal(QueryTool.BadInput, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Data_AFolder_SaysItIsAFolder()
    {
        (int code, _, string error) = Run("members", "NATO", "2022-09-13", "--data", Path.GetTempPath());

        Assert.Equal(QueryTool.BadInput, code);
        Assert.Contains("is a folder; --data takes a JSON data file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_AnEmptyFile_SaysItIsEmpty()
    {
        string path = Path.Combine(Path.GetTempPath(), $"treaties-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "");
        try
        {
            Assert.Contains("The document is empty: it holds no bytes", Run("members", "NATO", "2022-09-13", "--data", path).Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DatePastTheCheckedDay_WarnsOnStandardError_AndStillAnswers()
    {
        (int code, string output, string error) = Run("members", "NATO", "9999-12-31");

        Assert.Equal(0, code);
        Assert.Contains("warning: 9999-12-31 is after 2026-12-06, the day up to which the data was checked", error, StringComparison.Ordinal);
        Assert.Contains("32 members on 9999-12-31", output, StringComparison.Ordinal);
        Assert.Empty(Run("members", "NATO", "2026-12-06").Error);
    }

    [Fact]
    public void NegativeAnswers_NameWhatTheCatalogCovers()
    {
        Assert.Contains(
            $"Nobody was bound to defend CHE (Switzerland) on 2024-01-01: no commitment among the {TreatyCatalog.Default.Treaties.Count} treaties of this catalog.",
            Run("defend", "CHE", "2024-01-01").Output,
            StringComparison.Ordinal);
        Assert.Contains($"bound by none of the {TreatyCatalog.Default.Treaties.Count} treaties of this catalog", Run("treaties", "CHE", "2024-01-01").Output, StringComparison.Ordinal);
        Assert.Contains("a treaty outside it is not known to it: see docs/coverage.md", Run("treaties", "CHE", "2024-01-01").Output, StringComparison.Ordinal);
        Assert.Contains($"holds {TreatyCatalog.Default.Treaties.Count} treaties", Run("--help").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TreatiesList_ShowsEveryTreatyWithItsDates_AndThePendingOne()
    {
        (int code, string output, _) = Run("treaties", "--list");

        Assert.Equal(0, code);
        Assert.Contains($"{TreatyCatalog.Default.Treaties.Count} treaties, checked up to 2026-12-06:", output, StringComparison.Ordinal);
        Assert.Matches(@"USA-TWN\s+Mutual Defense Treaty .+1954-12-02\s+1955-03-03\s+1980-01-01", output);
        Assert.Contains("Signed and not in force: AUS-PNG", output, StringComparison.Ordinal);
        Assert.Equal(QueryTool.BadInput, Run("treaties", "ARM").Code);
    }

    [Fact]
    public void Defend_Json_FlagsFrozenDefender()
    {
        (_, string output, _) = Run("defend", "KGZ", "2024-06-01", "--json");

        Assert.Contains("\"participation\": \"Frozen\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Allies_KyrgyzstanTajikistan_AreAllies()
    {
        (int code, string output, _) = Run("allies", "KGZ", "TJK", "2022-09-14");

        Assert.Equal(0, code);
        Assert.Contains("KGZ (Kyrgyzstan), TJK (Tajikistan), 2022-09-14: allies", output, StringComparison.Ordinal);
        Assert.Contains("CSTO Article 4", output, StringComparison.Ordinal);
    }

    [Fact]
    public void History_Germany_JoinedOnce()
    {
        (_, string output, _) = Run("history", "DEU");

        Assert.Contains("1955-05-06", output, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Split('\n'), line => line.Contains("NATO", StringComparison.Ordinal) && line.Contains("Left", StringComparison.Ordinal));
    }

    [Fact]
    public void History_Niger_SaysItLeftEcowasWithTheOrganisation_InTablesAndJson()
    {
        (int code, string output, _) = Run("history", "NER");
        (_, string json, _) = Run("--json", "history", "NER");
        (_, string dutch, _) = Run("--culture", "nl", "history", "NER");

        Assert.Equal(0, code);
        Assert.Contains(output.Split('\n'), line => line.Contains("2025-01-29", StringComparison.Ordinal) && line.Contains("ECOWAS", StringComparison.Ordinal) && line.Contains("NER left the organisation, and with it the treaty", StringComparison.Ordinal));
        Assert.Contains("\"endReason\": \"LeftOrganisation\"", json, StringComparison.Ordinal);
        Assert.Contains("verliet de organisatie, en daarmee het verdrag", dutch, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "Ein Bündnispanel nach Dyade-Jahr oder Staat-Jahr schreiben", "Optionen:", "„week“ ist keine Einheit")]
    [InlineData("ru", "Записать панель союзов", "Параметры:", "«week» — не единица")]
    public void ResearchCommands_SpeakTheChosenLanguage_InHelpAndErrors(string culture, string help, string heading, string error)
    {
        (_, string output, _) = Run("--culture", culture, "panel", "--help");
        (int code, _, string stderr) = Run("--culture", culture, "panel", "--from", "2000", "--to", "2001", "--unit", "week", "--out", "p.csv");

        Assert.Contains(help, output, StringComparison.Ordinal);
        Assert.Contains(heading, output, StringComparison.Ordinal);
        Assert.Equal(2, code);
        Assert.Contains(error, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_NatoIn2022_HasTheArticle4Request()
    {
        (int code, string output, _) = Run("timeline", "NATO", "--from", "2022-01-01", "--to", "2022-12-31");

        Assert.Equal(0, code);
        Assert.Contains("Article 4 invoked by BGR, CZE, EST, LVA, LTU, POL, ROU, SVK", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("members", "LEAGUE-OF-NATIONS", "2022-09-13")]
    [InlineData("status", "NATO", "XYZ", "2022-09-13")]
    [InlineData("members", "NATO", "13-09-2022")]
    [InlineData("members", "NATO", "2023-02-30")]
    [InlineData("defend", "USA", "2024-01-01", "--place", "US-XX")]
    [InlineData("members", "NATO", "2022-09-13", "--data", "/no/such/file.json")]
    [InlineData("members", "NATO")]
    [InlineData("frobnicate")]
    public void BadInput_OneLineOnStandardError_NonZeroExit_NoStackTrace(params string[] args)
    {
        (int code, string output, string error) = Run(args);

        Assert.Equal(QueryTool.BadInput, code);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInput_MessagesSayWhatWasWrong()
    {
        Assert.Contains("'LEAGUE-OF-NATIONS'", Run("members", "LEAGUE-OF-NATIONS", "2022-09-13").Error, StringComparison.Ordinal);
        Assert.Contains("'13-09-2022' is not a date written yyyy-MM-dd", Run("members", "NATO", "13-09-2022").Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", Run("members", "NATO", "2022-09-13", "--data", "/no/such/file.json").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_InvalidFile_NamesTheFileAndThePlace()
    {
        string path = Path.Combine(Path.GetTempPath(), $"treaties-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "formatVersion": 1, "states": [ { "code": "FIN" } ], "treaties": [] }""");
        try
        {
            (int code, _, string error) = Run("members", "NATO", "2022-09-13", "--data", path);

            Assert.Equal(QueryTool.BadInput, code);
            Assert.Contains(Path.GetFileName(path), error, StringComparison.Ordinal);
            Assert.Contains("$.states[0]", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Data_OwnFile_IsQueried()
    {
        string path = Path.Combine(Path.GetTempPath(), $"treaties-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, TestCatalogs.Small().ToJson());
        try
        {
            (int code, string output, _) = Run("members", "NORDIC", "2000-01-01", "--data", path);

            Assert.Equal(0, code);
            Assert.Contains("2 members", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("members", "--help")]
    [InlineData("defend", "--help")]
    public void Help_OnEveryCommand(params string[] args)
    {
        (int code, string output, _) = Run(args);

        Assert.Equal(0, code);
        Assert.Contains("Usage", output, StringComparison.Ordinal);
    }

    /// <summary>The help's words that are the tool's own, not a command's: headings, usage, required, and the help and version options.</summary>
    private static readonly string[] HelpWords =
    [
        "HelpHeading_Description", "HelpHeading_Usage", "HelpHeading_Arguments", "HelpHeading_Options", "HelpHeading_Commands",
        "Help_Usage", "Help_UsageCommands", "Help_Required", "Help_Help", "Help_Version",
    ];

    /// <summary>The help of the root, of a question, of panel and of compare-atop, in each language but English: every heading from the tool's phrases, none of System.CommandLine's English.</summary>
    [Theory]
    [InlineData("nl")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("ru")]
    public void Help_HeadingsAndUsage_AreInTheChosenLanguage(string culture)
    {
        Labels labels = Labels.For(System.Globalization.CultureInfo.GetCultureInfo(culture));
        string root = Run("--help", "--culture", culture).Output;
        string members = Run("members", "--help", "--culture", culture).Output;
        string panel = Run("panel", "--help", "--culture", culture).Output;
        string compare = Run("compare-atop", "--help", "--culture", culture).Output;

        Assert.All(new[] { "HelpHeading_Description", "HelpHeading_Usage", "HelpHeading_Options", "HelpHeading_Commands" }, k => Assert.Contains($"{labels[k]}\n", root, StringComparison.Ordinal));
        Assert.Contains(labels.Say("Help_UsageCommands", ("command", "")).Trim(), root, StringComparison.Ordinal);
        Assert.Contains(labels["Help_Help"], root, StringComparison.Ordinal);
        Assert.Contains(labels["Help_Version"], root, StringComparison.Ordinal);
        Assert.Contains($"{labels["HelpHeading_Arguments"]}\n  <{labels["PlaceholderTreaty"]}>", members, StringComparison.Ordinal);
        Assert.Contains(labels.Say("Help_Usage", ("command", $"members <{labels["PlaceholderTreaty"]}> <{labels["PlaceholderDate"]}>")), members, StringComparison.Ordinal);
        Assert.Contains(labels.Say("Help_Required", ("option", $"--from <{labels["PlaceholderFrom"]}>")), panel, StringComparison.Ordinal);
        Assert.Contains(labels["Help_Panel"], panel, StringComparison.Ordinal);
        Assert.Contains($"{labels["HelpHeading_Arguments"]}\n  <{labels["PlaceholderFile"]}>", compare, StringComparison.Ordinal);
        Assert.Contains(labels["HelpHeading_Description"], compare, StringComparison.Ordinal);
        Labels english = Labels.For(System.Globalization.CultureInfo.GetCultureInfo("en"));
        foreach (string key in HelpWords.Where(k => english[k] != labels[k]))
        {
            string words = english.Say(key, ("command", string.Empty), ("option", string.Empty)).Trim();
            Assert.All(new[] { root, members, panel, compare }, help => Assert.DoesNotContain(words, help, StringComparison.Ordinal));
        }
    }

    /// <summary>The help with no --culture under German and Russian UI cultures: the headings in that language, "Description:" too, which System.CommandLine leaves English.</summary>
    [Theory]
    [InlineData("de-DE", "Beschreibung:", "Aufruf:", "Optionen:", "--out <datei> (erforderlich)")]
    [InlineData("ru-RU", "Описание:", "Использование:", "Параметры:", "--out <файл> (обязательно)")]
    public void Help_UnderAGermanOrRussianUiCulture_HasThatLanguagesHeadings(string culture, string description, string usage, string options, string required)
    {
        System.Globalization.CultureInfo ui = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
            string panel = Run("panel", "--help").Output;

            Assert.StartsWith($"{description}\n", panel, StringComparison.Ordinal);
            Assert.Contains($"\n{usage}\n", panel, StringComparison.Ordinal);
            Assert.Contains($"\n{options}\n", panel, StringComparison.Ordinal);
            Assert.Contains(required, panel, StringComparison.Ordinal);
            Assert.DoesNotContain("Description:", panel, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = ui;
        }
    }

    [Fact]
    public void Tables_MarkDoubtfulDays_WithALegend_AndSourcesOnRequest()
    {
        string members = Run("members", "CSTO", "2024-06-01").Output;
        Assert.Matches(@"ARM\s+Armenia\s+frozen\s+1994-04-20\s+2024-02-22 \?±", members);
        Assert.Matches(@"BLR\s+Belarus\s+full\s+1994-04-20\s+1994-04-20 *\r?\n", members);
        Assert.Contains("? unconfirmed: no official or scholarly source confirms the day; ± sources disagree", members, StringComparison.Ordinal);
        Assert.DoesNotContain("? unconfirmed", Run("members", "NATO", "1950-01-01").Output, StringComparison.Ordinal);
        Assert.Contains("1952-04-29 [ats-1952-2, peo-anzus]", Run("defend", "NZL", "2000-01-01", "--sources").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_NotOnATerminal_HaveNoColourCodes_AndDoNotWrap()
    {
        string output = Run("treaties", "--list").Output;

        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
        Assert.Matches(@"WEU\s+Treaty of Economic, Social and Cultural Collaboration and Collective Self-Defence \(Brussels Treaty\), as modified by the Paris Protocol of 1954 \(Modified Brussels Treaty\)\s+1948-03-17", output);
    }

    /// <summary>Every command, in every language the tool speaks: each answers, with exit code 0, in its language's words.</summary>
    public static TheoryData<string, string, string, string> EveryCommandInEveryLanguage()
    {
        var data = new TheoryData<string, string, string, string>();
        string[][] commands =
        [
            ["members", "CSTO", "2022-09-13"], ["status", "CSTO", "ARM", "2024-06-01"], ["treaties", "ARM", "2022-09-13"], ["treaties", "--list"],
            ["defend", "JPN", "2024-01-01"], ["defend", "USA", "2024-01-01", "--place", "US-HI"], ["allies", "USA", "TWN", "1970-01-01"],
            ["history", "DEU"], ["timeline", "NATO", "--from", "2022-01-01", "--to", "2022-12-31"],
        ];
        (string Culture, string UnitedStates, string Full)[] languages =
            [("en", "United States", "full"), ("nl", "Verenigde Staten", "volledig"), ("fr", "États-Unis", "pleine"), ("de", "Vereinigte Staaten", "voll"), ("ru", "Соединенные Штаты", "полное")];
        foreach (string[] command in commands)
        {
            foreach ((string culture, string unitedStates, string full) in languages)
            {
                data.Add(string.Join(' ', command), culture, unitedStates, full);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCommandInEveryLanguage))]
    public void EveryCommand_InEveryLanguage_Answers(string command, string culture, string unitedStates, string full)
    {
        (int code, string output, string error) = Run([.. command.Split(' '), "--culture", culture]);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.NotEmpty(output);
        if (command.StartsWith("defend", StringComparison.Ordinal) || command.StartsWith("allies", StringComparison.Ordinal))
        {
            Assert.Contains(unitedStates, output, StringComparison.Ordinal);
        }

        if (command.StartsWith("members", StringComparison.Ordinal))
        {
            Assert.Matches($@"ARM\s+\S+\s+{full}", output);
        }

        if (culture != "en")
        {
            foreach (string english in EnglishPhrases)
            {
                Assert.DoesNotContain(english, output, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The tool's own English words, which a reader in another language must not meet (names from data aside).</summary>
    private static readonly string[] EnglishPhrases =
    [
        " on 1", " on 2", " at ", "Allies under", "allies under", " since ", " until ", "treaties of this catalog", "invoked by", "Not bound",
        "Member from", "checked up to", "Signed", "In force", "(unconfirmed)", "(disputed)", "Defender", "co-members", "observer",
    ];

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = QueryTool.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
