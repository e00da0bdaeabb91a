using System;
using System.Collections.Generic;
using System.Globalization;
using Treaties;

namespace TreatyQuery;

/// <summary>
/// The words the query tool prints, in English, Dutch, French, German and Russian: labels and sentences in words, never
/// enum names. State, place and treaty names come from the library (<see cref="MemberState.GetName"/>,
/// <see cref="Treaty.GetName"/>). A phrase with <c>{0}</c> is a composite format.
/// </summary>
internal sealed record Labels
{
    /// <summary>The languages the tool speaks.</summary>
    internal static readonly string[] Languages = ["en", "nl", "fr", "de", "ru"];

    private static readonly Labels English = new()
    {
        Language = "en",
        Code = "Code",
        Name = "Name",
        Participation = "Participation",
        Treaty = "Treaty",
        Defender = "Defender",
        Date = "Date",
        Change = "Change",
        Confirmed = "Confirmed",
        Yes = "yes",
        No = "no",
        Signed = "Signed",
        InForce = "In force",
        Ended = "Ended",
        Since = "Since",
        DefenceClause = "Defence clause",
        On = "on",
        At = "at",
        Article = "Article",
        MembersOn = "members on",
        Defenders = "defenders",
        NobodyBound = "Nobody was bound to defend",
        NoCommitmentAmong = "no commitment among the",
        Coverage = "{0} treaties of this catalog; see `treaty-query treaties --list`",
        BoundByNoneOf = "bound by none of the",
        BoundBy = "bound by",
        Allies = "allies",
        NotAllies = "not allies",
        HistoryOf = "History of",
        TimelineOf = "Timeline of",
        Sources = "Sources",
        CheckedUpTo = "{0} treaties, checked up to {1}:",
        UnrecordedDay = "an unrecorded day",
        SignedNotInForce = "Signed and not in force: {0} ({1}), signed {2}.",
        MemberFrom = "Member from {0}; sources: {1}",
        MemberFromUntil = "Member from {0} until {1}; sources: {2}",
        NotBound = "Not bound: {0} suspended its obligations toward {1} on {2}.",
        InvokedBy = "{0} invoked by {1}",
        AlliesUnder = "allies under {0} since {1}",
        FormerAlliesUnder = "former allies under {0} until {1}",
        CoMembersOf = "co-members of {0} without a defence obligation, since {1}",
        SuspendedSince = "; obligations of {0} toward {1} suspended since {2}",
        ObserverIn = "observer relation in {0}",
        Observes = "{0} observes",
        BothObserve = "both observe",
        Legend = "? unconfirmed: no official or scholarly source confirms the day; ± sources disagree on the day (--sources names them)",
    };

    private static readonly Labels Dutch = new()
    {
        Language = "nl",
        Code = "Code",
        Name = "Naam",
        Participation = "Deelname",
        Treaty = "Verdrag",
        Defender = "Verdediger",
        Date = "Datum",
        Change = "Wijziging",
        Confirmed = "Bevestigd",
        Yes = "ja",
        No = "nee",
        Signed = "Ondertekend",
        InForce = "In werking",
        Ended = "Beëindigd",
        Since = "Sinds",
        DefenceClause = "Defensieclausule",
        On = "op",
        At = "in",
        Article = "Artikel",
        MembersOn = "leden op",
        Defenders = "verdedigers",
        NobodyBound = "Niemand was verplicht te verdedigen:",
        NoCommitmentAmong = "geen verplichting onder de",
        Coverage = "{0} verdragen van deze catalogus; zie `treaty-query treaties --list`",
        BoundByNoneOf = "gebonden door geen van de",
        BoundBy = "gebonden door",
        Allies = "bondgenoten",
        NotAllies = "geen bondgenoten",
        HistoryOf = "Geschiedenis van",
        TimelineOf = "Tijdlijn van",
        Sources = "Bronnen",
        CheckedUpTo = "{0} verdragen, gecontroleerd tot {1}:",
        UnrecordedDay = "een niet vastgelegde dag",
        SignedNotInForce = "Ondertekend en niet in werking: {0} ({1}), ondertekend op {2}.",
        MemberFrom = "Lid sinds {0}; bronnen: {1}",
        MemberFromUntil = "Lid van {0} tot {1}; bronnen: {2}",
        NotBound = "Niet gebonden: {0} heeft zijn verplichtingen jegens {1} opgeschort op {2}.",
        InvokedBy = "{0} ingeroepen door {1}",
        AlliesUnder = "bondgenoten onder {0} sinds {1}",
        FormerAlliesUnder = "voormalige bondgenoten onder {0} tot {1}",
        CoMembersOf = "medeleden van {0} zonder defensieverplichting, sinds {1}",
        SuspendedSince = "; verplichtingen van {0} jegens {1} opgeschort sinds {2}",
        ObserverIn = "waarnemersrelatie in {0}",
        Observes = "{0} is waarnemer",
        BothObserve = "beide zijn waarnemer",
        Legend = "? onbevestigd: geen officiële of wetenschappelijke bron bevestigt de dag; ± bronnen verschillen over de dag (--sources noemt ze)",
    };

