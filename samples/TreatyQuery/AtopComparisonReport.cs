using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using Treaties;
using Treaties.Datasets;

namespace TreatyQuery;

/// <summary>
/// Writes <see cref="AtopComparison.Compare"/> as a Markdown report: for each curated treaty ATOP holds, the ATOP id and
/// the members whose days differ, by how many days and why where that is known; then the curated treaties ATOP does not
/// hold, and why. The report is in English, as the research it serves.
/// </summary>
internal static class AtopComparisonReport
{
    internal static void Write(TextWriter output, TreatyCatalog curated, TreatyCatalog atop, string atopFileName)
    {
        var comparisons = AtopComparison.Compare(curated, atop);
        string atopLastDay = Day(atop.AsOf);
        output.WriteLine("# The curated catalog against ATOP");
        output.WriteLine();
        output.WriteLine($"Made by `treaty-query compare-atop {atopFileName}` from the curated catalog (as of {Day(curated.AsOf)}) and ATOP's member-level file, whose last day is {atopLastDay}. ATOP's file itself is not in this repository. Each curated treaty is matched with the ATOP alliance (or parallel phase) that began within two years of its signature or entry into force and shares the most members, at least half of all the members of either. A member's days are its first day and the end of its last period: the first day it was no longer a member. A difference is ATOP's day less the catalog's, in days.");
        output.WriteLine();
        output.WriteLine("| curated treaty | ATOP | members that agree to the day | members that differ |");
        output.WriteLine("| --- | --- | ---: | ---: |");
        foreach (TreatyComparison c in comparisons.Where(c => c.Atop is not null))
        {
            output.WriteLine($"| {c.Curated.Id} | `{c.Atop!.Id}` | {c.MembersAgreeing} | {c.Differences.Count} |");
        }

        output.WriteLine();
        foreach (TreatyComparison comparison in comparisons.Where(c => c.Atop is not null))
        {
            output.WriteLine($"## {comparison.Curated.Id}: {comparison.Curated.Name}");
            output.WriteLine();
            output.WriteLine($"Matched with `{comparison.Atop!.Id}`. {comparison.MembersAgreeing} members agree to the day.");
            output.WriteLine();
            if (comparison.Differences.Count == 0)
            {
                continue;
            }

            output.WriteLine("| state | curated from | ATOP from | difference | curated until | ATOP until | difference | why |");
            output.WriteLine("| --- | --- | --- | ---: | --- | --- | ---: | --- |");
            foreach (MemberDifference d in comparison.Differences)
            {
                string why = string.Join("; ", new[] { Reason(d.StartReason, "first day"), Reason(d.EndReason, "end") }.Where(r => r.Length > 0));
                if (why.Length == 0 && (d.Curated is null || d.Atop is null))
                {
                    why = d.Curated is null ? "in ATOP only" : "in the catalog only";
                }

                output.WriteLine($"| {d.State.Code} | {Day(d.Curated?.Start)} | {Day(d.Atop?.Start)} | {Number(d.StartDifference)} | {Until(d.Curated)} | {Until(d.Atop)} | {Number(d.EndDifference)} | {why} |");
            }

            output.WriteLine();
        }

        output.WriteLine("## Curated treaties ATOP does not hold");
        output.WriteLine();
        foreach (TreatyComparison comparison in comparisons.Where(c => c.Atop is null))
        {
            string why = comparison.BeginsAfterAtop
                ? $"entered into force on {Day(comparison.Curated.EnteredIntoForce)}, after ATOP's last day ({atopLastDay})"
                : "no ATOP alliance began within two years of it sharing half of all the members of either";
            output.WriteLine($"- **{comparison.Curated.Id}** ({comparison.Curated.Name}): {why}.");
        }
    }

    private static string Reason(DifferenceReason reason, string which) => reason switch
    {
        DifferenceReason.AtopFromSignature => $"ATOP's {which} is a signature, the catalog's the day the state was bound",
        DifferenceReason.AfterAtopsLastYear => $"the catalog's {which} is after ATOP's last year",
        DifferenceReason.AtopEndsWithTheOrganization => "ATOP ends it with the organisation; the treaty outlived it",
        DifferenceReason.AtopExitIsTheLastDay => "ATOP's exit is the last day of membership, the catalog's end the first day after it",
        _ => "",
    };

    private static string Until(DateRange? range) => range is DateRange r ? r.End is LocalDate end ? Day(end) : "ongoing" : "";

    private static string Number(int? days) => days?.ToString("+#;-#;0", CultureInfo.InvariantCulture) ?? "";

    private static string Day(LocalDate? date) => date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
