using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Treaties.Indexing;

/// <summary>
/// The sorted days on which an answer can change, which cut time into segments, with a bucket table that finds the
/// segment of a day in a constant number of reads.
/// </summary>
/// <remarks>
/// <para>
/// Segment <c>i</c> runs from day key <c>i</c> up to the next key; days before the first key are in no segment.
/// </para>
/// <para>
/// A binary search over thousands of keys makes a dozen dependent reads, and in a large catalog most of them miss the
/// cache. Instead, the key range is cut into buckets of <c>2^shift</c> key values, and each bucket records the first key
/// at or after its start. Finding a segment reads one bucket and then scans forward over the few keys inside it. The
/// shift is the smallest that keeps the table within about twice as many buckets as keys, so the table costs at most
/// two ints per key and a bucket holds one or two keys on average.
/// </para>
/// </remarks>
internal readonly struct ChangeDays
{
    /// <summary>The most buckets per key; more buckets mean shorter scans and a larger table.</summary>
    private const int BucketsPerKey = 2;

    /// <summary>The smallest bucket: 64 key values, one day (the day bits of a key start at bit 6).</summary>
    private const int MinShift = 6;

    private readonly int[] _keys;
    private readonly int[] _buckets;
    private readonly int _firstBucket;
    private readonly int _shift;

    /// <summary>Builds the index from day keys in any order; duplicates and <see cref="DateKey.Never"/> are dropped.</summary>
    internal ChangeDays(IEnumerable<int> dayKeys)
    {
        var distinct = new SortedSet<int>(dayKeys);
        distinct.Remove(DateKey.Never);
        _keys = [.. distinct];
        if (_keys.Length == 0)
        {
            _buckets = [];
            return;
        }

        long range = (long)_keys[^1] - _keys[0];
        _shift = MinShift;
        while ((range >> _shift) + 1 > ((long)BucketsPerKey * _keys.Length) + 16)
        {
            _shift++;
        }

        _firstBucket = _keys[0] >> _shift;
        _buckets = new int[(_keys[^1] >> _shift) - _firstBucket + 1];
        int next = 0;
        for (int b = 0; b < _buckets.Length; b++)
        {
            while ((_keys[next] >> _shift) - _firstBucket < b)
            {
                next++;
            }

            _buckets[b] = next;
        }
    }

    /// <summary>Gets the number of change days, which is also the number of segments.</summary>
    internal int Count => _keys.Length;

    /// <summary>Gets the day key on which segment <paramref name="segment"/> starts.</summary>
    internal int this[int segment] => _keys[segment];

    /// <summary>Returns the segment that contains the day: the index of the last key on or before it, or -1 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int SegmentOf(int dateKey)
    {
        int[] keys = _keys;
        int bucket = (dateKey >> _shift) - _firstBucket;
        if ((uint)bucket >= (uint)_buckets.Length)
        {
            return bucket < 0 ? -1 : keys.Length - 1;
        }

        int i = _buckets[bucket];
        while ((uint)i < (uint)keys.Length && keys[i] <= dateKey)
        {
            i++;
        }

        return i - 1;
    }
}
