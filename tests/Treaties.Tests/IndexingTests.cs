using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using Treaties.Indexing;
using Xunit;

namespace Treaties.Tests;

/// <summary>
/// The time index's building blocks, against the plain answers they replace: the segment a day falls in must be
/// the one a binary search finds, and a state's inline period must hold exactly its days.
/// </summary>
public class IndexingTests
{
    private static readonly LocalDate Epoch = new(1949, 8, 24);

    [Fact]
    public void SegmentOf_NoChangeDays_IsNoSegment()
    {
        var days = new ChangeDays([]);
        Assert.Equal(0, days.Count);
        Assert.Equal(-1, days.SegmentOf(Key(Epoch)));
    }

    [Fact]
    public void SegmentOf_AtTheBoundaries_OfASingleChangeDay()
    {
        var days = new ChangeDays([Key(Epoch), DateKey.Never]);
        Assert.Equal(1, days.Count);
        Assert.Equal(-1, days.SegmentOf(Key(Epoch.PlusDays(-1))));
        Assert.Equal(0, days.SegmentOf(Key(Epoch)));
        Assert.Equal(0, days.SegmentOf(Key(new LocalDate(9999, 12, 31))));
    }

    [Fact]
    public void SegmentOf_DuplicatesAndOrder_DoNotMatter()
    {
        LocalDate[] dates = [Epoch.PlusYears(3), Epoch, Epoch.PlusYears(3), Epoch.PlusDays(1)];
        var days = new ChangeDays(dates.Select(Key));
        Assert.Equal(3, days.Count);
        Assert.Equal(Key(Epoch), days[0]);
        Assert.Equal(1, days.SegmentOf(Key(Epoch.PlusDays(1))));
        Assert.Equal(1, days.SegmentOf(Key(Epoch.PlusYears(3).PlusDays(-1))));
        Assert.Equal(2, days.SegmentOf(Key(Epoch.PlusYears(3))));
    }

    [Fact]
    public void SegmentOf_IsTheLastChangeDayOnOrBefore_ForAnyDays()
    {
        // Change days spread from a few to thousands, sparse or dense, some before year 1; probes on, next to and
        // between them, and far outside.
        Gen<int[]> offsets = Gen.Int[-800_000, 800_000].Array[0, 3_000];
        Gen<int> spreads = Gen.OneOfConst(1, 30, 4_000, 800_000);
        Gen.Select(offsets, spreads, Gen.Int[-900_000, 900_000].Array[50]).Sample((offsetsOfDays, spread, probes) =>
        {
            LocalDate[] dates = [.. offsetsOfDays.Select(o => Epoch.PlusDays(o % spread)).Distinct().Order()];
            int[] keys = [.. dates.Select(Key)];
            var days = new ChangeDays(keys.Reverse());
            LocalDate[] candidates = [.. probes.Select(p => Epoch.PlusDays(p % (spread + 2))), .. dates, .. dates.Select(d => d.PlusDays(-1)), .. dates.Select(d => d.PlusDays(1))];
            foreach (int probe in candidates.Select(Key))
            {
                int search = Array.BinarySearch(keys, probe);
                int expected = search >= 0 ? search : ~search - 1;
                if (days.SegmentOf(probe) != expected)
                {
                    return false;
                }
            }

            return days.Count == keys.Length;
        }, iter: 300);
    }

    [Fact]
    public void SegmentAnswers_AreTheSegmentsOfTheLastChangeDayOnOrBefore_EachBuiltOnce_AndShared()
    {
        // Change days alone, in pairs and in clusters of up to six in a week (buckets that hold them inline and buckets
        // that overflow), few or thousands; days on, next to and between them, and far outside.
        Gen<int[]> clusters = Gen.Int[0, 5].Array[0, 2_000];
        Gen<int> spreads = Gen.OneOfConst(10, 400, 40_000);
        Gen.Select(clusters, spreads, Gen.Int[-50_000, 50_000].Array[40]).Sample((sizes, spread, probes) =>
        {
            var random = new Random(sizes.Length + spread);
            LocalDate[] dates = [.. sizes.SelectMany(size => Enumerable.Range(0, size + 1).Select(i => Epoch.PlusDays(random.Next(spread) + (i * random.Next(2)))))
                .Distinct().Order()];
            int[] keys = [.. dates.Select(Key)];
            int[] builds = new int[keys.Length + 1];
            var answers = new SegmentAnswers<string>(new ChangeDays(keys), i =>
            {
                builds[i]++;
                return $"answer {i}";
            });
            LocalDate[] candidates = [.. probes.Select(p => Epoch.PlusDays(p)), .. dates, .. dates.Select(d => d.PlusDays(-1)), .. dates.Select(d => d.PlusDays(1))];
            foreach (LocalDate day in candidates.Concat(candidates))
            {
                int search = Array.BinarySearch(keys, Key(day));
                int expected = (search >= 0 ? search : ~search - 1) + 1;
                string answer = answers.On(Key(day));
                if (answer != $"answer {expected}" || !ReferenceEquals(answer, answers.At(expected)))
                {
                    return false;
                }
            }

            return answers.Count == keys.Length + 1 && builds.All(b => b <= 1);
        }, iter: 200);
    }

