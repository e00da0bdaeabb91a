using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using Treaties;

namespace September2022;

/// <summary>
/// The clashes of September 2022, replayed from a catalog: for each, how the two states stood, every commitment that
/// bound either of them that day (who had to help each, and whom each had to help), who had to help the attacked one
/// where the attack fell, with the sources, and what the record shows came of it.
/// </summary>
public static class Replay
{
    /// <summary>The clashes of the story: who attacked whom, over which days, and where.</summary>
    public static IReadOnlyList<Clash> Clashes { get; } =
    [
        new("Azerbaijan attacks Armenia", "AZE", "ARM", new LocalDate(2022, 9, 13), new LocalDate(2022, 9, 14), "AM-SU"),
        new("Kyrgyzstan and Tajikistan clash on their border (Tajik side)", "KGZ", "TJK", new LocalDate(2022, 9, 14), new LocalDate(2022, 9, 20), "TJ-SU"),
        new("Kyrgyzstan and Tajikistan clash on their border (Kyrgyz side)", "TJK", "KGZ", new LocalDate(2022, 9, 14), new LocalDate(2022, 9, 20), "KG-B"),
    ];

    /// <summary>Writes the replay of every clash.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="catalog">The catalog to answer from.</param>
    public static void Write(TextWriter output, TreatyCatalog catalog)
    {
        foreach (Clash clash in Clashes)
        {
            Write(output, catalog, clash);
            output.WriteLine();
        }
    }

    private static void Write(TextWriter output, TreatyCatalog catalog, Clash clash)
    {
        MemberState attacker = catalog.GetState(clash.Attacker);
        MemberState attacked = catalog.GetState(clash.Attacked);
        Place place = catalog.GetPlace(clash.Place);
        output.WriteLine($"== {clash.Title}, {clash.First:uuuu-MM-dd} to {clash.Last:uuuu-MM-dd} ==");
        output.WriteLine($"   Attacked at {place.Name} ({place.Code}), {attacked.Name}.");

        StateRelationship relationship = catalog.RelationshipOn(attacker.Code, attacked.Code, clash.First);
        output.WriteLine($"   How they stood: {Describe(relationship.Kind)}");
        foreach (TreatyBond bond in relationship.Bonds)
        {
            output.WriteLine($"     - {bond}");
            if (bond.Kind == RelationshipKind.FormerAllies)
            {
                MembershipPeriod former = bond.Treaty.PeriodsOf(attacker).Last(p => p.End == bond.End);
                output.WriteLine($"       {attacker.Code} ceased to be a party on {former.EndRecord} [{Cite(former.EndRecord!)}]");
            }
        }

        output.WriteLine($"   Every commitment that bound {attacked.Code} or {attacker.Code} on {clash.First:uuuu-MM-dd}:");
        foreach (MemberState state in new[] { attacked, attacker })
        {
            WriteCommitments(output, catalog, state, clash.First);
        }

        IReadOnlyList<DefenceCommitment> help = catalog.WhoMustDefend(attacked.Code, clash.First, place.Code);
        output.WriteLine($"   Who had to help {attacked.Code} against this attack, at {place.Code}:");
        if (help.Count == 0)
        {
            output.WriteLine("     nobody; no mutual defence clause covered it.");
        }

        foreach (DefenceCommitment commitment in help)
        {
            output.WriteLine($"     {commitment.Treaty.Id} {commitment.Clause.Article} ({Obligation(commitment)}): "
                + string.Join(", ", commitment.Defenders.Select(d => d.Equals(attacker) ? $"{d.Code} (the attacker itself)" : d.Code)));
            MembershipPeriod membership = commitment.Treaty.PeriodsOf(attacked).First(p => p.Contains(clash.First));
            output.WriteLine($"       {attacked.Code} a party since {membership.StartRecord} [{Cite(membership.StartRecord)}]");
            if (commitment.DefendersNotFullyParticipating.Count > 0)
            {
                output.WriteLine($"       Not fully participating: {string.Join(", ", commitment.DefendersNotFullyParticipating.Select(d => d.Code))}");
            }
        }

        IReadOnlyList<ClauseInvocation> requests = catalog.InvocationTimeline(stateCode: attacked.Code, period: new DateInterval(clash.First, clash.Last));
        if (requests.Count == 0)
        {
            output.WriteLine($"   The record shows no invocation by {attacked.Code} in these days.");
        }

        foreach (ClauseInvocation request in requests)
        {
            output.WriteLine($"   {attacked.Code} invoked {request.Treaty.Id} {request.Clause.Article} on {request.Invocation.DateRecord} [{Cite(request.Invocation.DateRecord)}]");
            output.WriteLine($"     Outcome: {request.Invocation.Outcome}");
            if (request.Invocation.AssistanceProvided == false)
            {
                output.WriteLine("     The record shows that the help asked for did not come.");
            }
        }

        foreach (Treaty treaty in catalog.Treaties)
        {
            foreach (Invocation request in treaty.Requests.Where(r => r.RequestedBy.Contains(attacked) && new DateInterval(clash.First, clash.Last).Contains(r.Date)))
            {
                output.WriteLine($"   {attacked.Code} also asked for help under {treaty.Id}, outside its articles, on {request.DateRecord} [{Cite(request.DateRecord)}]");
                output.WriteLine($"     Outcome: {request.Outcome}");
            }
        }
    }

