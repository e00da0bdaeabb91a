using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Treaties.Tests.Data;

/// <summary>The picture in docs/ shows the bundled data as it is: a row for every state of every treaty.</summary>
public class TimelinePictureTests
{
    [Fact]
    public void TimelinePicture_HasARowForEveryMemberOfEveryTreaty()
    {
        string svg = File.ReadAllText(Path.Combine(Repository.Root, "docs", "membership-timeline.svg"));

        string[] missing = [.. TreatyCatalog.Default.Treaties
            .SelectMany(t => t.Memberships.Select(m => $"{t.Id} {m.State.Code}"))
            .Distinct()
            .Where(row => !svg.Contains(row, StringComparison.Ordinal))];

        Assert.True(
            missing.Length == 0,
            $"docs/membership-timeline.svg lacks {string.Join(", ", missing)}; run `dotnet run --project samples/TimelinePicture -c Release -- docs` to draw it again.");
    }
}
