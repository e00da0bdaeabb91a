using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Xunit;
using static Treaties.Tests.TestCatalogs;

namespace Treaties.Tests.Data;

/// <summary>
/// The mutual-defence treaties beyond NATO and the CSTO, on the bundled data: every membership boundary the sources
/// date, the scopes that bind unequally, a suspension between two parties, a treaty that outlived its organisation,
/// and the calls for help on record.
/// </summary>
public class WorldTreatiesTests
{
    private static readonly TreatyCatalog Catalog = TreatyCatalog.Default;

    /// <summary>Treaty, state, first day of membership, first day no longer a member ("" while it goes on).</summary>
    public static TheoryData<string, string, string, string> Memberships => new()
    {
        { "ANZUS", "AUS", "1952-04-29", "" },
        { "ANZUS", "NZL", "1952-04-29", "" },
        { "ANZUS", "USA", "1952-04-29", "" },
        { "SEATO", "PAK", "1955-02-19", "1973-11-08" },
        { "SEATO", "THA", "1955-02-19", "" },
        { "USA-JPN", "JPN", "1960-06-23", "" },
        { "USA-KOR", "KOR", "1954-11-17", "" },
        { "USA-PHL", "PHL", "1952-08-27", "" },
        { "USA-TWN", "TWN", "1955-03-03", "1980-01-01" },
        { "RIO", "USA", "1948-12-03", "" },
        { "RIO", "ARG", "1950-08-21", "" },
        { "RIO", "MEX", "1948-12-03", "2004-09-06" },
        { "RIO", "ECU", "1950-11-07", "2016-02-04" },
        { "RIO", "TTO", "1967-06-12", "" },
        { "RIO", "BHS", "1982-11-24", "" },
        { "EU", "AUT", "2009-12-01", "" },
        { "EU", "HRV", "2013-07-01", "" },
        { "EU", "GBR", "2009-12-01", "2020-02-01" },
        { "WEU", "FRA", "1948-08-25", "2011-06-30" },
        { "WEU", "DEU", "1955-05-06", "2011-06-30" },
        { "WEU", "PRT", "1990-03-27", "2011-06-30" },
        { "WEU", "GRC", "1995-03-06", "2011-06-30" },
        { "WARSAW", "POL", "1955-06-05", "1991-07-01" },
        { "WARSAW", "ALB", "1955-06-05", "1968-09-13" },
        { "WARSAW", "DDR", "1955-06-05", "1990-09-24" },
        { "CENTO", "IRQ", "1955-04-15", "1959-03-24" },
        { "CENTO", "PAK", "1955-09-23", "1979-10-04" },
        { "CENTO", "IRN", "1955-11-03", "1979-10-04" },
        { "CENTO", "GBR", "1955-04-15", "1979-10-04" },
        { "CHN-SUN", "CHN", "1950-04-11", "1980-04-11" },
        { "CHN-PRK", "PRK", "1961-09-10", "" },
        { "RUS-PRK", "PRK", "2024-12-04", "" },
        { "RUS-ARM", "ARM", "1998-11-05", "" },
        { "RUS-BLR", "BLR", "2025-03-13", "" },
        { "TUR-AZE", "AZE", "2022-02-13", "" },
        { "ARAB-LEAGUE", "IRQ", "1952-08-23", "" },
        { "ARAB-LEAGUE", "YMD", "1967-12-01", "1990-05-22" },
        { "ARAB-LEAGUE", "COM", "1993-11-20", "" },
        { "SAU-PAK", "PAK", "2025-09-17", "" },
        { "ARAB-LEAGUE", "DJI", "1977-09-04", "" },
        { "ARAB-LEAGUE", "ARE", "1971-12-06", "" },
        { "USA-FSM", "FSM", "1986-11-03", "" },
        { "USA-FSM", "USA", "1986-11-03", "" },
        { "USA-MHL", "MHL", "1986-10-21", "" },
        { "USA-PLW", "PLW", "1994-10-01", "" },
        { "AUS-TUV", "TUV", "2024-08-28", "" },
        { "AUS-TUV", "AUS", "2024-08-28", "" },
        { "FRA-POL", "POL", "2026-01-22", "" },
        { "FRA-DEU", "DEU", "2020-01-22", "" },
        { "CYP-ALLIANCE", "CYP", "1960-08-16", "" },
        { "CYP-ALLIANCE", "TUR", "1960-08-16", "" },
        { "GBR-PRT", "PRT", "1373-06-24", "" },
        { "FRA-GRC", "GRC", "2021-12-01", "" },
        { "DUNKIRK", "GBR", "1947-09-08", "1997-09-08" },
        { "SUN-FIN", "FIN", "1948-05-31", "1992-01-20" },
        { "SUN-FIN", "SUN", "1948-05-31", "1991-12-26" },
        { "SUN-FIN", "RUS", "1991-12-26", "1992-01-20" },
        { "USA-PAK", "PAK", "1959-03-05", "" },
        { "AES", "NER", "2023-09-16", "" },
        { "AES", "BFA", "2023-09-16", "" },
        { "GCC", "QAT", "2000-12-31", "" },
        { "GCC", "OMN", "2000-12-31", "" },
        { "ECOWAS", "NGA", "1986-09-01", "" },
        { "ECOWAS", "MRT", "1986-09-01", "2000-12-26" },
        { "ECOWAS", "BFA", "1986-09-01", "2025-01-29" },
        { "ECOWAS", "NER", "1986-09-01", "2025-01-29" },
        { "AU-PACT", "ETH", "2009-12-18", "" },
        { "AU-PACT", "COM", "2010-02-02", "" },
        { "SADC", "ZAF", "2008-08-17", "" },
        { "SADC", "AGO", "2008-08-17", "" },
        { "ICGLR", "UGA", "2008-06-21", "" },
        { "FRA-DJI", "DJI", "2014-05-01", "" },
        { "TUR-AZE-2010", "AZE", "2010-08-16", "" },
        { "RUS-KAZ", "KAZ", "1992-10-09", "" },
        { "RUS-TJK", "TJK", "1993-05-25", "" },
        { "RUS-KGZ", "KGZ", "1992-06-10", "" },
        { "RUS-UZB", "UZB", "2005-11-14", "" },
        { "KAZ-KGZ", "KGZ", "2003-12-25", "" },
        { "KEN-ETH", "KEN", "1963-12-12", "" },
        { "CUB-PRK", "CUB", "1986-03-11", "" },
        { "RSS", "GRD", "1996-03-05", "" },
        { "RSS", "GUY", "2022-01-01", "" },
        { "AMU", "MAR", "1989-02-17", "" },
        { "ECCAS", "CMR", "2000-02-24", "" },
        { "ECCAS", "RWA", "2000-02-24", "2007-06-05" },
        { "BALKAN", "YUG", "1954-08-09", "1964-04-04" },
        { "EGY-SYR", "SYR", "1955-10-20", "1958-02-22" },
        { "SUN-MNG", "MNG", "1966-01-15", "1993-01-20" },
        { "SUN-MNG", "SUN", "1966-01-15", "1991-12-26" },
        { "SUN-MNG", "RUS", "1991-12-26", "1993-01-20" },
    };

