using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using Xunit;
using static Treaties.Tests.TestCatalogs;

namespace Treaties.Tests.Data;

/// <summary>The bundled data, checked against dates taken independently from the depositaries' records.</summary>
public class BundledDataTests
{
    private static readonly TreatyCatalog Catalog = TreatyCatalog.Default;
    private static readonly Treaty Nato = Catalog.GetTreaty("NATO");
    private static readonly Treaty Csto = Catalog.GetTreaty("CSTO");

    /// <summary>Each NATO member and the day its membership took effect (deposit of its instrument).</summary>
    public static TheoryData<string, string> NatoAccessions => new()
    {
        { "BEL", "1949-08-24" }, { "CAN", "1949-08-24" }, { "DNK", "1949-08-24" }, { "FRA", "1949-08-24" },
        { "ISL", "1949-08-24" }, { "ITA", "1949-08-24" }, { "LUX", "1949-08-24" }, { "NLD", "1949-08-24" },
        { "NOR", "1949-08-24" }, { "PRT", "1949-08-24" }, { "GBR", "1949-08-24" }, { "USA", "1949-08-24" },
        { "GRC", "1952-02-18" }, { "TUR", "1952-02-18" }, { "DEU", "1955-05-06" }, { "ESP", "1982-05-30" },
        { "CZE", "1999-03-12" }, { "HUN", "1999-03-12" }, { "POL", "1999-03-12" },
        { "BGR", "2004-03-29" }, { "EST", "2004-03-29" }, { "LVA", "2004-03-29" }, { "LTU", "2004-03-29" },
        { "ROU", "2004-03-29" }, { "SVK", "2004-03-29" }, { "SVN", "2004-03-29" },
        { "ALB", "2009-04-01" }, { "HRV", "2009-04-01" }, { "MNE", "2017-06-05" }, { "MKD", "2020-03-27" },
        { "FIN", "2023-04-04" }, { "SWE", "2024-03-07" },
    };

    /// <summary>NATO's size on the day of each enlargement and the day before.</summary>
    public static TheoryData<string, int, int> NatoEnlargements => new()
    {
        { "1949-08-24", 0, 12 }, { "1952-02-18", 12, 14 }, { "1955-05-06", 14, 15 }, { "1982-05-30", 15, 16 },
        { "1999-03-12", 16, 19 }, { "2004-03-29", 19, 26 }, { "2009-04-01", 26, 28 }, { "2017-06-05", 28, 29 },
        { "2020-03-27", 29, 30 }, { "2023-04-04", 30, 31 }, { "2024-03-07", 31, 32 },
    };

    /// <summary>The Collective Security Treaty's size on each day it changed and the day before.</summary>
    public static TheoryData<string, int, int> CstoChanges => new()
    {
        { "1994-04-20", 0, 9 },   // in force for all nine signatories
        { "1999-04-21", 9, 6 },   // Azerbaijan, Georgia and Uzbekistan did not renew
        { "2006-08-16", 6, 7 },   // Uzbekistan returns
        { "2012-12-19", 7, 6 },   // Uzbekistan's membership suspended, in effect its exit
    };

    public static TheoryData<string, string> EveryMembership()
    {
        var data = new TheoryData<string, string>();
        foreach (Treaty treaty in Catalog.Treaties)
        {
            foreach (MembershipPeriod period in treaty.Memberships)
            {
                data.Add(treaty.Id, period.ToString());
            }
        }

        return data;
    }

    [Fact]
    public void Default_HoldsTheTreatiesItNames() => Assert.Equal(
        ["NATO", "CSTO", "ANZUS", "SEATO", "USA-JPN", "USA-KOR", "USA-PHL", "USA-TWN", "RIO", "EU", "WEU", "WARSAW", "CENTO", "CHN-SUN", "CHN-PRK", "RUS-PRK", "RUS-ARM", "RUS-BLR", "TUR-AZE", "ARAB-LEAGUE", "SAU-PAK", "USA-FSM", "USA-MHL", "USA-PLW", "AUS-TUV", "FRA-POL", "FRA-DEU", "CYP-ALLIANCE", "GBR-PRT", "DUNKIRK", "SUN-FIN", "USA-PAK", "FRA-GRC", "AES",
         "GCC", "ECOWAS", "AU-PACT", "SADC", "FRA-DJI", "TUR-AZE-2010", "RUS-KAZ", "RUS-TJK", "RUS-KGZ", "RUS-UZB", "KAZ-KGZ", "KEN-ETH", "CUB-PRK", "RSS", "AMU", "ECCAS", "ICGLR", "BALKAN", "EGY-SYR", "SUN-MNG"],
        Catalog.Treaties.Select(t => t.Id));

    [Fact]
    public void Default_HasAsOfDate() => Assert.NotNull(Catalog.AsOf);

