using System;
using NodaTime;
using Treaties;

// One question, as an app asks it first: who was in the CSTO on 2022-09-13?
Console.WriteLine(TreatyCatalog.Default.GetTreaty("CSTO").MembersOn(new LocalDate(2022, 9, 13)).Count);