    /// <summary>Treaty, entry into force, first day no longer in force ("" while it is).</summary>
    public static TheoryData<string, string, string> InForce => new()
    {
        { "ANZUS", "1952-04-29", "" },
        { "SEATO", "1955-02-19", "" },
        { "USA-JPN", "1960-06-23", "" },
        { "USA-KOR", "1954-11-17", "" },
        { "USA-PHL", "1952-08-27", "" },
        { "USA-TWN", "1955-03-03", "1980-01-01" },
        { "RIO", "1948-12-03", "" },
        { "EU", "2009-12-01", "" },
        { "WEU", "1948-08-25", "2011-06-30" },
        { "WARSAW", "1955-06-05", "1991-07-01" },
        { "CENTO", "1955-04-15", "1979-10-04" },
        { "CHN-SUN", "1950-04-11", "1980-04-11" },
        { "CHN-PRK", "1961-09-10", "" },
        { "RUS-PRK", "2024-12-04", "" },
        { "RUS-ARM", "1998-11-05", "" },
        { "RUS-BLR", "2025-03-13", "" },
        { "TUR-AZE", "2022-02-13", "" },
        { "ARAB-LEAGUE", "1952-08-23", "" },
        { "SAU-PAK", "2025-09-17", "" },
        { "USA-FSM", "1986-11-03", "" },
        { "USA-MHL", "1986-10-21", "" },
        { "USA-PLW", "1994-10-01", "" },
        { "AUS-TUV", "2024-08-28", "" },
        { "FRA-POL", "2026-01-22", "" },
        { "FRA-DEU", "2020-01-22", "" },
        { "CYP-ALLIANCE", "1960-08-16", "" },
        { "GBR-PRT", "1373-06-24", "" },
        { "FRA-GRC", "2021-12-01", "" },
        { "DUNKIRK", "1947-09-08", "1997-09-08" },
        { "SUN-FIN", "1948-05-31", "1992-01-20" },
        { "USA-PAK", "1959-03-05", "" },
        { "AES", "2023-09-16", "" },
        { "GCC", "2000-12-31", "" },
        { "ECOWAS", "1986-09-01", "" },
        { "AU-PACT", "2009-12-18", "" },
        { "SADC", "2008-08-17", "" },
        { "ICGLR", "2008-06-21", "" },
        { "FRA-DJI", "2014-05-01", "" },
        { "TUR-AZE-2010", "2010-08-16", "" },
        { "RUS-KAZ", "1992-10-09", "" },
        { "RUS-TJK", "1993-05-25", "" },
        { "RUS-KGZ", "1992-06-10", "" },
        { "RUS-UZB", "2005-11-14", "" },
        { "KAZ-KGZ", "2003-12-25", "" },
        { "KEN-ETH", "1963-12-12", "" },
        { "CUB-PRK", "1986-03-11", "" },
        { "RSS", "1996-03-05", "" },
        { "AMU", "1989-02-17", "" },
        { "ECCAS", "2000-02-24", "" },
        { "BALKAN", "1954-08-09", "1964-04-04" },
        { "EGY-SYR", "1955-10-20", "1958-02-22" },
        { "SUN-MNG", "1966-01-15", "1993-01-20" },
    };

