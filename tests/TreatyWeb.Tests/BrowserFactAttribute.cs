using System;
using System.IO;
using System.Linq;
using Xunit;

namespace TreatyWeb.Tests;

/// <summary>
/// A test that drives a real Chromium. Playwright's own browser download is not used: the test launches the system's
/// Chromium (Debian's <c>chromium</c> package, which <c>.ci/run</c> installs) by its path. On a machine without one the
/// test is skipped, saying why, unless <c>TREATIES_REQUIRE_BROWSER=1</c> (set by CI) makes a missing browser a failure.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null && !Chromium.Required)
        {
            Skip = "No Chromium found (set TREATIES_CHROMIUM, or install Debian's chromium package); TREATIES_REQUIRE_BROWSER=1 makes this a failure.";
        }
    }
}

/// <summary>A theory that drives a real Chromium: skipped, like <see cref="BrowserFactAttribute"/>, where there is none.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = new BrowserFactAttribute().Skip;
    }
}

/// <summary>Where the system's Chromium is.</summary>
public static class Chromium
{
    /// <summary>Gets the browser's path: <c>TREATIES_CHROMIUM</c>, else the first of the usual places that exists; null if none.</summary>
    public static string? Path { get; } =
        new[] { Environment.GetEnvironmentVariable("TREATIES_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>Gets whether a missing browser is a failure rather than a reason to skip.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("TREATIES_REQUIRE_BROWSER") == "1";
}