    [Theory]
    [MemberData(nameof(NatoAccessions))]
    public void Nato_Accession_FirstDayMemberDayBeforeNot(string code, string firstDay)
    {
        LocalDate day = Iso(firstDay);

        Assert.True(Nato.IsMember(code, day), $"{code} should be a member on {firstDay}");
        Assert.False(Nato.IsMember(code, day.PlusDays(-1)), $"{code} should not be a member the day before {firstDay}");
    }

    [Fact]
    public void Nato_EveryMemberIsInTheTable() =>
        Assert.Equal(
            NatoAccessions.Select(row => (string)row[0]).Order(StringComparer.Ordinal),
            Nato.Memberships.Select(m => m.State.Code).Order(StringComparer.Ordinal));

    [Fact]
    public void Nato_LaterMembers_HaveAccessionSignatureBeforeMembership()
    {
        foreach (MembershipPeriod period in Nato.Memberships.Where(m => m.Start > Nato.EnteredIntoForce))
        {
            Assert.NotNull(period.Signed);
            Assert.True(period.Signed < period.Start, $"{period.State.Code} signed on {period.Signed}, not before {period.Start}");
        }

        Assert.Equal(D(2022, 7, 5), Nato.PeriodsOf("FIN")[0].Signed);
    }

    [Theory]
    [MemberData(nameof(NatoEnlargements))]
    public void Nato_MemberCountAtEachEnlargement(string day, int before, int after)
    {
        Assert.Equal(before, Nato.MembersOn(Iso(day).PlusDays(-1)).Count);
        Assert.Equal(after, Nato.MembersOn(Iso(day)).Count);
    }

    [Theory]
    [MemberData(nameof(CstoChanges))]
    public void Csto_MemberCountAtEachChange(string day, int before, int after)
    {
        Assert.Equal(before, Csto.MembersOn(Iso(day).PlusDays(-1)).Count);
        Assert.Equal(after, Csto.MembersOn(Iso(day)).Count);
    }

    [Theory]
    [MemberData(nameof(EveryMembership))]
    public void EveryMembership_FirstDayLastDayAndBoundaries(string treatyId, string period)
    {
        Treaty treaty = Catalog.GetTreaty(treatyId);
        MembershipPeriod membership = treaty.Memberships.Single(m => m.ToString() == period);
        string code = membership.State.Code;
        bool contiguousBefore = treaty.PeriodsOf(code).Any(p => p.End == membership.Start);

        Assert.True(treaty.IsMember(code, membership.Start));
        Assert.Equal(contiguousBefore, treaty.IsMember(code, membership.Start.PlusDays(-1)));
        if (membership.End is LocalDate end)
        {
            Assert.True(treaty.IsMember(code, end.PlusDays(-1)));
            Assert.False(treaty.IsMember(code, end));
        }
        else
        {
            Assert.True(treaty.IsMember(code, Catalog.AsOf!.Value));
        }
    }

