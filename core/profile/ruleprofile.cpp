#include "ruleprofile.h"

#include "domain/vocabulary.h"
#include "i18n/contexts.h"
#include "installeddata.h"
#include "io/jsonobjectreader.h"
#include "profile/profilecheck.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>

namespace huajie {
namespace {
bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

Result<void> labels(JsonObjectReader &r, const char *key, QString *english, QString *zh)
{
    JsonObjectReader label(r.object(key), r.path(key));
    label.text("en", english);
    label.text("zh_CN", zh);
    label.finish();
    if (label.failed())
        return label.error();
    if (english->isEmpty())
        return Error{DeadlineText::tr("is required"), r.path(key) + QStringLiteral(".en")};
    return {};
}

Result<DeadlineRule> ruleFromJson(const QJsonObject &object, const QString &path)
{
    DeadlineRule rule;
    JsonObjectReader r(object, path);
    r.text("id", &rule.id);
    if (auto l = labels(r, "label", &rule.labelEnglish, &rule.labelChinese); !l)
        return l.error();
    r.text("source", &rule.source);
    r.text("start", &rule.start);
    const bool hasLength = object.contains(QStringLiteral("length"));
    r.integer("length", &rule.period.length);
    QString unit;
    r.text("unit", &unit);
    r.text("done", &rule.done);
    for (const QJsonValue &v : r.array("openIn"))
        rule.openIn.append(v.toString());
    for (const QJsonValue &v : r.array("sources"))
        rule.sources.append(v.toString());
    for (const QJsonValue &v : r.array("channels"))
        rule.channels.append(v.toString());
    r.boolean("suspensions", &rule.suspensions);
    r.boolean("extension", &rule.extension);
    r.boolean("optional", &rule.optional);
    r.boolean("tracked", &rule.tracked);
    r.finish();
    if (r.failed())
        return r.error();
    const auto field = [&](const char *key) {
        return path + QLatin1Char('.') + QString::fromLatin1(key);
    };
    if (rule.id.isEmpty())
        return Error{DeadlineText::tr("is required"), field("id")};
    if (!DeadlineRule::facts().contains(rule.start))
        return Error{DeadlineText::tr("\"%1\" is not one of: %2")
                         .arg(rule.start, DeadlineRule::facts().join(QStringLiteral(", "))),
                     field("start")};
    if (!DeadlineRule::facts().contains(rule.done))
        return Error{DeadlineText::tr("\"%1\" is not one of: %2")
                         .arg(rule.done, DeadlineRule::facts().join(QStringLiteral(", "))),
                     field("done")};
    if (rule.tracked) {
        // A tracked deadline has no period to count, nor anything that moves one.
        if (hasLength || !unit.isEmpty())
            return Error{DeadlineText::tr("a tracked deadline has no time limit: leave out "
                                          "\"length\" and \"unit\""),
                         field(hasLength ? "length" : "unit")};
        for (const auto &[set, key] :
             {std::pair{rule.suspensions, "suspensions"}, std::pair{rule.extension, "extension"},
              std::pair{rule.optional, "optional"}})
            if (set)
                return Error{DeadlineText::tr("a tracked deadline has no time limit to move "
                                              "or to lapse"),
                             field(key)};
    } else {
        if (rule.period.length < 1 || rule.period.length > 3650)
            return Error{DeadlineText::tr("must be from 1 to 3650"), field("length")};
        if (unit == QLatin1String("days"))
            rule.period.unit = Period::Days;
        else if (unit == QLatin1String("working_days"))
            rule.period.unit = Period::WorkingDays;
        else if (unit == QLatin1String("months"))
            rule.period.unit = Period::Months;
        else
            return Error{DeadlineText::tr("must be days, working_days or months"), field("unit")};
    }
    for (const QString &state : rule.openIn)
        if (!vocab::caseStates().contains(state))
            return Error{DeadlineText::tr("\"%1\" is not one of: %2")
                             .arg(state, vocab::caseStates().describeCodes()),
                         field("openIn")};
    for (const QString &source : rule.sources)
        if (!vocab::sourceChannels().contains(source))
            return Error{DeadlineText::tr("\"%1\" is not one of: %2")
                             .arg(source, vocab::sourceChannels().describeCodes()),
                         field("sources")};
    for (const QString &channel : rule.channels)
        if (!profilecheck::channels().contains(channel))
            return profilecheck::notOneOf(channel, profilecheck::channels(), field("channels"));
    if (rule.start == rule.done)
        return Error{DeadlineText::tr("a deadline cannot be met by the fact it starts from"),
                     field("done")};
    return rule;
}
} // namespace

const QStringList &DeadlineRule::facts()
{
    static const QStringList names = {QStringLiteral("registeredOn"),
                                      QStringLiteral("courtReceivedOn"),
                                      QStringLiteral("referredOn"),
                                      QStringLiteral("noticeDispatchedOn"),
                                      QStringLiteral("noticeReceivedOn"),
                                      QStringLiteral("planReceivedOn"),
                                      QStringLiteral("liaisonNamedOn"),
                                      QStringLiteral("mediationStartedOn"),
                                      QStringLiteral("firstHearingOn"),
                                      QStringLiteral("agreementSignedOn"),
                                      QStringLiteral("agreementEffectiveOn"),
                                      QStringLiteral("confirmationAppliedOn"),
                                      QStringLiteral("terminatedOn"),
                                      QStringLiteral("concludedOn"),
                                      QStringLiteral("mediationEndedOn"),
                                      QStringLiteral("transferredOn"),
                                      QStringLiteral("closedOn"),
                                      QStringLiteral("followedUpOn"),
                                      QStringLiteral("reconsiderationAcceptedOn"),
                                      QStringLiteral("invitationSentOn"),
                                      QStringLiteral("invitationReceivedOn"),
                                      QStringLiteral("invitationAnsweredOn")};
    return names;
}

bool DeadlineRule::isRegistrationFact(const QString &fact)
{
    return fact == QLatin1String("registeredOn") || fact == QLatin1String("courtReceivedOn") ||
           fact == QLatin1String("referredOn");
}

QString DeadlineRule::label() const
{
    return chinese() && !labelChinese.isEmpty() ? labelChinese : labelEnglish;
}

QString RuleProfile::name() const
{
    return chinese() && !nameChinese.isEmpty() ? nameChinese : nameEnglish;
}

QString RuleProfile::channelOf(const QString &sourceCode) const
{
    return vocabularies.sourceChannels.channel(sourceCode);
}

const DeadlineRule *RuleProfile::rule(const QString &ruleId) const
{
    for (const DeadlineRule &r : rules)
        if (r.id == ruleId)
            return &r;
    return nullptr;
}

const DeadlineRule *RuleProfile::ruleDoneBy(const QString &fact) const
{
    for (const DeadlineRule &r : rules)
        if (r.done == fact)
            return &r;
    return nullptr;
}

QString RuleProfile::documentNumber(const QString &documentKind, int year, int n) const
{
    return documentNumbers.value(documentKind)
        .replace(QLatin1String("{year}"), QString::number(year))
        .replace(QLatin1String("{n}"), QString::number(n));
}

Result<RuleProfile> RuleProfile::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const auto failed = [&origin](const Error &e) {
        return Error{e.describe(), origin};
    };
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return failed(Error{DeadlineText::tr("not a JSON object: %1").arg(error.errorString())});
    RuleProfile profile;
    JsonObjectReader r(document.object(), QString());
    r.text("id", &profile.id);
    if (auto l = labels(r, "name", &profile.nameEnglish, &profile.nameChinese); !l)
        return failed(l.error());
    r.integer("extensionCapDays", &profile.extensionCapDays);
    r.boolean("extensionAfterRoll", &profile.extensionAfterRoll);
    r.integer("sessionNoticeDays", &profile.sessionNoticeDays);
    const QJsonArray deadlines = r.array("deadlines");
    const QJsonObject numbers = r.object("documentNumbers");
    const QJsonObject center = r.object("center");
    const QJsonObject steps = r.object("steps");
    const QJsonObject early = r.object("earlyInvolvement");
    r.object("vocabularies");
    const QJsonValue ledger = document.object().value(QLatin1String("ledger"));
    const QJsonValue report = document.object().value(QLatin1String("report"));
    r.object("ledger");
    r.object("report");
    r.finish();
    if (r.failed())
        return failed(r.error());
    auto layout = ReportLayout::fromJson(ledger, report);
    if (!layout)
        return failed(layout.error());
    profile.report = layout.value();
    if (profile.id.isEmpty())
        return failed(Error{DeadlineText::tr("is required"), QStringLiteral("id")});
    for (int i = 0; i < deadlines.size(); ++i) {
        auto rule = ruleFromJson(deadlines[i].toObject(), QStringLiteral("deadlines[%1]").arg(i));
        if (!rule)
            return failed(rule.error());
        profile.rules.append(rule.value());
    }
    for (auto it = numbers.begin(); it != numbers.end(); ++it) {
        const QString pattern = it.value().toString();
        if (!pattern.contains(QLatin1String("{n}")))
            return failed(Error{DeadlineText::tr("needs {n}, where the sequence number goes"),
                                QStringLiteral("documentNumbers.%1").arg(it.key())});
        profile.documentNumbers.insert(it.key(), pattern);
    }
    if (document.object().contains(QStringLiteral("center"))) {
        auto texts = CenterTexts::fromJson(center, QStringLiteral("center"));
        if (!texts)
            return failed(texts.error());
        profile.texts = texts.value();
    }
    auto caseSteps = CaseSteps::fromJson(steps, QStringLiteral("steps"));
    if (!caseSteps)
        return failed(caseSteps.error());
    profile.steps = caseSteps.value();
    auto involvement = EarlyInvolvement::fromJson(early, QStringLiteral("earlyInvolvement"));
    if (!involvement)
        return failed(involvement.error());
    profile.earlyInvolvement = involvement.value();
    auto vocabularies = ProfileVocabularies::fromJson(
        document.object().value(QStringLiteral("vocabularies")), QStringLiteral("vocabularies"));
    if (!vocabularies)
        return failed(vocabularies.error());
    profile.vocabularies = vocabularies.value();
    return profile;
}

