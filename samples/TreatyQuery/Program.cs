using System;
using System.Linq;
using NodaTime;
using Treaties;

// A first look at the API on a small catalog built in code.
TreatyCatalog catalog = new TreatyCatalogBuilder()
    .AddState(new MemberState("FIN", "Finland"))
    .AddState(new MemberState("SWE", "Sweden"))
    .AddState(new MemberState("USA", "United States of America"))
    .AddTreaty("NATO", "North Atlantic Treaty", new LocalDate(1949, 4, 4), new LocalDate(1949, 8, 24), nato => nato
        .AddMember("USA", new LocalDate(1949, 8, 24))
        .AddMember("FIN", new LocalDate(2023, 4, 4))
        .AddMember("SWE", new LocalDate(2024, 3, 7))
        .AddClause(new MutualDefenceClause("Article 5", "An armed attack against one is an attack against them all.")))
    .Build();

Treaty nato = catalog.GetTreaty("nato");
foreach (LocalDate day in new[] { new LocalDate(2023, 4, 3), new LocalDate(2023, 4, 4) })
{
    Console.WriteLine($"Finland in NATO on {day:uuuu-MM-dd}: {nato.IsMember("FIN", day)}");
}

Console.WriteLine($"Members on 2024-03-07: {string.Join(", ", nato.MembersOn(new LocalDate(2024, 3, 7)).Select(s => s.Code))}");
