using System;
using Treaties;

// September 2022, replayed from the bundled data alone.
September2022.Replay.Write(Console.Out, TreatyCatalog.Default);
