using System;
using System.IO;
using System.Threading;
using Treaties.Snapshot;

namespace Treaties;

/// <summary>The bundled data, read from the binary snapshot that the build writes from Data/treaties.json.</summary>
public sealed partial class TreatyCatalog
{
    private static int s_bundledLoads;

    private static readonly Lazy<TreatyCatalog> BundledCatalog = new(LoadBundled, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Gets the bundled data: the mutual-defence treaties in force and the great alliances of the past, each from its
    /// signing, with every ISO 3166-1 state, the dissolved states the treaties name and the states of the COW system that
    /// ISO has no code for. docs/coverage.md says what it holds and what it leaves out. It is read from the package once,
    /// on first use, thread-safely.
    /// </summary>
    /// <remarks>
    /// The build checks Data/treaties.json as <see cref="Load"/> checks any document, and embeds it as a compact binary
    /// snapshot, which this reads without parsing JSON or checking again (docs/data-format.md, "The compiled snapshot").
    /// </remarks>
    public static TreatyCatalog Default => BundledCatalog.Value;

    /// <summary>Counts how often the bundled data was read, so that tests can prove it is read once.</summary>
    internal static int BundledLoads => s_bundledLoads;

    /// <summary>Reads the bundled snapshot into a new catalog.</summary>
    /// <exception cref="InvalidOperationException">The assembly holds no snapshot.</exception>
    /// <exception cref="InvalidDataException">The snapshot is damaged or of another version.</exception>
    internal static TreatyCatalog LoadBundled()
    {
        Interlocked.Increment(ref s_bundledLoads);
        using Stream stream = typeof(TreatyCatalog).Assembly.GetManifestResourceStream(SnapshotFormat.ResourceName)
            ?? throw new InvalidOperationException($"The bundled snapshot '{SnapshotFormat.ResourceName}' is missing from {typeof(TreatyCatalog).Assembly.GetName().Name}.");
        byte[] bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return SnapshotReader.Read(bytes);
    }
}
