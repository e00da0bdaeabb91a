using NodaTime;
using Treaties;

// Answers questions from the bundled data and round-trips the catalog through JSON, so that a trimmed publish
// proves the embedded data and the loader survive trimming. .ci/run checks these lines.
TreatyCatalog catalog = TreatyCatalog.Default;
var day = new LocalDate(2022, 9, 13);
Console.WriteLine($"csto {day:uuuu-MM-dd}: {string.Join(",", catalog.GetTreaty("CST").MembersOn(day).Select(s => s.Code))}");
Console.WriteLine($"finland 2023-04-03: {catalog.GetTreaty("NATO").IsMember("FIN", new LocalDate(2023, 4, 3))}");
Console.WriteLine($"finland 2023-04-04: {catalog.GetTreaty("NATO").IsMember("FIN", new LocalDate(2023, 4, 4))}");
DefenceCommitment japan = catalog.WhoMustDefend("JPN", new LocalDate(2024, 1, 1)).Single();
Console.WriteLine($"japan 2024-01-01: {japan.Treaty.Id} {japan.Clause.Article} {string.Join(",", japan.Defenders.Select(s => s.Code))}");
TreatyCatalog again = TreatyCatalog.Parse(catalog.ToJson());
Console.WriteLine($"round trip: {again.ToJson() == catalog.ToJson()}, {again.States.Count} states");
try
{
    TreatyCatalog.Parse("""{ "formatVersion": 1, "states": [], "treaties": [], "typo": 1 }""");
}
catch (TreatyDataException e)
{
    Console.WriteLine($"bad data: {e.JsonPath}");
}
