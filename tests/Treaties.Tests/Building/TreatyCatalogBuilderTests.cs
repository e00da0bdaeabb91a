using System;
using NodaTime;
using Xunit;
using static Treaties.Tests.TestCatalogs;

namespace Treaties.Tests.Building;

public class TreatyCatalogBuilderTests
{
    private static readonly MemberState Fin = new("FIN", "Finland");
    private static readonly MemberState Swe = new("SWE", "Sweden");

    private static TreatyCatalogBuilder WithStates() => new TreatyCatalogBuilder().AddState(Fin).AddState(Swe);

    private static TreatyBuilder Treaty(TreatyCatalogBuilder builder) => builder.AddTreaty("PACT", "Pact", D(2000, 1, 1), D(2000, 6, 1));

    [Fact]
    public void AddState_Twice_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => WithStates().AddState(new MemberState("fin", "Finland")));
        Assert.Contains("FIN was already added", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTreaty_DuplicateIdIgnoringCase_Throws()
    {
        TreatyCatalogBuilder builder = WithStates();
        Treaty(builder);

        var ex = Assert.Throws<ArgumentException>(() => builder.AddTreaty("pact", "Other", D(2000, 1, 1), D(2000, 1, 1)));
        Assert.Equal("id", ex.ParamName);
    }

    [Fact]
    public void AddAlias_AlreadyAnId_Throws()
    {
        TreatyCatalogBuilder builder = WithStates();
        Treaty(builder);
        TreatyBuilder other = builder.AddTreaty("OTHER", "Other", D(2000, 1, 1), D(2000, 1, 1));

        var ex = Assert.Throws<ArgumentException>(() => other.AddAlias("Pact"));
        Assert.Contains("already names the treaty PACT", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTreaty_EntryIntoForceBeforeSigning_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => WithStates().AddTreaty("X", "X", D(2000, 1, 2), D(2000, 1, 1)));
        Assert.Equal("enteredIntoForce", ex.ParamName);
    }

    [Fact]
    public void AddMember_UnknownState_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Treaty(WithStates()).AddMember("NOR", D(2000, 6, 1)));

        Assert.Equal("stateCode", ex.ParamName);
        Assert.Contains("'NOR'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMembership_StateNotInCatalog_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => Treaty(WithStates()).AddMembership(new MembershipPeriod(new MemberState("NOR", "Norway"), D(2000, 6, 1))));
        Assert.Contains("NOR is not a state added", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMember_BeforeEntryIntoForce_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Treaty(WithStates()).AddMember("FIN", D(2000, 5, 31)));
        Assert.Contains("before the treaty entered into force on 2000-06-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMember_OnEntryIntoForce_IsAccepted() =>
        Assert.True(Treaty(WithStates()).AddMember("FIN", D(2000, 6, 1)) is not null);

    [Fact]
    public void AddMember_OverlappingPeriod_Throws()
    {
        TreatyBuilder pact = Treaty(WithStates()).AddMember("FIN", D(2000, 6, 1), D(2005, 1, 1));

        var ex = Assert.Throws<ArgumentException>(() => pact.AddMember("FIN", D(2004, 12, 31)));
        Assert.Contains("overlaps the membership FIN [2000-06-01, 2005-01-01)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMember_ReentryOnTheDayOfExit_IsAccepted()
    {
        TreatyCatalog catalog = new TreatyCatalogBuilder().AddState(Fin)
            .AddTreaty("PACT", "Pact", D(2000, 1, 1), D(2000, 6, 1), t => t.AddMember("FIN", D(2000, 6, 1), D(2005, 1, 1)).AddMember("FIN", D(2005, 1, 1)))
            .Build();

        Assert.True(catalog.GetTreaty("PACT").IsMember("FIN", D(2005, 1, 1)));
        Assert.Equal(2, catalog.GetTreaty("PACT").PeriodsOf("FIN").Count);
    }

    [Fact]
    public void WithTerminated_OpenMembership_Throws()
    {
        TreatyBuilder pact = Treaty(WithStates()).AddMember("FIN", D(2000, 6, 1));

        var ex = Assert.Throws<ArgumentException>(() => pact.WithTerminated(D(2010, 1, 1)));
        Assert.Contains("with no end", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMember_EndingAfterTermination_Throws()
    {
        TreatyBuilder pact = Treaty(WithStates()).WithTerminated(D(2010, 1, 1));

        var ex = Assert.Throws<ArgumentException>(() => pact.AddMember("FIN", D(2000, 6, 1), D(2010, 1, 2)));
        Assert.Contains("the treaty ended on 2010-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddObserver_WhileMember_Throws()
    {
        TreatyBuilder pact = Treaty(WithStates()).AddMember("FIN", D(2000, 6, 1));

        var ex = Assert.Throws<ArgumentException>(() => pact.AddObserver(new ObserverPeriod(Fin, D(2001, 1, 1))));
        Assert.Contains("a member is not also an observer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMembership_SignedBeforeTreatySigned_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => Treaty(WithStates()).AddMembership(new MembershipPeriod(Fin, D(2000, 6, 1), signed: D(1999, 1, 1))));
        Assert.Contains("signed PACT on 1999-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddClause_InvokedByNonMember_Throws()
    {
        TreatyBuilder pact = Treaty(WithStates()).AddMember("FIN", D(2000, 6, 1));
        var clause = new MutualDefenceClause("Article 1", "Defence.", invocations: [new Invocation(D(2001, 1, 1), [Swe], "Nothing.")]);

        var ex = Assert.Throws<ArgumentException>(() => pact.AddClause(clause));
        Assert.Contains("SWE invoked Article 1 of PACT on 2001-01-01 but was not a member", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddClause_SameArticleTwice_Throws()
    {
        TreatyBuilder pact = Treaty(WithStates()).AddClause(new ConsultationClause("Article 4", "Consult."));

        var ex = Assert.Throws<ArgumentException>(() => pact.AddClause(new MutualDefenceClause("article 4", "Defend.")));
        Assert.Contains("already has a clause for article 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddClause_InForceBeforeTreaty_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => Treaty(WithStates()).AddClause(new MutualDefenceClause("Article 1", "Defend.", inForceFrom: D(1999, 1, 1))));
        Assert.Equal("clause", ex.ParamName);
    }

    [Fact]
    public void Build_UnknownSuccessor_ThrowsInvalidOperation()
    {
        TreatyCatalogBuilder builder = WithStates().AddState(new MemberState("SUN", "Soviet Union", dissolved: D(1991, 12, 26), successors: ["RUS"]));

        var ex = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("SUN names the successor RUS", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoSourcesWithOneId_ThrowsInvalidOperation()
    {
        var a = new Source("s", "A", "P", new Uri("https://example.org/a"), SourceKind.Official);
        var b = new Source("s", "B", "P", new Uri("https://example.org/b"), SourceKind.Official);
        TreatyCatalogBuilder builder = WithStates();
        builder.AddTreaty("PACT", "Pact", new RecordedDate(D(2000, 1, 1), [a]), new RecordedDate(D(2000, 6, 1), [b]));

        var ex = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("share the id 's'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CollectsSourcesOnceInOrderOfUse()
    {
        var a = new Source("a", "A", "P", new Uri("https://example.org/a"), SourceKind.Official);
        TreatyCatalogBuilder builder = WithStates();
        builder.AddTreaty("PACT", "Pact", new RecordedDate(D(2000, 1, 1), [a]), new RecordedDate(D(2000, 6, 1), [a]));

        Assert.Equal([a], builder.Build().Sources);
    }

    [Fact]
    public void Build_LaterChangesToBuilder_DoNotAffectBuiltCatalog()
    {
        TreatyCatalogBuilder builder = WithStates();
        TreatyBuilder pact = Treaty(builder);
        TreatyCatalog first = builder.Build();

        pact.AddMember("FIN", D(2000, 6, 1));

        Assert.False(first.GetTreaty("PACT").IsMember("FIN", D(2001, 1, 1)));
        Assert.True(builder.Build().GetTreaty("PACT").IsMember("FIN", D(2001, 1, 1)));
    }

    [Fact]
    public void Build_WithAsOf_KeepsIt() => Assert.Equal(new LocalDate(2026, 11, 24), WithStates().WithAsOf(new LocalDate(2026, 11, 24)).Build().AsOf);
}
