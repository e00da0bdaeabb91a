using System;
using NodaTime;

namespace Treaties.Benchmarks;

/// <summary>
/// Builds large catalogs from a seed, for measuring how each lookup grows with the number of periods. Each treaty's
/// periods are dealt to the states in turn; a state's periods in a treaty follow one another with gaps, its last one
/// may stay open, and one in ten freezes its participation a hundred days in. Three treaties in four have a mutual
/// defence clause.
/// </summary>
public static class SyntheticCatalog
{
    public static TreatyCatalog Create(int seed, int treaties, int states, int periods)
    {
        var random = new Random(seed);
        var builder = new TreatyCatalogBuilder();
        var members = new MemberState[states];
        for (int s = 0; s < states; s++)
        {
            members[s] = new MemberState(Code(s), "State " + Code(s));
            builder.AddState(members[s]);
        }

        var epoch = new LocalDate(1950, 1, 1);
        var next = new LocalDate[states];
        for (int t = 0; t < treaties; t++)
        {
            LocalDate inForce = epoch.PlusDays(random.Next(0, 3650));
            TreatyBuilder treaty = builder.AddTreaty($"T{t:D4}", $"Treaty {t}", inForce.PlusDays(-random.Next(0, 365)), inForce);
            int count = (periods / treaties) + (t < periods % treaties ? 1 : 0);
            for (int s = 0; s < states; s++)
            {
                next[s] = inForce.PlusDays(random.Next(0, 2000));
            }

            for (int i = 0; i < count; i++)
            {
                int s = i % states;
                bool lastOfState = i + states >= count;
                LocalDate start = next[s];
                LocalDate? end = lastOfState && random.Next(3) == 0 ? null : start.PlusDays(random.Next(365, 3650));
                ParticipationChange[] changes = random.Next(10) == 0 ? [new ParticipationChange(ParticipationStatus.Frozen, start.PlusDays(100))] : [];
                treaty.AddMembership(new MembershipPeriod(members[s], start, end, participationChanges: changes));
                next[s] = (end ?? start).PlusDays(random.Next(1, 1000));
            }

            if (t % 4 != 3)
            {
                treaty.AddClause(new MutualDefenceClause("Article 1", "An attack on one is an attack on all."));
            }
        }

        return builder.Build();
    }

    private static string Code(int index) =>
        new([(char)('A' + (index / 676 % 26)), (char)('A' + (index / 26 % 26)), (char)('A' + (index % 26))]);
}
