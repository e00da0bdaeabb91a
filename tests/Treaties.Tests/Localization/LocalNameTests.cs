using System;
using System.Globalization;
using Xunit;
using static Treaties.Tests.TestCatalogs;

namespace Treaties.Tests.Localization;

/// <summary>Names in people's languages: states and places from CLDR, treaties from their sources, English as the fallback.</summary>
public class LocalNameTests
{
    private static readonly TreatyCatalog Catalog = TreatyCatalog.Default;

    [Theory]
    [InlineData("KOR", "en", "South Korea")]
    [InlineData("KOR", "nl", "Zuid-Korea")]
    [InlineData("KOR", "nl-BE", "Zuid-Korea")]
    [InlineData("DEU", "fr", "Allemagne")]
    [InlineData("DEU", "de", "Deutschland")]
    [InlineData("RUS", "ru", "Россия")]
    [InlineData("PSE", "nl", "Palestina")]
    [InlineData("KOR", "ja", "South Korea")]
    public void StateName_FromCldr_WithEnglishAsFallback(string code, string culture, string name) =>
        Assert.Equal(name, Catalog.GetState(code).GetName(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void StateName_NotInCldr_IsTheCatalogsName()
    {
        Assert.Equal(Catalog.GetState("SUN").Name, Catalog.GetState("SUN").GetName(CultureInfo.GetCultureInfo("nl")));
        Assert.Equal("Bavaria", Catalog.GetState("BAV").GetName(CultureInfo.GetCultureInfo("de")));
    }

    [Fact]
    public void StateName_OfficialNameStaysInName() =>
        Assert.Equal("Korea (the Republic of)", Catalog.GetState("KOR").Name);

    [Theory]
    [InlineData("GL", "nl", "Groenland")]
    [InlineData("US-HI", "en", "Hawaii")]
    [InlineData("US-HI", "nl", "Hawaii")]
    public void PlaceName_FromCldr(string code, string culture, string name) =>
        Assert.Equal(name, Catalog.GetPlace(code).GetName(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void TreatyName_WithoutALocalName_IsTheEnglishName()
    {
        var builder = new TreatyCatalogBuilder().AddState(new MemberState("FIN", "Finland"));
        builder.AddTreaty("PACT", "The Pact", new RecordedDate(D(2000, 1, 1)), new RecordedDate(D(2000, 1, 1)))
            .AddLocalName(new LocalizedName("nl", "Het Pact"));
        Treaty pact = builder.Build().GetTreaty("PACT");

        Assert.Equal("Het Pact", pact.GetName(CultureInfo.GetCultureInfo("nl-NL")));
        Assert.Equal("The Pact", pact.GetName(CultureInfo.GetCultureInfo("fr")));
        Assert.Equal("Het Pact", TreatyCatalog.Parse(builder.Build().ToJson()).GetTreaty("PACT").GetName(CultureInfo.GetCultureInfo("nl")));
    }

    [Fact]
    public void TreatyName_TwoInOneCulture_Throws()
    {
        TreatyBuilder pact = new TreatyCatalogBuilder().AddTreaty("PACT", "The Pact", new RecordedDate(D(2000, 1, 1)), new RecordedDate(D(2000, 1, 1)));
        pact.AddLocalName(new LocalizedName("nl", "Het Pact"));

        Assert.Throws<ArgumentException>(() => pact.AddLocalName(new LocalizedName("nl", "Een Pact")));
        Assert.Throws<ArgumentException>(() => new LocalizedName("xx-notaculture-zz", "Pact"));
    }
}
