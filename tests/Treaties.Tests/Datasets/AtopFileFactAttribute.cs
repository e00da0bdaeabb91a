using System;
using System.IO;
using Xunit;

namespace Treaties.Tests.Datasets;

/// <summary>
/// A test that runs only when a real ATOP file is at hand: ATOP's files are not ours to redistribute, so CI has none.
/// Without arguments, <c>TREATIES_ATOP_FILE</c> must name ATOP's member-level file; with a file name, that file must be
/// in the folder that <c>TREATIES_ATOP_DIR</c> names.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class AtopFileFactAttribute : FactAttribute
{
    public AtopFileFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TREATIES_ATOP_FILE")))
        {
            Skip = "Set TREATIES_ATOP_FILE to the path of ATOP's member-level file (atop5_1m.csv) to run this test.";
        }
    }

    public AtopFileFactAttribute(string fileName)
    {
        string? folder = Environment.GetEnvironmentVariable("TREATIES_ATOP_DIR");
        if (string.IsNullOrEmpty(folder))
        {
            Skip = $"Set TREATIES_ATOP_DIR to a folder that holds {fileName} to run this test.";
        }
        else if (!File.Exists(Path.Combine(folder, fileName)))
        {
            Skip = $"TREATIES_ATOP_DIR is {folder}, which has no {fileName}; put the file there to run this test.";
        }
    }

    /// <summary>The path of <paramref name="fileName"/> in the folder that <c>TREATIES_ATOP_DIR</c> names.</summary>
    internal static string PathOf(string fileName) =>
        Path.Combine(Environment.GetEnvironmentVariable("TREATIES_ATOP_DIR") ?? throw new InvalidOperationException("TREATIES_ATOP_DIR is not set."), fileName);
}
