#include "documentdata.h"

#include "calendar/holidaycalendar.h"
#include "deadline/deadlinecalculator.h"
#include "documents/chinesedate.h"
#include "documents/invitationdata.h"
#include "domain/vocabulary.h"
#include "profile/profilecheck.h"
#include "profile/ruleprofile.h"

#include <QRegularExpression>
#include <QTranslator>

#include <memory>

namespace huajie {
namespace {
const QString kSeparator = QStringLiteral("、");

// Documents are in Chinese whatever the interface speaks: their labels come
// from the Chinese catalogue itself.
QString zh(const Vocabulary &vocabulary, const QString &code)
{
    static const std::unique_ptr<QTranslator> chinese = [] {
        auto t = std::make_unique<QTranslator>();
        (void)t->load(QStringLiteral(":/i18n/huajie_zh_CN.qm"));
        return t;
    }();
    const char *source = vocabulary.sourceLabel(code);
    if (!source)
        return code;
    const QString translated = chinese->translate("Vocabulary", source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

// 1–99 as items are numbered in Chinese: 一, 十, 十二, 二十三.
QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n <= 0 || n > 99)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    QString text = n >= 20 ? digits.at(n / 10) + QStringLiteral("十") : QStringLiteral("十");
    if (n % 10)
        text += digits.at(n % 10);
    return text;
}

// 9时30分; on the hour just 9时.
QString chineseTime(const QTime &time)
{
    if (!time.isValid())
        return {};
    return time.minute() ? QStringLiteral("%1时%2分").arg(time.hour()).arg(time.minute())
                         : QStringLiteral("%1时").arg(time.hour());
}

// A text's lines, trimmed, the empty ones left out: HTML would run them together.
QVariantList lines(const QString &text)
{
    QVariantList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            result.append(QVariantMap{{QStringLiteral("text"), trimmed}});
    }
    return result;
}

// The agreed terms, one a line, numbered again: the numbering the mediator
// typed ("1.", "一、", "（一）", "第一条") is dropped so that it is not doubled.
QVariantList numberedTerms(const QString &text)
{
    static const QRegularExpression numbering(QStringLiteral(
        R"(^(?:第[一二三四五六七八九十百\d]+条|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+(?:[、)）]|[.．](?!\d)))\s*)"));
    QVariantList result;
    int n = 0;
    for (const QVariant &line : lines(text)) {
        QString term = line.toMap().value(QStringLiteral("text")).toString();
        term.remove(numbering);
        if (term.isEmpty())
            continue;
        ++n;
        result.append(QVariantMap{{QStringLiteral("number"), QString::number(n)},
                                  {QStringLiteral("cnNumber"), chineseNumber(n)},
                                  {QStringLiteral("text"), term}});
    }
    return result;
}

QString roleLabel(const QString &role)
{
    if (role == QLatin1String("agency"))
        return QStringLiteral("涉争议行政机关");
    return zh(vocab::partyRoles(), role);
}

QVariantMap partyData(const Party &p)
{
    QVariantList agents;
    QStringList agentNames;
    for (const Agent &a : p.agents) {
        agents.append(
            QVariantMap{{QStringLiteral("name"), a.name},
                        {QStringLiteral("authority"), zh(vocab::authorities(), a.authority)},
                        {QStringLiteral("special"), a.authority == QLatin1String("special")},
                        {QStringLiteral("idNumber"), a.idNumber},
                        {QStringLiteral("phone"), a.phone},
                        {QStringLiteral("organisation"), a.organisation}});
        agentNames.append(a.name);
    }
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("role"), roleLabel(p.role)},
            {QStringLiteral("isPerson"), p.isPerson()},
            {QStringLiteral("isAgency"), p.role == QLatin1String("agency")},
            {QStringLiteral("isThirdParty"), p.role == QLatin1String("third_party")},
            {QStringLiteral("isParty"), true},
            {QStringLiteral("isOfficial"), false},
            {QStringLiteral("sex"), zh(vocab::sexes(), p.sex)},
            {QStringLiteral("birthDate"), p.birthDate},
            {QStringLiteral("idNumber"), p.idNumber},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("creditCode"), p.creditCode},
            {QStringLiteral("legalRepresentative"), p.legalRepresentative},
            {QStringLiteral("lead"), p.lead},
            {QStringLiteral("attendsInPerson"), p.attendsInPerson},
            {QStringLiteral("agents"), agents},
            {QStringLiteral("agentNames"), agentNames.join(kSeparator)},
            // The form has two lines for whom the party appoints (S0 §15: one or
            // two agents): those not filled stay blank for the hand.
            {QStringLiteral("agentBlanks"),
             QVariantList(std::max<qsizetype>(0, 2 - agents.size()), QVariantMap{})},
            {QStringLiteral("first"), false}};
}