    private static readonly Labels French = new()
    {
        Language = "fr",
        Code = "Code",
        Name = "Nom",
        Participation = "Participation",
        Treaty = "Traité",
        Defender = "Défenseur",
        Date = "Date",
        Change = "Changement",
        Confirmed = "Confirmé",
        Yes = "oui",
        No = "non",
        Signed = "Signé",
        InForce = "En vigueur",
        Ended = "Fin",
        Since = "Depuis",
        DefenceClause = "Clause de défense",
        On = "le",
        At = "à",
        Article = "Article",
        MembersOn = "membres le",
        Defenders = "défenseurs",
        NobodyBound = "Aucun État n'était tenu de défendre",
        NoCommitmentAmong = "aucun engagement parmi les",
        Coverage = "{0} traités de ce catalogue ; voir `treaty-query treaties --list`",
        BoundByNoneOf = "lié par aucun des",
        BoundBy = "lié par",
        Allies = "alliés",
        NotAllies = "non alliés",
        HistoryOf = "Historique de",
        TimelineOf = "Chronologie de",
        Sources = "Sources",
        CheckedUpTo = "{0} traités, vérifiés jusqu'au {1} :",
        UnrecordedDay = "un jour non enregistré",
        SignedNotInForce = "Signé et non en vigueur : {0} ({1}), signé le {2}.",
        MemberFrom = "Membre depuis le {0} ; sources : {1}",
        MemberFromUntil = "Membre du {0} au {1} ; sources : {2}",
        NotBound = "Non tenu : {0} a suspendu ses obligations envers {1} le {2}.",
        InvokedBy = "{0} invoqué par {1}",
        AlliesUnder = "alliés au titre de {0} depuis le {1}",
        FormerAlliesUnder = "anciens alliés au titre de {0} jusqu'au {1}",
        CoMembersOf = "co-membres de {0} sans obligation de défense, depuis le {1}",
        SuspendedSince = "; obligations de {0} envers {1} suspendues depuis le {2}",
        ObserverIn = "relation d'observateur dans {0}",
        Observes = "{0} est observateur",
        BothObserve = "tous deux observateurs",
        Legend = "? non confirmé : aucune source officielle ou savante ne confirme le jour ; ± les sources divergent sur le jour (--sources les nomme)",
    };

