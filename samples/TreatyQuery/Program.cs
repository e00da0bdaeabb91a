using System;
using System.Linq;
using NodaTime;
using Treaties;

// The questions of September 2022, answered from the bundled data alone.
TreatyCatalog catalog = TreatyCatalog.Default;
Treaty nato = catalog.GetTreaty("NATO");
Treaty csto = catalog.GetTreaty("CSTO");
var day = new LocalDate(2022, 9, 13);

Console.WriteLine($"Data checked as of {catalog.AsOf:uuuu-MM-dd}.");
Console.WriteLine();
Console.WriteLine($"Was Finland in NATO on 2023-04-03? {YesNo(nato.IsMember("FIN", new LocalDate(2023, 4, 3)))}");
MembershipPeriod finland = nato.PeriodsOf("FIN")[0];
Console.WriteLine($"  Its membership took effect on {finland.StartRecord} (sources: {string.Join(", ", finland.StartRecord.Sources.Select(s => s.Id))}).");
Console.WriteLine();
Console.WriteLine($"Who was in the CSTO on {day:uuuu-MM-dd}?");
foreach (MemberState member in csto.MembersOn(day))
{
    Console.WriteLine($"  {member.Code}  {member.Name}");
}

Console.WriteLine();
Console.WriteLine($"Which treaties bound Armenia that day? {string.Join(", ", catalog.TreatiesOf("ARM", day).Select(t => t.Id))}");
Console.WriteLine($"Were Azerbaijan and Armenia allies that day? {YesNo(catalog.AreAllies("AZE", "ARM", day))}");
MembershipPeriod azerbaijan = csto.PeriodsOf("AZE")[0];
Console.WriteLine($"  Azerbaijan was a party from {azerbaijan.Start:uuuu-MM-dd} until {azerbaijan.End:uuuu-MM-dd} (the first day it no longer was).");
Console.WriteLine($"Were Kyrgyzstan and Tajikistan allies while they fought (2022-09-14)? {YesNo(catalog.AreAllies("KGZ", "TJK", new LocalDate(2022, 9, 14)))}");
Console.WriteLine();
Console.WriteLine($"Armenia in the CSTO today: {csto.StatusOn("ARM", catalog.AsOf ?? day)}");

static string YesNo(bool answer) => answer ? "yes" : "no";
