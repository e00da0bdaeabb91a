using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Xunit;

namespace Treaties.Tests;

/// <summary>
/// No list the library hands out can be written, even through a cast: every list reachable from the bundled catalog's
/// public properties, and every list its queries return, is tested as the runtime object it is, by writing an element
/// back in its place through <see cref="IList"/>. A cached answer is shared by every caller in the process, so one
/// caller's write would change every later answer.
/// </summary>
public class ImmutableAnswersTests
{
    private static readonly LocalDate[] Days = [new(1955, 5, 14), new(1980, 1, 1), new(2022, 9, 13), new(2024, 6, 1)];

    [Fact]
    public void EveryListReachableFromTheCatalog_CannotBeWritten()
    {
        string[] kinds = WritableLists.Find([("catalog", TreatyCatalog.Default)], typeof(TreatyCatalog).Assembly);
        Assert.True(kinds.Length == 0, "Lists that can be written:\n" + string.Join("\n", kinds));
    }

    [Fact]
    public void EveryListAQueryReturns_CannotBeWritten()
    {
        TreatyCatalog catalog = TreatyCatalog.Default;
        var answers = new List<(string Where, object Answer)>();
        foreach (LocalDate day in Days)
        {
            foreach (MemberState state in catalog.States)
            {
                answers.Add(($"WhoMustDefend({state.Code}, {day})", catalog.WhoMustDefend(state, day)));
                answers.Add(($"WhoMustDefend(\"{state.Code}\", {day})", catalog.WhoMustDefend(state.Code, day)));
                answers.Add(($"TreatiesOf({state.Code}, {day})", catalog.TreatiesOf(state, day)));
                answers.Add(($"RelationshipOn(USA, {state.Code}, {day})", catalog.RelationshipOn("USA", state.Code, day)));
            }

            foreach (Treaty treaty in catalog.Treaties)
            {
                answers.Add(($"{treaty.Id}.MembersOn({day})", treaty.MembersOn(day)));
            }

            answers.Add(($"WhoMustDefend(JPN, {day}, JP-47)", catalog.WhoMustDefend("JPN", day, "JP-47")));
        }

        foreach (MemberState state in catalog.States)
        {
            answers.Add(($"HistoryOf({state.Code})", catalog.HistoryOf(state)));
            foreach (CowCode code in state.CowCodes)
            {
                answers.Add(($"StatesWithCowCode({code.Code})", catalog.StatesWithCowCode(code.Code)));
            }
        }

        var everything = new DateInterval(new LocalDate(1940, 1, 1), new LocalDate(2026, 1, 1));
        foreach (Treaty treaty in catalog.Treaties)
        {
            answers.Add(($"{treaty.Id}.ChangesBetween", treaty.ChangesBetween(everything)));
            answers.AddRange(treaty.Memberships.Select(p => ($"{treaty.Id}.PeriodsOf({p.State.Code})", (object)treaty.PeriodsOf(p.State))));
            answers.Add(($"InvocationTimeline({treaty.Id})", catalog.InvocationTimeline(treaty.Id)));
        }

        answers.Add(("ChangesBetween", catalog.ChangesBetween(everything)));

        string[] kinds = WritableLists.Find(answers, typeof(TreatyCatalog).Assembly);
        Assert.True(kinds.Length == 0, "Lists that can be written:\n" + string.Join("\n", kinds));
    }

    [Fact]
    public void WhoMustDefend_CachedAnswer_CastToAnArrayAndWritten_Throws()
    {
        IReadOnlyList<DefenceCommitment> armenia = TreatyCatalog.Default.WhoMustDefend("ARM", new LocalDate(2022, 9, 13));

        Assert.False(armenia is DefenceCommitment[]);
        Assert.Throws<NotSupportedException>(() => ((IList<DefenceCommitment>)armenia)[0] = armenia[^1]);
        Assert.Equal(["CSTO", "RUS-ARM"], TreatyCatalog.Default.WhoMustDefend("ARM", new LocalDate(2022, 9, 13)).Select(c => c.Treaty.Id));
    }
}