    private static readonly Labels German = new()
    {
        Language = "de",
        Code = "Code",
        Name = "Name",
        Participation = "Teilnahme",
        Treaty = "Vertrag",
        Defender = "Verteidiger",
        Date = "Datum",
        Change = "Änderung",
        Confirmed = "Bestätigt",
        Yes = "ja",
        No = "nein",
        Signed = "Unterzeichnet",
        InForce = "In Kraft",
        Ended = "Beendet",
        Since = "Seit",
        DefenceClause = "Verteidigungsklausel",
        On = "am",
        At = "in",
        Article = "Artikel",
        MembersOn = "Mitglieder am",
        Defenders = "Verteidiger",
        NobodyBound = "Niemand war verpflichtet zu verteidigen:",
        NoCommitmentAmong = "keine Verpflichtung unter den",
        Coverage = "{0} Verträgen dieses Katalogs; siehe `treaty-query treaties --list`",
        BoundByNoneOf = "durch keinen der",
        BoundBy = "gebunden durch",
        Allies = "Verbündete",
        NotAllies = "keine Verbündeten",
        HistoryOf = "Geschichte von",
        TimelineOf = "Zeitleiste von",
        Sources = "Quellen",
        CheckedUpTo = "{0} Verträge, geprüft bis {1}:",
        UnrecordedDay = "einem nicht erfassten Tag",
        SignedNotInForce = "Unterzeichnet und nicht in Kraft: {0} ({1}), unterzeichnet am {2}.",
        MemberFrom = "Mitglied seit {0}; Quellen: {1}",
        MemberFromUntil = "Mitglied vom {0} bis {1}; Quellen: {2}",
        NotBound = "Nicht gebunden: {0} hat seine Verpflichtungen gegenüber {1} am {2} ausgesetzt.",
        InvokedBy = "{0} angerufen von {1}",
        AlliesUnder = "Verbündete nach {0} seit {1}",
        FormerAlliesUnder = "ehemalige Verbündete nach {0} bis {1}",
        CoMembersOf = "Mitglieder von {0} ohne Verteidigungspflicht, seit {1}",
        SuspendedSince = "; Verpflichtungen von {0} gegenüber {1} ausgesetzt seit {2}",
        ObserverIn = "Beobachterverhältnis in {0}",
        Observes = "{0} ist Beobachter",
        BothObserve = "beide sind Beobachter",
        Legend = "? unbestätigt: keine amtliche oder wissenschaftliche Quelle bestätigt den Tag; ± Quellen weichen beim Tag ab (--sources nennt sie)",
    };

    private static readonly Labels Russian = new()
    {
        Language = "ru",
        Code = "Код",
        Name = "Название",
        Participation = "Участие",
        Treaty = "Договор",
        Defender = "Защитник",
        Date = "Дата",
        Change = "Изменение",
        Confirmed = "Подтверждено",
        Yes = "да",
        No = "нет",
        Signed = "Подписан",
        InForce = "В силе с",
        Ended = "Прекращён",
        Since = "С",
        DefenceClause = "Статья о защите",
        On = "на",
        At = "в",
        Article = "Статья",
        MembersOn = "членов на",
        Defenders = "защитников",
        NobodyBound = "Никто не был обязан защищать",
        NoCommitmentAmong = "нет обязательств среди",
        Coverage = "{0} договоров этого каталога; см. `treaty-query treaties --list`",
        BoundByNoneOf = "не связано ни одним из",
        BoundBy = "связано",
        Allies = "союзники",
        NotAllies = "не союзники",
        HistoryOf = "История:",
        TimelineOf = "Хронология:",
        Sources = "Источники",
        CheckedUpTo = "{0} договоров, проверено по {1}:",
        UnrecordedDay = "неуказанной даты",
        SignedNotInForce = "Подписан и не вступил в силу: {0} ({1}), подписан {2}.",
        MemberFrom = "Член с {0}; источники: {1}",
        MemberFromUntil = "Член с {0} по {1}; источники: {2}",
        NotBound = "Не связано: {0} приостановило обязательства перед {1} с {2}.",
        InvokedBy = "{0}: обращение {1}",
        AlliesUnder = "союзники по {0} с {1}",
        FormerAlliesUnder = "бывшие союзники по {0} до {1}",
        CoMembersOf = "участники {0} без обязательства защиты, с {1}",
        SuspendedSince = "; обязательства {0} перед {1} приостановлены с {2}",
        ObserverIn = "отношения наблюдателя в {0}",
        Observes = "{0} — наблюдатель",
        BothObserve = "оба — наблюдатели",
        Legend = "? не подтверждено: ни один официальный или научный источник не подтверждает дату; ± источники расходятся в дате (--sources их называет)",
    };

