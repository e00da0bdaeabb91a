using System;
using System.Collections.Generic;
using NodaTime;

namespace Treaties;

/// <summary>The order of membership changes, and the changes of a sorted list that fall in an interval.</summary>
internal static class MembershipChanges
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

    /// <summary>Returns the changes of a list sorted by <see cref="Order"/> whose day is in <paramref name="days"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    internal static IReadOnlyList<MembershipChange> Between(MembershipChange[] sorted, DateInterval days)
    {
        ArgumentNullException.ThrowIfNull(days);
        Preconditions.CheckIso(days.Start, nameof(days));
        int from = FirstOnOrAfter(sorted, days.Start);
        int to = FirstOnOrAfter(sorted, days.End.PlusDays(1));
        return to == from ? [] : Array.AsReadOnly(sorted[from..to]);
    }

    private static int FirstOnOrAfter(MembershipChange[] sorted, LocalDate date)
    {
        int low = 0;
        int high = sorted.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (sorted[mid].Date < date)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static int KindOrder(MembershipChangeKind kind) => kind switch
    {
        MembershipChangeKind.Left => 0,
        MembershipChangeKind.ObserverStatusEnded => 1,
        MembershipChangeKind.Joined => 2,
        MembershipChangeKind.ObserverStatusGranted => 3,
        _ => 4,
    };
}
