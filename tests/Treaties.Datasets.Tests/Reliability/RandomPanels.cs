using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using NodaTime;

namespace Treaties.Datasets.Tests.Reliability;

/// <summary>A day of an ATOP file as its three columns: a month or day of 0 is missing; an exit year of 0 is ongoing.</summary>
internal readonly record struct Ymd(int Year, int Month, int Day)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year},{Month},{Day}");
}

/// <summary>One state's periods in a curated treaty: their boundary days, whether they follow on, and each period's own code and provisions.</summary>
internal sealed record CuratedPeriodsSpec(LocalDate[] Bounds, bool Contiguous, bool LastOpen, int[] OwnCodes, int[] OwnProvisions);

/// <summary>A curated treaty: its states' periods, and when it entered into force, ended, and its clauses came into force (-1: none).</summary>
internal sealed record CuratedTreatySpec(CuratedPeriodsSpec?[] States, int EntryBefore, int EndAfter, int DefenceFrom, int ConsultationFrom);

/// <summary>One state's rows in an ATOP phase: the whole phase, split in two at a day (a code change), joining late or leaving early.</summary>
internal sealed record AtopMemberSpec(int Kind, int CodeA, int CodeB, LocalDate Split, int[] Provisions);

/// <summary>A phase of an ATOP alliance: its days (0 random, 1 from the day the last phase ended, 2 the same as the last phase) and members.</summary>
internal sealed record AtopPhaseSpec(int Mode, Ymd Entry, Ymd Exit, bool Ongoing, AtopMemberSpec?[] States);

/// <summary>A whole case: the days the states' COW codes change, curated treaties, and ATOP alliances.</summary>
internal sealed record PanelSpec(LocalDate[] CodeChanges, CuratedTreatySpec[] Treaties, AtopPhaseSpec[][] Alliances);

/// <summary>
/// Random catalogs and ATOP member-level files for the panel's property tests. Eight states whose COW codes cover the
/// cases of a panel: one code for ever; a code that changes on a random day (often the 1st of January or the 31st of
/// December); a code from a day on; no code; a code, another, then the first again. Days cluster at the turn of the year.
/// </summary>
internal static class RandomPanels
{
    internal const int FirstYear = 1988;
    internal const int LastYear = 1999;

    internal static readonly string[] Codes = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH"];

    /// <summary>The codes a curated period may carry of its own: some held by other states, some by none.</summary>
    internal static readonly int[] OwnCodes = [200, 300, 301, 500, 650, 999];

    /// <summary>Days from 1990 to 1996, half of them the 1st or 2nd of January or the 30th or 31st of December.</summary>
    private static readonly Gen<LocalDate> Day = Gen.Select(Gen.Int[1990, 1996], Gen.Int[0, 7], Gen.Int[0, 364], (year, kind, offset) => kind switch
    {
        0 => new LocalDate(year, 1, 1),
        1 => new LocalDate(year, 12, 31),
        2 => new LocalDate(year, 1, 2),
        3 => new LocalDate(year, 12, 30),
        _ => new LocalDate(year, 1, 1).PlusDays(offset),
    });

