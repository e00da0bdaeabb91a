namespace Treaties;

/// <summary>How strongly a mutual defence clause binds the other members to help one that is attacked, named after its words.</summary>
/// <remarks>
/// The values are kinds of promise, not a ranking: each quotes the words a treaty uses, and the clause's
/// <see cref="TreatyClause.Wording"/> holds that treaty's own text.
/// </remarks>
public enum ObligationStrength
{
    /// <summary>
    /// Each member takes "such action as it deems necessary, including the use of armed force" (NATO Article 5):
    /// the obligation to assist is firm, its form is each member's choice.
    /// </summary>
    ActionDeemedNecessary,

    /// <summary>
    /// The members provide "necessary assistance, including military" (Collective Security Treaty Article 4):
    /// military help is named as part of what is owed.
    /// </summary>
    NecessaryAssistanceIncludingMilitary,

    /// <summary>
    /// Each party "would act to meet the common danger in accordance with its constitutional processes" (ANZUS Article
    /// IV, the United States' treaties with the Philippines, Korea, Japan and the Republic of China, the Manila Pact
    /// Article IV): the danger is shared, the response is each party's own and passes through its constitution.
    /// </summary>
    ActToMeetCommonDanger,

    /// <summary>
    /// Each party "undertakes to assist in meeting the attack" (Inter-American Treaty of Reciprocal Assistance, Article
    /// 3(1)), with the measures it chooses until the Organ of Consultation decides.
    /// </summary>
    AssistInMeetingAttack,

    /// <summary>
    /// The other parties "afford the Party so attacked all the military and other aid and assistance in their power"
    /// (Brussels Treaty Article IV, Modified Brussels Treaty Article V): military aid is owed, to the limit of their power.
    /// </summary>
    AllAidInTheirPower,

    /// <summary>
    /// The other members "have towards it an obligation of aid and assistance by all the means in their power" (Treaty
    /// on European Union, Article 42(7)), with the proviso that this "shall not prejudice the specific character of the
    /// security and defence policy of certain Member States": the neutral members choose the form of their help.
    /// </summary>
    AidByAllMeansInTheirPower,

    /// <summary>
    /// The other party shall "immediately render military and other assistance with all the means at its disposal"
    /// (Sino-Soviet treaty of 1950, Article 1; China and North Korea, 1961, Article II; Russia and North Korea, 2024,
    /// Article 4); also the Arab League's joint defence treaty, whose parties take "all steps available, including the
    /// use of armed force".
    /// </summary>
    ImmediateMilitaryAssistance,

    /// <summary>
    /// The parties "will co-operate for their security and defence" (Baghdad Pact, Article 1): no aid is promised, and
    /// the measures are left to later agreements.
    /// </summary>
    CooperateForSecurityAndDefence,

    /// <summary>
    /// An attack on one is deemed an attack on all, and the help owed is not spelled out (Saudi Arabia and Pakistan, 2025).
    /// </summary>
    DeemedAttackOnAll,

    /// <summary>
    /// The parties "give each other the necessary assistance" (the Shusha Declaration of Azerbaijan and Türkiye, 2021),
    /// with its scope and form left to consultation: military help is not named.
    /// </summary>
    NecessaryAssistance,

    /// <summary>
    /// An attack on one member is met by collective action as the organisation decides (the SADC Mutual Defence Pact,
    /// Article 6: "immediate collective action", "as may be authorised by the Summit"; the ECOWAS defence protocol, whose
    /// Authority decides on a member's written request): what each member owes follows a decision of the organisation.
    /// </summary>
    ActionDecidedByTheOrganisation,

    /// <summary>
    /// A scholarly dataset (ATOP) codes the treaty as promising active military support if a party is attacked, and
    /// the treaty's own words were not read: the help owed is known only as that coding (Russia's treaties of 1992-1993
    /// with Kazakhstan, Kyrgyzstan and Tajikistan).
    /// </summary>
    DefencePromiseAsCoded,
}
