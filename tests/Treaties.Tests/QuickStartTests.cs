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
        IReadOnlyCollection<MemberState> csto = catalog.GetTreaty("CSTO").MembersOn(new LocalDate(2022, 9, 13));
        IReadOnlyList<Treaty> armenia = catalog.TreatiesOf("ARM", new LocalDate(2022, 9, 13));      // [CSTO]
        bool fought = catalog.AreAllies("KGZ", "TJK", new LocalDate(2022, 9, 14));                 // true

        // Every date carries its sources, and says where sources disagree.
        RecordedDate start = nato.PeriodsOf("FIN")[0].StartRecord;
        Console.WriteLine($"{start.Date} from {start.Sources[0].Title}, confirmed: {start.IsConfirmed}");

        Assert.False(before);
        Assert.True(first);
        Assert.Equal(6, csto.Count);
        Assert.Equal("CSTO", armenia.Single().Id);
        Assert.True(fought);
        Assert.NotEmpty(start.Sources);
    }
}
