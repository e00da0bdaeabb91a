using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Treaties.Indexing;

/// <summary>
/// The states a catalog knows, each with a dense index, found from its alpha-3 code in any case without hashing:
/// the three letters address one of 32 * 32 * 32 slots.
/// </summary>
/// <remarks>
/// <para>
/// Each letter takes five bits of the slot. Letters need only 26 of the 32 values, but with five bits a single test
/// both validates the three characters and proves the slot is inside the table, so the table is read without a bounds
/// check. Slots that no state has, including those of the six values past 'z', hold -1.
/// </para>
/// <para>
/// The three characters are read, folded to lower case, validated and packed as one 64-bit word (<see cref="SlotOf"/>),
/// which takes about half the instructions of doing it a character at a time. The table is a struct field of its
/// owners, so a lookup reads the slot array straight from the treaty or catalog.
/// </para>
/// </remarks>
internal readonly struct StateTable
{
    private const int BitsPerLetter = 5;
    private const int SlotCount = 1 << (3 * BitsPerLetter);

    /// <summary>Bit 5 of each of the three character lanes: set, it folds 'A'-'Z' onto 'a'-'z'.</summary>
    private const ulong LowerCaseBits = 0x0000_0020_0020_0020UL;

    /// <summary>'a' in each of the three character lanes.</summary>
    private const ulong LetterA = 0x0000_0061_0061_0061UL;

    /// <summary>The bits that a letter, less 'a', leaves clear: all but the low five of each lane, the NUL's lane whole.</summary>
    private const ulong NotLetters = 0xFFFF_FFE0_FFE0_FFE0UL;

    /// <summary>Multiplied by the lanes, puts lane 0 at bit 49, lane 1 at bit 54 and lane 2 at bit 59 of the product, the
    /// top fifteen bits; the other partial products land below bit 48 without overlapping, so they carry nothing up.</summary>
    private const ulong GatherLanes = (1UL << 49) | (1UL << 38) | (1UL << 27);

    /// <summary>How far the slot is shifted down from the top of the product.</summary>
    private const int GatherShift = 64 - (3 * BitsPerLetter);
    private readonly int[] _slots;
    private readonly MemberState[] _states;

    internal StateTable(IEnumerable<MemberState> states)
    {
        _states = [.. states];
        Array.Sort(_states, (a, b) => string.CompareOrdinal(a.Code, b.Code));
        _slots = new int[SlotCount];
        Array.Fill(_slots, -1);
        for (int i = 0; i < _states.Length; i++)
        {
            string code = _states[i].Code;
            int slot = code.Length == 3 ? SlotOf(code) : -1;
            if (slot < 0)
            {
                throw new ArgumentException($"'{_states[i].Code}' is not three letters.", nameof(states));
            }

            if (_slots[slot] >= 0)
            {
                throw new ArgumentException($"The state {_states[i].Code} is listed twice.", nameof(states));
            }

            _slots[slot] = i;
        }
    }

    internal int Count => _states.Length;

    internal MemberState this[int index] => _states[index];

    /// <summary>Returns the index of a state, or throws the exception a caller documents for a bad code.</summary>
    /// <remarks>The hot path of every string-keyed lookup: <see cref="SlotOf"/> written out, so that a code that is not
    /// three letters goes straight to the slow path, with no -1 to test for on the way.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int IndexOf(string? code, string paramName)
    {
        if (BitConverter.IsLittleEndian && code is not null && code.Length == 3)
        {
            ulong letters = LettersOf(code);
            if ((letters & NotLetters) == 0)
            {
                int index = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), SlotOfLetters(letters));
                if (index >= 0)
                {
                    return index;
                }
            }
        }

        return IndexOfOrThrow(code, paramName);
    }

    internal int IndexOf(MemberState? state, string paramName)
    {
        ArgumentNullException.ThrowIfNull(state, paramName);
        return IndexOf(state.Code, paramName);
    }

    internal bool TryIndexOf(string? code, out int index)
    {
        index = -1;
        if (code is null || code.Length != 3)
        {
            return false;
        }

        int slot = SlotOf(code);
        if (slot < 0)
        {
            return false;
        }

        index = _slots[slot];
        return index >= 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int IndexOfOrThrow(string? code, string paramName)
    {
        if (TryIndexOf(code, out int index))
        {
            return index;
        }

        if (code is null)
        {
            throw new ArgumentNullException(paramName, "A state code is required.");
        }

        throw new ArgumentException($"'{code}' is not the ISO 3166-1 alpha-3 code of a state this catalog knows.", paramName);
    }

    /// <summary>
    /// Returns the slot of a three-character code made of ASCII letters in any case, below <see cref="SlotCount"/>, or -1
    /// for anything else.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A string's characters are always followed by a NUL, so the three UTF-16 units and that NUL are read as one
    /// little-endian word, a unit per 16-bit lane, the NUL in the top lane. Setting bit 5 of each unit folds 'A'-'Z' onto
    /// 'a'-'z'; subtracting 'a' from each leaves 0-25 for a letter. Any other unit either wraps below zero or lands above
    /// 31 and so sets a bit of its lane above bit 4; a lane that wraps also borrows from the next, but it is rejected
    /// itself. Only the six units after 'z' ('{' to DEL) pass, and their slots stay empty.
    /// </para>
    /// <para>
    /// One multiplication then gathers the three five-bit lanes, at bits 0, 16 and 32, into bits 42, 37 and 32 of the
    /// product, where no other partial product lands and nothing carries: the slot is <c>a &lt;&lt; 10 | b &lt;&lt; 5 | c</c>.
    /// </para>
    /// </remarks>
    internal static int SlotOf(string code)
    {
        Debug.Assert(code.Length == 3, "The caller checks the length.");
        if (!BitConverter.IsLittleEndian)
        {
            return SlotOfUnits(code);
        }

        ulong letters = LettersOf(code);
        return (letters & NotLetters) == 0 ? (int)SlotOfLetters(letters) : -1;
    }

    /// <summary>The three units of a three-character code, each folded to lower case less 'a', in 16-bit lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LettersOf(string code) =>
        (Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(code.AsSpan()))) | LowerCaseBits) - LetterA;

    /// <summary>Gathers three validated lanes into a slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nuint SlotOfLetters(ulong letters) => (nuint)((letters * GatherLanes) >> GatherShift);

    /// <summary>The same slot as <see cref="SlotOf"/>, a character at a time, for big-endian machines.</summary>
    internal static int SlotOfUnits(string code)
    {
        uint a = (uint)((code[0] | 0x20) - 'a');
        uint b = (uint)((code[1] | 0x20) - 'a');
        uint c = (uint)((code[2] | 0x20) - 'a');
        return (a | b | c) < 1u << BitsPerLetter ? (int)(a | (b << BitsPerLetter) | (c << (2 * BitsPerLetter))) : -1;
    }
}
