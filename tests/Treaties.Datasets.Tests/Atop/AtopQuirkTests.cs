using System;
using System.Linq;
using NodaTime;
using Treaties.Tests;
using Xunit;

namespace Treaties.Datasets.Tests.Atop;

/// <summary>
/// The quirks the real ATOP files showed, guarded without them (<see cref="AtopFiles.Quirks"/>): how each is read, and
/// how the two panel rules count it.
/// </summary>
public class AtopQuirkTests
{
    private static readonly AtopLoadReport Read = AtopDataset.LoadWithReport(AtopFiles.Stream(AtopFiles.Quirks));

    private static string[] Dyads(int year, PanelRules rules) =>
        [.. DyadYearPanel.Rows(year, year, false, rules, Read.Catalog).Select(r => $"{r.CowCode1}-{r.CowCode2}")];

    private static int[] States(int year, PanelRules rules) =>
        [.. StateYearPanel.Rows(year, year, rules, Read.Catalog).Select(r => r.CowCode)];

    [Fact]
    public void LoadWithReport_FourDigitCode_IsLeftOutAndReportedWithItsLine()
    {
        AtopRowLeftOut row = Assert.Single(Read.RowsLeftOut);

        Assert.Equal((4L, 2001, 8152), (row.Line, row.AtopId, row.MemberCode));
        Assert.StartsWith("Line 4: member 8152 of alliance 2001 is left out", row.ToString(), StringComparison.Ordinal);
        Assert.Equal(6, Read.RowsRead);
    }

    [Fact]
    public void LoadWithReport_PhaseZero_IsAnAllianceWithoutPhases()
    {
        Assert.Equal(["ATOP-2001", "ATOP-2002"], Read.Catalog.Treaties.Select(t => t.Id));
        Assert.True(Read.Catalog.GetTreaty("ATOP-2001").IsMember("FRA", new LocalDate(1900, 3, 15)));
    }

    [Fact]
    public void LoadWithReport_LastYear_IsTheCatalogsCheckedYear()
    {
        Assert.Equal(1995, Read.LastYear);
        Assert.Equal(new LocalDate(1995, 12, 31), Read.Catalog.AsOf);
    }

    [Fact]
    public void LoadWithReport_MonthOnlyDates_CoverTheWholeMonth()
    {
        MembershipPeriod poland = Read.Catalog.GetTreaty("ATOP-2002").PeriodsOf("POL").Single();

        Assert.Equal(new LocalDate(1980, 5, 1), poland.Start);
        Assert.Equal(DatePrecision.Month, poland.StartRecord.Precision);
        Assert.Equal(new LocalDate(1995, 7, 1), poland.End);
        Assert.Equal(DatePrecision.Month, poland.EndRecord!.Precision);
    }

    [Fact]
    public void Panels_ExitOnFirstOfJanuary_CountsThatYearOnlyUnderAtopRules()
    {
        Assert.Contains("200-220", Dyads(1910, PanelRules.Atop));
        Assert.DoesNotContain("200-220", Dyads(1910, PanelRules.Days));
        Assert.Contains("200-220", Dyads(1909, PanelRules.Days));
        Assert.Contains(315, States(1993, PanelRules.Atop));
        Assert.DoesNotContain(315, States(1993, PanelRules.Days));
        Assert.Contains("290-315", Dyads(1993, PanelRules.Atop));
        Assert.DoesNotContain("290-315", Dyads(1993, PanelRules.Days));
    }

    [Fact]
    public void Panels_SuccessorEnteringOnThePredecessorsExitDay_IsNotItsAlly()
    {
        Assert.DoesNotContain("315-316", Dyads(1993, PanelRules.Atop));
        Assert.DoesNotContain("315-316", Dyads(1993, PanelRules.Days));
        Assert.Contains("290-316", Dyads(1993, PanelRules.Atop));
    }

    [Fact]
    public void Panels_MonthOnlyExit_RunsToTheMonthsLastDay()
    {
        Assert.Contains("290-316", Dyads(1995, PanelRules.Atop));
        Assert.Contains("290-316", Dyads(1995, PanelRules.Days));
        Assert.DoesNotContain(290, States(1996, PanelRules.Days));
    }

    [Fact]
    public void Panels_ExitYearZero_RunsToTheFilesLastYearUnderAtopRules_AndOnUnderDays()
    {
        Assert.Equal([220, 290, 316], States(1995, PanelRules.Atop));
        Assert.Empty(States(1996, PanelRules.Atop));
        Assert.Equal([220, 316], States(1996, PanelRules.Days));
    }

    [Fact]
    public void Panels_DirectedUnderAtopRules_CarryTheFirstStatesOwnProvisions()
    {
        DyadYear[] rows = [.. DyadYearPanel.Rows(1905, 1905, true, PanelRules.Atop, Read.Catalog)];
        DyadYear[] either = [.. DyadYearPanel.Rows(1905, 1905, true, PanelRules.Days, Read.Catalog)];

        Assert.Equal(AllianceProvisions.Defense, rows.Single(r => r.CowCode1 == 200).Provisions);
        Assert.Equal(AllianceProvisions.Defense | AllianceProvisions.Consultation, rows.Single(r => r.CowCode1 == 220).Provisions);
        Assert.All(either, r => Assert.Equal(AllianceProvisions.Defense | AllianceProvisions.Consultation, r.Provisions));
    }

    [Fact]
    public void StateYears_ParallelPhasesOfOneAlliance_CountOnce()
    {
        TreatyCatalog small = AtopDataset.Load(AtopFiles.Stream(AtopFiles.Small));

        StateYear russia = StateYearPanel.Rows(1993, 1993, PanelRules.Atop, small).Single(r => r.CowCode == 365);

        Assert.Equal(1, russia.Alliances);
        Assert.Equal("ATOP-1003;ATOP-1003-2;ATOP-1003-3", russia.Treaties);
    }
}
