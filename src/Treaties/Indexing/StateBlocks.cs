using System;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Treaties.Indexing;

/// <summary>
/// Each state's period bounds in one treaty, in one 32-byte block a state, aligned to its cache line: a point lookup
/// reads that one line and answers with one vector comparison, for a state of up to <see cref="PeriodsInline"/> periods.
/// </summary>
/// <remarks>
/// <para>
/// A block holds a state's start and end keys side by side in start order, then <see cref="DateKey.Never"/> in the lanes
/// left over. Periods of one state do not overlap, so the keys ascend, and a day is inside a period exactly when an odd
/// number of them lie after it (<see cref="PeriodBounds"/>); the padding adds an even number, six for one period, and
/// leaves the parity alone. A state with no period has eight: never a member. So there is one path, with no branch on
/// how many periods a state has, for every state that real treaties have.
/// </para>
/// <para>
/// A state with more periods has <see cref="Overflow"/> in its first lane, a value no key takes (keys are multiples of
/// 64, or <see cref="DateKey.Never"/>), and the position and count of its periods in the next two; those are counted in
/// the index's key array instead.
/// </para>
/// <para>
/// The blocks are on the pinned object heap, which never moves them, so the block-aligned start found once stays
/// aligned: a block never straddles two cache lines, and a lookup never reads two.
/// </para>
/// </remarks>
internal readonly struct StateBlocks
{
    /// <summary>The most periods a block holds; a state with more is counted from the key array.</summary>
    internal const int PeriodsInline = 4;

    /// <summary>The first lane of a block whose state has more than <see cref="PeriodsInline"/> periods.</summary>
    internal const int Overflow = int.MinValue + 1;

    private const int Lanes = 2 * PeriodsInline;
    private const int BlockBytes = Lanes * sizeof(int);

    /// <summary>The blocks, on the pinned object heap, with up to a block's worth of lanes before the first aligned one.</summary>
    private readonly int[] _lanes;

    /// <summary>The address of the first, aligned block in <see cref="_lanes"/>, which never moves.</summary>
    private readonly nint _firstBlock;

    /// <summary>Builds the blocks of <c>offsets.Length - 1</c> states, state <c>s</c> having the periods from
    /// <c>offsets[s]</c> to <c>offsets[s + 1]</c>, whose start and end keys sit at <c>2 * i</c> and <c>2 * i + 1</c> of <paramref name="keys"/>.</summary>
    internal StateBlocks(int[] keys, int[] offsets)
    {
        int states = offsets.Length - 1;
        _lanes = GC.AllocateUninitializedArray<int>((states * Lanes) + Lanes - 1, pinned: true);
        _firstBlock = FirstAlignedBlock(_lanes);
        int origin = (int)(_firstBlock - AddressOf(_lanes)) / sizeof(int);
        Array.Fill(_lanes, DateKey.Never);
        for (int s = 0; s < states; s++)
        {
            Span<int> block = _lanes.AsSpan(origin + (s * Lanes), Lanes);
            int first = offsets[s];
            int count = offsets[s + 1] - first;
            if (count <= PeriodsInline)
            {
                keys.AsSpan(2 * first, 2 * count).CopyTo(block);
            }
            else
            {
                block[0] = Overflow;
                block[1] = first;
                block[2] = count;
            }
        }
    }

    /// <summary>Returns the block of a state, which the caller has shown to be in range.</summary>
    /// <remarks>
    /// The block is found from its address, which the pinned object heap keeps fixed, rather than from the array: that
    /// saves the array's null check and the offset of the first aligned block on every lookup. The reference returned is
    /// a managed one, which keeps the array alive from there on; <see cref="GC.KeepAlive"/> covers the instructions
    /// before it, in which the address alone is held.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal unsafe ref int BlockOf(int state)
    {
        Debug.Assert(state >= 0 && _firstBlock + ((state + 1) * BlockBytes) <= AddressOf(_lanes) + (_lanes.Length * sizeof(int)), "The state is in range.");
        ref int block = ref Unsafe.AsRef<int>((void*)(_firstBlock + ((nint)(uint)state * BlockBytes)));
        GC.KeepAlive(_lanes);
        return ref block;
    }

    /// <summary>Returns a bit for each lane of a block that is not an <see cref="Overflow"/> whose key is after the day:
    /// the day is in a period when their count is odd (<see cref="HasOddCount"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint LanesAfter(ref int block, int dateKey)
    {
        Debug.Assert(block != Overflow, "An overflowing block is counted from the key array.");
        return Vector256.IsHardwareAccelerated
            ? Vector256.GreaterThan(Vector256.LoadUnsafe(ref block), Vector256.Create(dateKey)).ExtractMostSignificantBits()
            : LanesAfterByHalves(ref block, dateKey);
    }

    /// <summary>As <see cref="LanesAfter"/>, in two 4-lane comparisons, where 8-lane vectors are not accelerated.</summary>
    internal static uint LanesAfterByHalves(ref int block, int dateKey)
    {
        Vector128<int> day = Vector128.Create(dateKey);
        return Vector128.GreaterThan(Vector128.LoadUnsafe(ref block), day).ExtractMostSignificantBits()
            | (Vector128.GreaterThan(Vector128.LoadUnsafe(ref block, (nuint)Vector128<int>.Count), day).ExtractMostSignificantBits() << Vector128<int>.Count);
    }

    /// <summary>Returns whether an odd number of bits are set.</summary>
    /// <remarks>The low bit is cast to a bool rather than compared, which saves the JIT's test and set, and a caller
    /// that turns the result back into 0 or 1 the same again.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool HasOddCount(uint bits) => Unsafe.BitCast<byte, bool>((byte)(BitOperations.PopCount(bits) & 1));

    /// <summary>Returns the position of the first period, and the count, that an <see cref="Overflow"/> block points to.</summary>
    internal static (int First, int Count) RunOf(ref int block)
    {
        Debug.Assert(block == Overflow, "Only an overflowing block points to a run.");
        return (Unsafe.Add(ref block, 1), Unsafe.Add(ref block, 2));
    }

    /// <summary>Returns the address of the first block-aligned lane of a pinned array.</summary>
    private static nint FirstAlignedBlock(int[] pinned)
    {
        nint address = AddressOf(pinned);
        return address + ((BlockBytes - (address % BlockBytes)) % BlockBytes);
    }

    /// <summary>Returns the address of the first lane of an array on the pinned object heap.</summary>
    private static unsafe nint AddressOf(int[] pinned) => (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned));
}