    private static readonly Dictionary<string, Dictionary<Enum, string>> ValueWords = new(StringComparer.Ordinal)
    {
        ["en"] = new()
        {
            [ParticipationStatus.Full] = "full", [ParticipationStatus.OutsideIntegratedCommand] = "outside the integrated command",
            [ParticipationStatus.Frozen] = "frozen", [ParticipationStatus.Suspended] = "suspended",
            [RelationshipKind.None] = "no tie", [RelationshipKind.Observer] = "observer relation", [RelationshipKind.FormerAllies] = "former allies",
            [RelationshipKind.CoMembers] = "co-members without a defence obligation", [RelationshipKind.Allies] = "allies",
            [MembershipChangeKind.Joined] = "joined", [MembershipChangeKind.Left] = "left", [MembershipChangeKind.ParticipationChanged] = "participation changed",
            [MembershipEndReason.Withdrawal] = "withdrew", [MembershipEndReason.LeftOrganisation] = "left the organisation, and with it the treaty",
            [MembershipChangeKind.ObserverStatusGranted] = "became an observer", [MembershipChangeKind.ObserverStatusEnded] = "stopped being an observer",
            [MembershipRole.None] = "not a member", [MembershipRole.Observer] = "observer", [MembershipRole.Member] = "member",
            [ObligationStrength.ActionDeemedNecessary] = ObligationWords.Of(ObligationStrength.ActionDeemedNecessary),
            [ObligationStrength.NecessaryAssistanceIncludingMilitary] = ObligationWords.Of(ObligationStrength.NecessaryAssistanceIncludingMilitary),
            [ObligationStrength.ActToMeetCommonDanger] = ObligationWords.Of(ObligationStrength.ActToMeetCommonDanger),
            [ObligationStrength.AssistInMeetingAttack] = ObligationWords.Of(ObligationStrength.AssistInMeetingAttack),
            [ObligationStrength.AllAidInTheirPower] = ObligationWords.Of(ObligationStrength.AllAidInTheirPower),
            [ObligationStrength.AidByAllMeansInTheirPower] = ObligationWords.Of(ObligationStrength.AidByAllMeansInTheirPower),
            [ObligationStrength.ImmediateMilitaryAssistance] = ObligationWords.Of(ObligationStrength.ImmediateMilitaryAssistance),
            [ObligationStrength.CooperateForSecurityAndDefence] = ObligationWords.Of(ObligationStrength.CooperateForSecurityAndDefence),
            [ObligationStrength.DeemedAttackOnAll] = ObligationWords.Of(ObligationStrength.DeemedAttackOnAll),
            [ObligationStrength.NecessaryAssistance] = ObligationWords.Of(ObligationStrength.NecessaryAssistance),
            [ObligationStrength.ActionDecidedByTheOrganisation] = ObligationWords.Of(ObligationStrength.ActionDecidedByTheOrganisation),
            [ObligationStrength.DefencePromiseAsCoded] = ObligationWords.Of(ObligationStrength.DefencePromiseAsCoded),
        },
        ["nl"] = new()
        {
            [ParticipationStatus.Full] = "volledig", [ParticipationStatus.OutsideIntegratedCommand] = "buiten de geïntegreerde commandostructuur",
            [ParticipationStatus.Frozen] = "bevroren", [ParticipationStatus.Suspended] = "opgeschort",
            [RelationshipKind.None] = "geen band", [RelationshipKind.Observer] = "waarnemersrelatie", [RelationshipKind.FormerAllies] = "voormalige bondgenoten",
            [RelationshipKind.CoMembers] = "medeleden zonder defensieverplichting", [RelationshipKind.Allies] = "bondgenoten",
            [MembershipChangeKind.Joined] = "toegetreden", [MembershipChangeKind.Left] = "uitgetreden", [MembershipChangeKind.ParticipationChanged] = "deelname gewijzigd",
            [MembershipEndReason.Withdrawal] = "trok zich terug", [MembershipEndReason.LeftOrganisation] = "verliet de organisatie, en daarmee het verdrag",
            [MembershipChangeKind.ObserverStatusGranted] = "werd waarnemer", [MembershipChangeKind.ObserverStatusEnded] = "niet langer waarnemer",
            [MembershipRole.None] = "geen lid", [MembershipRole.Observer] = "waarnemer", [MembershipRole.Member] = "lid",
            [ObligationStrength.ActionDeemedNecessary] = "zulke actie als zij nodig acht",
            [ObligationStrength.NecessaryAssistanceIncludingMilitary] = "de nodige bijstand, ook militaire",
            [ObligationStrength.ActToMeetCommonDanger] = "optreden om het gemeenschappelijke gevaar het hoofd te bieden",
            [ObligationStrength.AssistInMeetingAttack] = "bijstand bij het afslaan van de aanval",
            [ObligationStrength.AllAidInTheirPower] = "alle militaire en andere hulp en bijstand die in hun macht ligt",
            [ObligationStrength.AidByAllMeansInTheirPower] = "hulp en bijstand met alle middelen waarover zij beschikken",
            [ObligationStrength.ImmediateMilitaryAssistance] = "onmiddellijk militaire en andere bijstand verlenen",
            [ObligationStrength.CooperateForSecurityAndDefence] = "samenwerken voor hun veiligheid en defensie",
            [ObligationStrength.DeemedAttackOnAll] = "een agressie tegen de een is een agressie tegen beide",
            [ObligationStrength.NecessaryAssistance] = "de nodige bijstand",
            [ObligationStrength.ActionDecidedByTheOrganisation] = "gezamenlijk optreden zoals de organisatie besluit",
            [ObligationStrength.DefencePromiseAsCoded] = "militaire steun, zoals ATOP het verdrag codeert",
        },
        ["fr"] = new()
        {
            [ParticipationStatus.Full] = "pleine", [ParticipationStatus.OutsideIntegratedCommand] = "hors du commandement intégré",
            [ParticipationStatus.Frozen] = "gelée", [ParticipationStatus.Suspended] = "suspendue",
            [RelationshipKind.None] = "aucun lien", [RelationshipKind.Observer] = "relation d'observateur", [RelationshipKind.FormerAllies] = "anciens alliés",
            [RelationshipKind.CoMembers] = "co-membres sans obligation de défense", [RelationshipKind.Allies] = "alliés",
            [MembershipChangeKind.Joined] = "adhésion", [MembershipChangeKind.Left] = "retrait", [MembershipChangeKind.ParticipationChanged] = "participation modifiée",
            [MembershipEndReason.Withdrawal] = "retrait du traité", [MembershipEndReason.LeftOrganisation] = "a quitté l'organisation, et donc le traité",
            [MembershipChangeKind.ObserverStatusGranted] = "devenu observateur", [MembershipChangeKind.ObserverStatusEnded] = "n'est plus observateur",
            [MembershipRole.None] = "non membre", [MembershipRole.Observer] = "observateur", [MembershipRole.Member] = "membre",
            [ObligationStrength.ActionDeemedNecessary] = "telle action qu'elle jugera nécessaire",
            [ObligationStrength.NecessaryAssistanceIncludingMilitary] = "l'aide nécessaire, y compris militaire",
            [ObligationStrength.ActToMeetCommonDanger] = "agir face au danger commun",
            [ObligationStrength.AssistInMeetingAttack] = "aider à faire face à l'attaque",
            [ObligationStrength.AllAidInTheirPower] = "toute l'aide et l'assistance militaires et autres en leur pouvoir",
            [ObligationStrength.AidByAllMeansInTheirPower] = "aide et assistance par tous les moyens en leur pouvoir",
            [ObligationStrength.ImmediateMilitaryAssistance] = "prêter immédiatement une assistance militaire et autre",
            [ObligationStrength.CooperateForSecurityAndDefence] = "coopérer pour leur sécurité et leur défense",
            [ObligationStrength.DeemedAttackOnAll] = "une agression contre l'un est une agression contre les deux",
            [ObligationStrength.NecessaryAssistance] = "l'aide nécessaire",
            [ObligationStrength.ActionDecidedByTheOrganisation] = "une action collective décidée par l'organisation",
            [ObligationStrength.DefencePromiseAsCoded] = "un soutien militaire, selon le codage du traité par ATOP",
        },
        ["de"] = new()
        {
            [ParticipationStatus.Full] = "voll", [ParticipationStatus.OutsideIntegratedCommand] = "außerhalb der integrierten Kommandostruktur",
            [ParticipationStatus.Frozen] = "eingefroren", [ParticipationStatus.Suspended] = "ausgesetzt",
            [RelationshipKind.None] = "keine Bindung", [RelationshipKind.Observer] = "Beobachterverhältnis", [RelationshipKind.FormerAllies] = "ehemalige Verbündete",
            [RelationshipKind.CoMembers] = "Mitglieder ohne Verteidigungspflicht", [RelationshipKind.Allies] = "Verbündete",
            [MembershipChangeKind.Joined] = "beigetreten", [MembershipChangeKind.Left] = "ausgetreten", [MembershipChangeKind.ParticipationChanged] = "Teilnahme geändert",
            [MembershipEndReason.Withdrawal] = "trat vom Vertrag zurück", [MembershipEndReason.LeftOrganisation] = "verließ die Organisation und damit den Vertrag",
            [MembershipChangeKind.ObserverStatusGranted] = "wurde Beobachter", [MembershipChangeKind.ObserverStatusEnded] = "nicht mehr Beobachter",
            [MembershipRole.None] = "kein Mitglied", [MembershipRole.Observer] = "Beobachter", [MembershipRole.Member] = "Mitglied",
            [ObligationStrength.ActionDeemedNecessary] = "die Maßnahmen, die sie für erforderlich erachtet",
            [ObligationStrength.NecessaryAssistanceIncludingMilitary] = "die notwendige Hilfe, auch militärische",
            [ObligationStrength.ActToMeetCommonDanger] = "handeln, um der gemeinsamen Gefahr zu begegnen",
            [ObligationStrength.AssistInMeetingAttack] = "bei der Abwehr des Angriffs helfen",
            [ObligationStrength.AllAidInTheirPower] = "alle in ihrer Macht stehende militärische und sonstige Hilfe und Unterstützung",
            [ObligationStrength.AidByAllMeansInTheirPower] = "Hilfe und Unterstützung mit allen in ihrer Macht stehenden Mitteln",
            [ObligationStrength.ImmediateMilitaryAssistance] = "unverzüglich militärische und sonstige Hilfe leisten",
            [ObligationStrength.CooperateForSecurityAndDefence] = "für ihre Sicherheit und Verteidigung zusammenarbeiten",
            [ObligationStrength.DeemedAttackOnAll] = "eine Aggression gegen einen ist eine Aggression gegen beide",
            [ObligationStrength.NecessaryAssistance] = "die notwendige Hilfe",
            [ObligationStrength.ActionDecidedByTheOrganisation] = "gemeinsames Handeln nach Beschluss der Organisation",
            [ObligationStrength.DefencePromiseAsCoded] = "militärische Unterstützung, wie ATOP den Vertrag kodiert",
        },
        ["ru"] = new()
        {
            [ParticipationStatus.Full] = "полное", [ParticipationStatus.OutsideIntegratedCommand] = "вне объединённого командования",
            [ParticipationStatus.Frozen] = "заморожено", [ParticipationStatus.Suspended] = "приостановлено",
            [RelationshipKind.None] = "нет связи", [RelationshipKind.Observer] = "наблюдатель", [RelationshipKind.FormerAllies] = "бывшие союзники",
            [RelationshipKind.CoMembers] = "участники без обязательства защиты", [RelationshipKind.Allies] = "союзники",
            [MembershipChangeKind.Joined] = "вступление", [MembershipChangeKind.Left] = "выход", [MembershipChangeKind.ParticipationChanged] = "участие изменено",
            [MembershipEndReason.Withdrawal] = "выход из договора", [MembershipEndReason.LeftOrganisation] = "вышло из организации, а с ней из договора",
            [MembershipChangeKind.ObserverStatusGranted] = "стал наблюдателем", [MembershipChangeKind.ObserverStatusEnded] = "перестал быть наблюдателем",
            [MembershipRole.None] = "не член", [MembershipRole.Observer] = "наблюдатель", [MembershipRole.Member] = "член",
            [ObligationStrength.ActionDeemedNecessary] = "такие действия, какие она сочтёт необходимыми",
            [ObligationStrength.NecessaryAssistanceIncludingMilitary] = "необходимая помощь, включая военную",
            [ObligationStrength.ActToMeetCommonDanger] = "действовать для отражения общей опасности",
            [ObligationStrength.AssistInMeetingAttack] = "помогать в отражении нападения",
            [ObligationStrength.AllAidInTheirPower] = "вся военная и иная помощь, какая в их силах",
            [ObligationStrength.AidByAllMeansInTheirPower] = "помощь и содействие всеми имеющимися средствами",
            [ObligationStrength.ImmediateMilitaryAssistance] = "немедленно оказать военную и иную помощь",
            [ObligationStrength.CooperateForSecurityAndDefence] = "сотрудничать ради своей безопасности и обороны",
            [ObligationStrength.DeemedAttackOnAll] = "агрессия против одной из сторон — агрессия против обеих",
            [ObligationStrength.NecessaryAssistance] = "необходимая помощь",
            [ObligationStrength.ActionDecidedByTheOrganisation] = "коллективные действия по решению организации",
            [ObligationStrength.DefencePromiseAsCoded] = "военная поддержка, как её кодирует ATOP",
        },
    };

