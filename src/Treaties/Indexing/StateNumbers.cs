using System;
using System.Collections.Generic;

namespace Treaties.Indexing;

/// <summary>
/// The states a catalog knows, each with a dense number from 0, in code order, found from its alpha-3 code in any case.
/// </summary>
/// <remarks>
/// A code is checked letter by letter: each must be an ASCII letter, in either case, and the three letters give one of
/// 26 * 26 * 26 slots of a table that holds the state's number, or -1. That is an array read instead of hashing the
/// string on every query. Instances are immutable and thread-safe.
/// </remarks>
internal sealed class StateNumbers
{
    private const int Letters = 26;

    private readonly int[] _numberBySlot;
    private readonly MemberState[] _states;

    /// <summary>Numbers the states in code order.</summary>
    /// <exception cref="ArgumentException">Two states share a code.</exception>
    internal StateNumbers(IEnumerable<MemberState> states)
    {
        _states = [.. states];
        Array.Sort(_states, (a, b) => string.CompareOrdinal(a.Code, b.Code));
        _numberBySlot = new int[Letters * Letters * Letters];
        Array.Fill(_numberBySlot, -1);
        for (int number = 0; number < _states.Length; number++)
        {
            int slot = SlotOf(_states[number].Code);
            Preconditions.CheckArgument(slot >= 0, nameof(states), $"'{_states[number].Code}' is not three letters.");
            Preconditions.CheckArgument(_numberBySlot[slot] < 0, nameof(states), $"The state {_states[number].Code} is listed twice.");
            _numberBySlot[slot] = number;
        }
    }

    /// <summary>Gets how many states there are.</summary>
    internal int Count => _states.Length;

    /// <summary>Gets the state with a number.</summary>
    internal MemberState this[int number] => _states[number];

    /// <summary>Finds the number of a state's code, in any case.</summary>
    internal bool TryFind(string? code, out int number)
    {
        int slot = code is null ? -1 : SlotOf(code);
        number = slot < 0 ? -1 : _numberBySlot[slot];
        return number >= 0;
    }

    /// <summary>Returns the number of a state's code, for a query that was given the code.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with that code.</exception>
    internal int Find(string? code, string paramName)
    {
        if (TryFind(code, out int number))
        {
            return number;
        }

        ArgumentNullException.ThrowIfNull(code, paramName);
        throw new ArgumentException($"'{code}' is not the alpha-3 code of a state this catalog knows.", paramName);
    }

    /// <summary>Returns the number of a state, for a query that was given the state.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog knows no state with that code.</exception>
    internal int Find(MemberState? state, string paramName)
    {
        ArgumentNullException.ThrowIfNull(state, paramName);
        return Find(state.Code, paramName);
    }

    /// <summary>Returns the slot of a code of three ASCII letters in any case, or -1 for anything else.</summary>
    private static int SlotOf(string code)
    {
        if (code.Length != 3)
        {
            return -1;
        }

        int slot = 0;
        foreach (char c in code)
        {
            // Setting bit 5 folds 'A'-'Z' onto 'a'-'z'; any other character lands outside 'a'-'z'.
            int letter = (c | 0x20) - 'a';
            if ((uint)letter >= Letters)
            {
                return -1;
            }

            slot = (slot * Letters) + letter;
        }

        return slot;
    }
}
