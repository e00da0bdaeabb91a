using NodaTime;

namespace Treaties.Snapshot;

/// <summary>
/// A day of the snapshot as one unsigned number: the ISO year, zigzag-encoded so that years before year 1 stay small,
/// above five bits of day and four of month. Plain arithmetic both ways, so reading a day calls no pattern code.
/// </summary>
internal static class SnapshotDays
{
    internal static uint Pack(LocalDate date)
    {
        int year = date.Year;
        uint zigzag = (uint)((year << 1) ^ (year >> 31));
        return (zigzag << 9) | ((uint)date.Month << 5) | (uint)date.Day;
    }

    internal static LocalDate Unpack(uint packed)
    {
        uint zigzag = packed >> 9;
        int year = (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
        return new LocalDate(year, (int)((packed >> 5) & 0xF), (int)(packed & 0x1F));
    }
}