    [Theory]
    [MemberData(nameof(Memberships))]
    public void Membership_FirstDay_DayBefore_LastDay_End(string treatyId, string state, string first, string end)
    {
        Treaty treaty = Catalog.GetTreaty(treatyId);
        LocalDate start = Iso(first);

        Assert.False(treaty.IsMember(state, start.PlusDays(-1)), $"{state} is not in {treatyId} the day before {first}");
        Assert.True(treaty.IsMember(state, start), $"{state} is in {treatyId} from {first}");
        if (end.Length == 0)
        {
            Assert.True(treaty.IsMember(state, Catalog.AsOf!.Value), $"{state} is still in {treatyId}");
            return;
        }

        Assert.True(treaty.IsMember(state, Iso(end).PlusDays(-1)), $"{state} is in {treatyId} on the day before {end}");
        Assert.False(treaty.IsMember(state, Iso(end)), $"{state} is no longer in {treatyId} on {end}");
    }

    [Theory]
    [MemberData(nameof(InForce))]
    public void Treaty_InForceFromItsFirstDay_UntilItsEnd(string treatyId, string first, string end)
    {
        Treaty treaty = Catalog.GetTreaty(treatyId);

        Assert.False(treaty.IsInForceOn(Iso(first).PlusDays(-1)));
        Assert.True(treaty.IsInForceOn(Iso(first)));
        Assert.NotNull(treaty.MutualDefenceClauseOn(Iso(first)));
        if (end.Length > 0)
        {
            Assert.True(treaty.IsInForceOn(Iso(end).PlusDays(-1)));
            Assert.False(treaty.IsInForceOn(Iso(end)));
            Assert.Empty(treaty.MembersOn(Iso(end)));
        }
    }

    [Theory]
    [InlineData("TIAR", "RIO")]
    [InlineData("Manila Pact", "SEATO")]
    [InlineData("TEU", "EU")]
    [InlineData("Brussels Treaty", "WEU")]
    [InlineData("Warsaw Pact", "WARSAW")]
    [InlineData("Baghdad Pact", "CENTO")]
    [InlineData("JDEC", "ARAB-LEAGUE")]
    [InlineData("NAVO", "NATO")]
    [InlineData("OTAN", "NATO")]
    [InlineData("НАТО", "NATO")]
    [InlineData("ОДКБ", "CSTO")]
    [InlineData("OTSC", "CSTO")]
    [InlineData("OVKS", "CSTO")]
    [InlineData("Pacte de Varsovie", "WARSAW")]
    [InlineData("Treaty of Aachen", "FRA-DEU")]
    [InlineData("Treaty of Nancy", "FRA-POL")]
    [InlineData("Falepili Union", "AUS-TUV")]
    [InlineData("Anglo-Portuguese Alliance", "GBR-PRT")]
    [InlineData("Alliance des États du Sahel", "AES")]
    public void Aliases_FindTheTreaty(string alias, string id) => Assert.Equal(id, Catalog.GetTreaty(alias).Id);

    [Fact]
    public void WhoMustDefendJapan_2024_IsTheUnitedStatesUnderArticleV()
    {
        DefenceCommitment help = Assert.Single(Catalog.WhoMustDefend("JPN", D(2024, 1, 1)));

        Assert.Equal("USA-JPN", help.Treaty.Id);
        Assert.Equal("Article V", help.Clause.Article);
        Assert.Equal(["USA"], help.Defenders.Select(d => d.Code));
        Assert.Equal(ObligationStrength.ActToMeetCommonDanger, help.Obligation);
    }

    [Fact]
    public void UsaJpn_JapanOwesNothing_ForAnAttackOnTheUnitedStatesAtHome()
    {
        Assert.DoesNotContain(Catalog.WhoMustDefend("USA", D(2024, 1, 1)), c => c.Treaty.Id == "USA-JPN");
        Assert.DoesNotContain(Catalog.WhoMustDefend("USA", D(2024, 1, 1), "US-TX"), c => c.Treaty.Id == "USA-JPN");
        Assert.True(Catalog.AreAllies("USA", "JPN", D(2024, 1, 1)));
    }

    [Fact]
    public void UsaJpn_Okinawa_CoveredFromItsReversion()
    {
        Place okinawa = Catalog.GetPlace("JP-47");

        Assert.Equal("USA", okinawa.HolderOn(D(1972, 5, 14)).Code);
        Assert.Equal("JPN", okinawa.HolderOn(D(1972, 5, 15)).Code);
        Assert.Empty(Catalog.WhoMustDefend("JPN", D(1972, 5, 14), "JP-47"));
        Assert.Equal(["USA-JPN"], Catalog.WhoMustDefend("JPN", D(1972, 5, 15), "JP-47").Select(c => c.Treaty.Id));
        Assert.DoesNotContain(Catalog.WhoMustDefend("USA", D(1972, 5, 14), "JP-47"), c => c.Treaty.Id == "USA-JPN");
    }

    [Fact]
    public void Anzus_UnitedStatesSuspendedItsObligationsToNewZealand_AustraliaStillBound()
    {
        LocalDate day = D(2000, 1, 1);
        DefenceCommitment toNewZealand = Catalog.WhoMustDefend("NZL", day).Single(c => c.Treaty.Id == "ANZUS");
        DefenceCommitment toAustralia = Catalog.WhoMustDefend("AUS", day).Single(c => c.Treaty.Id == "ANZUS");

        Assert.Equal(["AUS"], toNewZealand.Defenders.Select(d => d.Code));
        Assert.Equal(["USA"], toNewZealand.SuspendedDefenders.Select(d => d.Code));
        ObligationSuspension suspension = Assert.Single(toNewZealand.Suspensions);
        Assert.Equal(("USA", "NZL", D(1986, 8, 11)), (suspension.State.Code, suspension.Toward.Code, suspension.Start));
        Assert.Empty(toAustralia.Suspensions);
        Assert.Throws<ArgumentException>(() => toNewZealand.ParticipationOf(Catalog.GetState("USA")));
        Assert.Equal(["NZL", "USA"], toAustralia.Defenders.Select(d => d.Code));
        Assert.Empty(toAustralia.SuspendedDefenders);
        Assert.True(Catalog.GetTreaty("ANZUS").IsMember("NZL", day));
        Assert.True(Catalog.GetTreaty("ANZUS").IsMember("USA", day));
    }

