using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Treaties;
using Xunit;

namespace TreatyQuery.Tests;

/// <summary>The query tool never answers with a silent empty: each answer outside a treaty's life, before a state existed or outside the catalog says so in words.</summary>
public class QueryToolAnswersTests
{
    [Fact]
    public void Members_BeforeTheTreaty_SaysWhenItWasInForce()
    {
        (int code, string output, _) = Run("members", "NATO", "1700-01-01");

        Assert.Equal(0, code);
        Assert.Equal("The treaty NATO was not in force on 1700-01-01: it was signed on 1949-04-04 and entered into force on 1949-08-24.", output.Trim());
        using JsonDocument json = JsonDocument.Parse(Run("members", "NATO", "1700-01-01", "--json").Output);
        Assert.False(json.RootElement.GetProperty("inForce").GetBoolean());
        Assert.Equal("1949-08-24", json.RootElement.GetProperty("treatyDates").GetProperty("enteredIntoForce").GetString());
    }

    [Fact]
    public void Members_AfterTheTreaty_SaysUntilWhen()
    {
        Treaty warsaw = TreatyCatalog.Default.GetTreaty("WARSAW");

        Assert.Contains($"was not in force on 2000-01-01: it was in force from {warsaw.EnteredIntoForce:uuuu-MM-dd} until {warsaw.Terminated:uuuu-MM-dd}.", Run("members", "WARSAW", "2000-01-01").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Allies_BeforeAnyTreaty_SaysNoneBoundThemYet()
    {
        string output = Run("allies", "USA", "TWN", "1700-01-01").Output;

        Assert.Contains("On 1700-01-01 no treaty bound USA (United States) and TWN (Taiwan) together yet: the first to do so, USA-TWN, bound them from 1955-03-03.", output, StringComparison.Ordinal);
        Assert.Contains($"The catalog holds {TreatyCatalog.Default.Treaties.Count} treaties", output, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(Run("allies", "USA", "TWN", "1700-01-01", "--json").Output);
        Assert.Equal("USA-TWN", json.RootElement.GetProperty("notTiedYet").GetProperty("treaty").GetString());
        Assert.Equal(TreatyCatalog.Default.Treaties.Count, json.RootElement.GetProperty("coverage").GetProperty("treaties").GetInt32());
    }

    [Theory]
    [InlineData("allies", "USA", "NZL", "2000-01-01")]
    [InlineData("defend", "NZL", "2000-01-01")]
    [InlineData("treaties", "USA", "2000-01-01")]
    [InlineData("members", "SEATO", "2000-01-01")]
    [InlineData("status", "SEATO", "USA", "2000-01-01")]
    public void Seato_WhereverItAppears_SaysTheOrganisationWasDissolved_AndTheTreatyRemains(params string[] args)
    {
        Assert.Contains("The organisation SEATO was dissolved on 1977-06-30; the treaty, Southeast Asia Collective Defense Treaty, remains in force.", Run(args).Output, StringComparison.Ordinal);
        Assert.Contains("\"dissolved\": \"1977-06-30\"", Run([.. args, "--json"]).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Allies_Anzus_SaysTheObligationsHaveBeenSuspendedSince1986()
    {
        string output = Run("allies", "USA", "NZL", "2000-01-01").Output;

        Assert.Contains("under ANZUS, the obligations of USA (United States) toward NZL (New Zealand) have been suspended since 1986-08-11", output, StringComparison.Ordinal);
        Assert.DoesNotContain("co-members", output, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(Run("allies", "USA", "NZL", "2000-01-01", "--json").Output);
        JsonElement anzus = json.RootElement.GetProperty("bonds").EnumerateArray().Single(b => b.GetProperty("treaty").GetString() == "ANZUS");
        Assert.Equal("1986-08-11", anzus.GetProperty("suspension").GetProperty("since").GetProperty("date").GetString());
    }

    [Fact]
    public void Headings_TellMemberSinceFromParticipationSince()
    {
        string members = Run("members", "NATO", "2020-01-01").Output;

        Assert.Matches(@"Member since\s+Participation since", members);
        Assert.Matches(@"FRA\s+France\s+full\s+1949-08-24\s+2009-04-04", members);
        Assert.Contains("member since 1949-08-24; participation full since 2009-04-04", Run("status", "NATO", "FRA", "2020-01-01").Output, StringComparison.Ordinal);
        foreach (string language in Labels.Languages)
        {
            Labels labels = Labels.For(CultureInfo.GetCultureInfo(language));
            string output = Run("members", "NATO", "2020-01-01", "--culture", language).Output;
            Assert.Contains(labels["Col_MemberSince"], output, StringComparison.Ordinal);
            Assert.Contains(labels["Col_ParticipationSince"], output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sources_InTables_AreResolvedWithTheirTitles()
    {
        string output = Run("defend", "NZL", "2000-01-01", "--sources").Output;

        Assert.Contains("1952-04-29 [ats-1952-2, peo-anzus]", output, StringComparison.Ordinal);
        Assert.Contains("Sources cited above:", output, StringComparison.Ordinal);
        Source source = TreatyCatalog.Default.Sources.Single(s => s.Id == "ats-1952-2");
        Assert.Contains($"  [ats-1952-2] {source.Title} <{source.Url.OriginalString}>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AStateBeforeItExisted_IsSaidToNotExistYet()
    {
        MemberState state = TreatyCatalog.Default.States.First(s => s.Established is not null && s.Established > new LocalDate(1900, 1, 1));
        string day = state.Established!.Value.PlusDays(-1).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

        Assert.Contains($"did not exist yet on {day}: it came into being on {state.Established:uuuu-MM-dd}.", Run("treaties", state.Code, day).Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Armenia", "en")]
    [InlineData("Armenië", "nl")]
    [InlineData("Армения", "ru")]
    [InlineData("armenie", "fr")]
    [InlineData("AM", "en")]
    public void States_ByNameInAnyLanguage(string name, string culture)
    {
        (int code, string output, _) = Run("treaties", name, "2022-09-13", "--culture", culture);

        Assert.Equal(0, code);
        Assert.StartsWith("ARM (", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NearMisses_SayWhatWasMeant()
    {
        Assert.Contains("did you mean ARM (Armenia)?", Run("defend", "Armenai", "2024-01-01").Error, StringComparison.Ordinal);
        Assert.Contains("did you mean NATO?", Run("members", "NAOT", "2024-01-01").Error, StringComparison.Ordinal);
        Assert.Contains("treaty-query states lists them", Run("defend", "Atlantis", "2024-01-01").Error, StringComparison.Ordinal);
        Assert.Equal(QueryTool.BadInput, Run("defend", "Armenai", "2024-01-01").Code);
    }

    [Fact]
    public void Today_IsADate()
    {
        (int code, string output, _) = Run("members", "NATO", "today", "--json");

        Assert.Equal(0, code);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal(DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), json.RootElement.GetProperty("date").GetString());
        Assert.Equal(0, Run("members", "NATO", "heute", "--culture", "de").Code);
    }

    [Fact]
    public void StatesCommand_ListsCodesAndNames()
    {
        Assert.Matches(@"ARM\s+Armenia", Run("states").Output);
        Assert.Matches(@"ARM\s+Армения", Run("states", "--culture", "ru").Output);
        using JsonDocument json = JsonDocument.Parse(Run("states", "--json").Output);
        Assert.Equal(TreatyCatalog.Default.States.Count, json.RootElement.GetProperty("states").GetArrayLength());
    }

    [Theory]
    [InlineData("nl", "NAVO", "NATO")]
    [InlineData("fr", "OTAN", "NATO")]
    [InlineData("ru", "ОДКБ", "CSTO")]
    public void Treaties_TakeTheirLocalAcronyms(string culture, string acronym, string treaty)
    {
        Assert.StartsWith($"{acronym} (", Run("members", treaty, "2024-01-01", "--culture", culture).Output, StringComparison.Ordinal);
        Assert.Equal(0, Run("members", acronym, "2024-01-01").Code);
    }

    [Fact]
    public void HelpAndWarnings_AreTranslated()
    {
        Labels german = Labels.For(CultureInfo.GetCultureInfo("de"));

        Assert.Contains(german["Help_Members"], Run("--help", "--culture", "de").Output, StringComparison.Ordinal);
        Assert.StartsWith("Warnung: 9999-12-31 liegt nach", Run("members", "NATO", "9999-12-31", "--culture", "de").Error, StringComparison.Ordinal);
    }

    /// <summary>Every parser error, under German and Russian UI cultures: the tool's own sentence in that language, not System.CommandLine's.</summary>
    [Theory]
    [InlineData("de-DE", "ErrorUnrecognized", "frobnicate")]
    [InlineData("de-DE", "ErrorMissingArgument", "members", "NATO")]
    [InlineData("de-DE", "ErrorEmptyOption", "members", "NATO", "2022-09-13", "--data", "")]
    [InlineData("de-DE", "ErrorNotWholeNumber", "panel", "--from", "x", "--to", "1900", "--out", "p.csv")]
    [InlineData("ru-RU", "ErrorUnrecognized", "frobnicate")]
    [InlineData("ru-RU", "ErrorMissingArgument", "members", "NATO")]
    [InlineData("ru-RU", "ErrorEmptyOption", "members", "NATO", "2022-09-13", "--data", "")]
    [InlineData("ru-RU", "ErrorNotWholeNumber", "panel", "--from", "x", "--to", "1900", "--out", "p.csv")]
    public void ParserErrors_UnderAGermanOrRussianUiCulture_AreExplainedInThatLanguage(string culture, string key, params string[] args)
    {
        CultureInfo ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            (int code, _, string error) = Run(args);

            Labels labels = Labels.For(CultureInfo.CurrentUICulture);
            Assert.Equal(QueryTool.BadInput, code);
            Assert.StartsWith(labels["Error"].Split('{')[0], error, StringComparison.Ordinal);
            Assert.Contains(labels[key].Split('{')[0], error, StringComparison.Ordinal);
            Assert.DoesNotContain("{", error, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    /// <summary>A text that is no day, a day the calendar lacks, and a day after the checked one, in each language but English.</summary>
    [Theory]
    [InlineData("nl", "'2022-02-30' bestaat niet in de kalender: de maand 2022-02 heeft geen dag 30.")]
    [InlineData("fr", "« 2022-02-30 » n'existe pas dans le calendrier : le mois 2022-02 n'a pas de jour 30.")]
    [InlineData("de", "„2022-02-30“ ist kein Kalendertag: Der Monat 2022-02 hat keinen Tag 30.")]
    [InlineData("ru", "«2022-02-30» — несуществующая дата: в месяце 2022-02 нет числа 30.")]
    public void DateErrorsAndTheCheckedDayWarning_AreInTheChosenLanguage(string culture, string noSuchDay)
    {
        Labels labels = Labels.For(CultureInfo.GetCultureInfo(culture));
        string asOf = TreatyCatalog.Default.AsOf!.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal(labels.Say("Error", ("message", noSuchDay)), Run("members", "NATO", "2022-02-30", "--culture", culture).Error.TrimEnd());
        Assert.Equal(labels.Say("Error", ("message", labels.Say("ErrorNoSuchMonth", ("text", "2022-13-01"), ("month", "13")))), Run("members", "NATO", "2022-13-01", "--culture", culture).Error.TrimEnd());
        Assert.Equal(labels.Say("Error", ("message", labels.Say("ErrorNotADate", ("text", "13-09-2022")))), Run("timeline", "NATO", "--from", "13-09-2022", "--culture", culture).Error.TrimEnd());
        Assert.Equal(
            labels.Say("Warning", ("message", labels.Say("AfterCheckedDay", ("date", "9999-12-31"), ("checked", asOf)))),
            Run("members", "NATO", "9999-12-31", "--culture", culture).Error.TrimEnd());
        Assert.DoesNotContain("calendar day", Run("members", "NATO", "2022-13-01", "--culture", culture).Error, StringComparison.Ordinal);
        Assert.DoesNotContain("written yyyy-MM-dd", Run("members", "NATO", "yesterday", "--culture", culture).Error, StringComparison.Ordinal);
    }

    /// <summary>The date errors, with no --culture, under German and Russian UI cultures: the tool's sentence in that language.</summary>
    [Theory]
    [InlineData("de-DE", "Fehler: „2022-13-01“ ist kein Kalendertag: Es gibt keinen Monat 13.", "2022-13-01")]
    [InlineData("de-DE", "Fehler: „13.09.2022“ ist kein Datum im Format yyyy-MM-dd, etwa 2022-09-13.", "13.09.2022")]
    [InlineData("ru-RU", "ошибка: «2022-13-01» — несуществующая дата: месяца с номером 13 нет.", "2022-13-01")]
    [InlineData("ru-RU", "ошибка: «13.09.2022» — не дата в формате yyyy-MM-dd, например 2022-09-13.", "13.09.2022")]
    public void DateErrors_UnderAGermanOrRussianUiCulture_AreInThatLanguage(string culture, string expected, string day)
    {
        CultureInfo ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            (int code, _, string error) = Run("members", "NATO", day);

            Assert.Equal(QueryTool.BadInput, code);
            Assert.Equal(expected, error.TrimEnd());
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = QueryTool.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
