using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Treaties;

/// <summary>
/// Names that find a value, ignoring case, each name naming one value only: treaty ids and aliases, place codes.
/// </summary>
/// <remarks>Filled once, then only read, so a filled map is safe to share between threads.</remarks>
internal sealed class Names<T>
    where T : class
{
    private readonly Dictionary<string, T> _byName = new(StringComparer.OrdinalIgnoreCase);

    internal Names()
    {
    }

    /// <summary>Creates the map from values, each with its names.</summary>
    /// <exception cref="ArgumentException">A name is used twice.</exception>
    internal Names(IEnumerable<(IEnumerable<string> Names, T Value)> entries)
    {
        foreach ((IEnumerable<string> names, T value) in entries)
        {
            foreach (string name in names)
            {
                Add(name, value, nameof(entries));
            }
        }
    }

    /// <summary>Adds a name for a value.</summary>
    /// <exception cref="ArgumentException">The name, in any case, already names a value.</exception>
    internal void Add(string name, T value, string paramName)
    {
        if (!_byName.TryAdd(name, value))
        {
            throw new ArgumentException($"'{name}' already names {_byName[name]}; names must be unique, ignoring case.", paramName);
        }
    }

    /// <summary>Returns whether a name is taken.</summary>
    internal bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>Finds the value a name names.</summary>
    internal bool TryGet(string? name, [NotNullWhen(true)] out T? value)
    {
        value = null;
        return name is not null && _byName.TryGetValue(name, out value);
    }
}