    [Fact]
    public void Germany_OneContinuousMembershipThroughReunification()
    {
        MembershipPeriod germany = Assert.Single(Nato.PeriodsOf("DEU"));

        Assert.Null(germany.End);
        Assert.True(Nato.IsMember("DEU", D(1990, 10, 2)));
        Assert.True(Nato.IsMember("DEU", D(1990, 10, 3)));
        Assert.Single(Catalog.HistoryOf("DEU"), c => c.Treaty == Nato && c.Kind == MembershipChangeKind.Joined);
        Assert.DoesNotContain(Catalog.HistoryOf("DEU"), c => c.Treaty == Nato && c.Kind == MembershipChangeKind.Left);
        Assert.Contains("1990-10-03", germany.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void DissolvedStates_HaveDatesAndSuccessors()
    {
        MemberState gdr = Catalog.GetState("DDR");
        Assert.Equal(D(1990, 10, 3), gdr.Dissolved);
        Assert.Equal(["DEU"], gdr.Successors);

        Assert.Equal(D(1991, 12, 26), Catalog.GetState("SUN").Dissolved);
        Assert.Contains("RUS", Catalog.GetState("SUN").Successors);
        Assert.Equal(["CZE", "SVK"], Catalog.GetState("CSK").Successors.Order(StringComparer.Ordinal));
        Assert.NotNull(Catalog.GetState("YUG").Dissolved);
    }

    [Fact]
    public void States_IncludeEveryUnMemberAndNonMembers()
    {
        Assert.True(Catalog.States.Count(s => s.Dissolved is null) >= 194);
        // Every state has its ISO alpha-2 code but the states of the COW state system that ISO 3166 has no code for.
        Assert.Equal(
            ["AUH", "BAD", "BAV", "HAN", "HSE", "HSG", "KOS", "MEC", "MOD", "PAP", "PMA", "RVN", "SAX", "SIC", "TUS", "WRT", "XKO", "ZAN"],
            Catalog.States.Where(s => s.Alpha2 is null).Select(s => s.Code).Order(StringComparer.Ordinal));
        Assert.False(Nato.IsMember("JPN", D(2024, 1, 1)));
        Assert.Equal("Türkiye", Catalog.GetState("TUR").Name);
    }

    [Fact]
    public void France_OutsideIntegratedCommand_1966To2009()
    {
        Assert.Equal(ParticipationStatus.Full, Nato.StatusOn("FRA", D(1966, 6, 30)).Participation);
        Assert.Equal(ParticipationStatus.OutsideIntegratedCommand, Nato.StatusOn("FRA", D(1966, 7, 1)).Participation);
        Assert.Equal(ParticipationStatus.OutsideIntegratedCommand, Nato.StatusOn("FRA", D(1995, 1, 1)).Participation);
        Assert.Equal(ParticipationStatus.Full, Nato.StatusOn("FRA", D(2009, 4, 4)).Participation);
        Assert.True(Nato.IsMember("FRA", D(1980, 1, 1)));
    }

    [Fact]
    public void Greece_OutsideMilitaryStructure_1974To1980()
    {
        Assert.Equal(ParticipationStatus.Full, Nato.StatusOn("GRC", D(1974, 8, 13)).Participation);
        Assert.Equal(ParticipationStatus.OutsideIntegratedCommand, Nato.StatusOn("GRC", D(1974, 8, 14)).Participation);
        Assert.Equal(ParticipationStatus.Full, Nato.StatusOn("GRC", D(1980, 10, 20)).Participation);
    }

    [Fact]
    public void Nato_Article5_InvokedOnceByTheUnitedStates()
    {
        Invocation invocation = Assert.Single(Nato.MutualDefenceClauses.Single(c => c.Article == "Article 5").Invocations);

        Assert.Equal(D(2001, 9, 12), invocation.Date);
        Assert.Equal(["USA"], invocation.RequestedBy.Select(s => s.Code));
        Assert.Contains(invocation.DateRecord.Alternatives, a => a.Date == D(2001, 10, 2));
    }

    [Fact]
    public void Nato_Article4_ConsultationsIncludeTheEightAlliesOf2022()
    {
        ConsultationClause article4 = Nato.ConsultationClauses.Single(c => c.Article == "Article 4");
        Invocation february2022 = article4.Invocations.Single(i => i.Date == D(2022, 2, 24));

        Assert.Equal(["BGR", "CZE", "EST", "LTU", "LVA", "POL", "ROU", "SVK"], february2022.RequestedBy.Select(s => s.Code).Order(StringComparer.Ordinal));
        Assert.Equal(D(2003, 2, 10), article4.Invocations[0].Date);
        Assert.All(article4.Invocations, i => Assert.True(i.RequestedBy.All(s => Nato.IsMember(s, i.Date))));
        Assert.False(string.IsNullOrWhiteSpace(Nato.MutualDefenceClauses[0].Scope.Description));
    }

    [Fact]
    public void Csto_IsOneTreatyUnderBothNames()
    {
        Assert.Same(Csto, Catalog.GetTreaty("CST"));
        Assert.Contains("Collective Security Treaty Organization", Csto.Name, StringComparison.Ordinal);
        Assert.Equal(D(1992, 5, 15), Csto.Signed);
        Assert.Equal(D(1994, 4, 20), Csto.EnteredIntoForce);
        Assert.Contains(Csto.Documents, d => d.Name.Contains("Charter", StringComparison.Ordinal) && d.EnteredIntoForce == D(2003, 9, 18));
        Assert.Contains(Csto.Documents, d => d.Name.Contains("prolongation", StringComparison.OrdinalIgnoreCase) && d.Signed == D(1999, 4, 2));
    }

    [Theory]
    [InlineData("AZE")]
    [InlineData("GEO")]
    [InlineData("UZB")]
    public void Csto_StatesThatDidNotRenew_LeftOn21April1999(string code)
    {
        Assert.True(Csto.IsMember(code, D(1999, 4, 20)));
        Assert.False(Csto.IsMember(code, D(1999, 4, 21)));
        Assert.NotEmpty(Csto.PeriodsOf(code)[0].EndRecord!.Alternatives);
    }

    [Fact]
    public void Csto_UzbekistanReturnedThenSuspendedThenLeft()
    {
        Assert.Equal(2, Csto.PeriodsOf("UZB").Count);
        Assert.True(Csto.IsMember("UZB", D(2006, 8, 16)));
        Assert.Equal(ParticipationStatus.Suspended, Csto.StatusOn("UZB", D(2012, 6, 28)).Participation);
        Assert.True(Csto.IsMember("UZB", D(2012, 12, 18)));
        Assert.False(Csto.IsMember("UZB", D(2012, 12, 19)));
    }

    [Fact]
    public void Csto_ArmeniaFrozenSince2024ButStillAMember()
    {
        MembershipStatus today = Csto.StatusOn("ARM", Catalog.AsOf!.Value);

        Assert.True(today.IsMember);
        Assert.Equal(ParticipationStatus.Frozen, today.Participation);
        Assert.Equal(2024, today.Since!.Value.Year);
        Assert.Equal(ParticipationStatus.Full, Csto.StatusOn("ARM", D(2022, 9, 13)).Participation);
    }

    [Fact]
    public void Csto_ObserversAreNotMembers_AndIranIsNotOne()
    {
        Assert.Equal(MembershipRole.Observer, Csto.StatusOn("SRB", D(2020, 1, 1)).Role);
        Assert.False(Csto.IsMember("SRB", D(2020, 1, 1)));
        Assert.Equal(MembershipRole.None, Csto.StatusOn("IRN", D(2022, 9, 13)).Role);
        Assert.All(Csto.Observers, o => Assert.Equal("CSTO Parliamentary Assembly", o.Body));
    }

    [Fact]
    public void Csto_Article4Requests_WithOutcomes()
    {
        MutualDefenceClause article4 = Csto.MutualDefenceClauses.Single();

        Assert.Equal(ObligationStrength.NecessaryAssistanceIncludingMilitary, article4.Obligation);
        Assert.True(article4.Invocations.Single(i => i.RequestedBy[0].Code == "KAZ").AssistanceProvided);
        Invocation armenia = article4.Invocations.Single(i => i.Date == D(2022, 9, 13));
        Assert.Equal("ARM", armenia.RequestedBy.Single().Code);
        Assert.False(armenia.AssistanceProvided);
        Assert.NotEmpty(Csto.ConsultationClauses.Single(c => c.Article == "Article 2").Invocations);
    }

    [Fact]
    public void SeedStory_September2022()
    {
        LocalDate day = D(2022, 9, 13);

        Assert.Equal(["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"], Csto.MembersOn(day).Select(s => s.Code));
        Assert.Equal(["CSTO", "RUS-ARM"], Catalog.TreatiesOf("ARM", day).Select(t => t.Id));
        Assert.Equal(["TUR-AZE", "TUR-AZE-2010"], Catalog.TreatiesOf("AZE", day).Select(t => t.Id));
        Assert.False(Catalog.AreAllies("AZE", "ARM", day));
        Assert.True(Catalog.AreAllies("KGZ", "TJK", D(2022, 9, 14)));
        Assert.False(Nato.IsMember("FIN", D(2023, 4, 3)));
    }

    [Fact]
    public void EveryDate_CarriesAtLeastOneSource()
    {
        string[] unsourced = [.. AllDates().Where(d => d.Record.Sources.Count == 0).Select(d => d.Where)];
        Assert.Empty(unsourced);
    }

    [Fact]
    public void EveryUnconfirmedDate_SaysWhy()
    {
        string[] silent = [.. AllDates().Where(d => !d.Record.IsConfirmed && d.Record.Note is null).Select(d => d.Where)];

        Assert.Contains(AllDates(), d => !d.Record.IsConfirmed);
        Assert.Empty(silent);
    }

    [Fact]
    public void EveryAlternativeDate_HasASourceAndANote() =>
        Assert.All(AllDates().SelectMany(d => d.Record.Alternatives), a =>
        {
            Assert.NotEmpty(a.Sources);
            Assert.NotNull(a.Note);
        });

    [Fact]
    public void BundledFile_SavesBackToTheSameBytes()
    {
        using Stream resource = typeof(TreatyCatalog).Assembly.GetManifestResourceStream("Treaties.Data.treaties.json")!;
        using var original = new MemoryStream();
        resource.CopyTo(original);
        using var saved = new MemoryStream();

        Catalog.Save(saved);

        Assert.Equal(original.ToArray(), saved.ToArray());
    }

    private static LocalDate Iso(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    private static IEnumerable<(string Where, RecordedDate Record)> AllDates()
    {
        foreach (MemberState state in Catalog.States)
        {
            foreach (RecordedDate? record in new[] { state.EstablishedRecord, state.DissolvedRecord })
            {
                if (record is not null)
                {
                    yield return (state.Code, record);
                }
            }
        }

        foreach (Place place in Catalog.Places.Where(p => p.HeldUntilRecord is not null))
        {
            yield return (place.Code, place.HeldUntilRecord!);
        }

        foreach (Treaty treaty in Catalog.Treaties)
        {
            foreach (RecordedDate record in RecordedDates.Of(treaty))
            {
                yield return ($"{treaty.Id} {record.Date}", record);
            }
        }
    }
}