    /// <summary>Gets the culture names are given in.</summary>
    internal CultureInfo Culture { get; private init; } = CultureInfo.InvariantCulture;

    /// <summary>Gets the language of the words: en, nl, fr, de or ru.</summary>
    internal required string Language { get; init; }

    /// <summary>Column: a state's or treaty's code.</summary>
    internal required string Code { get; init; }

    /// <summary>Column: a name as people say it.</summary>
    internal required string Name { get; init; }

    /// <summary>Column: how fully a member takes part.</summary>
    internal required string Participation { get; init; }

    /// <summary>Column: a treaty's id.</summary>
    internal required string Treaty { get; init; }

    /// <summary>Column: a state bound to defend.</summary>
    internal required string Defender { get; init; }

    /// <summary>Column: a day.</summary>
    internal required string Date { get; init; }

    /// <summary>Column: what changed.</summary>
    internal required string Change { get; init; }

    /// <summary>Column: whether the day is confirmed.</summary>
    internal required string Confirmed { get; init; }

    /// <summary>Yes.</summary>
    internal required string Yes { get; init; }

    /// <summary>No.</summary>
    internal required string No { get; init; }

    /// <summary>Column: the day a treaty was signed.</summary>
    internal required string Signed { get; init; }

    /// <summary>Column: the day a treaty entered into force.</summary>
    internal required string InForce { get; init; }