    [Fact]
    public void Anzus_Suspension_TakesEffectOnItsFirstDay()
    {
        ObligationSuspension suspension = Assert.Single(Catalog.GetTreaty("ANZUS").Suspensions);
        LocalDate first = suspension.Start;

        Assert.Equal(["AUS", "USA"], Catalog.WhoMustDefend("NZL", first.PlusDays(-1)).Single(c => c.Treaty.Id == "ANZUS").Defenders.Select(d => d.Code));
        Assert.Equal(["AUS"], Catalog.WhoMustDefend("NZL", first).Single(c => c.Treaty.Id == "ANZUS").Defenders.Select(d => d.Code));
        Assert.Empty(Catalog.WhoMustDefend("NZL", first.PlusDays(-1)).Single(c => c.Treaty.Id == "ANZUS").Suspensions);
        Assert.Same(suspension, Catalog.WhoMustDefend("NZL", first).Single(c => c.Treaty.Id == "ANZUS").Suspensions[0]);
        Assert.Null(suspension.End);
    }

    [Fact]
    public void Anzus_UnitedStatesAndNewZealand_CoMembersUnderAnzus_AlliesStillUnderTheManilaPact()
    {
        StateRelationship relationship = Catalog.RelationshipOn("USA", "NZL", D(2000, 1, 1));

        TreatyBond anzus = relationship.Bonds.Single(b => b.Treaty.Id == "ANZUS");
        Assert.Equal(RelationshipKind.CoMembers, anzus.Kind);
        Assert.Equal("USA", anzus.Suspension?.State.Code);
        Assert.Equal(RelationshipKind.Allies, relationship.Bonds.Single(b => b.Treaty.Id == "SEATO").Kind);
        Assert.True(Catalog.AreAllies("USA", "NZL", D(2000, 1, 1)));
    }

    [Fact]
    public void Seato_OrganisationDissolvedIn1977_TreatyStillInForce()
    {
        Treaty seato = Catalog.GetTreaty("SEATO");

        Assert.Equal(D(1977, 6, 30), seato.Organization?.Dissolved);
        Assert.Null(seato.Terminated);
        Assert.True(seato.IsInForceOn(D(1977, 6, 30)));
        Assert.True(seato.IsInForceOn(D(2024, 1, 1)));
        Assert.Contains(Catalog.WhoMustDefend("THA", D(2024, 1, 1)).Single(c => c.Treaty.Id == "SEATO").Defenders, d => d.Code == "USA");
    }

    [Fact]
    public void UsaTwn_AlliesIn1970_FormerAlliesFrom1980()
    {
        Assert.True(Catalog.AreAllies("USA", "TWN", D(1970, 1, 1)));
        Assert.True(Catalog.AreAllies("USA", "TWN", D(1979, 12, 31)));
        Assert.False(Catalog.AreAllies("USA", "TWN", D(1980, 1, 1)));
        TreatyBond bond = Assert.Single(Catalog.RelationshipOn("USA", "TWN", D(1980, 1, 1)).Bonds);
        Assert.Equal(RelationshipKind.FormerAllies, bond.Kind);
        Assert.Equal(D(1980, 1, 1), bond.End);
    }

    [Fact]
    public void WhoMustDefendPoland_1980_IsTheWarsawPact()
    {
        DefenceCommitment warsaw = Assert.Single(Catalog.WhoMustDefend("POL", D(1980, 1, 1)));

        Assert.Equal("WARSAW", warsaw.Treaty.Id);
        Assert.Contains(warsaw.Defenders, d => d.Code == "SUN");
        Assert.Contains(warsaw.Defenders, d => d.Code == "DDR");
        Assert.DoesNotContain(warsaw.Defenders, d => d.Code == "ALB");
    }

