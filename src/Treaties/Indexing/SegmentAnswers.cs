using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace Treaties.Indexing;

/// <summary>
/// An answer for every segment of days between change days, built on first use and shared, found from a day by reading
/// one bucket: the bucket holds the change days inside it and the answers around them.
/// </summary>
/// <remarks>
/// <para>
/// Answer <c>i</c> holds from change day <c>i - 1</c> up to change day <c>i</c>; answer 0 holds before the first.
/// Finding a day's answer through <see cref="ChangeDays"/> alone reads a bucket, then the change days, then the answer
/// array, then the answer: four dependent reads, each a cache miss in a large catalog. Here each bucket of
/// <see cref="ChangeDays"/> also has a <see cref="Bucket"/> of 32 bytes that holds up to two change days inside it and
/// the answers before, between and after them, filled in on first use. A day's answer is then one bucket read, two
/// comparisons and the answer itself. A bucket with more change days, which the bucket size makes rare, sends the
/// lookup through <see cref="ChangeDays.SegmentOf"/>.
/// </para>
/// <para>
/// Answers are immutable and built by a pure function of their index, so two threads that build the same one at once
/// keep whichever was stored first, and a reader sees either null or a whole answer.
/// </para>
/// </remarks>
/// <typeparam name="T">The answer: an immutable object.</typeparam>
internal readonly struct SegmentAnswers<T>
    where T : class
{
    private readonly ChangeDays _days;
    private readonly Bucket[] _buckets;

    /// <summary>The length of <see cref="_buckets"/>, kept here so that a lookup in a large catalog reads the one bucket it
    /// needs, not also the line of the array's length.</summary>
    private readonly int _bucketCount;
    private readonly T?[] _answers;
    private readonly Func<int, T> _create;

    /// <summary>Sets up the answers of the segments that <paramref name="days"/> cut, each built by <paramref name="create"/> from its index on first use.</summary>
    internal SegmentAnswers(ChangeDays days, Func<int, T> create)
    {
        _days = days;
        _create = create;
        _answers = new T?[days.Count + 1];
        _buckets = new Bucket[days.BucketCount];
        _bucketCount = _buckets.Length;
        for (int b = 0; b < _buckets.Length; b++)
        {
            int first = days.FirstKeyOf(b);
            int inside = (b + 1 < _buckets.Length ? days.FirstKeyOf(b + 1) : days.Count) - first;
            _buckets[b] = new Bucket(
                inside >= 1 ? days[first] : DateKey.Never,
                inside > 2 ? Bucket.Overflow : inside == 2 ? days[first + 1] : DateKey.Never);
        }
    }

    /// <summary>Gets the number of answers: one more than the change days.</summary>
    internal int Count => _answers.Length;

    /// <summary>Returns the answer for the segment that holds the day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal T On(int dateKey)
    {
        int b = _days.BucketOf(dateKey);
        if ((uint)b < (uint)_bucketCount)
        {
            ref Bucket bucket = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buckets), (nint)(uint)b);
            if (bucket.Second != Bucket.Overflow)
            {
                int slot = (dateKey >= bucket.First ? 1 : 0) + (dateKey >= bucket.Second ? 1 : 0);
                object? answer = Bucket.Slot(ref bucket, slot);
                return answer is not null ? Unsafe.As<T>(answer) : Keep(b, slot);
            }
        }

        return At(_days.SegmentOf(dateKey) + 1);
    }

    /// <summary>Returns answer <paramref name="index"/>, building it if no thread has.</summary>
    internal T At(int index) => Volatile.Read(ref _answers[index]) ?? Build(index);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private T Keep(int bucket, int slot)
    {
        T answer = At(_days.FirstKeyOf(bucket) + slot);
        Volatile.Write(ref Bucket.Slot(ref _buckets[bucket], slot), answer);
        return answer;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private T Build(int index)
    {
        T built = _create(index);
        return Interlocked.CompareExchange(ref _answers[index], built, null) ?? built;
    }

    /// <summary>One bucket's change days, up to two, and the answers around them: 32 bytes on a 64-bit runtime.</summary>
    private struct Bucket
    {
        /// <summary>In <see cref="Second"/>: the bucket holds more than two change days. No key is odd.</summary>
        internal const int Overflow = int.MinValue + 1;

        /// <summary>The answers before the first change day in the bucket, from it, and from the second; null until first asked for.</summary>
        internal ThreeAnswers Answers;

        internal Bucket(int first, int second)
        {
            First = first;
            Second = second;
        }

        /// <summary>Gets the first change day in the bucket, or <see cref="DateKey.Never"/>.</summary>
        internal int First { get; }

        /// <summary>Gets the second change day in the bucket, <see cref="DateKey.Never"/>, or <see cref="Overflow"/>.</summary>
        internal int Second { get; }

        /// <summary>Returns the answer slot <paramref name="slot"/>, 0 to 2, without a bounds check.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static ref object? Slot(ref Bucket bucket, int slot) =>
            ref Unsafe.Add(ref Unsafe.As<ThreeAnswers, object?>(ref bucket.Answers), slot);
    }

    [InlineArray(3)]
    private struct ThreeAnswers
    {
        private object? _first;
    }
}
