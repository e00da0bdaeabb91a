using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;

namespace Treaties.Benchmarks;

/// <summary>
/// A synthetic file in the format of ATOP's member-level file, about the size of ATOP 5.1: 750 alliances, about 2,400
/// rows, over 210 COW codes of the bundled catalog, from 1816 to 2018. Deterministic for a seed.
/// </summary>
/// <remarks>
/// <para>
/// Most alliances are bilateral, a few have ten to thirty members; most have one phase, some two or three consecutive
/// phases (each phase ends the day the next begins, and its members change a little), and a few end in two parallel
/// phases that share one member, as ATOP's alliance with Czechoslovakia's successors does. In a multilateral phase some
/// members join late or leave early. A fifth of the days are month-precise (day 0; an exit of month m then means the
/// 1st of m + 1), alliances still in force in 2018 have exit year 0, and provisions are 0 or 1, sometimes differing
/// between the members of one phase.
/// </para>
/// <para>
/// Every member's code is one its state holds on the row's entry day, so that <c>AtopDataset.Load</c> finds the state,
/// and within a phase the members are distinct states, so that no state's rows overlap in one treaty.
/// </para>
/// </remarks>
public static class SyntheticAtop
{
    public const string Header = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul";
    public const int Alliances = 750;
    public const int StateCount = 210;
    public const int FirstYear = 1816;
    public const int LastYear = 2018;

    private static readonly LocalDate Horizon = new(LastYear + 1, 1, 1);

    /// <summary>Writes the file to a new temporary file and returns its path.</summary>
    public static string WriteTempFile(int seed)
    {
        string path = Path.Combine(Path.GetTempPath(), $"treaties-atop-synthetic-{seed}-{Environment.ProcessId}.csv");
        File.WriteAllText(path, Csv(seed), new UTF8Encoding(false));
        return path;
    }

    /// <summary>The file's text: the header, then one line per member-phase row.</summary>
    public static string Csv(int seed)
    {
        var random = new Random(seed);
        StateCode[] pool = Pool(random);
        var text = new StringBuilder(Header).Append('\n');
        for (int a = 0; a < Alliances; a++)
        {
            new Alliance(random, pool, 1001 + (a * 3), first: a == 0).Write(text);
        }

        return text.ToString();
    }

    /// <summary>210 states with their COW codes, drawn from the bundled catalog's states that have codes.</summary>
    private static StateCode[] Pool(Random random)
    {
        MemberState[] withCodes = [.. TreatyCatalog.Default.States.Where(s => s.CowCodes.Count > 0)];
        random.Shuffle(withCodes);
        return [.. withCodes.Take(StateCount).Select(s => new StateCode(s.Code, s.CowCodes))];
    }

    private sealed record StateCode(string State, IReadOnlyList<CowCode> Codes)
    {
        internal int? CodeOn(LocalDate day) => Codes.FirstOrDefault(c => c.AppliesOn(day))?.Code;
    }

    /// <summary>One alliance: its phases, each a range of days, with its members' rows.</summary>
    private sealed class Alliance
    {
        private readonly Random _random;
        private readonly StateCode[] _pool;
        private readonly int _id;
        private readonly List<string> _lines = [];

        internal Alliance(Random random, StateCode[] pool, int id, bool first)
        {
            _random = random;
            _pool = pool;
            _id = id;
            LocalDate start = Day(first ? FirstYear : FirstYear + (int)(203 * Math.Pow(random.NextDouble(), 0.6)));
            int endYear = start.Year + 1 + (int)(-Math.Log(1 - random.NextDouble()) * 14);
            LocalDate? end = endYear > LastYear || random.NextDouble() < 0.15 ? null : Day(endYear);
            if (end is LocalDate e && e <= start.PlusMonths(2))
            {
                end = start.PlusMonths(3);
            }

            int size = Size();
            double kind = random.NextDouble();
            bool parallel = kind > 0.988;
            LocalDate[] bounds = Bounds(start, end, parallel ? 2 : kind < 0.13 ? 2 + random.Next(2) : 1);
            int phases = end is null ? bounds.Length : bounds.Length - 1;
            List<StateCode> members = Members(start, size, []);
            int phase = 1;
            for (int p = 0; p < phases; p++)
            {
                LocalDate from = bounds[p];
                LocalDate? until = p + 1 < bounds.Length ? bounds[p + 1] : null;
                if (p > 0)
                {
                    members = Changed(members, from);
                }

                if (parallel && p == 1)
                {
                    // Two parallel phases from the same day, sharing their first member, like ATOP's alliance with
                    // Czechoslovakia's successors.
                    StateCode anchor = members[0];
                    List<StateCode> others = Members(from, 3 + random.Next(3), [anchor]);
                    Phase(phase++, from, until, [anchor, .. others.Skip(1).Take((others.Count - 1) / 2)]);
                    Phase(phase++, from, until, [anchor, .. others.Skip(1 + ((others.Count - 1) / 2))]);
                    break;
                }

                Phase(phase++, from, until, members);
            }
        }

        internal void Write(StringBuilder text)
        {
            foreach (string line in _lines)
            {
                text.Append(line).Append('\n');
            }
        }