    /// <summary>Column: the day a treaty ended.</summary>
    internal required string Ended { get; init; }

    /// <summary>Column: the day a state's current standing began.</summary>
    internal required string Since { get; init; }

    /// <summary>Column: the article that binds the members.</summary>
    internal required string DefenceClause { get; init; }

    /// <summary>Between a state and a day: KOR on 2024-01-01.</summary>
    internal required string On { get; init; }

    /// <summary>Before a place: at JP-47.</summary>
    internal required string At { get; init; }

    /// <summary>The word the bundled data writes before an article's number.</summary>
    internal required string Article { get; init; }

    /// <summary>After a count: 6 members on 2022-09-13.</summary>
    internal required string MembersOn { get; init; }

    /// <summary>Before a count of defenders: defenders: 5.</summary>
    internal required string Defenders { get; init; }

    /// <summary>Before a state: nobody was bound to defend it.</summary>
    internal required string NobodyBound { get; init; }

    /// <summary>Before the coverage: no commitment among the ...</summary>
    internal required string NoCommitmentAmong { get; init; }

    /// <summary>What the catalog covers; <c>{0}</c> is its number of treaties.</summary>
    internal required string Coverage { get; init; }

    /// <summary>Before the coverage: bound by none of the ...</summary>
    internal required string BoundByNoneOf { get; init; }