// The judge or procurator a notice also goes to, with a party's fields left empty.
QVariantMap officialData(const QString &name, const QString &role)
{
    QVariantMap data = partyData(Party{});
    data.insert(QStringLiteral("name"), name);
    data.insert(QStringLiteral("role"), role);
    data.insert(QStringLiteral("isPerson"), false);
    data.insert(QStringLiteral("isParty"), false);
    data.insert(QStringLiteral("isOfficial"), true);
    return data;
}

// Each repeated part knows whether it is the first, so that the others can
// start on a new page.
QVariantList markFirst(QVariantList list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        QVariantMap item = list[i].toMap();
        item.insert(QStringLiteral("first"), i == 0);
        list[i] = item;
    }
    return list;
}

QString joinedNames(const QList<Participant> &participants, const QStringList &roles,
                    bool withParty)
{
    QStringList names;
    for (const Participant &p : participants) {
        if (!roles.contains(p.role) || (p.attended && !*p.attended))
            continue;
        if (!withParty || p.party.isEmpty())
            names.append(p.name);
        else if (p.role == QLatin1String("agent"))
            names.append(QStringLiteral("%1（%2的委托代理人）").arg(p.name, p.party));
        else
            names.append(QStringLiteral("%1（%2）").arg(p.name, p.party));
    }
    return names.join(kSeparator);
}

QVariantMap sessionData(const Session *s, const CaseRecord &c, const OfferedTerms &roles)
{
    if (!s) {
        const Session none;
        QVariantMap data = sessionData(&none, c, roles);
        for (auto it = data.begin(); it != data.end(); ++it) {
            if (it.value().typeId() == QMetaType::QString)
                it.value() = QString();
            else if (it.value().typeId() == QMetaType::QDate)
                it.value() = QDate();
            else if (it.value().typeId() == QMetaType::Bool)
                it.value() = false;
            else if (it.value().typeId() == QMetaType::QVariantList)
                it.value() = QVariantList();
        }
        return data;
    }
    const QList<Participant> participants =
        s->participants.isEmpty() ? Session::defaultParticipants(c) : s->participants;
    QVariantList people;
    QStringList absent;
    for (const Participant &p : participants) {
        people.append(QVariantMap{
            {QStringLiteral("role"), roles.chineseLabel(p.role)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("party"), p.party},
            {QStringLiteral("attended"),
             p.attended ? (*p.attended ? QStringLiteral("到场") : QStringLiteral("未到场"))
                        : QString()}});
        if (p.attended && !*p.attended)
            absent.append(p.name);
    }
    const QDate date = s->start.date();
    const QString time = chineseTime(s->start.time());
    const QString endTime = chineseTime(s->end().time());
    const bool sameDay = s->end().date() == date;
    return {
        {QStringLiteral("known"), true},
        {QStringLiteral("kind"), zh(vocab::sessionKinds(), s->kind)},
        {QStringLiteral("isEvidenceExchange"), s->kind == QLatin1String("evidence_exchange")},
        {QStringLiteral("date"), date},
        {QStringLiteral("time"), time},
        {QStringLiteral("endTime"), endTime},
        {QStringLiteral("dateTime"), chineseDate(date) + time},
        {QStringLiteral("timeRange"), chineseDate(date) + time + QStringLiteral("至") +
                                          (sameDay ? QString() : chineseDate(s->end().date())) +
                                          endTime},
        {QStringLiteral("place"), s->room.isEmpty() ? s->place : s->room},
        {QStringLiteral("mode"), zh(vocab::sessionModes(), s->mode)},
        {QStringLiteral("remote"), s->mode != QLatin1String("in_person")},
        {QStringLiteral("held"), s->status == QLatin1String("held")},
        {QStringLiteral("noticeOn"), s->noticeOn},
        {QStringLiteral("minutes"), s->minutes},
        {QStringLiteral("minutesLines"), lines(s->minutes)},
        {QStringLiteral("participants"), people},
        {QStringLiteral("leadMediator"),
         joinedNames(participants, {QStringLiteral("lead_mediator")}, false)},
        {QStringLiteral("invitedMediators"),
         joinedNames(participants, {QStringLiteral("invited_mediator")}, false)},
        // Who mediates beside the lead: invited mediators and the agency's people (S0 §5, §7).
        {QStringLiteral("coMediators"),
         joinedNames(participants,
                     {QStringLiteral("invited_mediator"), QStringLiteral("agency_staff")}, true)},
        {QStringLiteral("agencyStaff"),
         joinedNames(participants, {QStringLiteral("agency_staff")}, true)},
        {QStringLiteral("judges"), joinedNames(participants, {QStringLiteral("judge")}, false)},
        {QStringLiteral("procurators"),
         joinedNames(participants, {QStringLiteral("procurator")}, false)},
        {QStringLiteral("applicants"),
         joinedNames(participants, {QStringLiteral("applicant")}, false)},
        {QStringLiteral("representatives"),
         joinedNames(participants, {QStringLiteral("representative")}, false)},
        {QStringLiteral("thirdParties"),
         joinedNames(participants, {QStringLiteral("third_party")}, false)},
        {QStringLiteral("agents"), joinedNames(participants, {QStringLiteral("agent")}, true)},
        {QStringLiteral("absent"), absent.join(kSeparator)},
    };
}

