using System;

namespace TreatyQuery;

/// <summary>
/// Bad input the tool words itself, in the chosen language, from its phrase resources. Whatever else reaches the user
/// (the library's or .NET's own detail, which stays English) is put inside a sentence of the tool's: see
/// <see cref="QueryTool.Run"/>.
/// </summary>
internal sealed class ToolException : Exception
{
    public ToolException()
    {
    }

    public ToolException(string message)
        : base(message)
    {
    }

    public ToolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
