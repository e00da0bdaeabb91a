using System;
using System.IO;

namespace Treaties.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class Repository
{
    internal static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Treaties.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
