namespace Treaties;

/// <summary>What kind of publication a <see cref="Source"/> is, so that a reader can weigh it.</summary>
public enum SourceKind
{
    /// <summary>A treaty text, a depositary's record, or a publication of a government or of the organisation itself.</summary>
    Official,

    /// <summary>A peer-reviewed or academic publication.</summary>
    Scholarly,

    /// <summary>A reference work, such as an encyclopedia or a standards registry.</summary>
    Reference,

    /// <summary>A news report. Used only alongside a better source, never alone for a contested date.</summary>
    News,
}
