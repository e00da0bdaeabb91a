// The fixtures in Fixtures/ are made by this R script (R 4.2), run in that folder. Their values are made up.
// small.rda is bzip2-compressed and in serialization version 3, where `year` is saved as a wrapped compact sequence
// and the "codes" attribute as a deferred string (both ALTREP); small-v2.rda is gzip-compressed, version 2.
//
//   small <- data.frame(
//     ccode1 = c(2L, 2L, 20L, 200L, 255L),
//     ccode2 = c(20L, 200L, 2L, 255L, NA),
//     year = 1991:1995,
//     share = c(0.5, 1, 2.25, NA, -3),
//     defense = c(1, 0, 1, 0, 1),
//     allied = c(TRUE, FALSE, NA, TRUE, TRUE),
//     state = c("USA", "USA", "CAN", "UKG", "GMY")
//   )
//   attr(small$defense, "label") <- "Defence pact"
//   attr(small$defense, "format.stata") <- "%9.0g"
//   attr(small$defense, "labels") <- c(no = 0, yes = 1)
//   attr(small$ccode1, "codes") <- as.character(1:2)
//   small$year <- .Internal(wrap_meta(small$year, 1L, 1L))
//   save(small, file = "small.rda", compress = "bzip2", version = 3)
//   small_v2 <- small
//   save(small_v2, file = "small-v2.rda", version = 2)

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ICSharpCode.SharpZipLib.BZip2;
using Treaties.Tests;
using Xunit;

namespace Treaties.Datasets.Tests;

/// <summary>Reading data frames from R's .rda files: small fixtures of our own, and ATOP's dyad-year file when it is at hand.</summary>
public class RDataTests
{
    private const int NA = RDataFrame.NA;

    [Theory]
    [InlineData("small.rda", "small")]
    [InlineData("small-v2.rda", "small_v2")]
    public void ReadDataFrame_Fixture_NameColumnsAndValues(string file, string name)
    {
        using FileStream rda = OpenFixture(file);

        RDataFrame frame = RData.ReadDataFrame(rda);

        Assert.Equal(name, frame.Name);
        AssertSmall(frame);
    }

    [Fact]
    public void ReadDataFrame_Uncompressed_ReadsTheSame()
    {
        using var uncompressed = new MemoryStream();
        using (FileStream bzip2 = OpenFixture("small.rda"))
        {
            BZip2.Decompress(bzip2, uncompressed, isStreamOwner: false);
        }

        uncompressed.Position = 0;

        AssertSmall(RData.ReadDataFrame(uncompressed));
    }

    [Fact]
    public void Integers_FractionalDoubles_NamesTheColumnAndRow()
    {
        using FileStream rda = OpenFixture("small.rda");
        RDataFrame frame = RData.ReadDataFrame(rda);

        var ex = Assert.Throws<InvalidDataException>(() => frame.Integers("share"));

        Assert.Contains("Column 'share' of 'small' holds 0.5 in row 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integers_StringColumn_Throws()
    {
        using FileStream rda = OpenFixture("small.rda");
        RDataFrame frame = RData.ReadDataFrame(rda);

        Assert.Contains("holds strings", Assert.Throws<InvalidDataException>(() => frame.Integers("state")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => frame.Integers("ccode3"));
    }

    [Theory]
    [InlineData("atopid,member,yrent\n1001,255,1879\n", "not an R data file")]
    [InlineData("", "not an R data file")]
    [InlineData("RDA3\nA\n3\n", "ASCII")]
    public void ReadDataFrame_NotRData_InvalidDataException(string text, string message)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        Assert.Contains(message, Assert.Throws<InvalidDataException>(() => RData.ReadDataFrame(stream)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDataFrame_CutShort_InvalidDataException()
    {
        using var whole = new MemoryStream();
        using (FileStream gzip = OpenFixture("small-v2.rda"))
        {
            gzip.CopyTo(whole);
        }

        using var half = new MemoryStream(whole.ToArray()[..(int)(whole.Length / 2)]);

        Assert.Throws<InvalidDataException>(() => RData.ReadDataFrame(half));
    }

    /// <summary>ATOP's directed dyad-year file as peacesciencer ships it: one row per ordered pair of states and year.</summary>
    [AtopFileFact("atop_alliance.rda")]
    public void ReadDataFrame_AtopAlliance_OneRowPerDirectedDyadYear()
    {
        using FileStream rda = File.OpenRead(AtopFileFactAttribute.PathOf("atop_alliance.rda"));

        RDataFrame atop = RData.ReadDataFrame(rda);

        Assert.Equal("atop_alliance", atop.Name);
        Assert.Equal(272_046, atop.RowCount);
        Assert.Equal(["ccode1", "ccode2", "year", "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"], atop.Columns);
        int[] ccode1 = atop.Integers("ccode1"), ccode2 = atop.Integers("ccode2"), year = atop.Integers("year");
        var dyadYears = new HashSet<(int, int, int)>();
        for (int row = 0; row < atop.RowCount; row++)
        {
            Assert.True(dyadYears.Add((ccode1[row], ccode2[row], year[row])), $"Row {row + 1} repeats ({ccode1[row]}, {ccode2[row]}, {year[row]}).");
        }

        Assert.All(atop.Columns.Skip(3), provision => Assert.All(atop.Integers(provision), value => Assert.InRange(value, 0, 1)));
    }

    private static FileStream OpenFixture(string file) =>
        File.OpenRead(Path.Combine(Repository.Root, "tests", "Treaties.Datasets.Tests", "Fixtures", file));

    private static void AssertSmall(RDataFrame frame)
    {
        Assert.Equal(5, frame.RowCount);
        Assert.Equal(["ccode1", "ccode2", "year", "share", "defense", "allied", "state"], frame.Columns);
        Assert.Equal([2, 2, 20, 200, 255], frame.Integers("ccode1"));
        Assert.Equal([20, 200, 2, 255, NA], frame.Integers("ccode2"));
        Assert.Equal([1991, 1992, 1993, 1994, 1995], frame.Integers("year"));
        Assert.Equal([1, 0, 1, 0, 1], frame.Integers("defense"));
        Assert.Equal([1, 0, NA, 1, 1], frame.Integers("allied"));
    }
}
