using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using Treaties.Indexing;
using Xunit;

namespace Treaties.Tests.Indexing;

/// <summary>
/// The index's building blocks, against the plain answers they stand for: a day key orders as dates do, the stretch a
/// day falls in is the one a binary search finds and its answer is made once, a state code finds its state in any case
/// and nothing else does.
/// </summary>
public class IndexingTests
{
    private static readonly LocalDate Epoch = new(1949, 8, 24);

    [Theory]
    [InlineData(-9998)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2000)]
    [InlineData(9999)]
    public void DayKey_OrdersAsDates_AndGivesTheDateBack_AcrossAYear(int year)
    {
        // Every day of the year and the days either side that exist, the first and last years of NodaTime's range included.
        LocalDate first = year > -9998 ? new LocalDate(year, 1, 1).PlusDays(-1) : new LocalDate(year, 1, 1);
        LocalDate last = year < 9999 ? new LocalDate(year + 1, 1, 1) : new LocalDate(9999, 12, 31);
        int previous = int.MinValue;
        foreach (LocalDate day in new DateInterval(first, last))
        {
            int key = DayKey.Of(day);
            Assert.True(key > previous, $"{day:uuuu-MM-dd}");
            Assert.Equal(day, DayKey.ToDate(key));
            previous = key;
        }

        Assert.True(previous < DayKey.Never);
    }

    [Fact]
    public void DayKey_OfArgument_OtherCalendar_ThrowsNamingTheParameter()
    {
        LocalDate julian = new LocalDate(2022, 9, 13).WithCalendar(CalendarSystem.Julian);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => DayKey.OfArgument(julian, "date"));
        Assert.Equal("date", ex.ParamName);
        Assert.Contains("ISO calendar", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stretches_NoChangeDays_IsStretchMinusOneOnEveryDay()
    {
        var days = new Stretches<string>([DayKey.Never], key => $"from {key}");
        Assert.Equal(0, days.Count);
        Assert.Equal(-1, days.StretchOf(DayKey.Of(Epoch)));
        Assert.Equal($"from {int.MinValue}", days.On(DayKey.Of(Epoch)));
    }

    [Fact]
    public void Stretches_AtTheBoundaries_OfASingleChangeDay()
    {
        var days = new Stretches<string>([DayKey.Of(Epoch), DayKey.Never], key => $"from {key}");
        Assert.Equal(1, days.Count);
        Assert.Equal(-1, days.StretchOf(DayKey.Of(Epoch.PlusDays(-1))));
        Assert.Equal(0, days.StretchOf(DayKey.Of(Epoch)));
        Assert.Equal(0, days.StretchOf(DayKey.Of(new LocalDate(9999, 12, 31))));
        Assert.Equal($"from {DayKey.Of(Epoch)}", days.On(DayKey.Of(new LocalDate(9999, 12, 31))));
    }

    [Fact]
    public void Stretches_StretchOf_IsTheLastChangeDayOnOrBefore_AndOnIsItsAnswer_ForAnyDays()
    {
        // Change days spread from a few to thousands, sparse or dense (many in one month), some before year 1; probes on,
        // next to and between them, and far outside. Each stretch's answer is computed once and then shared.
        Gen<int[]> offsets = Gen.Int[-800_000, 800_000].Array[0, 3_000];
        Gen<int> spreads = Gen.OneOfConst(1, 30, 4_000, 800_000);
        Gen.Select(offsets, spreads, Gen.Int[-900_000, 900_000].Array[50]).Sample((offsetsOfDays, spread, probes) =>
        {
            LocalDate[] dates = [.. offsetsOfDays.Select(o => Epoch.PlusDays(o % spread)).Distinct().Order()];
            int[] keys = [.. dates.Select(DayKey.Of)];
            var computed = new Dictionary<int, int>();
            var days = new Stretches<string>(keys.Reverse().Concat(keys), key =>
            {
                computed[key] = computed.GetValueOrDefault(key) + 1;
                return $"from {key}";
            });
            LocalDate[] candidates = [.. probes.Select(p => Epoch.PlusDays(p % (spread + 2))), .. dates, .. dates.Select(d => d.PlusDays(-1)), .. dates.Select(d => d.PlusDays(1))];
            foreach (int probe in candidates.Select(DayKey.Of))
            {
                int search = Array.BinarySearch(keys, probe);
                int expected = search >= 0 ? search : ~search - 1;
                string answer = days.On(probe);
                if (days.StretchOf(probe) != expected
                    || answer != $"from {(expected < 0 ? int.MinValue : keys[expected])}"
                    || !ReferenceEquals(answer, days.On(probe)))
                {
                    return false;
                }
            }

            return days.Count == keys.Length && computed.Values.All(n => n == 1);
        }, iter: 300);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(20)]
    public void IsMember_StateWithManyPeriods_MatchesItsPeriodsOnEveryDay(int periods)
    {
        // Runs of several periods are counted or searched; some periods end on the day the next one starts. The next
        // state's periods follow in the index, where a lookup reading past the run would count them.
        var builder = new TreatyCatalogBuilder();
        var state = new MemberState("AAA", "A");
        var next = new MemberState("BBB", "B");
        builder.AddState(state).AddState(next);
        TreatyBuilder treaty = builder.AddTreaty("T", "Treaty", Epoch, Epoch);
        treaty.AddMembership(new MembershipPeriod(next, Epoch.PlusDays(3), Epoch.PlusDays(40)));
        treaty.AddMembership(new MembershipPeriod(next, Epoch.PlusDays(50), Epoch.PlusDays(51)));
        treaty.AddMembership(new MembershipPeriod(next, Epoch.PlusDays(70), null));
        LocalDate start = Epoch;
        for (int i = 0; i < periods; i++)
        {
            LocalDate end = start.PlusDays(30 + i);
            treaty.AddMembership(new MembershipPeriod(state, start, i == periods - 1 ? null : end));
            start = end.PlusDays(i % 3 == 0 ? 0 : 5);
        }

        Treaty built = builder.Build().GetTreaty("T");
        for (LocalDate day = Epoch.PlusDays(-2); day <= start.PlusDays(2); day = day.PlusDays(1))
        {
            bool expected = built.Memberships.Any(p => p.State == state && p.Contains(day));
            Assert.True(expected == built.IsMember("AAA", day), $"{periods} periods, {day:uuuu-MM-dd}");
            Assert.Equal(expected, built.StatusOn("AAA", day).Role == MembershipRole.Member);
        }
    }

    [Fact]
    public void StateNumbers_FindEveryState_InAnyCase_AndNothingElse()
    {
        // Every letter in both cases, the characters either side of each letter range, and characters past ASCII whose
        // low bits look like letters, in every position: 31^3 codes against a plain case-insensitive lookup.
        string[] codes = ["FIN", "ARM", "KGZ", "ZZZ", "AAA", "TJK", "USA"];
        var numbers = new StateNumbers(codes.Select(c => new MemberState(c, c)));
        string[] ordered = [.. codes.Order(StringComparer.Ordinal)];
        char[] alphabet = ['A', 'F', 'I', 'N', 'Z', 'a', 'f', 'i', 'n', 'z', 'g', 'K', 'R', 'M',
            '@', '[', '`', '{', '|', '\x7F', '\0', ' ', '1', '\xC1', '\xE1', '\u0141', '\u0161', '\uFF41', '\uFFFF', '\u2126', '\u212A'];
        foreach (char a in alphabet)
        {
            foreach (char b in alphabet)
            {
                foreach (char c in alphabet)
                {
                    string code = new([a, b, c]);
                    int expected = Array.FindIndex(ordered, k => string.Equals(k, code, StringComparison.OrdinalIgnoreCase));
                    Assert.Equal((expected >= 0, expected), (numbers.TryFind(code, out int number), number));
                }
            }
        }
    }

    [Theory]
    [InlineData("FI")]
    [InlineData("FINN")]
    [InlineData("")]
    [InlineData(null)]
    public void StateNumbers_CodeOfOtherLength_IsUnknown(string? code)
    {
        var numbers = new StateNumbers([new MemberState("FIN", "Finland")]);
        Assert.False(numbers.TryFind(code, out int number));
        Assert.Equal(-1, number);
    }

    [Fact]
    public void StateNumbers_SameCodeTwice_Throws()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new StateNumbers([new MemberState("FIN", "Finland"), new MemberState("fin", "Finland")]));
        Assert.Contains("FIN is listed twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllianceRows_AlliesAcrossWordBoundaries_AreExactlyTheCoMembers()
    {
        // 130 states take three 64-bit words a row; the groups straddle bits 63/64 and 127/128.
        int[][] groups = [[0, 63, 64, 129], [64, 127, 128], [5]];
        ulong[] rows = AllianceRows.Build(130, groups);
        Assert.Equal(3, AllianceRows.WordsPerRow(130));
        for (int s = 0; s < 130; s++)
        {
            for (int o = 0; o < 130; o++)
            {
                bool expected = s != o && groups.Any(g => g.Contains(s) && g.Contains(o));
                Assert.True(expected == AllianceRows.AreAllies(rows, 3, s, o), $"states {s} and {o}");
            }
        }
    }
}