    /// <summary>An ATOP day: a month of 0 (year precision), a day of 0 (month precision), or a day, often the first or last of its month.</summary>
    private static readonly Gen<Ymd> AtopDay = Gen.Select(
        Gen.Int[1990, 1996],
        Gen.Frequency((2, Gen.OneOfConst(0, 1, 12)), (2, Gen.Int[1, 12])),
        Gen.Frequency((2, Gen.OneOfConst(0, 1, 31)), (2, Gen.Int[1, 31])),
        (year, month, day) => new Ymd(year, month, month == 0 ? 0 : Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month))));

    private static readonly Gen<CuratedPeriodsSpec?> CuratedPeriods = Gen.Frequency(
        (1, Gen.Const((CuratedPeriodsSpec?)null)),
        (1, Gen.Select(
            Day.Array[1, 5], Gen.Bool, Gen.Bool,
            Gen.Frequency((3, Gen.Const(-1)), (1, Gen.Int[0, OwnCodes.Length - 1])).Array[5],
            Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[0, 31])).Array[5],
            (bounds, contiguous, open, codes, provisions) => (CuratedPeriodsSpec?)new CuratedPeriodsSpec(bounds, contiguous, open, codes, provisions))));

    private static readonly Gen<int> Maybe = Gen.Frequency((1, Gen.Const(-1)), (1, Gen.Const(0)), (2, Gen.Int[1, 900]));

    private static readonly Gen<CuratedTreatySpec> CuratedTreaty = Gen.Select(
        CuratedPeriods.Array[Codes.Length], Gen.Int[0, 40], Gen.Frequency((1, Gen.Const(-1)), (1, Gen.Int[0, 3])), Maybe, Maybe,
        (states, before, after, defence, consultation) => new CuratedTreatySpec(states, before, after, defence, consultation));

    private static readonly Gen<AtopMemberSpec?> AtopMember = Gen.Frequency(
        (1, Gen.Const((AtopMemberSpec?)null)),
        (2, Gen.Select(
            Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[1, 3])), Gen.Int[0, 2], Gen.Int[0, 2], Day, Gen.Int[0, 2].Array[5],
            (kind, a, b, split, provisions) => (AtopMemberSpec?)new AtopMemberSpec(kind, a, b, split, provisions))));

    private static readonly Gen<AtopPhaseSpec> AtopPhase = Gen.Select(
        Gen.Int[0, 2], AtopDay, AtopDay, Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true))), AtopMember.Array[Codes.Length],
        (mode, entry, exit, ongoing, members) => new AtopPhaseSpec(mode, entry, exit, ongoing, members));

    internal static readonly Gen<PanelSpec> Specs = Gen.Select(
        Day.Array[4], CuratedTreaty.Array[0, 3], AtopPhase.Array[1, 3].Array[0, 3],
        (changes, treaties, alliances) => new PanelSpec(changes, treaties, alliances));

    /// <summary>The eight states, with COW codes that change on the spec's days.</summary>
    internal static MemberState[] States(PanelSpec spec)
    {
        LocalDate change = spec.CodeChanges[0];
        LocalDate[] twice = [.. spec.CodeChanges[2..].Order()];
        CowCode[] back = twice[0] == twice[1]
            ? [new CowCode(500)]
            : [new CowCode(500, end: twice[0]), new CowCode(501, twice[0], twice[1]), new CowCode(500, twice[1])];
        CowCode[][] codes =
        [
            [new CowCode(200)],
            [new CowCode(210)],
            [new CowCode(300, end: change), new CowCode(301, change)],
            [new CowCode(400, spec.CodeChanges[1])],
            [],
            back,
            [new CowCode(600)],
            [new CowCode(700)],
        ];
        return [.. Codes.Select((c, i) => new MemberState(c, "State " + c).WithCowCodes(codes[i]))];
    }

    /// <summary>The curated catalog: periods with and without their own code and provisions, treaties with and without clauses.</summary>
    internal static TreatyCatalog Curated(PanelSpec spec, MemberState[] states)
    {
        var builder = new TreatyCatalogBuilder();
        foreach (MemberState state in states)
        {
            builder.AddState(state);
        }

        for (int t = 0; t < spec.Treaties.Length; t++)
        {
            CuratedTreatySpec treatySpec = spec.Treaties[t];
            var periods = new List<MembershipPeriod>();
            for (int s = 0; s < states.Length; s++)
            {
                if (treatySpec.States[s] is CuratedPeriodsSpec p)
                {
                    periods.AddRange(Periods(states[s], p));
                }
            }

            LocalDate first = periods.Count == 0 ? new LocalDate(1990, 1, 1) : periods.Min(p => p.Start);
            LocalDate inForce = first.PlusDays(-treatySpec.EntryBefore);
            TreatyBuilder treaty = builder.AddTreaty($"T{t}", $"Treaty {t}", inForce, inForce);
            foreach (MembershipPeriod period in periods)
            {
                treaty.AddMembership(period);
            }

            if (treatySpec.EndAfter >= 0 && periods.All(p => p.End is not null))
            {
                LocalDate last = periods.Count == 0 ? inForce.PlusDays(1) : periods.Max(p => p.End!.Value);
                treaty.WithTerminated(last.PlusDays(treatySpec.EndAfter));
            }

            if (treatySpec.DefenceFrom >= 0)
            {
                treaty.AddClause(new MutualDefenceClause("Article 5", "Defend.", inForceFrom: treatySpec.DefenceFrom == 0 ? null : inForce.PlusDays(treatySpec.DefenceFrom)));
            }

            if (treatySpec.ConsultationFrom >= 0)
            {
                treaty.AddClause(new ConsultationClause("Article 4", "Consult.", inForceFrom: treatySpec.ConsultationFrom == 0 ? null : inForce.PlusDays(treatySpec.ConsultationFrom)));
            }
        }

        return builder.Build();
    }

    private static IEnumerable<MembershipPeriod> Periods(MemberState state, CuratedPeriodsSpec spec)
    {
        LocalDate[] bounds = [.. spec.Bounds.Distinct().Order()];
        var ranges = new List<(LocalDate Start, LocalDate? End)>();
        if (spec.Contiguous)
        {
            for (int i = 0; i + 1 < bounds.Length; i++)
            {
                ranges.Add((bounds[i], bounds[i + 1]));
            }

            if (spec.LastOpen || bounds.Length == 1)
            {
                ranges.Add((bounds[^1], null));
            }
        }
        else
        {
            for (int i = 0; i < bounds.Length; i += 2)
            {
                ranges.Add((bounds[i], i + 1 < bounds.Length ? bounds[i + 1] : null));
            }
        }

        for (int i = 0; i < ranges.Count; i++)
        {
            int own = spec.OwnCodes[i % spec.OwnCodes.Length];
            yield return new MembershipPeriod(
                state, ranges[i].Start, ranges[i].End, (AllianceProvisions)spec.OwnProvisions[i % spec.OwnProvisions.Length], own < 0 ? null : OwnCodes[own]);
        }
    }

    /// <summary>One row of the ATOP file, as the oracle reads it.</summary>
    internal sealed record AtopRowText(int AtopId, int State, int Code, Ymd Entry, Ymd? Exit, int Phase, int[] Provisions)
    {
        public override string ToString() =>
            $"{AtopId},{Code},{Entry},{Exit?.ToString() ?? "0,0,0"},{Phase},{string.Join(',', Provisions)}";
    }

    /// <summary>The ATOP file's rows: each alliance's phases, their members' rows, a state's rows of one phase never overlapping.</summary>
    internal static List<AtopRowText> AtopRows(PanelSpec spec, MemberState[] states)
    {
        var rows = new List<AtopRowText>();
        for (int a = 0; a < spec.Alliances.Length; a++)
        {
            Ymd? lastEntry = null;
            Ymd? lastExit = null;
            for (int p = 0; p < spec.Alliances[a].Length; p++)
            {
                AtopPhaseSpec phase = spec.Alliances[a][p];
                (Ymd entry, Ymd? exit) = (phase.Entry, phase.Ongoing ? null : phase.Exit);
                if (phase.Mode == 2 && lastEntry is Ymd sameEntry)
                {
                    (entry, exit) = (sameEntry, lastExit);
                }
                else if (phase.Mode == 1 && lastExit is Ymd after)
                {
                    LocalDate day = PanelOracle.ExitDay(after)!.Value;
                    entry = new Ymd(day.Year, day.Month, day.Day);
                }

                if (exit is Ymd end && PanelOracle.ExitDay(end) <= PanelOracle.EntryDay(entry))
                {
                    exit = null;
                }

                (lastEntry, lastExit) = (entry, exit);
                for (int s = 0; s < states.Length; s++)
                {
                    if (phase.States[s] is AtopMemberSpec member && states[s].CowCodes.Count > 0)
                    {
                        rows.AddRange(MemberRows(1000 + a, p + 1, s, states[s], member, entry, exit));
                    }
                }
            }
        }

        return rows;
    }

    private static IEnumerable<AtopRowText> MemberRows(int atopId, int phase, int s, MemberState state, AtopMemberSpec member, Ymd entry, Ymd? exit)
    {
        int[] codes = [.. state.CowCodes.Select(c => c.Code).Distinct()];
        int codeA = codes[member.CodeA % codes.Length];
        int codeB = codes[member.CodeB % codes.Length];
        var split = new Ymd(member.Split.Year, member.Split.Month, member.Split.Day);
        bool inside = member.Split > PanelOracle.EntryDay(entry) && (exit is not Ymd end || member.Split < PanelOracle.ExitDay(end));
        int[] provisions = member.Provisions;
        int[] other = [.. provisions.Reverse()];
        switch (inside ? member.Kind : 0)
        {
            case 1:
                yield return new AtopRowText(atopId, s, codeA, entry, split, phase, provisions);
                yield return new AtopRowText(atopId, s, codeB, split, exit, phase, other);
                break;
            case 2:
                yield return new AtopRowText(atopId, s, codeA, split, exit, phase, provisions);
                break;
            case 3:
                yield return new AtopRowText(atopId, s, codeA, entry, split, phase, provisions);
                break;
            default:
                yield return new AtopRowText(atopId, s, codeA, entry, exit, phase, provisions);
                break;
        }
    }

    internal static string AtopFile(List<AtopRowText> rows) =>
        "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul\n"
        + string.Concat(rows.Select(r => r + "\n"));

    internal static Stream Stream(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));
}