    [Theory]
    [InlineData("WEU", ObligationStrength.AllAidInTheirPower, "all the military and other aid and assistance in their power")]
    [InlineData("EU", ObligationStrength.AidByAllMeansInTheirPower, "aid and assistance by all the means in their power")]
    [InlineData("USA-JPN", ObligationStrength.ActToMeetCommonDanger, "act to meet the common danger")]
    [InlineData("ANZUS", ObligationStrength.ActToMeetCommonDanger, "act to meet the common danger")]
    [InlineData("RIO", ObligationStrength.AssistInMeetingAttack, "assist in meeting the attack")]
    [InlineData("TUR-AZE", ObligationStrength.NecessaryAssistance, "necessary assistance")]
    [InlineData("CYP-ALLIANCE", ObligationStrength.ActionDeemedNecessary, "undertake to resist any attack")]
    public void Obligation_IsNamedAfterTheTreatysWords(string treatyId, ObligationStrength strength, string words)
    {
        MutualDefenceClause clause = Catalog.GetTreaty(treatyId).MutualDefenceClauses[0];

        Assert.Equal(strength, clause.Obligation);
        Assert.Contains(words, clause.Wording, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EuArticle42_7_MentionsTheProvisoForTheNeutralStates() =>
        Assert.Contains("specific character of the security and defence policy", Catalog.GetTreaty("EU").MutualDefenceClauses[0].Wording, StringComparison.Ordinal);

    [Theory]
    [InlineData("EU", "Article 42(7)", "2015-11-17", "FRA")]
    [InlineData("ANZUS", "Article IV", "2001-09-14", "AUS")]
    [InlineData("RIO", "Article 3", "2001-09-21", "BRA")]
    [InlineData("RIO", "Article 6", "2019-09-11", "VEN")]
    public void Invocation_IsOnRecord(string treatyId, string article, string day, string requester)
    {
        TreatyClause clause = Catalog.GetTreaty(treatyId).Clauses.Single(c => c.Article == article);

        Assert.Contains(clause.Invocations, i => i.Date == Iso(day) && i.RequestedBy.Any(s => s.Code == requester));
    }

    [Fact]
    public void Csto_Kyrgyzstan2010_AppealToRussia_IsARequestOutsideTheArticles()
    {
        Treaty csto = Catalog.GetTreaty("CSTO");
        Invocation kyrgyzstan = csto.Requests.Single(r => r.Date.Year == 2010);

        Assert.Equal(["KGZ"], kyrgyzstan.RequestedBy.Select(s => s.Code));
        Assert.Contains("Russia", kyrgyzstan.Outcome, StringComparison.Ordinal);
        Assert.Contains("Russia", Catalog.GetPlace("KG-O").Note, StringComparison.Ordinal);
        Assert.Equal([2010, 2021, 2022], csto.Requests.Select(r => r.Date.Year));
        Assert.DoesNotContain(csto.Clauses.SelectMany(c => c.Invocations), i => i.Date == kyrgyzstan.Date);
    }

    [Fact]
    public void Csto_AfghanistanObserverStatus_Ended2021()
    {
        ObserverPeriod afghanistan = Catalog.GetTreaty("CSTO").Observers.Single(o => o.State.Code == "AFG");

        Assert.Equal(D(2021, 8, 15), afghanistan.End);
        Assert.False(afghanistan.EndRecord!.IsConfirmed);
        Assert.Equal(MembershipRole.None, Catalog.GetTreaty("CSTO").StatusOn("AFG", D(2021, 8, 15)).Role);
    }

    [Fact]
    public void States_EveryPartyHasAHomeRegion_TaiwanAndPalestineIncluded()
    {
        Assert.All(Catalog.States, s => Assert.NotNull(s.Region));
        Assert.Equal(GeographicRegion.Asia, Catalog.GetState("TWN").Region);
        Assert.True(Catalog.GetTreaty("ARAB-LEAGUE").IsMember("PSE", D(2024, 1, 1)));
        Assert.True(Catalog.GetTreaty("USA-TWN").IsMember("TWN", D(1970, 1, 1)));
    }

    [Fact]
    public void Sources_EachIsCitedByADate_OrNamedInATextOfTheData()
    {
        string json = Catalog.ToJson();
        string[] uncited = [.. Catalog.Sources.Where(s => json.Split($"\"{s.Id}\"").Length < 3 && !json.Contains($"({s.Id}", StringComparison.Ordinal) && !json.Contains($" {s.Id}", StringComparison.Ordinal) && !json.Contains($"{s.Id})", StringComparison.Ordinal)).Select(s => s.Id)];

        Assert.Empty(uncited);
    }

    [Fact]
    public void AusPng_SignedNotInForce_IsFoundAsPending_AndBindsNoOne()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Catalog.GetTreaty("AUS-PNG"));
        Assert.Contains("has not entered into force", ex.Message, StringComparison.Ordinal);
        Assert.False(Catalog.TryGetTreaty("Pukpuk Treaty", out _));

        Assert.True(Catalog.TryGetPendingTreaty("pukpuk treaty", out PendingTreaty? pukpuk));
        Assert.Equal("AUS-PNG", pukpuk.Id);
        Assert.Equal(D(2025, 10, 6), pukpuk.Signed);
        Assert.Equal(["AUS", "PNG"], pukpuk.Signatories.Select(s => s.Code));
        Assert.Empty(Catalog.WhoMustDefend("PNG", Catalog.AsOf!.Value));
        Assert.False(Catalog.AreAllies("AUS", "PNG", Catalog.AsOf!.Value));
    }

