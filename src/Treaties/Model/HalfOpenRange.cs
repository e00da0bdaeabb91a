using NodaTime;

namespace Treaties;

/// <summary>The rules of a half-open range of days [start, end), shared by the period types.</summary>
internal static class HalfOpenRange
{
    internal static RecordedDate? CheckEnd(RecordedDate start, RecordedDate? end, string paramName)
    {
        Preconditions.CheckArgument(
            end is null || end.Date > start.Date,
            paramName,
            $"The end {end} must be after the start {start}: the end is the first day that is no longer included.");
        return end;
    }

    internal static bool Contains(LocalDate start, LocalDate? end, LocalDate date) =>
        date >= start && (end is not LocalDate e || date < e);

    internal static DateInterval? ToDateInterval(LocalDate start, LocalDate? end) =>
        end is LocalDate e ? new DateInterval(start, e.PlusDays(-1)) : null;

    internal static string Describe(LocalDate start, LocalDate? end) =>
        end is LocalDate e ? $"[{start:uuuu-MM-dd}, {e:uuuu-MM-dd})" : $"[{start:uuuu-MM-dd}, ongoing)";

    internal static bool Overlaps(LocalDate start1, LocalDate? end1, LocalDate start2, LocalDate? end2) =>
        (end2 is not LocalDate e2 || start1 < e2) && (end1 is not LocalDate e1 || start2 < e1);
}
