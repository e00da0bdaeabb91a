using System.Runtime.CompilerServices;

namespace Treaties;

/// <summary>
/// The message of a check, written as an interpolated string but formatted only when the check fails: see
/// <see cref="Preconditions.CheckArgument(bool, string, ref FailureMessage)"/>.
/// </summary>
[InterpolatedStringHandler]
internal ref struct FailureMessage
{
    private DefaultInterpolatedStringHandler _text;

    /// <summary>Starts a message, which is written only when <paramref name="condition"/> is false.</summary>
    public FailureMessage(int literalLength, int formattedCount, bool condition, out bool isWritten)
    {
        isWritten = !condition;
        _text = isWritten ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    /// <summary>Appends a piece of literal text.</summary>
    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    /// <summary>Appends a value in a format.</summary>
    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    /// <summary>Returns the message.</summary>
    public string ToStringAndClear() => _text.ToStringAndClear();
}
