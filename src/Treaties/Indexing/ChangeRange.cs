using System;
using System.Collections.Generic;
using NodaTime;

namespace Treaties.Indexing;

/// <summary>The order of membership changes, and the slicing of a sorted change list by date.</summary>
internal static class ChangeRange
{
    /// <summary>Orders changes by date, then treaty, then kind (leaving before joining), then state.</summary>
    internal static readonly IComparer<MembershipChange> Order = Comparer<MembershipChange>.Create((x, y) =>
    {
        int c = x.Date.CompareTo(y.Date);
        if (c == 0)
        {
            c = string.CompareOrdinal(x.Treaty.Id, y.Treaty.Id);
        }

        if (c == 0)
        {
            c = KindOrder(x.Kind).CompareTo(KindOrder(y.Kind));
        }

        return c != 0 ? c : string.CompareOrdinal(x.State.Code, y.State.Code);
    });

    /// <summary>Returns the changes from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    internal static IReadOnlyList<MembershipChange> Slice(MembershipChange[] changes, int[] keys, LocalDate first, LocalDate last)
    {
        if (last < first)
        {
            throw new ArgumentException(
                $"The last day {last:uuuu-MM-dd} is before the first day {first:uuuu-MM-dd}.", nameof(last));
        }

        int from = LowerBound(keys, DateKey.Of(first));
        int to = LowerBound(keys, DateKey.Of(last) + 1);
        return to == from ? [] : Array.AsReadOnly(changes[from..to]);
    }

    private static int KindOrder(MembershipChangeKind kind) => kind switch
    {
        MembershipChangeKind.Left => 0,
        MembershipChangeKind.ObserverStatusEnded => 1,
        MembershipChangeKind.Joined => 2,
        MembershipChangeKind.ObserverStatusGranted => 3,
        _ => 4,
    };

    private static int LowerBound(int[] keys, int key)
    {
        int index = Array.BinarySearch(keys, key);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && keys[index - 1] == key)
        {
            index--;
        }

        return index;
    }
}
