using System.Globalization;

namespace Treaties.Datasets;

/// <summary>
/// A row of ATOP's member-level file that the catalog leaves out: its member code is held by none of the catalog's
/// states, as with the parties outside the Correlates of War state system that ATOP lists (such as 8152).
/// </summary>
/// <remarks>ATOP's own derived files leave such rows out too. Instances are immutable and thread-safe.</remarks>
public sealed class AtopRowLeftOut
{
    internal AtopRowLeftOut(long line, int atopId, int memberCode)
    {
        Line = line;
        AtopId = atopId;
        MemberCode = memberCode;
    }

    /// <summary>The line of the file, counted from 1 with the header as line 1.</summary>
    public long Line { get; }

    /// <summary>The row's alliance, ATOP's <c>atopid</c>.</summary>
    public int AtopId { get; }

    /// <summary>The row's member code, ATOP's <c>member</c>.</summary>
    public int MemberCode { get; }

    /// <summary>Returns one sentence saying which row was left out and why.</summary>
    /// <returns>The sentence, in English.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Line {Line}: member {MemberCode} of alliance {AtopId} is left out; no state of the catalog has held that COW code.");
}
