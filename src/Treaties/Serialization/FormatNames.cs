using System;

namespace Treaties.Serialization;

/// <summary>The names the format uses for enumerated values, in one place for the reader and the writer.</summary>
internal static class FormatNames
{
    internal static readonly (string Name, GeographicRegion Value)[] Regions =
    [
        ("europe", GeographicRegion.Europe),
        ("north-america", GeographicRegion.NorthAmerica),
        ("north-atlantic-island", GeographicRegion.NorthAtlanticIsland),
        ("asia", GeographicRegion.Asia),
        ("africa", GeographicRegion.Africa),
        ("caribbean", GeographicRegion.Caribbean),
        ("south-america", GeographicRegion.SouthAmerica),
        ("pacific", GeographicRegion.Pacific),
        ("indian-ocean", GeographicRegion.IndianOcean),
        ("south-atlantic", GeographicRegion.SouthAtlantic),
    ];

    internal static readonly (string Name, SourceKind Value)[] SourceKinds =
    [
        ("official", SourceKind.Official), ("scholarly", SourceKind.Scholarly), ("reference", SourceKind.Reference), ("news", SourceKind.News),
    ];

    internal static readonly (string Name, DatePrecision Value)[] Precisions =
    [
        ("day", DatePrecision.Day), ("month", DatePrecision.Month), ("year", DatePrecision.Year),
    ];

    internal static readonly (string Name, ParticipationStatus Value)[] Participation =
    [
        ("full", ParticipationStatus.Full),
        ("outsideIntegratedCommand", ParticipationStatus.OutsideIntegratedCommand),
        ("frozen", ParticipationStatus.Frozen),
        ("suspended", ParticipationStatus.Suspended),
    ];

    internal static readonly (string Name, MembershipEndReason Value)[] EndReasons =
    [
        ("withdrawal", MembershipEndReason.Withdrawal), ("leftOrganisation", MembershipEndReason.LeftOrganisation),
    ];

    internal static readonly (string Name, ObligationStrength Value)[] Obligations =
    [
        ("actionDeemedNecessary", ObligationStrength.ActionDeemedNecessary),
        ("necessaryAssistanceIncludingMilitary", ObligationStrength.NecessaryAssistanceIncludingMilitary),
        ("actToMeetCommonDanger", ObligationStrength.ActToMeetCommonDanger),
        ("assistInMeetingAttack", ObligationStrength.AssistInMeetingAttack),
        ("allAidInTheirPower", ObligationStrength.AllAidInTheirPower),
        ("aidByAllMeansInTheirPower", ObligationStrength.AidByAllMeansInTheirPower),
        ("immediateMilitaryAssistance", ObligationStrength.ImmediateMilitaryAssistance),
        ("cooperateForSecurityAndDefence", ObligationStrength.CooperateForSecurityAndDefence),
        ("deemedAttackOnAll", ObligationStrength.DeemedAttackOnAll),
        ("necessaryAssistance", ObligationStrength.NecessaryAssistance),
        ("actionDecidedByTheOrganisation", ObligationStrength.ActionDecidedByTheOrganisation),
        ("defencePromiseAsCoded", ObligationStrength.DefencePromiseAsCoded),
    ];

    internal static readonly (string Name, AllianceProvisions Value)[] Provisions =
    [
        ("defense", AllianceProvisions.Defense),
        ("offense", AllianceProvisions.Offense),
        ("neutral", AllianceProvisions.Neutrality),
        ("nonagg", AllianceProvisions.NonAggression),
        ("consul", AllianceProvisions.Consultation),
    ];

    internal static readonly (string Name, bool Value)[] ClauseKinds = [("mutualDefence", true), ("consultation", false)];

    /// <summary>Returns the format's name of a value.</summary>
    internal static string NameOf<T>((string Name, T Value)[] names, T value)
        where T : struct, Enum
    {
        foreach ((string name, T candidate) in names)
        {
            if (candidate.Equals(value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "The value has no name in the format.");
    }
}
