using System;
using NodaTime;
using Xunit;

namespace Treaties.Tests.Model;

public class MemberStateTests
{
    [Fact]
    public void Constructor_LowerCaseCode_KeepsUpperCase()
    {
        var state = new MemberState("fin", "Finland", "fi");

        Assert.Equal("FIN", state.Code);
        Assert.Equal("FI", state.Alpha2);
    }

    [Fact]
    public void Equals_SameCodeDifferentCaseAndName_AreEqual()
    {
        var upper = new MemberState("FIN", "Finland");
        var lower = new MemberState("fin", "Republic of Finland");

        Assert.Equal(upper, lower);
        Assert.True(upper == lower);
        Assert.Equal(upper.GetHashCode(), lower.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentCodes_AreNotEqual()
    {
        Assert.True(new MemberState("FIN", "Finland") != new MemberState("SWE", "Sweden"));
        Assert.False(new MemberState("FIN", "Finland").Equals(null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("FI")]
    [InlineData("FINL")]
    [InlineData("F1N")]
    [InlineData("FÍN")]
    public void Constructor_MalformedCode_ThrowsArgumentExceptionNamingCode(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => new MemberState(code, "Finland"));

        Assert.Equal("code", ex.ParamName);
        Assert.Contains($"'{code}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("alpha-3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullCode_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new MemberState(null!, "Finland"));
        Assert.Equal("code", ex.ParamName);
    }

    [Fact]
    public void Constructor_BlankName_ThrowsArgumentException()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MemberState("FIN", " "));
        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Constructor_SuccessorsWithoutDissolution_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MemberState("SUN", "Soviet Union", successors: ["RUS"]));

        Assert.Equal("successors", ex.ParamName);
        Assert.Contains("dissolution", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DissolvedState_KeepsDatesAndSuccessors()
    {
        var ddr = new MemberState(
            "DDR", "German Democratic Republic", "DD", new LocalDate(1949, 10, 7), new LocalDate(1990, 10, 3), ["deu"]);

        Assert.Equal(new LocalDate(1990, 10, 3), ddr.Dissolved);
        Assert.Equal(new LocalDate(1949, 10, 7), ddr.Established);
        Assert.Equal(["DEU"], ddr.Successors);
    }

    [Fact]
    public void Constructor_DissolvedBeforeEstablished_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => new MemberState("DDR", "GDR", established: new LocalDate(1990, 1, 1), dissolved: new LocalDate(1989, 1, 1)));
        Assert.Equal("dissolved", ex.ParamName);
    }
}