    /// <summary>Before a count of treaties.</summary>
    internal required string BoundBy { get; init; }

    /// <summary>Two states are allies.</summary>
    internal required string Allies { get; init; }

    /// <summary>Two states are not allies.</summary>
    internal required string NotAllies { get; init; }

    /// <summary>Before a state: its history.</summary>
    internal required string HistoryOf { get; init; }

    /// <summary>Before a treaty: its timeline.</summary>
    internal required string TimelineOf { get; init; }

    /// <summary>Before a list of sources.</summary>
    internal required string Sources { get; init; }

    /// <summary>Heading of the treaty list; <c>{0}</c> the count, <c>{1}</c> the day the data was checked up to.</summary>
    internal required string CheckedUpTo { get; init; }

    /// <summary>Stands for a day the data does not record.</summary>
    internal required string UnrecordedDay { get; init; }

    /// <summary>A treaty signed and not in force; <c>{0}</c> id, <c>{1}</c> name, <c>{2}</c> the day signed.</summary>
    internal required string SignedNotInForce { get; init; }

    /// <summary>A membership with no end; <c>{0}</c> its first day, <c>{1}</c> its sources.</summary>
    internal required string MemberFrom { get; init; }

    /// <summary>A membership that ended; <c>{0}</c> its first day, <c>{1}</c> its end, <c>{2}</c> its sources.</summary>
    internal required string MemberFromUntil { get; init; }

