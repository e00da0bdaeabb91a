using System;

namespace Treaties;

/// <summary>Checks and normalises ISO 3166-1 codes.</summary>
internal static class StateCode
{
    /// <summary>Returns the code in upper case, or throws when it is not <paramref name="length"/> ASCII letters.</summary>
    internal static string Normalize(string? code, int length, string paramName)
    {
        ArgumentNullException.ThrowIfNull(code, paramName);
        if (!IsLetters(code, length))
        {
            throw new ArgumentException(
                $"'{code}' is not an ISO 3166-1 alpha-{length} code: it must be {length} letters A-Z.", paramName);
        }

        return code.ToUpperInvariant();
    }

    internal static bool IsLetters(string code, int length)
    {
        if (code.Length != length)
        {
            return false;
        }

        foreach (char c in code)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
