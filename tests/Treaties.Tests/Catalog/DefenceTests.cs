using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Xunit;
using static Treaties.Tests.TestCatalogs;

namespace Treaties.Tests.Catalog;

/// <summary>Who must defend whom, and where, on the bundled data.</summary>
public class DefenceTests
{
    private static readonly TreatyCatalog Catalog = TreatyCatalog.Default;
    private static readonly LocalDate Today = new(2024, 6, 1);

    /// <summary>State, day, place, and the treaties whose defence clause covers an attack there ("" for none).</summary>
    public static TheoryData<string, string, string, string> Places => new()
    {
        // United States: NATO Article 6 covers North America; the Pacific treaties cover its metropolitan territory
        // (ANZUS, USA-PHL) or the Pacific (USA-KOR); the Rio Treaty covers all its territory; USA-JPN none of it.
        { "USA", "2024-06-01", "US-AK", "NATO,ANZUS,USA-PHL,RIO" },
        { "USA", "2024-06-01", "US-HI", "ANZUS,USA-KOR,USA-PHL,RIO" },
        { "USA", "2024-06-01", "US-TX", "NATO,ANZUS,USA-PHL,RIO" },
        { "USA", "2024-06-01", "US-ME", "NATO,ANZUS,USA-PHL,RIO" },
        { "USA", "2024-06-01", "GU", "ANZUS,USA-KOR,USA-PHL,RIO" },
        { "USA", "2024-06-01", "PR", "RIO" },
        { "USA", "2024-06-01", "PRI", "RIO" },
        // Japan: "the territories under the administration of Japan"; Okinawa from its reversion
        { "JPN", "2024-06-01", "JP-13", "USA-JPN" },
        { "JPN", "1972-05-14", "JP-47", "" },
        { "JPN", "1972-05-15", "JP-47", "USA-JPN" },
        // France: EU Article 42(7) sets no limit within a member's territory; NATO stops at Article 6
        { "FRA", "1960-01-01", "DZ", "NATO,DUNKIRK" },
        { "FRA", "1962-07-02", "DZ", "NATO,DUNKIRK" },
        { "FRA", "1962-07-03", "DZ", "" },
        { "FRA", "2024-06-01", "GF", "EU" },
        { "FRA", "2024-06-01", "GP", "EU" },
        { "FRA", "2024-06-01", "MQ", "EU" },
        { "FRA", "2024-06-01", "RE", "EU" },
        { "FRA", "2024-06-01", "YT", "EU" },
        { "FRA", "2024-06-01", "NC", "EU" },
        { "FRA", "2009-11-30", "GF", "" },
        // Spain
        { "ESP", "2024-06-01", "ES-CE", "EU" },
        { "ESP", "2024-06-01", "ES-ML", "EU" },
        { "ESP", "2024-06-01", "ES-CN", "NATO,EU" },
        // Portugal
        { "PRT", "2024-06-01", "PT-20", "NATO,EU,GBR-PRT" },
        { "PRT", "2024-06-01", "PT-30", "NATO,EU,GBR-PRT" },
        // Denmark
        { "DNK", "2024-06-01", "GL", "NATO,EU" },
        { "DNK", "2024-06-01", "GRL", "NATO,EU" },
        { "DNK", "2024-06-01", "FO", "NATO,EU" },
        // Norway
        { "NOR", "2024-06-01", "NO-21", "NATO" },
        { "NOR", "2024-06-01", "SJ", "NATO" },
        // United Kingdom: out of the EU from 2020-02-01; the WEU covered only Europe
        { "GBR", "2024-06-01", "GI", "NATO,GBR-PRT" },
        { "GBR", "2024-06-01", "BM", "NATO,GBR-PRT" },
        { "GBR", "2024-06-01", "FK", "GBR-PRT" },
        { "GBR", "1982-04-02", "FK", "GBR-PRT,DUNKIRK" },
        { "GBR", "1982-04-02", "GB-ENG", "NATO,WEU,GBR-PRT,DUNKIRK" },
        // Turkey: all its territory under NATO, and under the Shusha Declaration
        { "TUR", "2024-06-01", "TR-06", "NATO,TUR-AZE,TUR-AZE-2010" },
        { "TUR", "2024-06-01", "TR-34", "NATO,TUR-AZE,TUR-AZE-2010" },
        // Russia: the Collective Security Treaty and the bilateral treaties set no geographic limit
        { "RUS", "2024-06-01", "RU-KGD", "CSTO,RUS-ARM,RUS-KAZ,RUS-TJK,RUS-KGZ,RUS-UZB" },
        { "RUS", "2024-06-01", "RU-CHU", "CSTO,RUS-ARM,RUS-KAZ,RUS-TJK,RUS-KGZ,RUS-UZB" },
        { "RUS", "2025-06-01", "RU-KGD", "CSTO,RUS-PRK,RUS-ARM,RUS-BLR,RUS-KAZ,RUS-TJK,RUS-KGZ,RUS-UZB" },
        { "ARM", "2022-09-13", "AM-SU", "CSTO,RUS-ARM" },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void WhoMustDefend_AtPlace_FollowsTheClauseScope(string state, string day, string place, string treaties)
    {
        IReadOnlyList<DefenceCommitment> help = Catalog.WhoMustDefend(state, NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value, place);

        Assert.Equal(treaties, string.Join(",", help.Select(c => c.Treaty.Id)));
    }

    [Fact]
    public void WhoMustDefend_EveryKnownPlace_NamesTheTreatiesWhoseClausesCoverIt()
    {
        foreach (Place place in Catalog.Places)
        {
            MemberState holder = place.HolderOn(Today);
            string[] expected = holder.Equals(place.State)
                ? [.. Catalog.Treaties
                    .Where(t => t.IsMember(holder, Today) && t.MutualDefenceClauseOn(Today) is MutualDefenceClause clause && clause.Covers(place, Today))
                    .Select(t => t.Id)
                    .Order(StringComparer.Ordinal)]
                : [];

            string[] actual = [.. Catalog.WhoMustDefend(place.State.Code, Today, place.Code).Select(c => c.Treaty.Id).Order(StringComparer.Ordinal)];

            Assert.True(expected.SequenceEqual(actual), $"{place.Code}: expected {string.Join(",", expected)}, got {string.Join(",", actual)}");
        }

        Assert.True(Catalog.Places.Count > 100);
    }

    [Fact]
    public void WhoMustDefend_UnknownPlace_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => Catalog.WhoMustDefend("USA", Today, "US-XX"));

