using NodaTime;

namespace Treaties.Datasets;

/// <summary>
/// One state whose membership of a treaty differs between the curated catalog and ATOP: its days in each, from its first
/// day to its last period's end, and by how many days the two differ.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class MemberDifference
{
    internal MemberDifference(MemberState state, DateRange? curated, DateRange? atop, DifferenceReason startReason, DifferenceReason endReason)
    {
        State = state;
        Curated = curated;
        Atop = atop;
        StartReason = startReason;
        EndReason = endReason;
    }

    /// <summary>The state.</summary>
    public MemberState State { get; }

    /// <summary>The state's days in the curated treaty, from its first day to its last period's end; null where it is not a member.</summary>
    public DateRange? Curated { get; }

    /// <summary>The state's days in the ATOP alliance, read as <see cref="AtopDataset"/> reads them; null where it is not a member.</summary>
    public DateRange? Atop { get; }

    /// <summary>
    /// How many days ATOP's first day is after the catalog's (negative where it is before), or null where the state is a
    /// member in only one of them.
    /// </summary>
    public int? StartDifference => Curated is DateRange c && Atop is DateRange a ? Days(c.Start, a.Start) : null;

    /// <summary>
    /// How many days ATOP's end is after the catalog's (negative where it is before), or null where the state is a member
    /// in only one of them or either membership goes on.
    /// </summary>
    public int? EndDifference => Curated?.End is LocalDate c && Atop?.End is LocalDate a ? Days(c, a) : null;

    /// <summary>Why the first days differ, where that is known.</summary>
    public DifferenceReason StartReason { get; }

    /// <summary>Why the ends differ, where that is known.</summary>
    public DifferenceReason EndReason { get; }

    /// <summary>Returns the state's code and both ranges.</summary>
    /// <returns>A short description, in English.</returns>
    public override string ToString() => $"{State.Code}: curated {Curated?.ToString() ?? "none"}, ATOP {Atop?.ToString() ?? "none"}";

    private static int Days(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;
}
