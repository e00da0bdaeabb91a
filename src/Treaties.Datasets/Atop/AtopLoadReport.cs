using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Treaties.Datasets;

/// <summary>What reading ATOP's member-level file gave: the catalog, and the rows it leaves out.</summary>
/// <remarks>Instances are immutable and thread-safe; <see cref="RowsLeftOut"/> cannot be written to.</remarks>
public sealed class AtopLoadReport
{
    internal AtopLoadReport(TreatyCatalog catalog, int rowsRead, IList<AtopRowLeftOut> rowsLeftOut, int lastYear)
    {
        Catalog = catalog;
        RowsRead = rowsRead;
        RowsLeftOut = new ReadOnlyCollection<AtopRowLeftOut>(rowsLeftOut);
        LastYear = lastYear;
    }

    /// <summary>The catalog: one treaty per alliance (or parallel phase), over the states that hold the rows' codes.</summary>
    public TreatyCatalog Catalog { get; }

    /// <summary>How many rows the file has, after its header.</summary>
    public int RowsRead { get; }

    /// <summary>The rows left out, in the order of the file: those whose member code no state of the catalog has held.</summary>
    public IReadOnlyList<AtopRowLeftOut> RowsLeftOut { get; }

    /// <summary>
    /// The last year any row names, as entry or exit: the year an ongoing membership runs to in ATOP's own derived files
    /// (2018 for ATOP 5.1). The catalog's <see cref="TreatyCatalog.AsOf"/> is the 31st of December of this year.
    /// </summary>
    public int LastYear { get; }
}