    [Fact]
    public void PendingTreaty_IdTakenByATreatyInForce_IsRejected()
    {
        var builder = new TreatyCatalogBuilder().AddState(new MemberState("AUS", "Australia")).AddState(new MemberState("PNG", "Papua New Guinea"));
        builder.AddTreaty("PACT", "A pact", new RecordedDate(D(2000, 1, 1)), new RecordedDate(D(2000, 1, 1)));

        var ex = Assert.Throws<ArgumentException>(() => builder.AddPendingTreaty(
            new PendingTreaty("pact", "Another pact", new RecordedDate(D(2025, 1, 1)), [builder.Build().GetState("AUS")])));
        Assert.Contains("already names the treaty PACT", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void September2022Replay_ListsEveryCommitmentThatBoundArmeniaAndAzerbaijan()
    {
        var output = new StringWriter();
        September2022.Replay.Write(output, Catalog);
        string text = output.ToString();

        Assert.Contains("BLR, KAZ, KGZ, RUS, TJK had to defend ARM under CSTO Article 4", text, StringComparison.Ordinal);
        Assert.Contains("RUS had to defend ARM under RUS-ARM Article 3", text, StringComparison.Ordinal);
        Assert.Contains("TUR had to defend AZE under TUR-AZE", text, StringComparison.Ordinal);
        Assert.Contains("AZE had to defend TUR under TUR-AZE", text, StringComparison.Ordinal);
        Assert.Contains("ARM invoked CSTO Article 4 on 2022-09-13", text, StringComparison.Ordinal);
        Assert.Contains("ARM invoked RUS-ARM Article 3 on 2022-09-13", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USA-PLW", "PLW", "USA")]
    [InlineData("USA-FSM", "FSM", "USA")]
    [InlineData("USA-MHL", "MHL", "USA")]
    [InlineData("AUS-TUV", "TUV", "AUS")]
    [InlineData("USA-PAK", "PAK", "USA")]
    [InlineData("SUN-FIN", "FIN", "SUN")]
    public void OneWayGuarantee_DefendsTheSmallState_WhichOwesNothingBack(string treatyId, string guaranteed, string guarantor)
    {
        LocalDate today = treatyId == "SUN-FIN" ? D(1980, 1, 1) : Catalog.AsOf!.Value;

        DefenceCommitment help = Catalog.WhoMustDefend(guaranteed, today).Single(c => c.Treaty.Id == treatyId);
        Assert.Equal([guarantor], help.Defenders.Select(d => d.Code));
        Assert.DoesNotContain(Catalog.WhoMustDefend(guarantor, today), c => c.Treaty.Id == treatyId);
    }

    [Fact]
    public void CypAlliance_ProtectsCyprusOnly_AndRecordsTheDisputedAbrogation()
    {
        Treaty alliance = Catalog.GetTreaty("CYP-ALLIANCE");
        LocalDate day = D(2024, 1, 1);

        Assert.Equal(["GRC", "TUR"], Catalog.WhoMustDefend("CYP", day).Single(c => c.Treaty.Id == "CYP-ALLIANCE").Defenders.Select(d => d.Code));
        Assert.DoesNotContain(Catalog.WhoMustDefend("GRC", day), c => c.Treaty.Id == "CYP-ALLIANCE");
        Assert.Contains("DISPUTED", alliance.Note, StringComparison.Ordinal);
        Assert.Contains("abrogat", alliance.Memberships.Single(m => m.State.Code == "CYP").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void GbrPrt_JulianDates_StoredAsIso_WithTheJulianDayInTheNote()
    {
        Treaty alliance = Catalog.GetTreaty("GBR-PRT");

        Assert.Equal(D(1373, 6, 24), alliance.Signed);
        Assert.Contains("Julian date 16 June 1373", alliance.SignedRecord.Note, StringComparison.Ordinal);
        Assert.True(Catalog.AreAllies("GBR", "PRT", Catalog.AsOf!.Value));
    }

    [Fact]
    public void GbrDeu_KensingtonTreaty_IsPending_AndBindsNoOne()
    {
        Assert.True(Catalog.TryGetPendingTreaty("Kensington Treaty", out PendingTreaty? kensington));
        Assert.Equal("GBR-DEU", kensington.Id);
        Assert.Equal(D(2025, 7, 17), kensington.Signed);
        Assert.Throws<KeyNotFoundException>(() => Catalog.GetTreaty("GBR-DEU"));
    }

    [Fact]
    public void FranceAndGermany_BoundToEachOther_ByAachenBesideNatoAndTheEu()
    {
        string[] ids = [.. Catalog.WhoMustDefend("DEU", Catalog.AsOf!.Value).Select(c => c.Treaty.Id)];

        Assert.Contains("FRA-DEU", ids);
        Assert.Contains("NATO", ids);
        Assert.Contains("EU", ids);
    }

    [Theory]
    [InlineData("PLW", "USA-PLW", "USA")]
    [InlineData("QAT", "ARAB-LEAGUE", "SAU")]
    [InlineData("DJI", "ARAB-LEAGUE", "EGY")]
    [InlineData("POL", "FRA-POL", "FRA")]
    [InlineData("NER", "AES", "MLI")]
    [InlineData("NGA", "ECOWAS", "GHA")]
    [InlineData("QAT", "GCC", "SAU")]
    [InlineData("TCD", "AU-PACT", "ETH")]
    [InlineData("ZAF", "SADC", "BWA")]
    [InlineData("UGA", "ICGLR", "KEN")]
    [InlineData("DJI", "FRA-DJI", "FRA")]
    [InlineData("KAZ", "RUS-KAZ", "RUS")]
    [InlineData("UZB", "RUS-UZB", "RUS")]
    [InlineData("GRD", "RSS", "BRB")]
    [InlineData("BRA", "RIO", "USA")]
    [InlineData("JPN", "USA-JPN", "USA")]
    [InlineData("CAN", "NATO", "USA")]
    public void StateInEachRegion_HasItsDefendersToday(string state, string treatyId, string defender)
    {
        DefenceCommitment help = Catalog.WhoMustDefend(state, Catalog.AsOf!.Value).Single(c => c.Treaty.Id == treatyId);

        Assert.Contains(help.Defenders, d => d.Code == defender);
    }

    [Fact]
    public void Ecowas_StatesThatLeftTheOrganisation_LeftTheProtocol_OnTheDayTheirWithdrawalTookEffect()
    {
        Treaty ecowas = Catalog.GetTreaty("ECOWAS");
        static string[] Defenders(TreatyCatalog catalog, LocalDate day) =>
            [.. catalog.WhoMustDefend("NGA", day).Single(c => c.Treaty.Id == "ECOWAS").Defenders.Select(d => d.Code)];

        Assert.Contains("BFA", Defenders(Catalog, D(2025, 1, 28)));
        Assert.DoesNotContain("BFA", Defenders(Catalog, D(2025, 1, 29)));
        Assert.DoesNotContain("NER", Defenders(Catalog, D(2025, 1, 29)));
        Assert.DoesNotContain("MLI", Defenders(Catalog, D(2024, 1, 1)));
        Assert.All(
            ecowas.Memberships.Where(m => m.End is not null),
            m => Assert.Equal(MembershipEndReason.LeftOrganisation, m.EndReason));
        MembershipChange left = Catalog.HistoryOf("BFA").Single(c => c.Treaty.Id == "ECOWAS" && c.Kind == MembershipChangeKind.Left);
        Assert.Equal((D(2025, 1, 29), MembershipEndReason.LeftOrganisation), (left.Date, left.EndReason));
        Assert.True(left.DateRecord.IsConfirmed);
    }

    [Fact]
    public void Ecowas_LeavingStates_KeepTheirOtherPact_TheAllianceOfSahelStates()
    {
        LocalDate day = D(2025, 1, 29);

        Assert.False(Catalog.AreAllies("BFA", "NGA", day));
        Assert.True(Catalog.AreAllies("BFA", "NER", day));
        Assert.Equal(["AES"], Catalog.WhoMustDefend("BFA", day).Where(c => c.Treaty.Id != "AU-PACT").Select(c => c.Treaty.Id));
    }

    /// <summary>
    /// The Great Lakes protocol binds the eight states that had ratified the Pact when it entered into force, by the UN's
    /// report; Angola, Sudan and Zambia, signatories whose ratification was not found, are not made parties.
    /// </summary>
    [Fact]
    public void Icglr_BindsTheEightRatifiers_NotTheSignatoriesWhoseRatificationWasNotFound()
    {
        Treaty icglr = Catalog.GetTreaty("ICGLR");

        Assert.Equal(["BDI", "CAF", "COD", "COG", "KEN", "RWA", "TZA", "UGA"], icglr.MembersOn(D(2008, 6, 21)).Select(s => s.Code).Order(StringComparer.Ordinal));
        Assert.Empty(icglr.MembersOn(D(2008, 6, 20)));
        Assert.All(["AGO", "SDN", "ZMB"], code => Assert.False(icglr.IsMember(code, Catalog.AsOf!.Value)));
        Assert.All(icglr.Memberships, m => Assert.False(m.StartRecord.IsConfirmed));
    }

    /// <summary>
    /// The African Union pact's parties are ATOP's 21 signatories from the entry into force; the seventeen named as having
    /// ratified by April 2016 cite that report, and no party's day is confirmed, since no deposit was read.
    /// </summary>
    [Fact]
    public void AuPact_TheRatifiersNamedIn2016_CiteTheReport_NoDayIsConfirmed()
    {
        Treaty pact = Catalog.GetTreaty("AU-PACT");
        string[] named = [.. pact.Memberships.Where(m => m.StartRecord.Sources.Any(s => s.Id == "pana-2016-04-21-angola-au-pact")).Select(m => m.State.Code).Order(StringComparer.Ordinal)];

        Assert.Equal(21, pact.Memberships.Count);
        Assert.Equal(17, named.Length);
        Assert.DoesNotContain("ETH", named);
        Assert.All(pact.Memberships, m => Assert.False(m.StartRecord.IsConfirmed));
        Assert.False(pact.IsMember("AGO", Catalog.AsOf!.Value));
    }

    /// <summary>
    /// The SADC pact's parties are ATOP's signatories from the entry into force, unconfirmed; the three states South
    /// Africa's Department of Defence reported as having ratified by 2005 cite it, and none cites a day of deposit.
    /// </summary>
    [Fact]
    public void Sadc_PartiesFromTheEntryIntoForce_Unconfirmed_WithTheRatificationsReported()
    {
        Treaty sadc = Catalog.GetTreaty("SADC");

        Assert.Equal(13, sadc.Memberships.Count);
        Assert.All(sadc.Memberships, m => Assert.Equal((D(2008, 8, 17), false), (m.Start, m.StartRecord.IsConfirmed)));
        Assert.Equal(
            ["BWA", "MUS", "TZA"],
            sadc.Memberships.Where(m => m.StartRecord.Sources.Any(s => s.Id == "za-dod-sadc-mdp-slides")).Select(m => m.State.Code).Order(StringComparer.Ordinal));
        Assert.Contains("has not signed", sadc.Memberships.Single(m => m.State.Code == "AGO").SignedRecord!.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GCC", ObligationStrength.DeemedAttackOnAll)]
    [InlineData("ECOWAS", ObligationStrength.ActionDecidedByTheOrganisation)]
    [InlineData("AU-PACT", ObligationStrength.ActionDecidedByTheOrganisation)]
    [InlineData("SADC", ObligationStrength.ActionDecidedByTheOrganisation)]
    [InlineData("ICGLR", ObligationStrength.DefencePromiseAsCoded)]
    [InlineData("RUS-KAZ", ObligationStrength.DefencePromiseAsCoded)]
    [InlineData("EGY-SYR", ObligationStrength.ImmediateMilitaryAssistance)]
    public void NewTreaties_CarryTheObligationOfTheWordsRead(string treatyId, ObligationStrength obligation) =>
        Assert.Equal(obligation, Catalog.GetTreaty(treatyId).Clauses.OfType<MutualDefenceClause>().Single().Obligation);

    [Theory]
    [InlineData("FRA-DJI", "DJI", "FRA")]
    [InlineData("RSS", "GRD", "ATG")]
    public void OneWayAndMultilateralGuarantees_BindOnlyTheWayTheTextRuns(string treatyId, string defended, string guarantor)
    {
        LocalDate today = Catalog.AsOf!.Value;

        Assert.Contains(Catalog.WhoMustDefend(defended, today), c => c.Treaty.Id == treatyId && c.Defenders.Any(d => d.Code == guarantor));
        bool guarantorDefended = Catalog.WhoMustDefend(guarantor, today).Any(c => c.Treaty.Id == treatyId);
        Assert.Equal(treatyId != "FRA-DJI", guarantorDefended);
    }

    [Theory]
    [InlineData("GCC")]
    [InlineData("RUS-TJK")]
    [InlineData("BALKAN")]
    public void SigningRule_StartIsTheSigningDay_MarkedUnconfirmed_WithTheReason(string treatyId)
    {
        Treaty treaty = Catalog.GetTreaty(treatyId);

        Assert.Equal(treaty.Signed, treaty.EnteredIntoForce);
        Assert.False(treaty.EnteredIntoForceRecord.IsConfirmed);
        Assert.Contains("The entry into force was not found", treaty.EnteredIntoForceRecord.Note, StringComparison.Ordinal);
        Assert.Contains(treaty.EnteredIntoForceRecord.Sources, s => s.Id == "atop-5.1");
    }

    [Fact]
    public void Coverage_CountsTheCatalogsTreaties_AndListsWhatIsNotEntered()
    {
        string coverage = File.ReadAllText(Path.Combine(Repository.Root, "docs", "coverage.md"));

        Assert.Contains($"{Catalog.Treaties.Count} treaties in force or ended", coverage, StringComparison.Ordinal);
        Assert.All(Catalog.Treaties, t => Assert.Contains($"| {t.Id} ", coverage.Replace(", ", " | ", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Contains("| SADC |", coverage, StringComparison.Ordinal);
        string readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        Assert.Contains($"The bundled catalog holds {Catalog.Treaties.Count} treaties", readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USA-KOR", "1954-11-17", "app-eisenhower-korea-mdt")]
    [InlineData("WARSAW", "1955-06-05", "bse-warsaw")]
    [InlineData("RUS-PRK", "2024-12-04", "atlasinfo-2024-12-05-rus-prk")]
    public void AuditUpgrades_EntryIntoForce_ConfirmedWithItsSource(string treatyId, string day, string source)
    {
        Treaty treaty = Catalog.GetTreaty(treatyId);

        Assert.Equal(Iso(day), treaty.EnteredIntoForce);
        Assert.True(treaty.EnteredIntoForceRecord.IsConfirmed);
        Assert.Contains(treaty.EnteredIntoForceRecord.Sources, s => s.Id == source);
        Assert.All(treaty.Memberships.Where(m => m.Start == Iso(day)), m => Assert.True(m.StartRecord.IsConfirmed));
    }

    [Fact]
    public void AuditUpgrades_SaudiPakistanSigning_ConfirmedByTheForeignOffice_EntryIntoForceStillTaken()
    {
        Treaty pact = Catalog.GetTreaty("SAU-PAK");

        Assert.True(pact.SignedRecord.IsConfirmed);
        Assert.Contains(pact.SignedRecord.Sources, s => s.Id == "ary-2025-09-19-fo");
        Assert.False(pact.EnteredIntoForceRecord.IsConfirmed);
    }

    [Fact]
    public void AuditFixes_ArabLeague_Djibouti_Uae_Egypt_AndCentoEnds()
    {
        Treaty league = Catalog.GetTreaty("ARAB-LEAGUE");
        MembershipPeriod djibouti = league.Memberships.Single(m => m.State.Code == "DJI");

        Assert.Equal(D(1977, 9, 4), djibouti.Start);
        Assert.Contains(djibouti.StartRecord.Alternatives, a => a.Date == D(1977, 4, 9));
        Assert.Equal(D(1971, 12, 6), league.Memberships.Single(m => m.State.Code == "ARE").Start);
        Assert.DoesNotContain("Original signatory", league.Memberships.Single(m => m.State.Code == "SAU").StartRecord.Note, StringComparison.Ordinal);
        Assert.Contains(Catalog.GetTreaty("CENTO").Memberships.Single(m => m.State.Code == "PAK").EndRecord!.Alternatives, a => a.Date == D(1979, 3, 12));
        Assert.True(Catalog.GetTreaty("TUR-AZE").SignedRecord.IsConfirmed);
    }

    private static LocalDate Iso(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
