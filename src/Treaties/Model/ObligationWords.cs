using System;

namespace Treaties;

/// <summary>The words each kind of <see cref="ObligationStrength"/> is named after, for showing to people.</summary>
public static class ObligationWords
{
    /// <summary>Returns the treaty words a kind of obligation is named after, quoted and shortened.</summary>
    /// <param name="strength">The kind of obligation.</param>
    /// <returns>For example <c>"such action as it deems necessary"</c>, with the quotation marks.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="strength"/> is not a defined value.</exception>
    public static string Of(ObligationStrength strength) => strength switch
    {
        ObligationStrength.ActionDeemedNecessary => "\"such action as it deems necessary\"",
        ObligationStrength.NecessaryAssistanceIncludingMilitary => "\"necessary assistance, including military\"",
        ObligationStrength.ActToMeetCommonDanger => "\"act to meet the common danger\"",
        ObligationStrength.AssistInMeetingAttack => "\"assist in meeting the attack\"",
        ObligationStrength.AllAidInTheirPower => "\"all the military and other aid and assistance in their power\"",
        ObligationStrength.AidByAllMeansInTheirPower => "\"aid and assistance by all the means in their power\"",
        ObligationStrength.ImmediateMilitaryAssistance => "\"immediately render military and other assistance\"",
        ObligationStrength.CooperateForSecurityAndDefence => "\"co-operate for their security and defence\"",
        ObligationStrength.DeemedAttackOnAll => "\"an aggression against either is an aggression against both\"",
        ObligationStrength.NecessaryAssistance => "\"the necessary assistance\"",
        ObligationStrength.ActionDecidedByTheOrganisation => "\"collective action\", as the organisation decides",
        ObligationStrength.DefencePromiseAsCoded => "military support, as ATOP codes the treaty",
        _ => throw new ArgumentOutOfRangeException(nameof(strength), strength, $"{(int)strength} is not a defined {nameof(ObligationStrength)}."),
    };
}