    [Fact]
    public void PeriodBounds_DayInsideOneOfTheRunsPeriods_IsTold_WhateverTheNeighbouringKeys()
    {
        // A run of 2 to 20 periods, some ending the day the next starts, between the keys of other states and followed
        // by padding, all arbitrary: a bound read past the run, or a lane left unmasked, changes the answer. Probes fall
        // on, next to and between the bounds, and far outside.
        Gen<int[]> lengths = Gen.Int[1, 40].Array[2, 20];
        Gen<int[]> gaps = Gen.Int[0, 3].Array[20];
        Gen<int[]> neighbours = Gen.Int.Array[0, 12];
        Gen.Select(lengths, gaps, neighbours, Gen.Int[-100_000, 100_000]).Sample((periodLengths, gapLengths, others, origin) =>
        {
            int count = periodLengths.Length;
            int first = others.Length / 2;
            int[] keys = new int[(2 * (first + count)) + others.Length - (2 * first) + PeriodBounds.Padding];
            Array.Fill(keys, int.MinValue);
            others.AsSpan(0, 2 * first).CopyTo(keys);
            others.AsSpan(2 * first).CopyTo(keys.AsSpan(2 * (first + count)));
            int day = origin;
            for (int p = 0; p < count; p++)
            {
                keys[2 * (first + p)] = day;
                keys[(2 * (first + p)) + 1] = day += periodLengths[p];
                day += gapLengths[p];
            }

            int[] probes = [.. keys.Skip(2 * first).Take(2 * count).SelectMany(k => new[] { k - 1, k, k + 1 }), origin - 1_000_000, day + 1_000_000];
            return probes.All(probe =>
            {
                bool inside = Enumerable.Range(first, count).Any(p => keys[2 * p] <= probe && probe < keys[(2 * p) + 1]);
                bool oddOneByOne = PeriodBounds.CountAfterOneByOne(keys, 2 * first, 2 * count, probe) % 2 == 1;
                return PeriodBounds.Contain(keys, first, count, probe) == inside && oddOneByOne == inside;
            });
        }, iter: 2_000);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(9)]
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
    public void StateTable_FindsEveryState_InAnyCase_AndNothingElse()
    {
        // Every letter in both cases, the characters either side of each letter range, and characters past ASCII whose
        // low bits look like letters, in every position: 31^3 codes against a plain case-insensitive lookup.
        string[] codes = ["FIN", "ARM", "KGZ", "ZZZ", "AAA", "TJK", "USA"];
        var table = new StateTable(codes.Select(c => new MemberState(c, c)));
        char[] alphabet = ['A', 'F', 'I', 'N', 'Z', 'a', 'f', 'i', 'n', 'z', 'g', 'K', 'R', 'M',
            '@', '[', '`', '{', '|', '\x7F', '\0', ' ', '1', '\xC1', '\xE1', '\u0141', '\u0161', '\uFF41', '\uFFFF', '\u2126', '\u212A'];
        foreach (char a in alphabet)
        {
            foreach (char b in alphabet)
            {
                foreach (char c in alphabet)
                {
                    string code = new([a, b, c]);
                    int expected = Array.FindIndex(codes.Order(StringComparer.Ordinal).ToArray(), k => string.Equals(k, code, StringComparison.OrdinalIgnoreCase));
                    Assert.Equal((expected >= 0, expected), (table.TryIndexOf(code, out int index), index));
                }
            }
        }
    }