// The session a notice or the minutes speak of: the next one scheduled, else the latest.
const Session *currentSession(const QList<Session> &sessions, const QDate &today)
{
    const Session *next = nullptr;
    const Session *latest = nullptr;
    for (const Session &s : sessions) {
        if (s.status == QLatin1String("scheduled") && s.start.date() >= today &&
            (!next || s.start < next->start))
            next = &s;
        if (!latest || s.start >= latest->start)
            latest = &s;
    }
    return next ? next : latest;
}

// S0 §23: the item a termination falls under, and its wording.
struct TerminationItem
{
    const char *code;
    const char16_t *item;
    const char16_t *wording;
};
constexpr TerminationItem kTerminationItems[] = {
    {"time_expired", u"一",
     u"协调化解期限届满，协调化解员出具书面意见，认为已无成功协调化解可能的"},
    {"party_request", u"二", u"当事人明确要求终止协调化解的"},
    {"agency_absent", u"三",
     u"行政机关经通知后未按期指定人员进行沟通，或行政机关指定人员经两次通知均拒不参加协调化解的"},
    {"party_retracted", u"四",
     u"协调化解协议或协调化解笔录生效前当事人反悔，且无继续协调化解可能的"},
    {"party_extinct", u"五", u"公民死亡或者法人、其他组织终止，无权利义务承受人的"},
    {"other", u"六", u"其他应当终止的情形"},
};

QVariantMap terminationData(const CaseProgress &p, const CenterTexts &texts,
                            const OfferedTerms &reasons)
{
    QString item;
    QString wording;
    for (const TerminationItem &t : kTerminationItems)
        if (p.terminationReason == QLatin1String(t.code)) {
            item = QString::fromUtf16(t.item);
            wording = QString::fromUtf16(t.wording);
        }
    return {{QStringLiteral("known"), p.terminatedOn.isValid() || !item.isEmpty()},
            {QStringLiteral("date"), p.terminatedOn},
            {QStringLiteral("reason"),
             p.terminationReason.isEmpty() ? QString() : reasons.chineseLabel(p.terminationReason)},
            {QStringLiteral("itemNumber"), item},
            {QStringLiteral("item"),
             item.isEmpty() || texts.articles.value(QStringLiteral("termination")).isEmpty()
                 ? QString()
                 : QStringLiteral("%1第（%2）项")
                       .arg(texts.articles.value(QStringLiteral("termination")), item)},
            {QStringLiteral("rule"), wording},
            {QStringLiteral("text"), p.terminationText},
            {QStringLiteral("textLines"), lines(p.terminationText)}};
}

