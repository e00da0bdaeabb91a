namespace Treaties.Serialization;

/// <summary>The limits the loader enforces before it reads a document, documented in docs/data-format.md.</summary>
internal static class CatalogLimits
{
    /// <summary>The largest document, in bytes: 16 MiB, some forty times the bundled data.</summary>
    internal const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays. The format needs 7.</summary>
    internal const int MaxDepth = 32;

    /// <summary>The longest string value, in characters.</summary>
    internal const int MaxStringLength = 64 * 1024;

    /// <summary>The format version this library reads and writes.</summary>
    internal const int FormatVersion = 1;
}
