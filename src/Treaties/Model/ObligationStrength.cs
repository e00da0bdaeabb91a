namespace Treaties;

/// <summary>How strongly a mutual defence clause binds the other members to help one that is attacked.</summary>
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
}
