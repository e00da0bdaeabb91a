using System;
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
/// cache. Instead, the range of the keys' <see cref="DateKey.Compact"/> values is cut into buckets of <c>2^shift</c>
/// values, and each bucket records the first key at or after its start. Finding a segment reads one bucket and then
/// scans forward over the few keys inside it. The shift is the smallest that keeps the table within
/// <see cref="BucketsPerKey"/> buckets a key (or <see cref="MinBucketBudget"/>), so a bucket holds under half a key on
/// average and rarely more than two, which is what <see cref="SegmentAnswers{T}"/> holds inline. At a million periods,
/// 5% of the benchmark's queries fall in a bucket with more; with two buckets a key, on keys not compacted, 54% did.
/// </para>
/// </remarks>
internal readonly struct ChangeDays
{
    /// <summary>The most buckets per key; more buckets mean shorter scans and a larger table.</summary>
    private const int BucketsPerKey = 4;

    /// <summary>The buckets any table may have, however few its keys: 256 buckets cost 1 KiB here and 8 KiB in
    /// <see cref="SegmentAnswers{T}"/>, small enough to stay in the L1 cache, and let a small catalog's clustered change
    /// days fall into buckets of their own. (With 4,096, the bundled data's defence table outgrew L1, and AreAllies slowed
    /// from 7.9 to 8.5 ns.)</summary>
    private const int MinBucketBudget = 256;

    /// <summary>The smallest bucket: one compact value, one day.</summary>
    private const int MinShift = 0;

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

        long range = (long)DateKey.Compact(_keys[^1]) - DateKey.Compact(_keys[0]);
        _shift = MinShift;
        while ((range >> _shift) + 1 > Math.Max((long)BucketsPerKey * _keys.Length, MinBucketBudget))
        {
            _shift++;
        }

        _firstBucket = DateKey.Compact(_keys[0]) >> _shift;
        _buckets = new int[(DateKey.Compact(_keys[^1]) >> _shift) - _firstBucket + 1];
        int next = 0;
        for (int b = 0; b < _buckets.Length; b++)
        {
            while (BucketOf(_keys[next]) < b)
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

    /// <summary>Gets the number of buckets.</summary>
    internal int BucketCount => _buckets.Length;

    /// <summary>Returns the index of the first key at or after the start of a bucket; the keys of the bucket run from there
    /// to the next bucket's first, or to the end for the last bucket.</summary>
    internal int FirstKeyOf(int bucket) => _buckets[bucket];

    /// <summary>Returns the bucket of a day: negative before the first, <see cref="BucketCount"/> or more after the last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int BucketOf(int dateKey) => (DateKey.Compact(dateKey) >> _shift) - _firstBucket;

    /// <summary>Returns the segment that contains the day: the index of the last key on or before it, or -1 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int SegmentOf(int dateKey)
    {
        int[] keys = _keys;
        int bucket = BucketOf(dateKey);
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