    /// <summary>A defender whose obligations are suspended; <c>{0}</c> the state, <c>{1}</c> the state it would defend, <c>{2}</c> the day.</summary>
    internal required string NotBound { get; init; }

    /// <summary>An invocation; <c>{0}</c> the article, <c>{1}</c> the states that invoked it.</summary>
    internal required string InvokedBy { get; init; }

    /// <summary>A bond; <c>{0}</c> treaty and article, <c>{1}</c> the first day.</summary>
    internal required string AlliesUnder { get; init; }

    /// <summary>A bond that ended; <c>{0}</c> treaty and article, <c>{1}</c> the day it ended.</summary>
    internal required string FormerAlliesUnder { get; init; }

    /// <summary>Members of one treaty without a defence obligation between them; <c>{0}</c> treaty, <c>{1}</c> the first day.</summary>
    internal required string CoMembersOf { get; init; }

    /// <summary>After a bond; <c>{0}</c> the state that suspended, <c>{1}</c> the state toward which, <c>{2}</c> the day.</summary>
    internal required string SuspendedSince { get; init; }

    /// <summary>An observer relation; <c>{0}</c> the treaty.</summary>
    internal required string ObserverIn { get; init; }

    /// <summary>After an observer relation; <c>{0}</c> the observer.</summary>
    internal required string Observes { get; init; }

    /// <summary>After an observer relation where both states observe.</summary>
    internal required string BothObserve { get; init; }

    /// <summary>Explains the doubt marks.</summary>
    internal required string Legend { get; init; }

    /// <summary>Returns the labels for a culture: its language if the tool speaks it, else English.</summary>
    internal static Labels For(CultureInfo culture)
    {
        for (CultureInfo c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (Array.IndexOf(Languages, c.Name) >= 0)
            {
                return Of(c.Name) with { Culture = culture };
            }
        }

        return English with { Culture = CultureInfo.GetCultureInfo("en") };
    }

    /// <summary>Returns a value in words.</summary>
    internal string Of(Enum value) => ValueWords[Language].TryGetValue(value, out string? word) ? word : ValueWords["en"][value];

    /// <summary>Fills a phrase's placeholders.</summary>
    internal static string Format(string phrase, params object?[] values) => string.Format(CultureInfo.InvariantCulture, phrase, values);

    /// <summary>An article as the bundled data writes it ("Article 5"), with the word in the tool's language.</summary>
    internal string ArticleOf(string article) =>
        article.StartsWith(English.Article + " ", StringComparison.Ordinal) ? Article + article[English.Article.Length..] : article;

    private static Labels Of(string language) => language switch
    {
        "nl" => Dutch,
        "fr" => French,
        "de" => German,
        "ru" => Russian,
        _ => English,
    };
}
