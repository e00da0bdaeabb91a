using System;
using System.Threading;

namespace Treaties.Indexing;

/// <summary>
/// One answer per stretch of a <see cref="Timeline"/>, computed the first time a query falls in that stretch and then
/// shared by every later query in it.
/// </summary>
/// <remarks>
/// Slot 0 holds the answer for the days before the first change day; slot <c>i + 1</c> that of stretch <c>i</c>.
/// Threads that race on an empty slot may each compute the answer, but only the first one stored is ever returned, so
/// every caller gets the same instance. Answers must therefore not depend on which thread computed them.
/// </remarks>
internal sealed class StretchCache<T>
    where T : class
{
    private readonly T?[] _answers;
    private readonly Func<int, T> _compute;

    /// <summary>Creates an empty cache.</summary>
    /// <param name="stretches">The number of change days of the timeline.</param>
    /// <param name="compute">Computes the answer of a stretch, given the stretch (-1 before the first change day).</param>
    internal StretchCache(int stretches, Func<int, T> compute)
    {
        _answers = new T?[stretches + 1];
        _compute = compute;
    }

    /// <summary>Returns the answer of a stretch, computing it on first use.</summary>
    internal T Get(int stretch)
    {
        int slot = stretch + 1;
        return Volatile.Read(ref _answers[slot]) ?? Store(slot);
    }

    private T Store(int slot)
    {
        T computed = _compute(slot - 1);
        return Interlocked.CompareExchange(ref _answers[slot], computed, null) ?? computed;
    }
}
