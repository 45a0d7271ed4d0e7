#include "profilevocabularies.h"

#include "domain/vocabulary.h"
#include "i18n/chinesecatalogue.h"
#include "i18n/contexts.h"
#include "io/jsonobjectreader.h"
#include "profile/profilecheck.h"

#include <QLocale>
#include <QRegularExpression>

namespace huajie {
namespace {
bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

OfferedTerms builtInCodes(const Vocabulary &builtIn, const QStringList &codes)
{
    QList<OfferedTerm> terms;
    for (const QString &code : codes)
        terms.append(OfferedTerm{code, {}, {}, {}, {}});
    return OfferedTerms(builtIn, terms);
}

struct ListKey
{
    const char *key;
    OfferedTerms ProfileVocabularies::*list;
    const Vocabulary &(*builtIn)();
};

constexpr ListKey kListKeys[] = {
    {"sourceChannels", &ProfileVocabularies::sourceChannels, &vocab::sourceChannels},
    {"suitabilityGrounds", &ProfileVocabularies::suitabilityGrounds, &vocab::suitabilityGrounds},
    {"mediatorKinds", &ProfileVocabularies::mediatorKinds, &vocab::mediatorKinds},
    {"participantRoles", &ProfileVocabularies::participantRoles, &vocab::participantRoles},
    {"terminationReasons", &ProfileVocabularies::terminationReasons, &vocab::terminationReasons},
};

// {"en": "...", "zh_CN": "..."}: both are required, a center's term is shown
// in either language.
Result<void> readLabel(JsonObjectReader &r, OfferedTerm *term)
{
    const QString path = r.path("label");
    JsonObjectReader label(r.object("label"), path);
    label.text("en", &term->labelEnglish);
    label.text("zh_CN", &term->labelChinese);
    label.finish();
    if (r.failed())
        return r.error();
    if (label.failed())
        return label.error();
    if (term->labelEnglish.trimmed().isEmpty())
        return Error{DeadlineText::tr("is required"), path + QStringLiteral(".en")};
    if (term->labelChinese.trimmed().isEmpty())
        return Error{DeadlineText::tr("is required"), path + QStringLiteral(".zh_CN")};
    return {};
}

Result<OfferedTerm> termFromJson(const QJsonValue &value, const Vocabulary &builtIn, bool isSource,
                                 const QString &path)
{
    OfferedTerm term;
    if (value.isString()) {
        term.code = value.toString();
        if (!builtIn.contains(term.code))
            return Error{DeadlineText::tr("\"%1\" is not a built-in code (%2); a term of the "
                                          "center's own is an object with its code and label")
                             .arg(term.code, builtIn.describeCodes()),
                         path};
        return term;
    }
    if (!value.isObject())
        return Error{DeadlineText::tr("must be a code or an object with code, label and source"),
                     path};
    JsonObjectReader r(value.toObject(), path);
    r.text("code", &term.code);
    r.text("source", &term.source);
    const bool hasLabel = value.toObject().contains(QStringLiteral("label"));
    if (hasLabel)
        if (auto label = readLabel(r, &term); !label)
            return label.error();
    if (isSource)
        r.text("channel", &term.channel);
    r.finish();
    if (r.failed())
        return r.error();
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (term.code.isEmpty())
        return Error{DeadlineText::tr("is required"), r.path("code")};
    if (!codePattern.match(term.code).hasMatch())
        return Error{DeadlineText::tr("\"%1\" is not a code: small letters a–z, digits and _, "
                                      "at most 40, beginning with a letter")
                         .arg(term.code.left(40)),
                     r.path("code")};
    if (builtIn.contains(term.code)) {
        // A built-in source's channel is the program's: its rules rest on it.
        if (!term.channel.isEmpty())
            return Error{DeadlineText::tr("\"%1\" is a built-in source: its channel is %2")
                             .arg(term.code, builtIn.channel(term.code)),
                         r.path("channel")};
        return term;
    }
    if (!hasLabel)
        return Error{DeadlineText::tr("is required for a term of the center's own"),
                     r.path("label")};
    if (isSource && !profilecheck::channels().contains(term.channel))
        return Error{
            term.channel.isEmpty()
                ? DeadlineText::tr("is required for a source of the center's own: "
                                   "one of %1")
                      .arg(profilecheck::channels().join(QStringLiteral(", ")))
                : DeadlineText::tr("\"%1\" is not one of: %2")
                      .arg(term.channel, profilecheck::channels().join(QStringLiteral(", "))),
            r.path("channel")};
    return term;
}

Result<OfferedTerms> listFromJson(const QJsonArray &items, const Vocabulary &builtIn, bool isSource,
                                  const QString &path)
{
    if (items.isEmpty())
        return Error{DeadlineText::tr("must name at least one code"), path};
    QList<OfferedTerm> terms;
    QStringList seen;
    for (int i = 0; i < items.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        auto term = termFromJson(items[i], builtIn, isSource, itemPath);
        if (!term)
            return term.error();
        if (seen.contains(term.value().code))
            return Error{DeadlineText::tr("\"%1\" is named twice").arg(term.value().code),
                         itemPath};
        seen.append(term.value().code);
        terms.append(term.value());
    }
    return OfferedTerms(builtIn, terms);
}
} // namespace

OfferedTerms::OfferedTerms(const Vocabulary &builtIn) : m_builtIn(&builtIn)
{
    for (const QString &code : builtIn.codes())
        m_terms.append(OfferedTerm{code, {}, {}, {}, {}});
}

OfferedTerms::OfferedTerms(const Vocabulary &builtIn, QList<OfferedTerm> terms)
    : m_builtIn(&builtIn), m_terms(std::move(terms))
{}

const OfferedTerm *OfferedTerms::term(const QString &code) const
{
    for (const OfferedTerm &t : m_terms)
        if (t.code == code)
            return &t;
    return nullptr;
}

QStringList OfferedTerms::codes() const
{
    QStringList result;
    for (const OfferedTerm &t : m_terms)
        result.append(t.code);
    return result;
}

bool OfferedTerms::contains(const QString &code) const
{
    return term(code) != nullptr;
}

QString OfferedTerms::label(const QString &code) const
{
    const OfferedTerm *t = term(code);
    if (t && !t->labelEnglish.isEmpty())
        return chinese() ? t->labelChinese : t->labelEnglish;
    return m_builtIn->label(code);
}

QString OfferedTerms::chineseLabel(const QString &code) const
{
    const OfferedTerm *t = term(code);
    if (t && !t->labelChinese.isEmpty())
        return t->labelChinese;
    return huajie::chineseLabel(*m_builtIn, code);
}

QString OfferedTerms::channel(const QString &code) const
{
    const OfferedTerm *t = term(code);
    if (t && !t->channel.isEmpty())
        return t->channel;
    return m_builtIn->channel(code);
}

QString OfferedTerms::describeLabels() const
{
    QStringList labels;
    for (const OfferedTerm &t : m_terms)
        labels.append(label(t.code));
    return labels.join(chinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

const ProfileVocabularies &ProfileVocabularies::defaults()
{
    static const ProfileVocabularies lists{
        builtInCodes(vocab::sourceChannels(),
                     {QStringLiteral("court_pre_filing"), QStringLiteral("court_in_trial"),
                      QStringLiteral("reconsideration"), QStringLiteral("procuratorate"),
                      QStringLiteral("petition"), QStringLiteral("direct")}),
        builtInCodes(vocab::suitabilityGrounds(),
                     {QStringLiteral("real_hardship"), QStringLiteral("remedy_needed"),
                      QStringLiteral("policy_history"), QStringLiteral("deep_causes"),
                      QStringLiteral("settled_law"), QStringLiteral("major_complex"),
                      QStringLiteral("future_harm"), QStringLiteral("technical"),
                      QStringLiteral("other")}),
        builtInCodes(vocab::mediatorKinds(),
                     {QStringLiteral("center_staff"), QStringLiteral("peoples_mediator"),
                      QStringLiteral("lawyer"), QStringLiteral("deputy"),
                      QStringLiteral("cppcc_member"), QStringLiteral("expert"),
                      QStringLiteral("community_worker"), QStringLiteral("psychologist")}),
        builtInCodes(vocab::participantRoles(),
                     {QStringLiteral("applicant"), QStringLiteral("agent"),
                      QStringLiteral("representative"), QStringLiteral("agency_staff"),
                      QStringLiteral("agency"), QStringLiteral("legal_representative"),
                      QStringLiteral("lead_mediator"), QStringLiteral("invited_mediator"),
                      QStringLiteral("judge"), QStringLiteral("procurator"),
                      QStringLiteral("third_party")}),
        builtInCodes(vocab::terminationReasons(),
                     {QStringLiteral("time_expired"), QStringLiteral("party_request"),
                      QStringLiteral("agency_absent"), QStringLiteral("party_retracted"),
                      QStringLiteral("party_extinct"), QStringLiteral("other")}),
    };
    return lists;
}

Result<ProfileVocabularies> ProfileVocabularies::fromJson(const QJsonValue &value,
                                                          const QString &path)
{
    ProfileVocabularies result = defaults();
    if (value.isUndefined() || value.isNull())
        return result;
    if (!value.isObject())
        return Error{JsonText::tr("must be an object"), path};
    JsonObjectReader r(value.toObject(), path);
    for (const ListKey &key : kListKeys) {
        const QJsonValue items = value.toObject().value(QString::fromLatin1(key.key));
        const QJsonArray array = r.array(key.key);
        if (r.failed())
            return r.error();
        if (items.isUndefined() || items.isNull())
            continue;
        const bool sources = key.list == &ProfileVocabularies::sourceChannels;
        auto list = listFromJson(array, key.builtIn(), sources, r.path(key.key));
        if (!list)
            return list.error();
        result.*key.list = list.value();
    }
    r.finish();
    if (r.failed())
        return r.error();
    return result;
}

} // namespace huajie