// When the time limit of S0 §22 runs out, counted as the desk counts it,
// with the extension or without it; invalid when the profile has no such rule.
QDate limitEnds(const CaseRecord &c, const DeadlineSetup *setup, const QDate &today, bool extended)
{
    if (!setup || !c.registeredOn.isValid())
        return {};
    for (const DeadlineRule &rule : setup->profile.rules) {
        if (rule.start != QLatin1String("registeredOn") ||
            rule.done != QLatin1String("concludedOn") || !rule.extension || !rule.sources.isEmpty())
            continue;
        DeadlineRequest request;
        request.start = c.registeredOn;
        request.period = rule.period;
        if (rule.suspensions)
            for (const Suspension &s : c.progress.suspensions)
                request.suspensions.append({s.from, s.to});
        if (extended)
            request.extensionDays = c.progress.extension ? c.progress.extension->days : 0;
        request.extensionAfterRoll = setup->profile.extensionAfterRoll;
        return DeadlineCalculator(setup->calendar).compute(request, today).due;
    }
    return {};
}

QVariantMap extensionData(const CaseRecord &c, const DocumentContext &context)
{
    const std::optional<Extension> &e = c.progress.extension;
    QVariantList parties;
    for (const Party &p : c.parties) {
        if (p.role == QLatin1String("representative"))
            continue;
        parties.append(
            QVariantMap{{QStringLiteral("name"), p.name},
                        {QStringLiteral("role"), roleLabel(p.role)},
                        {QStringLiteral("consented"), e && e->consentingParties.contains(p.name)}});
    }
    return {
        {QStringLiteral("known"), e.has_value()},
        {QStringLiteral("days"), e && e->days > 0 ? QString::number(e->days) : QString()},
        {QStringLiteral("parties"), parties},
        {QStringLiteral("consentingNames"), e ? e->consentingParties.join(kSeparator) : QString()},
        {QStringLiteral("approvedBy"), e ? e->approvedBy : QString()},
        {QStringLiteral("approvedOn"), e ? e->approvedOn : QDate()},
        {QStringLiteral("referringUnitToldOn"), e ? e->referringUnitToldOn : QDate()},
        {QStringLiteral("limitEndsOn"), limitEnds(c, context.deadlines, context.today, false)},
        {QStringLiteral("extendedEndsOn"),
         e ? limitEnds(c, context.deadlines, context.today, true) : QDate()}};
}

QVariantMap agreementData(const CaseProgress &p, qsizetype parties)
{
    QVariantList signatures;
    for (const Signature &s : p.signatures)
        signatures.append(QVariantMap{{QStringLiteral("party"), s.party},
                                      {QStringLiteral("signedBy"), s.signedBy}});
    return {{QStringLiteral("known"),
             p.agreementSignedOn.isValid() || !p.agreementTerms.trimmed().isEmpty()},
            {QStringLiteral("signedOn"), p.agreementSignedOn},
            {QStringLiteral("effectiveOn"), p.agreementEffectiveOn},
            {QStringLiteral("effect"), p.agreementEffect.isEmpty()
                                           ? QString()
                                           : zh(vocab::agreementEffects(), p.agreementEffect)},
            {QStringLiteral("onSignature"), p.agreementEffect == QLatin1String("on_signature")},
            {QStringLiteral("onCondition"), p.agreementEffect == QLatin1String("on_condition")},
            {QStringLiteral("condition"), p.agreementCondition},
            {QStringLiteral("terms"), numberedTerms(p.agreementTerms)},
            {QStringLiteral("signatures"), signatures},
            // One for each party and one the center keeps.
            {QStringLiteral("copies"), chineseNumber(int(parties) + 1)}};
}

// What the documents say of the center: the profile's texts, and the
// periods the deadlines count with as the documents state them.
QVariantMap profileData(const RuleProfile &profile)
{
    QVariantMap data = profile.texts.templateData();
    QVariantMap periods = data.value(QStringLiteral("periods")).toMap();
    periods.insert(QStringLiteral("extension"),
                   QStringLiteral("%1日").arg(profile.extensionCapDays));
    data.insert(QStringLiteral("periods"), periods);
    return data;
}

// Which kind of body the case comes from, as a code and as one flag per
// kind, for a template to word what differs: {{#if case.via.reconsideration}}.
void insertChannel(QVariantMap &caseData, const QString &channel)
{
    QVariantMap via;
    for (const QString &kind : profilecheck::channels())
        via.insert(kind, channel == kind);
    caseData.insert(QStringLiteral("channel"), channel);
    caseData.insert(QStringLiteral("via"), via);
}
} // namespace