    [Fact]
    public void StateTable_SlotFromOneWord_IsTheSlotFromEachCharacter_DistinctForEveryCode()
    {
        // The 64-bit path (little-endian machines) and the character-at-a-time path (big-endian ones) must fill and read
        // the same table: every three-letter code, in both cases, and near misses either side of the letter ranges.
        string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{\x7F\0\xE1\u0141";
        var seen = new Dictionary<int, string>();
        foreach (char a in letters)
        {
            foreach (char b in letters)
            {
                foreach (char c in letters)
                {
                    string code = new([a, b, c]);
                    int slot = StateTable.SlotOf(code);
                    Assert.True(slot == StateTable.SlotOfUnits(code), code);
                    if (code.All(char.IsAsciiLetter))
                    {
                        Assert.InRange(slot, 0, (32 * 32 * 32) - 1);
                        Assert.Equal(seen.GetValueOrDefault(slot, code), code, ignoreCase: true);
                        seen.TryAdd(slot, code);
                    }
                }
            }
        }

        Assert.Equal(26 * 26 * 26, seen.Count);
    }

    [Theory]
    [InlineData("FI")]
    [InlineData("FINN")]
    [InlineData("")]
    public void StateTable_CodeOfOtherLength_IsUnknown(string code)
    {
        var table = new StateTable([new MemberState("FIN", "Finland"), new MemberState("FIA", "A")]);
        Assert.False(table.TryIndexOf(code, out _));
        Assert.Throws<ArgumentException>(() => table.IndexOf(code, nameof(code)));
    }

    [Fact]
    public void StateBlocks_OnePeriod_HoldsItsFirstDayAndNotItsEnd()
    {
        StateBlocks blocks = Blocks([(Epoch, Epoch.PlusYears(1))]);
        Assert.Equal([false, true, true, false], Contain(blocks, 0, Epoch.PlusDays(-1), Epoch, Epoch.PlusYears(1).PlusDays(-1), Epoch.PlusYears(1)));
    }

    [Fact]
    public void StateBlocks_OpenEndedPeriodBeforeYearOne_HoldsEveryLaterDay()
    {
        var start = new LocalDate(-500, 1, 1);
        StateBlocks blocks = Blocks([(start, null)]);
        Assert.Equal([false, true, true], Contain(blocks, 0, start.PlusDays(-1), start, LocalDate.MaxIsoValue));
    }

    [Fact]
    public void StateBlocks_NoPeriod_HoldsNoDay()
    {
        StateBlocks blocks = Blocks([], [(Epoch, null)]);
        Assert.Equal([false, false, false], Contain(blocks, 0, LocalDate.MinIsoValue, Epoch, LocalDate.MaxIsoValue));
        Assert.Equal([false, true, true], Contain(blocks, 1, Epoch.PlusDays(-1), Epoch, LocalDate.MaxIsoValue));
    }

    [Fact]
    public void StateBlocks_FourPeriods_AreHeldInline_EndingTheDayTheNextStarts()
    {
        LocalDate[] days = [.. Enumerable.Range(0, 8).Select(i => Epoch.PlusMonths(i))];
        StateBlocks blocks = Blocks([(days[0], days[1]), (days[1], days[2]), (days[3], days[5]), (days[6], null)]);
        Assert.NotEqual(StateBlocks.Overflow, blocks.BlockOf(0));
        Assert.Equal(
            [false, true, true, true, false, true, true, false, true, true],
            Contain(blocks, 0, days[0].PlusDays(-1), days[0], days[1], days[2].PlusDays(-1), days[2], days[3], days[5].PlusDays(-1), days[5], days[6], LocalDate.MaxIsoValue));
    }

    [Fact]
    public void StateBlocks_FivePeriods_PointToTheirRun()
    {
        (LocalDate, LocalDate?)[] five = [.. Enumerable.Range(0, 5).Select(i => (Epoch.PlusYears(2 * i), (LocalDate?)Epoch.PlusYears((2 * i) + 1)))];
        StateBlocks blocks = Blocks([(Epoch, null)], five);
        Assert.Equal(StateBlocks.Overflow, blocks.BlockOf(1));
        Assert.Equal((1, 5), StateBlocks.RunOf(ref blocks.BlockOf(1)));
    }

    private static StateBlocks Blocks(params (LocalDate Start, LocalDate? End)[][] periodsOfStates)
    {
        int[] keys = [.. periodsOfStates.SelectMany(periods => periods).SelectMany(p => new[] { Key(p.Start), DateKey.Of(p.End) })];
        int[] offsets = [0, .. periodsOfStates.Select((_, s) => periodsOfStates.Take(s + 1).Sum(periods => periods.Length))];
        return new StateBlocks(keys, offsets);
    }

    /// <summary>Asks the block of a state about each day, with 8-lane vectors where accelerated and in 4-lane halves, which must agree.</summary>
    private static bool[] Contain(StateBlocks blocks, int state, params LocalDate[] days) =>
        [.. days.Select(day =>
        {
            bool inHalves = StateBlocks.HasOddCount(StateBlocks.LanesAfterByHalves(ref blocks.BlockOf(state), Key(day)));
            Assert.Equal(inHalves, StateBlocks.HasOddCount(StateBlocks.LanesAfter(ref blocks.BlockOf(state), Key(day))));
            return inHalves;
        })];

    [Fact]
    public void AllianceRows_AlliesAcrossWordBoundaries_AreExactlyTheCoMembers()
    {
        // 130 states take three 64-bit words a row; the groups straddle bits 63/64 and 127/128.
        int[][] groups = [[0, 63, 64, 129], [64, 127, 128], [5]];
        ulong[] rows = AllianceRows.Build(130, groups);
        int words = AllianceRows.WordsPerRow(130);
        Assert.Equal(3, words);
        for (int s = 0; s < 130; s++)
        {
            for (int o = 0; o < 130; o++)
            {
                bool expected = s != o && groups.Any(g => g.Contains(s) && g.Contains(o));
                Assert.True(expected == AllianceRows.AreAllies(rows, words, s, o), $"states {s} and {o}");
            }
        }
    }

    private static int Key(LocalDate date) => DateKey.Of(date);
}
