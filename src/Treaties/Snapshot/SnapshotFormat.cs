namespace Treaties.Snapshot;

/// <summary>
/// The constants of the bundled catalog's binary snapshot (docs/data-format.md, "The compiled snapshot"): its magic,
/// its version, the bits of a recorded date's flags and the name of the embedded resource.
/// </summary>
internal static class SnapshotFormat
{
    /// <summary>The name under which the build embeds the snapshot in the assembly.</summary>
    internal const string ResourceName = "Treaties.Data.treaties.snapshot";

    /// <summary>The first four bytes: "TRSN" in ASCII.</summary>
    internal static readonly byte[] Magic = "TRSN"u8.ToArray();

    /// <summary>The version this library writes and reads; a snapshot of any other version is refused.</summary>
    internal const int Version = 1;

    /// <summary>A recorded date is present (an optional one that is absent is a single zero byte).</summary>
    internal const byte DatePresent = 1;

    /// <summary>The recorded date is unconfirmed.</summary>
    internal const byte DateUnconfirmed = 2;

    /// <summary>A note follows the date.</summary>
    internal const byte DateNote = 4;

    /// <summary>A list of sources follows.</summary>
    internal const byte DateSources = 8;

    /// <summary>A list of alternative dates follows.</summary>
    internal const byte DateAlternatives = 16;

    /// <summary>The precision sits in the two bits from here.</summary>
    internal const int DatePrecisionShift = 5;

    /// <summary>A clause that is a mutual defence clause (else a consultation clause).</summary>
    internal const byte ClauseMutualDefence = 1;

    /// <summary>The scope covers all territory.</summary>
    internal const byte ScopeAllTerritory = 1;

    /// <summary>The scope covers the metropolitan territory of the states it protects.</summary>
    internal const byte ScopeMetropolitan = 2;
}
