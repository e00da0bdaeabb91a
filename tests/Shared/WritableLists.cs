using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Treaties.Tests;

/// <summary>
/// Finds the lists that can be written among everything reachable from a library's answers: each list is tested as the
/// runtime object it is, by writing an element back in its place through <see cref="IList"/>.
/// </summary>
internal static class WritableLists
{
    /// <summary>
    /// Gets the kinds of list that can be written, one line each in ordinal order, among every public property of the
    /// answers reachable through objects of the given assemblies, and every element of every list; empty when none.
    /// </summary>
    internal static string[] Find(IEnumerable<(string Where, object Answer)> answers, params Assembly[] ours)
    {
        var found = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach ((string where, object answer) in answers)
        {
            Walk(answer, where, found, seen, ours);
        }

        return [.. found.Select(Kind).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>Visits every public property of the library's objects reachable from a root, and every element of every list.</summary>
    private static void Walk(object root, string where, List<string> found, HashSet<object> seen, Assembly[] ours)
    {
        var pending = new Stack<(object Value, string Where)>();
        pending.Push((root, where));
        while (pending.Count > 0)
        {
            (object value, string path) = pending.Pop();
            if (value is string || !seen.Add(value))
            {
                continue;
            }

            if (value is IEnumerable list)
            {
                if (Writable(list) is string why)
                {
                    found.Add($"{path}: {value.GetType().Name} {why}");
                }

                int i = 0;
                foreach (object? item in list)
                {
                    if (item is not null && IsOurs(item.GetType(), ours))
                    {
                        pending.Push((item, $"{path}[{i}]"));
                    }

                    i++;
                }

                continue;
            }

            if (!IsOurs(value.GetType(), ours))
            {
                continue;
            }

            foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                object? child = property.GetValue(value);
                if (child is not null && (child is IEnumerable && child is not string || IsOurs(child.GetType(), ours)))
                {
                    pending.Push((child, $"{path}.{property.Name}"));
                }
            }
        }
    }

    /// <summary>
    /// Why a list can be written, or null where it cannot: writing an element back in its place must throw. An empty
    /// array has no element to write, so it passes; any other array fails.
    /// </summary>
    private static string? Writable(IEnumerable list)
    {
        if (list is Array array)
        {
            return array.Length > 0 ? "is an array" : null;
        }

        if (list is IList { Count: > 0 } writable)
        {
            try
            {
                writable[0] = writable[0];
                return "took a write through IList";
            }
            catch (NotSupportedException)
            {
                return null;
            }
        }

        return list is IList { IsReadOnly: false } ? "is not read-only" : null;
    }

    /// <summary>A finding without its indices and arguments, so that one kind of list is reported once.</summary>
    private static string Kind(string finding) =>
        System.Text.RegularExpressions.Regex.Replace(finding, @"\[\d+\]|\(.*?\)|^[A-Z-]+\.", "");

    private static bool IsOurs(Type type, Assembly[] ours) => ours.Contains(type.Assembly);
}