        Assert.Equal("placeCode", ex.ParamName);
        Assert.Contains("'US-XX'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhoMustDefend_PlaceOfAnotherState_GivesNoCommitment() => Assert.Empty(Catalog.WhoMustDefend("USA", Today, "ES-CE"));

    [Fact]
    public void WhoMustDefend_DayBeforeAccession_Nothing_DayOfAccession_AllOtherMembers()
    {
        Assert.Equal(["EU"], Catalog.WhoMustDefend("FIN", D(2023, 4, 3)).Select(c => c.Treaty.Id));

        Assert.Equal(["NATO", "EU"], Catalog.WhoMustDefend("FIN", D(2023, 4, 4)).Select(c => c.Treaty.Id));
        DefenceCommitment nato = Catalog.WhoMustDefend("FIN", D(2023, 4, 4))[0];
        Assert.Equal("NATO", nato.Treaty.Id);
        Assert.Equal("Article 5", nato.Clause.Article);
        Assert.Equal(30, nato.Defenders.Count);
        Assert.DoesNotContain(nato.Defenders, d => d.Code == "FIN");
        Assert.Equal(ObligationStrength.ActionDeemedNecessary, nato.Obligation);
    }

    [Fact]
    public void WhoMustDefend_NewMemberBecomesADefenderOnItsFirstDay()
    {
        Assert.DoesNotContain(Catalog.WhoMustDefend("EST", D(2024, 3, 6))[0].Defenders, d => d.Code == "SWE");
        Assert.Contains(Catalog.WhoMustDefend("EST", D(2024, 3, 7))[0].Defenders, d => d.Code == "SWE");
    }

    [Fact]
    public void WhoMustDefend_FrozenMember_StaysAsDefenderButIsFlagged()
    {
        DefenceCommitment csto = Catalog.WhoMustDefend("KGZ", Today).Single(c => c.Treaty.Id == "CSTO");
        MemberState armenia = Catalog.GetState("ARM");

        Assert.Contains(armenia, csto.Defenders);
        Assert.Contains(armenia, csto.DefendersNotFullyParticipating);
        Assert.Equal(ParticipationStatus.Frozen, csto.ParticipationOf(armenia));
        Assert.Equal(ParticipationStatus.Full, csto.ParticipationOf(Catalog.GetState("RUS")));
        Assert.Equal(ObligationStrength.NecessaryAssistanceIncludingMilitary, csto.Obligation);
    }

    [Fact]
    public void WhoMustDefend_FrozenMemberItself_IsStillDefended_WithItsStatus()
    {
        DefenceCommitment csto = Catalog.WhoMustDefend("ARM", Today).Single(c => c.Treaty.Id == "CSTO");

        Assert.Equal(ParticipationStatus.Frozen, csto.DefendedStatus.Participation);
        Assert.Equal(5, csto.Defenders.Count);
    }

    [Fact]
    public void WhoMustDefend_FranceOutsideIntegratedCommand_IsFlagged()
    {
        DefenceCommitment nato = Catalog.WhoMustDefend("USA", D(1970, 1, 1)).Single(c => c.Treaty.Id == "NATO");
        Assert.Equal(ParticipationStatus.OutsideIntegratedCommand, nato.ParticipationOf(Catalog.GetState("FRA")));
    }

    [Fact]
    public void WhoMustDefend_StateInNoTreaty_IsEmpty()
    {
        Assert.Empty(Catalog.WhoMustDefend("CHE", Today));
        Assert.Empty(Catalog.WhoMustDefend("IND", Today));
    }

    [Fact]
    public void WhoMustDefend_BeforeTheTreatyEnteredIntoForce_IsEmpty()
    {
        Assert.Equal(["RIO"], Catalog.WhoMustDefend("USA", D(1949, 8, 23)).Select(c => c.Treaty.Id));
        Assert.Equal(["NATO", "RIO"], Catalog.WhoMustDefend("USA", D(1949, 8, 24)).Select(c => c.Treaty.Id));
        Assert.Empty(Catalog.WhoMustDefend("USA", D(1948, 12, 2)));
    }

    [Fact]
    public void WhoMustDefend_NotANonMember_ParticipationOfThrows()
    {
        DefenceCommitment nato = Catalog.WhoMustDefend("USA", Today).Single(c => c.Treaty.Id == "NATO");
        var ex = Assert.Throws<ArgumentException>(() => nato.ParticipationOf(Catalog.GetState("JPN")));
        Assert.Equal("defender", ex.ParamName);
    }

    [Fact]
    public void PointQueries_OnceAnswered_AllocateNothing()
    {
        LocalDate day = D(1961, 9, 10);
        string[] states = ["CHN", "PRK", "JPN", "USA", "NZL"];
        foreach (string state in states)
        {
            _ = Catalog.WhoMustDefend(state, day);
            _ = Catalog.AreAllies(state, "USA", day);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (string state in states)
        {
            _ = Catalog.WhoMustDefend(state, day);
            _ = Catalog.AreAllies(state, "USA", day);
            _ = Catalog.GetTreaty("NATO").IsMember(state, day);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void WhoMustDefend_SameStretchOfDays_ReturnsTheSameCachedList() =>
        Assert.Same(Catalog.WhoMustDefend("POL", D(2024, 6, 1)), Catalog.WhoMustDefend("POL", D(2024, 7, 1)));

    [Fact]
    public void WhoMustDefend_ClauseNotYetInForce_GivesNoCommitment()
    {
        TreatyCatalog catalog = new TreatyCatalogBuilder()
            .AddState(new MemberState("AAA", "Alpha"))
            .AddState(new MemberState("BBB", "Beta"))
            .AddTreaty("PACT", "Pact", D(2000, 1, 1), D(2000, 1, 1), t => t
                .AddMember("AAA", D(2000, 1, 1))
                .AddMember("BBB", D(2000, 1, 1))
                .AddClause(new MutualDefenceClause("Article 3", "Defend.", inForceFrom: D(2005, 1, 1))))
            .Build();

        Assert.Empty(catalog.WhoMustDefend("AAA", D(2004, 12, 31)));
        Assert.False(catalog.AreAllies("AAA", "BBB", D(2004, 12, 31)));
        Assert.Equal(["BBB"], catalog.WhoMustDefend("AAA", D(2005, 1, 1)).Single().Defenders.Select(d => d.Code));
        Assert.Equal(RelationshipKind.CoMembers, catalog.RelationshipOn("AAA", "BBB", D(2004, 12, 31)).Kind);
    }

    [Fact]
    public void Clause_Covers_CanBeAskedDirectly()
    {
        MutualDefenceClause article5 = Catalog.GetTreaty("NATO").MutualDefenceClauses.Single();

        Assert.True(article5.Covers(Catalog.GetPlace("us-ak"), Today));
        Assert.False(article5.Covers(Catalog.GetPlace("US-HI"), Today));
        Assert.True(article5.Covers(Catalog.GetPlace("DZ"), D(1962, 7, 2)));
        Assert.False(article5.Covers(Catalog.GetPlace("DZ"), D(1962, 7, 3)));
        Assert.True(Catalog.GetTreaty("CSTO").MutualDefenceClauses.Single().Scope.CoversAllTerritory);
    }

    [Fact]
    public void Place_Algeria_ChangedHandsOnIndependence()
    {
        Place algeria = Catalog.GetPlace("DZ");

        Assert.Equal("FRA", algeria.HolderOn(D(1962, 7, 2)).Code);
        Assert.Equal("DZA", algeria.HolderOn(D(1962, 7, 3)).Code);
        Assert.Empty(Catalog.WhoMustDefend("FRA", D(1970, 1, 1), "DZ"));
        Assert.DoesNotContain(Catalog.WhoMustDefend("DZA", D(1970, 1, 1), "DZ"), c => c.Treaty.Id == "NATO");
    }

    [Fact]
    public void RelationshipOn_AzerbaijanArmenia2022_FormerAlliesUntil1999()
    {
        StateRelationship relationship = Catalog.RelationshipOn("AZE", "ARM", D(2022, 9, 13));

        Assert.Equal(RelationshipKind.FormerAllies, relationship.Kind);
        TreatyBond bond = Assert.Single(relationship.Bonds);
        Assert.Equal("CSTO", bond.Treaty.Id);
        Assert.Equal(D(1999, 4, 21), bond.End);
        Assert.Equal("Article 4", bond.Clause?.Article);
    }

    [Fact]
    public void RelationshipOn_KyrgyzstanTajikistanWhileFighting_AlliesUnderArticle4()
    {
        StateRelationship relationship = Catalog.RelationshipOn("KGZ", "TJK", D(2022, 9, 14));

        Assert.Equal(RelationshipKind.Allies, relationship.Kind);
        Assert.Equal("Allies under CSTO Article 4 since 1994-04-20", relationship.Bonds.Single().ToString());
    }

    [Fact]
    public void RelationshipOn_States_AnswersAsTheirCodes()
    {
        StateRelationship byState = Catalog.RelationshipOn(Catalog.GetState("AZE"), Catalog.GetState("ARM"), D(2022, 9, 13));

        Assert.Equal(RelationshipKind.FormerAllies, byState.Kind);
        Assert.Equal(Catalog.RelationshipOn("AZE", "ARM", D(2022, 9, 13)).Bonds.Single().End, byState.Bonds.Single().End);
        Assert.Equal(RelationshipKind.None, Catalog.RelationshipOn(Catalog.GetState("ARM"), Catalog.GetState("ARM"), D(2022, 9, 13)).Kind);
        Assert.Equal("otherState", Assert.Throws<ArgumentNullException>(() => Catalog.RelationshipOn(Catalog.GetState("ARM"), null!, D(2022, 9, 13))).ParamName);
        var stranger = new MemberState("XXA", "Nowhere");
        Assert.Equal("state", Assert.Throws<ArgumentException>(() => Catalog.RelationshipOn(stranger, Catalog.GetState("ARM"), D(2022, 9, 13))).ParamName);
    }

    [Fact]
    public void RelationshipOn_AzerbaijanArmenia1998_Allies() =>
        Assert.Equal(RelationshipKind.Allies, Catalog.RelationshipOn("AZE", "ARM", D(1998, 1, 1)).Kind);

    [Fact]
    public void RelationshipOn_ObserverAndMember_IsObserverRelation()
    {
        StateRelationship relationship = Catalog.RelationshipOn("SRB", "RUS", D(2020, 1, 1));

        Assert.Equal(RelationshipKind.Observer, relationship.Kind);
        Assert.Equal("SRB", relationship.Bonds.Single().Observer?.Code);
    }

    [Fact]
    public void RelationshipOn_NoTie_IsNone()
    {
        StateRelationship relationship = Catalog.RelationshipOn("CHE", "IND", Today);

        Assert.Equal(RelationshipKind.None, relationship.Kind);
        Assert.Empty(relationship.Bonds);
    }

    [Fact]
    public void RelationshipOn_CoMembersWithoutDefenceClause()
    {
        StateRelationship relationship = Small().RelationshipOn("FIN", "SWE", D(2020, 1, 1));

        Assert.Equal(RelationshipKind.CoMembers, relationship.Kind);
        Assert.Equal(D(1995, 1, 1), relationship.Bonds.Single().Start);
    }

    [Fact]
    public void RelationshipOn_AlliesInOneCoMembersInAnother_ListsBothStrongestFirst()
    {
        StateRelationship relationship = Small().RelationshipOn("FIN", "SWE", D(2024, 3, 7));

        Assert.Equal([RelationshipKind.Allies, RelationshipKind.CoMembers], relationship.Bonds.Select(b => b.Kind));
        Assert.Equal(D(2024, 3, 7), relationship.Bonds[0].Start);
    }

    [Fact]
    public void RelationshipOn_SameState_IsNone_AsAreAlliesIsFalse()
    {
        StateRelationship relationship = Catalog.RelationshipOn("ARM", "arm", new LocalDate(1995, 1, 1));

        Assert.Equal(RelationshipKind.None, relationship.Kind);
        Assert.Empty(relationship.Bonds);
        Assert.False(Catalog.AreAllies("ARM", "arm", new LocalDate(1995, 1, 1)));
        Assert.True(Catalog.AreAllies("ARM", "RUS", new LocalDate(1995, 1, 1)));
    }

    [Fact]
    public void InvocationTimeline_AllInDateOrder()
    {
        IReadOnlyList<ClauseInvocation> all = Catalog.InvocationTimeline();

        Assert.Equal(Catalog.Invocations.Count, all.Count);
        Assert.Equal(all.Select(i => i.Date).Order(), all.Select(i => i.Date));
        Assert.Equal("2001-09-12 NATO Article 5 by USA", all.Single(i => i.Clause is MutualDefenceClause && i.Treaty.Id == "NATO").ToString());
    }

    [Fact]
    public void InvocationTimeline_FilteredByTreatyStateAndPeriod()
    {
        Assert.All(Catalog.InvocationTimeline(treaty: "cst"), i => Assert.Equal("CSTO", i.Treaty.Id));
        Assert.All(Catalog.InvocationTimeline(stateCode: "TUR"), i => Assert.Contains(i.Invocation.RequestedBy, s => s.Code == "TUR"));
        Assert.True(Catalog.InvocationTimeline(stateCode: "TUR").Count >= 5);

        IReadOnlyList<ClauseInvocation> in2022 = Catalog.InvocationTimeline(period: new DateInterval(D(2022, 1, 1), D(2022, 12, 31)));
        Assert.Equal(["2022-01-05 CSTO Article 4 by KAZ", "2022-02-24", "2022-09-13 CSTO Article 4 by ARM", "2022-09-13 RUS-ARM Article 3 by ARM"], in2022.Select(i => i.Date == D(2022, 2, 24) ? "2022-02-24" : i.ToString()));
    }

    [Fact]
    public void InvocationTimeline_UnknownTreaty_ThrowsArgumentException()
    {
        var ex = Assert.Throws<ArgumentException>(() => Catalog.InvocationTimeline(treaty: "LEAGUE-OF-NATIONS"));
        Assert.Equal("treaty", ex.ParamName);
        Assert.Contains("'LEAGUE-OF-NATIONS'", ex.Message, StringComparison.Ordinal);
    }
}
