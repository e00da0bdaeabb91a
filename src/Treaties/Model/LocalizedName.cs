using System;
using System.Collections.Generic;
using System.Globalization;

namespace Treaties;

/// <summary>A name in one language, with the sources that give it: a treaty's name in Dutch, French, German or Russian.</summary>
/// <remarks>
/// <para>Two names are equal when all their properties are equal, sources included.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class LocalizedName : IEquatable<LocalizedName>
{
    /// <summary>Creates a name.</summary>
    /// <param name="culture">The language, as a culture name such as <c>nl</c> or <c>fr</c>.</param>
    /// <param name="name">The name in that language.</param>
    /// <param name="sources">The sources that give it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, the culture is not one .NET knows, or a source is null.</exception>
    public LocalizedName(string culture, string name, IEnumerable<Source>? sources = null)
    {
        Preconditions.CheckNotBlank(culture, nameof(culture));
        try
        {
            Culture = CultureInfo.GetCultureInfo(culture, predefinedOnly: true).Name;
        }
        catch (CultureNotFoundException e)
        {
            throw new ArgumentException($"'{culture}' is not a culture name such as nl or fr.", nameof(culture), e);
        }

        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Sources = Preconditions.CheckElements(sources, nameof(sources));
    }

    /// <summary>Gets the culture name, such as <c>nl</c>.</summary>
    public string Culture { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the sources that give the name.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <inheritdoc/>
    public bool Equals(LocalizedName? other) =>
        other is not null
        && string.Equals(Culture, other.Culture, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Equality.ListsEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedName);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Culture, Name);

    /// <summary>Returns the culture and the name.</summary>
    /// <returns>For example <c>nl: Noord-Atlantisch Verdrag</c>.</returns>
    public override string ToString() => $"{Culture}: {Name}";
}