QString RuleProfile::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/profiles");
}

namespace {
// Best first: the user's, the installed ones, the built-in ones.
QStringList profileFolders()
{
    return QStringList{RuleProfile::userFolder()} +
           shippedDataFolders(QStringLiteral("profiles"), QStringLiteral("profiles"));
}
} // namespace

QList<RuleProfile> RuleProfile::available()
{
    QList<RuleProfile> profiles;
    QStringList folders = profileFolders();
    std::reverse(folders.begin(), folders.end());
    for (const QString &folder : std::as_const(folders)) {
        const QDir dir(folder);
        for (const QString &name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            auto profile = fromJson(file.readAll(), file.fileName());
            if (!profile)
                continue;
            profiles.removeIf([&](const RuleProfile &p) { return p.id == profile.value().id; });
            profiles.append(profile.value());
        }
    }
    return profiles;
}

bool RuleProfile::hasTimeLimit() const
{
    return std::any_of(rules.cbegin(), rules.cend(),
                       [](const DeadlineRule &r) { return r.extension && !r.tracked; });
}

Result<RuleProfile> RuleProfile::load(const QString &profileId)
{
    // The user's file of that id, when there is one, is read with its errors shown.
    for (const QString &folder : profileFolders()) {
        QFile file(QDir(folder).filePath(profileId + QStringLiteral(".json")));
        if (file.open(QIODevice::ReadOnly))
            return fromJson(file.readAll(), file.fileName());
    }
    QStringList ids;
    for (const RuleProfile &profile : available())
        ids.append(profile.id);
    return Error{DeadlineText::tr("There is no rule profile \"%1\"; there are: %2")
                     .arg(profileId, ids.join(QStringLiteral(", ")))};
}

} // namespace huajie
