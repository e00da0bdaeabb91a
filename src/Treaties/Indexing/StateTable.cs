using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Treaties.Indexing;

/// <summary>
/// The states a catalog knows, each with a dense index, found from its alpha-3 code in any case without hashing:
/// the three letters address one of 26 * 26 * 26 slots.
/// </summary>
internal sealed class StateTable
{
    private const int SlotCount = 26 * 26 * 26;
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
            int slot = SlotOf(_states[i].Code);
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int IndexOf(string? code, string paramName)
    {
        if (code is not null && code.Length == 3)
        {
            int slot = SlotOfAnyCase(code);
            if (slot >= 0 && _slots[slot] is int index and >= 0)
            {
                return index;
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

    private static int SlotOf(string upperCode) =>
        ((upperCode[0] - 'A') * 26 * 26) + ((upperCode[1] - 'A') * 26) + (upperCode[2] - 'A');

    /// <summary>Returns the slot of three ASCII letters in any case, or -1 for anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOfAnyCase(string code)
    {
        // Setting bit 5 folds 'A'-'Z' onto 'a'-'z'; anything that is not a letter lands outside 0-25.
        uint a = (uint)((code[0] | 0x20) - 'a');
        uint b = (uint)((code[1] | 0x20) - 'a');
        uint c = (uint)((code[2] | 0x20) - 'a');
        if (a >= 26 || b >= 26 || c >= 26)
        {
            return -1;
        }

        return (int)((a * 26 * 26) + (b * 26) + c);
    }
}
