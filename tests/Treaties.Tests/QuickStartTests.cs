using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Xunit;

namespace Treaties.Tests;

/// <summary>The README's quick start, kept compiling and checked. Copy it into README.md after a change.</summary>
public class QuickStartTests
{
    [Fact]
    public void QuickStart_AnswersAsTheReadmeSays()
    {
        TreatyCatalog catalog = TreatyCatalog.Default;             // the bundled, sourced data
        Treaty nato = catalog.GetTreaty("NATO");                   // by id or alias, any case

        bool before = nato.IsMember("FIN", new LocalDate(2023, 4, 3));   // false
        bool first = nato.IsMember("FIN", new LocalDate(2023, 4, 4));    // true: the day Finland deposited its instrument
        IReadOnlyList<MemberState> csto = catalog.GetTreaty("CSTO").MembersOn(new LocalDate(2022, 9, 13));
        IReadOnlyList<Treaty> armenia = catalog.TreatiesOf("ARM", new LocalDate(2022, 9, 13));      // [CSTO, RUS-ARM]
        bool fought = catalog.AreAllies("KGZ", "TJK", new LocalDate(2022, 9, 14));                 // true

        // Every date carries its sources, and says where sources disagree.
        RecordedDate start = nato.PeriodsOf("FIN")[0].StartRecord;
        Console.WriteLine($"{start.Date} from {start.Sources[0].Title}, confirmed: {start.IsConfirmed}");

        Assert.False(before);
        Assert.True(first);
        Assert.Equal(6, csto.Count);
        Assert.Equal(["CSTO", "RUS-ARM"], armenia.Select(t => t.Id));
        Assert.True(fought);
        Assert.NotEmpty(start.Sources);
    }

    [Fact]
    public void MutualDefence_AnswersAsTheReadmeSays()
    {
        TreatyCatalog catalog = TreatyCatalog.Default;

        // Who had to come to Armenia's aid on 2022-09-13, under which article, and how strongly?
        foreach (DefenceCommitment help in catalog.WhoMustDefend("ARM", new LocalDate(2022, 9, 13)))
            Console.WriteLine($"{help.Treaty.Id} {help.Clause.Article} ({help.Obligation}): {string.Join(", ", help.Defenders.Select(d => d.Code))}");

        // Who must defend Japan? The United States, under Article V; and not the other way round.
        IReadOnlyList<DefenceCommitment> japan = catalog.WhoMustDefend("JPN", new LocalDate(2024, 1, 1));   // USA-JPN Article V: USA

        // Where an attack happens matters: NATO's Article 6 stops short of Hawaii, and Okinawa was covered from 1972-05-15.
        IReadOnlyList<DefenceCommitment> hawaii = catalog.WhoMustDefend("USA", new LocalDate(2024, 1, 1), "US-HI");   // ANZUS, USA-KOR, USA-PHL, RIO: not NATO
        IReadOnlyList<DefenceCommitment> okinawa = catalog.WhoMustDefend("JPN", new LocalDate(1972, 5, 14), "JP-47"); // empty

        // How two states stood: Azerbaijan and Armenia were former allies, until 1999-04-21.
        StateRelationship relation = catalog.RelationshipOn("AZE", "ARM", new LocalDate(2022, 9, 13));

        // Every invocation and consultation, filtered by treaty, state and period.
        IReadOnlyList<ClauseInvocation> turkey = catalog.InvocationTimeline(treaty: "NATO", stateCode: "TUR");

        Assert.Equal("USA-JPN Article V: USA", $"{japan.Single().Treaty.Id} {japan.Single().Clause.Article}: {japan.Single().Defenders.Single().Code}");
        Assert.Equal(["ANZUS", "USA-KOR", "USA-PHL", "RIO"], hawaii.Select(c => c.Treaty.Id));
        Assert.Empty(okinawa);
        Assert.Equal(RelationshipKind.FormerAllies, relation.Kind);
        Assert.Equal(new LocalDate(1999, 4, 21), relation.Bonds.Single().End);
        Assert.NotEmpty(turkey);
    }
}
