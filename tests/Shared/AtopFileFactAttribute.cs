using System;
using System.IO;
using Treaties.Datasets;
using Xunit;

namespace Treaties.Tests;

/// <summary>
/// A test on one of ATOP's real files, which are not ours to redistribute: it runs only when <c>TREATIES_ATOP_DIR</c>
/// names a folder holding the file, and is skipped otherwise, saying why. docs/datasets.md says where the files are.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class AtopFileFactAttribute : FactAttribute
{
    internal const string Variable = "TREATIES_ATOP_DIR";

    public AtopFileFactAttribute(params string[] files)
    {
        string? folder = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(folder))
        {
            Skip = $"Set {Variable} to a folder holding ATOP's {string.Join(" and ", files)} to run this test on the real files.";
            return;
        }

        foreach (string file in files)
        {
            if (!File.Exists(Path.Combine(folder, file)))
            {
                Skip = $"{Variable} is {folder}, which holds no {file}.";
                return;
            }
        }
    }

    /// <summary>The path of a real file, in the folder <c>TREATIES_ATOP_DIR</c> names.</summary>
    internal static string PathOf(string file) => Path.Combine(Environment.GetEnvironmentVariable(Variable)!, file);

    /// <summary>Reads a real member-level file from the folder <c>TREATIES_ATOP_DIR</c> names.</summary>
    internal static AtopLoadReport Load(string file)
    {
        using FileStream stream = File.OpenRead(PathOf(file));
        return AtopDataset.LoadWithReport(stream);
    }
}
