using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Treaties.Indexing;

/// <summary>
/// The states a catalog knows, each with a dense index, found from its alpha-3 code in any case without hashing:
/// the three letters address one of 32 * 32 * 32 slots.
/// </summary>
/// <remarks>
/// Each letter takes five bits of the slot. Letters need only 26 of the 32 values, but with five bits a single test,
/// <c>(a | b | c) &lt; 32</c>, both validates the three characters and proves the slot is inside the table, so the
/// table is read without a bounds check. Slots that no state has, including those of the six values past 'z', hold -1.
/// The table is a struct field of its owners, so a lookup reads the slot array straight from the treaty or catalog.
/// </remarks>
internal readonly struct StateTable
{
    private const int BitsPerLetter = 5;
    private const int SlotCount = 1 << (3 * BitsPerLetter);
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
            int slot = SlotOfAnyCase(_states[i].Code);
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
    /// <remarks>The hot path of every string-keyed lookup, so <see cref="SlotOfAnyCase"/> is written out inline.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int IndexOf(string? code, string paramName)
    {
        if (code is not null && code.Length == 3)
        {
            uint a = (uint)((code[0] | 0x20) - 'a');
            uint b = (uint)((code[1] | 0x20) - 'a');
            uint c = (uint)((code[2] | 0x20) - 'a');
            if ((a | b | c) < 1u << BitsPerLetter)
            {
                uint slot = (a << (2 * BitsPerLetter)) | (b << BitsPerLetter) | c;
                int index = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), slot);
                if (index >= 0)
                {
                    return index;
                }
            }
        }

        return ThrowUnknownState(code, paramName);
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

        int slot = SlotOfAnyCase(code);
        if (slot < 0)
        {
            return false;
        }

        index = _slots[slot];
        return index >= 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ThrowUnknownState(string? code, string paramName)
    {
        if (code is null)
        {
            throw new ArgumentNullException(paramName, "A state code is required.");
        }

        throw new ArgumentException($"'{code}' is not the ISO 3166-1 alpha-3 code of a state this catalog knows.", paramName);
    }

    /// <summary>Returns the slot of three ASCII letters in any case, below <see cref="SlotCount"/>, or -1 for anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOfAnyCase(string code)
    {
        // Setting bit 5 folds 'A'-'Z' onto 'a'-'z'; anything that is not a letter lands outside 0-25, and everything
        // but the six characters after 'z' ('{' to DEL, whose slots stay empty) lands outside 0-31.
        uint a = (uint)((code[0] | 0x20) - 'a');
        uint b = (uint)((code[1] | 0x20) - 'a');
        uint c = (uint)((code[2] | 0x20) - 'a');
        if ((a | b | c) >= 1u << BitsPerLetter)
        {
            return -1;
        }

        return (int)((a << (2 * BitsPerLetter)) | (b << BitsPerLetter) | c);
    }
}
