using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NodaTime;
using Treaties.Datasets;
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
        var found = new List<string>();
        Walk(TreatyCatalog.Default, "catalog", found);

        string[] kinds = [.. found.Select(Kind).Distinct().Order(StringComparer.Ordinal)];
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
        answers.Add(("AtopComparison.Compare", AtopComparison.Compare(catalog, AtopDataset.Load(Datasets.AtopFiles.Stream(Datasets.AtopFiles.Comparison)))));
        answers.Add(("AtopDataset.LoadWithReport", AtopDataset.LoadWithReport(Datasets.AtopFiles.Stream(Datasets.AtopFiles.Quirks))));
        answers.Add(("PanelRules.All", PanelRules.All));
        answers.Add(("PanelWriter.ColumnNames", PanelWriter.ColumnNames(PanelColumns.Atop)));
        answers.Add(("PanelWriter.StateYearColumnNames", PanelWriter.StateYearColumnNames(PanelColumns.Curated)));

        var found = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach ((string where, object answer) in answers)
        {
            Walk(answer, where, found, seen);
        }

        string[] kinds = [.. found.Select(Kind).Distinct().Order(StringComparer.Ordinal)];
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

    /// <summary>Visits every public property of the library's objects reachable from a root, and every element of every list.</summary>
    private static void Walk(object root, string where, List<string> found, HashSet<object>? seen = null)
    {
        seen ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Where)>();
        pending.Push((root, where));
        while (pending.Count > 0)
        {
            (object value, string path) = pending.Pop();
            if (value is string || !seen.Add(value))
            {
                continue;
            }

            if (value is IEnumerable list)
            {
                if (Writable(list) is string why)
                {
                    found.Add($"{path}: {value.GetType().Name} {why}");
                }

                int i = 0;
                foreach (object? item in list)
                {
                    if (item is not null && IsOurs(item.GetType()))
                    {
                        pending.Push((item, $"{path}[{i}]"));
                    }

                    i++;
                }

                continue;
            }

            if (!IsOurs(value.GetType()))
            {
                continue;
            }

            foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                object? child = property.GetValue(value);
                if (child is not null && (child is IEnumerable && child is not string || IsOurs(child.GetType())))
                {
                    pending.Push((child, $"{path}.{property.Name}"));
                }
            }
        }
    }

    /// <summary>
    /// Why a list can be written, or null where it cannot: writing an element back in its place must throw. An empty
    /// array has no element to write, so it passes; any other array fails.
    /// </summary>
    private static string? Writable(IEnumerable list)
    {
        if (list is Array array)
        {
            return array.Length > 0 ? "is an array" : null;
        }

        if (list is IList { Count: > 0 } writable)
        {
            try
            {
                writable[0] = writable[0];
                return "took a write through IList";
            }
            catch (NotSupportedException)
            {
                return null;
            }
        }

        return list is IList { IsReadOnly: false } ? "is not read-only" : null;
    }

    /// <summary>A finding without its indices and arguments, so that one kind of list is reported once.</summary>
    private static string Kind(string finding) =>
        System.Text.RegularExpressions.Regex.Replace(finding, @"\[\d+\]|\(.*?\)|^[A-Z-]+\.", "");

    private static bool IsOurs(Type type) =>
        type.Assembly == typeof(TreatyCatalog).Assembly || type.Assembly == typeof(AtopDataset).Assembly;
}
