using System.Collections.Generic;
using NodaTime;
using Xunit;

namespace Treaties.Tests;

/// <summary>The README's quick start, kept compiling and checked. Copy it into README.md after a change.</summary>
public class QuickStartTests
{
    [Fact]
    public void QuickStart_AnswersAsTheReadmeSays()
    {
        TreatyCatalog catalog = new TreatyCatalogBuilder()
            .AddState(new MemberState("FIN", "Finland"))
            .AddState(new MemberState("USA", "United States of America"))
            .AddTreaty("NATO", "North Atlantic Treaty", new LocalDate(1949, 4, 4), new LocalDate(1949, 8, 24), nato => nato
                .AddMember("USA", new LocalDate(1949, 8, 24))
                .AddMember("FIN", new LocalDate(2023, 4, 4))
                .AddClause(new MutualDefenceClause("Article 5", "An armed attack against one is an attack against them all.")))
            .Build();

        Treaty nato = catalog.GetTreaty("NATO");
        bool before = nato.IsMember("FIN", new LocalDate(2023, 4, 3));   // false
        bool first = nato.IsMember("FIN", new LocalDate(2023, 4, 4));    // true
        IReadOnlyCollection<MemberState> members = nato.MembersOn(new LocalDate(2023, 4, 4));
        bool allies = catalog.AreAllies("FIN", "USA", new LocalDate(2023, 4, 4)); // true

        Assert.False(before);
        Assert.True(first);
        Assert.Equal(2, members.Count);
        Assert.True(allies);
    }
}
