using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Treaties;

// September 2022, replayed from the bundled data alone: for each clash, how the two states stood, who was bound to help
// the attacked one, under which article, with the sources, and what the record shows came of it.
TreatyCatalog catalog = TreatyCatalog.Default;

Clash[] clashes =
[
    new("Azerbaijan attacks Armenia", "AZE", "ARM", new LocalDate(2022, 9, 13), new LocalDate(2022, 9, 14), "AM-SU"),
    new("Kyrgyzstan and Tajikistan clash on their border (Tajik side)", "KGZ", "TJK", new LocalDate(2022, 9, 14), new LocalDate(2022, 9, 20), "TJ-SU"),
    new("Kyrgyzstan and Tajikistan clash on their border (Kyrgyz side)", "TJK", "KGZ", new LocalDate(2022, 9, 14), new LocalDate(2022, 9, 20), "KG-B"),
];

foreach (Clash clash in clashes)
{
    MemberState attacker = catalog.GetState(clash.Attacker);
    MemberState attacked = catalog.GetState(clash.Attacked);
    Place place = catalog.GetPlace(clash.Place);
    Console.WriteLine($"== {clash.Title}, {clash.First:uuuu-MM-dd} to {clash.Last:uuuu-MM-dd} ==");
    Console.WriteLine($"   Attacked at {place.Name} ({place.Code}), {attacked.Name}.");

    StateRelationship relationship = catalog.RelationshipOn(attacker.Code, attacked.Code, clash.First);
    Console.WriteLine($"   How they stood: {Describe(relationship.Kind)}");
    foreach (TreatyBond bond in relationship.Bonds)
    {
        Console.WriteLine($"     - {bond}");
        if (bond.Kind == RelationshipKind.FormerAllies)
        {
            MembershipPeriod former = bond.Treaty.PeriodsOf(attacker).Last(p => p.End == bond.End);
            Console.WriteLine($"       {attacker.Code} ceased to be a party on {former.EndRecord} [{Cite(former.EndRecord!)}]");
        }
    }

    IReadOnlyList<DefenceCommitment> help = catalog.WhoMustDefend(attacked.Code, clash.First, place.Code);
    if (help.Count == 0)
    {
        Console.WriteLine("   Who had to help: nobody; no mutual defence clause covered this attack.");
    }

    foreach (DefenceCommitment commitment in help)
    {
        Console.WriteLine($"   Who had to help under {commitment.Treaty.Id} {commitment.Clause.Article} ({Obligation(commitment.Obligation)}):");
        Console.WriteLine($"     {string.Join(", ", commitment.Defenders.Select(d => d.Equals(attacker) ? $"{d.Code} (the attacker itself)" : d.Code))}");
        MembershipPeriod membership = commitment.Treaty.PeriodsOf(attacked).First(p => p.Contains(clash.First));
        Console.WriteLine($"     {attacked.Code} a member since {membership.StartRecord} [{Cite(membership.StartRecord)}]");
        if (commitment.DefendersNotFullyParticipating.Count > 0)
        {
            Console.WriteLine($"     Not fully participating: {string.Join(", ", commitment.DefendersNotFullyParticipating.Select(d => d.Code))}");
        }
    }

    IReadOnlyList<ClauseInvocation> requests = catalog.InvocationTimeline(stateCode: attacked.Code, period: new DateInterval(clash.First, clash.Last));
    if (requests.Count == 0)
    {
        Console.WriteLine($"   The record shows no request for help by {attacked.Code} in these days.");
    }

    foreach (ClauseInvocation request in requests)
    {
        Console.WriteLine($"   {attacked.Code} invoked {request.Treaty.Id} {request.Clause.Article} on {request.Invocation.DateRecord} [{Cite(request.Invocation.DateRecord)}]");
        Console.WriteLine($"     Outcome: {request.Invocation.Outcome}");
        if (request.Invocation.AssistanceProvided == false)
        {
            Console.WriteLine("     The record shows that the help asked for did not come.");
        }
    }

    Console.WriteLine();
}

static string Describe(RelationshipKind kind) => kind switch
{
    RelationshipKind.Allies => "allies, bound to defend each other",
    RelationshipKind.FormerAllies => "former allies",
    RelationshipKind.CoMembers => "co-members of a treaty without a defence clause in force",
    RelationshipKind.Observer => "tied only through observer status",
    _ => "no treaty tie",
};

static string Obligation(ObligationStrength strength) => strength switch
{
    ObligationStrength.NecessaryAssistanceIncludingMilitary => "\"necessary assistance, including military\"",
    _ => "\"such action as it deems necessary\"",
};

static string Cite(RecordedDate date) => string.Join("; ", date.Sources.Take(1).Select(s => $"{s.Publisher}: {s.Title}"));

/// <summary>A clash from the story: who attacked whom, over which days, and where.</summary>
internal sealed record Clash(string Title, string Attacker, string Attacked, LocalDate First, LocalDate Last, string Place);
