using NodaTime;

namespace Treaties.Tests;

/// <summary>Small catalogs built in code, with the boundaries the tests need.</summary>
internal static class TestCatalogs
{
    internal static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>
    /// NATO-like, CSTO-like and a treaty without a defence clause. Dates follow the real treaties so the tests read
    /// naturally, but the tests only rely on what is built here.
    /// </summary>
    internal static TreatyCatalog Small() => new TreatyCatalogBuilder()
        .AddState(new MemberState("USA", "United States of America"))
        .AddState(new MemberState("FRA", "France"))
        .AddState(new MemberState("FIN", "Finland"))
        .AddState(new MemberState("SWE", "Sweden"))
        .AddState(new MemberState("ARM", "Armenia"))
        .AddState(new MemberState("KGZ", "Kyrgyzstan"))
        .AddState(new MemberState("TJK", "Tajikistan"))
        .AddState(new MemberState("AZE", "Azerbaijan"))
        .AddState(new MemberState("SRB", "Serbia"))
        .AddState(new MemberState("JPN", "Japan"))
        .AddTreaty("NATO", "North Atlantic Treaty", D(1949, 4, 4), D(1949, 8, 24), nato => nato
            .AddAlias("North Atlantic Treaty Organization")
            .AddMember("USA", D(1949, 8, 24))
            .AddMembership(new MembershipPeriod(
                new MemberState("FRA", "France"),
                D(1949, 8, 24),
                participationChanges:
                [
                    new ParticipationChange(ParticipationStatus.OutsideIntegratedCommand, D(1966, 7, 1)),
                    new ParticipationChange(ParticipationStatus.Full, D(2009, 4, 4)),
                ]))
            .AddMember("FIN", D(2023, 4, 4))
            .AddMember("SWE", D(2024, 3, 7))
            .AddClause(new MutualDefenceClause(
                "Article 5",
                "An armed attack against one shall be considered an attack against them all.",
                invocations: [new Invocation(D(2001, 9, 12), [new MemberState("USA", "United States of America")], "Invoked after the attacks of 11 September.")]))
            .AddClause(new ConsultationClause("Article 4", "The parties consult when one is threatened.")))
        .AddTreaty("CSTO", "Collective Security Treaty", D(1992, 5, 15), D(1994, 4, 20), csto => csto
            .AddAlias("CST")
            .AddMembership(new MembershipPeriod(
                new MemberState("ARM", "Armenia"),
                D(1994, 4, 20),
                participationChanges: [new ParticipationChange(ParticipationStatus.Frozen, D(2024, 2, 22))]))
            .AddMember("KGZ", D(1994, 4, 20))
            .AddMember("TJK", D(1994, 4, 20))
            .AddMember("AZE", D(1994, 4, 20), D(1999, 4, 21))
            .AddObserver(new ObserverPeriod(new MemberState("SRB", "Serbia"), D(2013, 4, 1), body: "Parliamentary Assembly"))
            .AddClause(new MutualDefenceClause(
                "Article 4",
                "Aggression against one is aggression against all.",
                ObligationStrength.NecessaryAssistanceIncludingMilitary)))
        .AddTreaty("NORDIC", "Nordic consultation pact", D(1995, 1, 1), D(1995, 1, 1), pact => pact
            .AddMember("FIN", D(1995, 1, 1))
            .AddMember("SWE", D(1995, 1, 1))
            .AddClause(new ConsultationClause("Article 1", "The parties consult on security.")))
        .Build();
}
