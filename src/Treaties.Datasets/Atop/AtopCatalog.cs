using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Treaties.Datasets.Atop;

/// <summary>
/// Makes a catalog from ATOP's checked rows: one treaty per alliance (<c>ATOP-1005</c>), or per phase
/// (<c>ATOP-3180-2</c>) where phases of one alliance run side by side, each row a membership period.
/// </summary>
internal static class AtopCatalog
{
    private static readonly Source Atop = new(
        "atop",
        "Alliance Treaty Obligations and Provisions (ATOP), member-level file",
        "ATOP project (Leeds, Ritter, Mitchell and Long)",
        new Uri("http://www.atopdata.org/"),
        SourceKind.Scholarly);

    /// <summary>
    /// Builds the catalog from the rows whose codes a state holds, leaving out and reporting the others; the catalog is
    /// checked up to the end of the file's last year.
    /// </summary>
    internal static AtopLoadReport Build(IReadOnlyList<AtopRow> rows, int lastYear, IReadOnlyList<MemberState> states)
    {
        var builder = new TreatyCatalogBuilder().AddSource(Atop);
        foreach (MemberState state in states)
        {
            builder.AddState(state);
        }

        if (lastYear > 0)
        {
            builder.WithAsOf(new LocalDate(lastYear, 12, 31));
        }

        var codes = new CowCodes(states);
        var leftOut = new List<AtopRowLeftOut>();
        var kept = new List<AtopRow>(rows.Count);
        foreach (AtopRow row in rows)
        {
            if (codes.IsHeld(row.CowCode))
            {
                kept.Add(row);
            }
            else
            {
                leftOut.Add(new AtopRowLeftOut(row.Line, row.AtopId, row.CowCode));
            }
        }

        foreach (IGrouping<int, AtopRow> alliance in kept.GroupBy(r => r.AtopId).OrderBy(g => g.Key))
        {
            foreach ((string id, string name, List<AtopRow> members) in Treaties(alliance.Key, [.. alliance]))
            {
                AddTreaty(builder, codes, id, name, members);
            }
        }

        return new AtopLoadReport(builder.Build(), rows.Count, leftOut, lastYear);
    }

    /// <summary>
    /// Splits an alliance into treaties: phases whose days overlap another phase's each become their own treaty, so
    /// that members of parallel phases (Czechoslovakia's successors) are not paired; the other phases stay together.
    /// </summary>
    private static IEnumerable<(string Id, string Name, List<AtopRow> Rows)> Treaties(int atopId, List<AtopRow> rows)
    {
        var phases = rows.GroupBy(r => r.Phase)
            .Select(g => (Phase: g.Key, Rows: g.ToList(), Range: new DateRange(g.Min(r => r.Entry.Date), g.Any(r => r.Exit is null) ? null : g.Max(r => r.Exit!.Value.Date))))
            .OrderBy(p => p.Phase)
            .ToList();
        var together = new List<AtopRow>();
        foreach (var phase in phases)
        {
            if (phases.Any(other => other.Phase != phase.Phase && other.Range.Overlaps(phase.Range)))
            {
                yield return (string.Create(CultureInfo.InvariantCulture, $"ATOP-{atopId}-{phase.Phase}"), $"ATOP alliance {atopId}, phase {phase.Phase}", phase.Rows);
            }
            else
            {
                together.AddRange(phase.Rows);
            }
        }

        if (together.Count > 0)
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"ATOP-{atopId}"), $"ATOP alliance {atopId}", together);
        }
    }

    private static void AddTreaty(TreatyCatalogBuilder builder, CowCodes codes, string id, string name, List<AtopRow> rows)
    {
        rows.Sort((a, b) => a.Entry.Date.CompareTo(b.Entry.Date));
        AtopRow first = rows[0];
        RecordedDate inForce = Record(first.Entry);
        TreatyBuilder treaty = builder.AddTreaty(id, name, inForce, inForce);
        foreach (AtopRow row in rows)
        {
            MemberState state = codes.StateOf(row);
            var period = new MembershipPeriod(state, Record(row.Entry), row.Exit is AtopDate exit ? Record(exit) : null, row.Provisions, row.CowCode);
            try
            {
                treaty.AddMembership(period);
            }
            catch (ArgumentException e)
            {
                throw new TreatyDataException(row.Line, "yrent", row.Entry.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), Rule(e), e);
            }
        }

        if (rows.All(r => r.Exit is not null))
        {
            AtopRow last = rows.MaxBy(r => r.Exit!.Value.Date)!;
            treaty.WithTerminated(Record(last.Exit!.Value));
        }
    }

    private static RecordedDate Record(AtopDate date) => new(date.Date, [Atop], date.Precision);

    private static string Rule(ArgumentException e)
    {
        string suffix = $" (Parameter '{e.ParamName}')";
        return e.ParamName is not null && e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }

    /// <summary>
    /// Finds the state of a row by its COW code: the state that held the code on the day of entry, or, where ATOP dates
    /// a membership outside COW's own dates for the state, the state that held the code nearest in time.
    /// </summary>
    private sealed class CowCodes(IReadOnlyList<MemberState> states)
    {
        private readonly Dictionary<int, List<(MemberState State, CowCode Code)>> _byCode = states
            .SelectMany(s => s.CowCodes.Select(c => (State: s, Code: c)))
            .GroupBy(x => x.Code.Code)
            .ToDictionary(g => g.Key, g => g.ToList());

        internal bool IsHeld(int code) => _byCode.ContainsKey(code);

        internal MemberState StateOf(AtopRow row)
        {
            var holders = _byCode[row.CowCode];
            LocalDate day = row.Entry.Date;
            return holders.MinBy(h => Distance(h.Code, day)).State;
        }

        private static long Distance(CowCode code, LocalDate day) =>
            code.Range.Contains(day) ? 0
            : day < code.Range.Start ? Period.Between(day, code.Range.Start, PeriodUnits.Days).Days
            : Period.Between(code.Range.End!.Value, day, PeriodUnits.Days).Days + 1;
    }
}
