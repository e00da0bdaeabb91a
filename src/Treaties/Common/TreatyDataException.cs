using System;

namespace Treaties;

/// <summary>
/// A data document that this library cannot load: malformed JSON, a wrong type, a missing or unknown field, an
/// impossible date, or a fact that breaks a rule of the model. Nothing of the document is loaded.
/// </summary>
/// <remarks>
/// The message names the place (<see cref="JsonPath"/>, or <see cref="LineNumber"/> and <see cref="BytePositionInLine"/>;
/// for a table, <see cref="LineNumber"/> and <see cref="Column"/>), the offending value where there is one, and the rule
/// that was broken.
/// </remarks>
public sealed class TreatyDataException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public TreatyDataException()
        : base("The treaty data could not be loaded.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public TreatyDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TreatyDataException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a row of a table, such as a line of a CSV file.</summary>
    /// <param name="lineNumber">The line, counted from 1.</param>
    /// <param name="column">The column's name, where the error is in one column.</param>
    /// <param name="value">The offending value, where there is one.</param>
    /// <param name="rule">The rule that was broken, in words.</param>
    /// <param name="innerException">The cause, or null.</param>
    /// <example><c>At line 12, column yrexit, the value '1890': The exit is before the entry on 1891-01-01.</c></example>
    public TreatyDataException(long lineNumber, string? column, string? value, string rule, Exception? innerException = null)
        : base(ComposeRow(lineNumber, column, value, rule), innerException)
    {
        LineNumber = lineNumber;
        Column = column;
        Value = value;
        Rule = rule;
    }

    internal TreatyDataException(string? jsonPath, long? lineNumber, long? bytePositionInLine, string? value, string rule, Exception? innerException = null)
        : base(Compose(jsonPath, lineNumber, bytePositionInLine, value, rule), innerException)
    {
        JsonPath = jsonPath;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        Value = value;
        Rule = rule;
    }

    /// <summary>Gets the JSON path of the offending element, such as <c>$.treaties[0].memberships[3].end.date</c>, where known.</summary>
    public string? JsonPath { get; }

    /// <summary>Gets the line of the offending token, counted from 1, where known.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the byte position of the offending token in its line, counted from 0, where known.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>Gets the offending value, where there is one.</summary>
    public string? Value { get; }

    /// <summary>Gets the rule that was broken, in words.</summary>
    public string? Rule { get; }

    /// <summary>Gets the column of the offending value, for a table such as a CSV file, where known.</summary>
    public string? Column { get; }

    private static string ComposeRow(long line, string? column, string? value, string rule)
    {
        string offending = value is null ? string.Empty : $", the value '{Shorten(value)}'";
        return $"At line {line}{(column is null ? "" : $", column {column}")}{offending}: {rule}";
    }

    private static string Compose(string? path, long? line, long? bytePosition, string? value, string rule)
    {
        string place = (path, line) switch
        {
            (not null, not null) => $"At {path} (line {line}, byte {bytePosition})",
            (not null, null) => $"At {path}",
            (null, not null) => $"At line {line}, byte {bytePosition}",
            _ => "In the document",
        };
        string offending = value is null ? string.Empty : $", the value '{Shorten(value)}'";
        return $"{place}{offending}: {rule}";
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");
}
