using System;
using System.Collections.Generic;
using System.Globalization;
using Treaties;

namespace TreatyQuery;

/// <summary>
/// The words the query tool prints, in English, Dutch, French, German and Russian: labels in words, never enum names.
/// State, place and treaty names come from the library (<see cref="MemberState.GetName"/>, <see cref="Treaty.GetName"/>).
/// </summary>
internal sealed class Labels
{
    /// <summary>The languages the tool speaks.</summary>
    internal static readonly string[] Languages = ["en", "nl", "fr", "de", "ru"];

    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        // 0 code, 1 name, 2 participation, 3 treaty, 4 defender, 5 date, 6 change, 7 confirmed, 8 yes, 9 no,
        // 10 members on, 11 nobody bound, 12 no commitment among, 13 treaties of this catalog, 14 allies, 15 not allies,
        // 16 bound ... states to defend, 17 defence clause, 18 history of, 19 timeline of, 20 bound by none of the, 21 bound by,
        // 22 since, 23 sources, 24 the legend of the doubt marks
        ["en"] = ["Code", "Name", "Participation", "Treaty", "Defender", "Date", "Change", "Confirmed", "yes", "no",
            "members on", "Nobody was bound to defend", "no commitment among the", "treaties of this catalog", "allies", "not allies",
            "states were bound to defend", "Defence clause", "History of", "Timeline of", "bound by none of the", "bound by", "Since", "Sources", "? unconfirmed: no official or scholarly source confirms the day; ± sources disagree on the day (--sources names them)"],
        ["nl"] = ["Code", "Naam", "Deelname", "Verdrag", "Verdediger", "Datum", "Wijziging", "Bevestigd", "ja", "nee",
            "leden op", "Niemand was verplicht te verdedigen:", "geen verplichting onder de", "verdragen van deze catalogus", "bondgenoten", "geen bondgenoten",
            "staten waren verplicht te verdedigen:", "Defensieclausule", "Geschiedenis van", "Tijdlijn van", "gebonden door geen van de", "gebonden door", "Sinds", "Bronnen", "? onbevestigd: geen officiële of wetenschappelijke bron bevestigt de dag; ± bronnen verschillen over de dag (--sources noemt ze)"],
        ["fr"] = ["Code", "Nom", "Participation", "Traité", "Défenseur", "Date", "Changement", "Confirmé", "oui", "non",
            "membres le", "Aucun État n'était tenu de défendre", "aucun engagement parmi les", "traités de ce catalogue", "alliés", "non alliés",
            "États étaient tenus de défendre", "Clause de défense", "Historique de", "Chronologie de", "lié par aucun des", "lié par", "Depuis", "Sources", "? non confirmé : aucune source officielle ou savante ne confirme le jour ; ± les sources divergent sur le jour (--sources les nomme)"],
        ["de"] = ["Code", "Name", "Teilnahme", "Vertrag", "Verteidiger", "Datum", "Änderung", "Bestätigt", "ja", "nein",
            "Mitglieder am", "Niemand war verpflichtet zu verteidigen:", "keine Verpflichtung unter den", "Verträgen dieses Katalogs", "Verbündete", "keine Verbündeten",
            "Staaten waren verpflichtet zu verteidigen:", "Verteidigungsklausel", "Geschichte von", "Zeitleiste von", "durch keinen der", "gebunden durch", "Seit", "Quellen", "? unbestätigt: keine amtliche oder wissenschaftliche Quelle bestätigt den Tag; ± Quellen weichen beim Tag ab (--sources nennt sie)"],
        ["ru"] = ["Код", "Название", "Участие", "Договор", "Защитник", "Дата", "Изменение", "Подтверждено", "да", "нет",
            "членов на", "Никто не был обязан защищать", "нет обязательств среди", "договоров этого каталога", "союзники", "не союзники",
            "государств были обязаны защищать", "Статья о защите", "История:", "Хронология:", "не связано ни одним из", "связано", "С", "Источники", "? не подтверждено: ни один официальный или научный источник не подтверждает дату; ± источники расходятся в дате (--sources их называет)"],
    };

    private static readonly Dictionary<string, Dictionary<Enum, string>> Values = new(StringComparer.Ordinal)
    {
        ["en"] = new()
        {
            [ParticipationStatus.Full] = "full", [ParticipationStatus.OutsideIntegratedCommand] = "outside the integrated command",
            [ParticipationStatus.Frozen] = "frozen", [ParticipationStatus.Suspended] = "suspended",
            [RelationshipKind.None] = "no tie", [RelationshipKind.Observer] = "observer relation", [RelationshipKind.FormerAllies] = "former allies",
            [RelationshipKind.CoMembers] = "co-members without a defence obligation", [RelationshipKind.Allies] = "allies",
            [MembershipChangeKind.Joined] = "joined", [MembershipChangeKind.Left] = "left", [MembershipChangeKind.ParticipationChanged] = "participation changed",
            [MembershipChangeKind.ObserverStatusGranted] = "became an observer", [MembershipChangeKind.ObserverStatusEnded] = "stopped being an observer",
            [MembershipRole.None] = "not a member", [MembershipRole.Observer] = "observer", [MembershipRole.Member] = "member",
        },
        ["nl"] = new()
        {
            [ParticipationStatus.Full] = "volledig", [ParticipationStatus.OutsideIntegratedCommand] = "buiten de geïntegreerde commandostructuur",
            [ParticipationStatus.Frozen] = "bevroren", [ParticipationStatus.Suspended] = "opgeschort",
            [RelationshipKind.None] = "geen band", [RelationshipKind.Observer] = "waarnemersrelatie", [RelationshipKind.FormerAllies] = "voormalige bondgenoten",
            [RelationshipKind.CoMembers] = "medeleden zonder defensieverplichting", [RelationshipKind.Allies] = "bondgenoten",
            [MembershipChangeKind.Joined] = "toegetreden", [MembershipChangeKind.Left] = "uitgetreden", [MembershipChangeKind.ParticipationChanged] = "deelname gewijzigd",
            [MembershipChangeKind.ObserverStatusGranted] = "werd waarnemer", [MembershipChangeKind.ObserverStatusEnded] = "niet langer waarnemer",
            [MembershipRole.None] = "geen lid", [MembershipRole.Observer] = "waarnemer", [MembershipRole.Member] = "lid",
        },
        ["fr"] = new()
        {
            [ParticipationStatus.Full] = "pleine", [ParticipationStatus.OutsideIntegratedCommand] = "hors du commandement intégré",
            [ParticipationStatus.Frozen] = "gelée", [ParticipationStatus.Suspended] = "suspendue",
            [RelationshipKind.None] = "aucun lien", [RelationshipKind.Observer] = "relation d'observateur", [RelationshipKind.FormerAllies] = "anciens alliés",
            [RelationshipKind.CoMembers] = "co-membres sans obligation de défense", [RelationshipKind.Allies] = "alliés",
            [MembershipChangeKind.Joined] = "adhésion", [MembershipChangeKind.Left] = "retrait", [MembershipChangeKind.ParticipationChanged] = "participation modifiée",
            [MembershipChangeKind.ObserverStatusGranted] = "devenu observateur", [MembershipChangeKind.ObserverStatusEnded] = "n'est plus observateur",
            [MembershipRole.None] = "non membre", [MembershipRole.Observer] = "observateur", [MembershipRole.Member] = "membre",
        },
        ["de"] = new()
        {
            [ParticipationStatus.Full] = "voll", [ParticipationStatus.OutsideIntegratedCommand] = "außerhalb der integrierten Kommandostruktur",
            [ParticipationStatus.Frozen] = "eingefroren", [ParticipationStatus.Suspended] = "ausgesetzt",
            [RelationshipKind.None] = "keine Bindung", [RelationshipKind.Observer] = "Beobachterverhältnis", [RelationshipKind.FormerAllies] = "ehemalige Verbündete",
            [RelationshipKind.CoMembers] = "Mitglieder ohne Verteidigungspflicht", [RelationshipKind.Allies] = "Verbündete",
            [MembershipChangeKind.Joined] = "beigetreten", [MembershipChangeKind.Left] = "ausgetreten", [MembershipChangeKind.ParticipationChanged] = "Teilnahme geändert",
            [MembershipChangeKind.ObserverStatusGranted] = "wurde Beobachter", [MembershipChangeKind.ObserverStatusEnded] = "nicht mehr Beobachter",
            [MembershipRole.None] = "kein Mitglied", [MembershipRole.Observer] = "Beobachter", [MembershipRole.Member] = "Mitglied",
        },
        ["ru"] = new()
        {
            [ParticipationStatus.Full] = "полное", [ParticipationStatus.OutsideIntegratedCommand] = "вне объединённого командования",
            [ParticipationStatus.Frozen] = "заморожено", [ParticipationStatus.Suspended] = "приостановлено",
            [RelationshipKind.None] = "нет связи", [RelationshipKind.Observer] = "наблюдатель", [RelationshipKind.FormerAllies] = "бывшие союзники",
            [RelationshipKind.CoMembers] = "участники без обязательства защиты", [RelationshipKind.Allies] = "союзники",
            [MembershipChangeKind.Joined] = "вступление", [MembershipChangeKind.Left] = "выход", [MembershipChangeKind.ParticipationChanged] = "участие изменено",
            [MembershipChangeKind.ObserverStatusGranted] = "стал наблюдателем", [MembershipChangeKind.ObserverStatusEnded] = "перестал быть наблюдателем",
            [MembershipRole.None] = "не член", [MembershipRole.Observer] = "наблюдатель", [MembershipRole.Member] = "член",
        },
    };

    private readonly string[] _words;
    private readonly Dictionary<Enum, string> _values;

    private Labels(CultureInfo culture, string language)
    {
        Culture = culture;
        _words = Words[language];
        _values = Values[language];
    }

    /// <summary>Gets the culture names are given in.</summary>
    internal CultureInfo Culture { get; }

    internal string Code => _words[0];

    internal string Name => _words[1];

    internal string Participation => _words[2];

    internal string Treaty => _words[3];

    internal string Defender => _words[4];

    internal string Date => _words[5];

    internal string Change => _words[6];

    internal string Confirmed => _words[7];

    internal string Yes => _words[8];

    internal string No => _words[9];

    internal string MembersOn => _words[10];

    internal string NobodyBound => _words[11];

    internal string NoCommitmentAmong => _words[12];

    internal string TreatiesOfThisCatalog => _words[13];

    internal string Allies => _words[14];

    internal string NotAllies => _words[15];

    internal string StatesBoundToDefend => _words[16];

    internal string DefenceClause => _words[17];

    internal string HistoryOf => _words[18];

    internal string TimelineOf => _words[19];

    internal string BoundByNoneOf => _words[20];

    internal string BoundBy => _words[21];

    internal string Since => _words[22];

    internal string Sources => _words[23];

    internal string Legend => _words[24];

    /// <summary>Returns the labels for a culture: its language if the tool speaks it, else English.</summary>
    internal static Labels For(CultureInfo culture)
    {
        for (CultureInfo c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (Words.ContainsKey(c.Name))
            {
                return new Labels(culture, c.Name);
            }
        }

        return new Labels(CultureInfo.GetCultureInfo("en"), "en");
    }

    /// <summary>Returns a value in words.</summary>
    internal string Of(Enum value) => _values.TryGetValue(value, out string? word) ? word : Values["en"][value];
}