QVariantMap documentData(const CaseRecord &c, const DocumentContext &context)
{
    static const RuleProfile defaultProfile;
    const RuleProfile &profile = context.deadlines ? context.deadlines->profile : defaultProfile;
    const QString channel = profile.channelOf(c.source);
    // Profile terms are printed with their zh_CN labels.
    const ProfileVocabularies &vocabularies = context.deadlines
                                                  ? context.deadlines->profile.vocabularies
                                                  : ProfileVocabularies::defaults();
    QVariantList applicants;
    QVariantList agencies;
    QVariantList thirdParties;
    QVariantList representatives;
    QVariantList principals;
    QStringList applicantNames;
    QStringList agencyNames;
    QStringList thirdPartyNames;
    QString leadAgency;
    for (const Party &p : c.parties) {
        const QVariantMap data = partyData(p);
        if (p.role == QLatin1String("applicant")) {
            applicants.append(data);
            applicantNames.append(p.name);
        } else if (p.role == QLatin1String("agency")) {
            agencies.append(data);
            agencyNames.append(p.name);
            if (p.lead)
                leadAgency = p.name;
        } else if (p.role == QLatin1String("third_party")) {
            thirdParties.append(data);
            thirdPartyNames.append(p.name);
        } else if (p.role == QLatin1String("representative")) {
            representatives.append(data);
        }
        if (!p.agents.isEmpty())
            principals.append(data);
    }
    if (leadAgency.isEmpty() && !agencyNames.isEmpty())
        leadAgency = agencyNames.first();
    // The parties in the order the forms list them: applicants, agencies, third parties.
    const QVariantList parties = markFirst(applicants + representatives + agencies + thirdParties);
    QVariantList addressees = parties;
    if (!c.judge.isEmpty())
        addressees.append(officialData(c.judge, QStringLiteral("法官")));
    if (!c.procurator.isEmpty())
        addressees.append(officialData(c.procurator, QStringLiteral("检察官")));

    QVariantMap caseData{
        {QStringLiteral("number"), c.number},
        {QStringLiteral("referralNumber"), c.referralNumber},
        {QStringLiteral("originCaseNumber"), c.originCaseNumber},
        {QStringLiteral("registeredOn"), c.registeredOn},
        {QStringLiteral("courtReceivedOn"), c.courtReceivedOn},
        {QStringLiteral("referredOn"), c.referredOn},
        {QStringLiteral("consentDate"), c.consentDate},
        {QStringLiteral("source"), vocabularies.sourceChannels.chineseLabel(c.source)},
        {QStringLiteral("referringUnit"), c.referringUnit},
        {QStringLiteral("judge"), c.judge},
        {QStringLiteral("procurator"), c.procurator},
        {QStringLiteral("leadMediator"), c.leadMediator},
        {QStringLiteral("disputedAct"), c.disputedAct},
        {QStringLiteral("actKind"), zh(vocab::actKinds(), c.actKind)},
        {QStringLiteral("domain"), zh(vocab::enforcementDomains(), c.domain)},
        {QStringLiteral("claims"), c.claims},
        {QStringLiteral("claimLines"), lines(c.claims)},
        {QStringLiteral("summary"), c.summary},
        {QStringLiteral("summaryLines"), lines(c.summary)},
        {QStringLiteral("amount"), formatAmount(c.amountFen)},
        {QStringLiteral("persons"), c.personsInvolved},
        {QStringLiteral("state"), zh(vocab::caseStates(), c.state)}};
    for (const QString &key : CaseProgress::dateKeys())
        caseData.insert(key, c.progress.date(key));
    insertChannel(caseData, channel);

    const CaseProgress &p = c.progress;
    QVariantList agencyMediators;
    QStringList agencyMediatorNames;
    for (const AgencyMediator &m : p.agencyMediators) {
        agencyMediators.append(QVariantMap{{QStringLiteral("name"), m.name},
                                           {QStringLiteral("position"), m.position},
                                           {QStringLiteral("phone"), m.phone}});
        agencyMediatorNames.append(
            m.position.isEmpty() ? m.name : QStringLiteral("%1（%2）").arg(m.name, m.position));
    }
    const QVariantMap mediators{
        {QStringLiteral("lead"), c.leadMediator},
        {QStringLiteral("leadPhone"), context.leadMediatorPhone},
        {QStringLiteral("agency"), agencyMediators},
        {QStringLiteral("agencyNames"), agencyMediatorNames.join(kSeparator)}};

    QVariantList sessions;
    QVariantList heldSessions;
    QVariantList evidenceSessions;
    for (const Session &s : context.sessions) {
        const QVariantMap data = sessionData(&s, c, vocabularies.participantRoles);
        sessions.append(data);
        if (s.status == QLatin1String("held")) {
            heldSessions.append(data);
            if (s.kind == QLatin1String("evidence_exchange"))
                evidenceSessions.append(data);
        }
    }

    const QVariantMap report{{QStringLiteral("date"), p.reportOn},
                             {QStringLiteral("summary"), p.reportSummary},
                             {QStringLiteral("summaryLines"), lines(p.reportSummary)},
                             {QStringLiteral("transferredOn"), p.transferredOn},
                             {QStringLiteral("transferredTo"), p.transferredTo}};
    // An agreement a party went back on ended in a termination (S0 §23(四)).
    const bool agreed = p.agreementSignedOn.isValid() && !p.terminatedOn.isValid();
    const QVariantMap followUp{
        {QStringLiteral("date"), p.followedUpOn},
        {QStringLiteral("note"), p.followUpNote},
        {QStringLiteral("noteLines"), lines(p.followUpNote)},
        {QStringLiteral("outcome"), agreed                     ? QStringLiteral("达成协议")
                                    : p.terminatedOn.isValid() ? QStringLiteral("终止化解")
                                                               : QString()},
        {QStringLiteral("agreed"), agreed},
        {QStringLiteral("performance"),
         p.performance.isEmpty() ? QString() : zh(vocab::performances(), p.performance)},
        {QStringLiteral("performanceNote"), p.performanceNote},
        {QStringLiteral("performanceRecordedOn"), p.performanceRecordedOn}};

    // The referring body by kind: a court lets a lawsuit be withdrawn, a
    // reconsideration body a reconsideration application (when the center's
    // steps offer it).
    const QString court = channel == QLatin1String("court") ? c.referringUnit : QString();
    const QString reconsideration =
        channel == QLatin1String("reconsideration") && profile.steps.reconsiderationOutcomes
            ? c.referringUnit
            : QString();

    // With no agent named yet, the applicants get a form to fill in by hand.
    if (principals.isEmpty())
        principals = applicants;
    // The center's own name setting, else its name in the profile.
    const QString center = context.center.isEmpty() ? profile.texts.name : context.center;
    return {{QStringLiteral("case"), caseData},
            {QStringLiteral("center"), center},
            {QStringLiteral("profile"), profileData(profile)},
            {QStringLiteral("today"), context.today},
            {QStringLiteral("documentNumber"), context.documentNumber},
            {QStringLiteral("leadMediatorPhone"), context.leadMediatorPhone},
            {QStringLiteral("applicants"), markFirst(applicants)},
            {QStringLiteral("agencies"), markFirst(agencies)},
            {QStringLiteral("thirdParties"), markFirst(thirdParties)},
            {QStringLiteral("representatives"), markFirst(representatives)},
            {QStringLiteral("parties"), parties},
            {QStringLiteral("addressees"), addressees},
            {QStringLiteral("principals"), markFirst(principals)},
            {QStringLiteral("applicantNames"), applicantNames.join(kSeparator)},
            {QStringLiteral("agencyNames"), agencyNames.join(kSeparator)},
            {QStringLiteral("thirdPartyNames"), thirdPartyNames.join(kSeparator)},
            {QStringLiteral("partyNames"),
             (applicantNames + agencyNames + thirdPartyNames).join(kSeparator)},
            {QStringLiteral("agency"), leadAgency},
            {QStringLiteral("court"), court},
            {QStringLiteral("reconsideration"), reconsideration},
            {QStringLiteral("mediators"), mediators},
            {QStringLiteral("session"), sessionData(currentSession(context.sessions, context.today),
                                                    c, vocabularies.participantRoles)},
            {QStringLiteral("sessions"), sessions},
            {QStringLiteral("heldSessions"), heldSessions},
            {QStringLiteral("evidenceSessions"), evidenceSessions},
            {QStringLiteral("agreement"),
             agreementData(p, applicants.size() + agencies.size() + thirdParties.size())},
            {QStringLiteral("termination"),
             terminationData(p, profile.texts, vocabularies.terminationReasons)},
            {QStringLiteral("extension"), extensionData(c, context)},
            {QStringLiteral("report"), report},
            {QStringLiteral("followUp"), followUp},
            {QStringLiteral("earlyInvolvement"), invitationData(c, context)}};
}

} // namespace huajie