        /// <summary>Mostly two members, sometimes three to nine, rarely ten to thirty.</summary>
        private int Size()
        {
            double u = _random.NextDouble();
            return u < 0.8 ? 2 : u < 0.93 ? 3 + _random.Next(2) : u < 0.988 ? 5 + _random.Next(5) : 10 + _random.Next(21);
        }

        /// <summary>The days the phases begin, then the end if there is one; a phase needs at least two months.</summary>
        private LocalDate[] Bounds(LocalDate start, LocalDate? end, int phases)
        {
            var bounds = new List<LocalDate> { start };
            LocalDate last = end ?? Horizon.PlusYears(-1);
            for (int p = 1; p < phases; p++)
            {
                LocalDate previous = bounds[^1];
                int days = Period.Between(previous, last, PeriodUnits.Days).Days;
                if (days < 180)
                {
                    break;
                }

                LocalDate next = Snap(previous.PlusDays(60 + _random.Next(days / (phases - p + 1))));
                if (next > previous && next < last.PlusDays(-60))
                {
                    bounds.Add(next);
                }
            }

            if (end is LocalDate e)
            {
                bounds.Add(e);
            }

            return [.. bounds];
        }

        private void Phase(int phase, LocalDate from, LocalDate? until, List<StateCode> members)
        {
            bool[] provisions = [.. Enumerable.Range(0, 5).Select(p => _random.NextDouble() < (p switch { 0 => 0.5, 1 => 0.1, 2 => 0.25, 3 => 0.35, _ => 0.45 }))];
            if (!provisions.Any(p => p))
            {
                provisions[4] = true;
            }

            int span = Period.Between(from, until ?? Horizon, PeriodUnits.Days).Days;
            for (int m = 0; m < members.Count; m++)
            {
                LocalDate entry = from;
                LocalDate? exit = until;
                StateCode member = members[m];
                if (m >= 2 && span > 400 && _random.NextDouble() < 0.3)
                {
                    LocalDate late = Snap(from.PlusDays(30 + _random.Next(span / 2)));
                    if (late > from && member.CodeOn(late) is not null)
                    {
                        entry = late;
                    }
                }

                if (m >= 2 && span > 400 && _random.NextDouble() < 0.2)
                {
                    LocalDate early = Snap(entry.PlusDays(60 + _random.Next(span / 3)));
                    if (early > entry.PlusDays(31) && early < (until ?? Horizon))
                    {
                        exit = early;
                    }
                }

                int code = member.CodeOn(entry) ?? throw new InvalidOperationException($"{member.State} has no code on {entry}.");
                string flags = string.Join(',', provisions.Select(p => (_random.NextDouble() < 0.06 ? !p : p) ? "1" : "0"));
                _lines.Add(string.Create(CultureInfo.InvariantCulture, $"{_id},{code},{Entry(entry)},{Exit(exit)},{phase},{flags}"));
            }
        }

        /// <summary>Those kept, then members drawn among the pool's other states that hold a code on the day, to the size.</summary>
        private List<StateCode> Members(LocalDate day, int size, List<StateCode> keep)
        {
            StateCode[] candidates = [.. _pool.Where(s => s.CodeOn(day) is not null && !keep.Contains(s))];
            _random.Shuffle(candidates);
            return [.. keep, .. candidates.Take(Math.Max(2, size) - keep.Count)];
        }

        /// <summary>The next phase's members: most stay, one may leave and one may join, each with its code of that day.</summary>
        private List<StateCode> Changed(List<StateCode> members, LocalDate day)
        {
            List<StateCode> next = [.. members.Where(s => s.CodeOn(day) is not null)];
            if (next.Count > 2 && _random.NextDouble() < 0.5)
            {
                next.RemoveAt(1 + _random.Next(next.Count - 1));
            }

            return next.Count < 2 || _random.NextDouble() < 0.5 ? Members(day, next.Count + 1, next) : next;
        }

        private LocalDate Day(int year) => Snap(new LocalDate(Math.Min(year, LastYear), 1 + _random.Next(12), 1 + _random.Next(28)));

        /// <summary>A fifth of the days fall on the 1st of a month, so that they can be written month-precise.</summary>
        private LocalDate Snap(LocalDate day) => _random.NextDouble() < 0.2 ? new LocalDate(day.Year, day.Month, 1) : day;

        /// <summary>yrent,moent,dayent: a 1st of the month is written month-precise (day 0) four times in five.</summary>
        private string Entry(LocalDate day) => day.Day == 1 && _random.NextDouble() < 0.8
            ? string.Create(CultureInfo.InvariantCulture, $"{day.Year},{day.Month},0")
            : string.Create(CultureInfo.InvariantCulture, $"{day.Year},{day.Month},{day.Day}");

        /// <summary>yrexit,moexit,dayexit: 0,0,0 while ongoing; a 1st of the month mostly as the month before, day 0.</summary>
        private string Exit(LocalDate? day)
        {
            if (day is not LocalDate d)
            {
                return "0,0,0";
            }

            LocalDate before = d.PlusMonths(-1);
            return d.Day == 1 && _random.NextDouble() < 0.8
                ? string.Create(CultureInfo.InvariantCulture, $"{before.Year},{before.Month},0")
                : string.Create(CultureInfo.InvariantCulture, $"{d.Year},{d.Month},{d.Day}");
        }
    }
}