    /// <summary>Writes who had to help a state at home that day, and whom it had to help.</summary>
    private static void WriteCommitments(TextWriter output, TreatyCatalog catalog, MemberState state, LocalDate day)
    {
        IReadOnlyList<DefenceCommitment> toIt = catalog.WhoMustDefend(state.Code, day);
        if (toIt.Count == 0)
        {
            output.WriteLine($"     Nobody was bound to defend {state.Code}.");
        }

        foreach (DefenceCommitment commitment in toIt)
        {
            output.WriteLine($"     {string.Join(", ", commitment.Defenders.Select(d => d.Code))} had to defend {state.Code} under {commitment.Treaty.Id} {commitment.Clause.Article} ({Obligation(commitment)})");
        }

        foreach (Treaty treaty in catalog.TreatiesOf(state.Code, day).Where(t => t.MutualDefenceClauseOn(day) is not null))
        {
            MemberState[] owed = [.. treaty.MembersOn(day).Where(m => !m.Equals(state) && catalog.WhoMustDefend(m, day).Any(c => c.Treaty.Equals(treaty) && c.Defenders.Contains(state)))];
            if (owed.Length > 0)
            {
                output.WriteLine($"     {state.Code} had to defend {string.Join(", ", owed.Select(m => m.Code))} under {treaty.Id} {treaty.MutualDefenceClauseOn(day)!.Article}");
            }
        }
    }

    private static string Describe(RelationshipKind kind) => kind switch
    {
        RelationshipKind.Allies => "allies, bound to defend each other",
        RelationshipKind.FormerAllies => "former allies",
        RelationshipKind.CoMembers => "co-members of a treaty without a defence obligation between them",
        RelationshipKind.Observer => "tied only through observer status",
        _ => "no treaty tie",
    };

    /// <summary>The treaty's own words for what it owes.</summary>
    private static string Obligation(DefenceCommitment commitment) => ObligationWords.Of(commitment.Obligation);

    private static string Cite(RecordedDate date) => string.Join("; ", date.Sources.Take(1).Select(s => $"{s.Publisher}: {s.Title}"));
}

/// <summary>A clash from the story: who attacked whom, over which days, and where.</summary>
/// <param name="Title">What happened.</param>
/// <param name="Attacker">The attacking state's code.</param>
/// <param name="Attacked">The attacked state's code.</param>
/// <param name="First">The first day.</param>
/// <param name="Last">The last day.</param>
/// <param name="Place">Where the attack fell.</param>
public sealed record Clash(string Title, string Attacker, string Attacked, LocalDate First, LocalDate Last, string Place);
