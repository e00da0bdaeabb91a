using System;
using System.IO;
using Treaties;
using Treaties.Snapshot;

// Writes the bundled catalog's binary snapshot: loads the JSON with every check, writes the snapshot, reads it back and
// compares every fact, and only then moves it into place, so a build never embeds a snapshot that differs from its JSON.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: SnapshotBuilder <treaties.json> <treaties.snapshot>");
    return 2;
}

TreatyCatalog catalog;
using (FileStream json = File.OpenRead(args[0]))
{
    catalog = TreatyCatalog.Load(json);
}

byte[] snapshot = SnapshotWriter.ToBytes(catalog);
string? difference = SnapshotCheck.FirstDifference(catalog, SnapshotReader.Read(snapshot));
if (difference is not null)
{
    Console.Error.WriteLine($"{args[0]}: the snapshot does not read back as the JSON: {difference}");
    return 1;
}

string full = Path.GetFullPath(args[1]);
Directory.CreateDirectory(Path.GetDirectoryName(full)!);
string temporary = full + "." + Environment.ProcessId + ".tmp";
File.WriteAllBytes(temporary, snapshot);
File.Move(temporary, full, overwrite: true);
Console.WriteLine($"{args[0]} -> {args[1]}: {snapshot.Length} bytes");
return 0;
