using System.Text;
using NodaTime;
using Treaties;
using Treaties.Datasets;

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
const string Atop = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul\n1001,255,1879,10,7,1918,11,0,1,1,0,0,0,1\n1001,300,1879,10,7,1918,11,0,1,1,0,0,0,0\n";
TreatyCatalog atop = AtopDataset.Load(new MemoryStream(Encoding.UTF8.GetBytes(Atop)));
var parquet = new MemoryStream();
long written = await PanelWriter.WriteParquetAsync(DyadYearPanel.Rows(1879, 1918, false, atop), parquet, PanelColumns.Atop);
Console.WriteLine($"atop panel: {written} rows, {(parquet.Length > 0 ? "parquet written" : "nothing written")}");
try
{
    TreatyCatalog.Parse("""{ "formatVersion": 1, "states": [], "treaties": [], "typo": 1 }""");
}
catch (TreatyDataException e)
{
    Console.WriteLine($"bad data: {e.JsonPath}");
}
