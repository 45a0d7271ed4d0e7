#include "centertexts.h"

#include "i18n/contexts.h"
#include "io/jsonobjectreader.h"

#include <QRegularExpression>

namespace huajie {
namespace {
// An article as rules number it (第二十三条, 第四条第二款, 第二十三条第（三）项)
// or a part of a plan (二（五）4, as S3 and S4 number theirs).
const QRegularExpression &articlePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:第[〇一二三四五六七八九十百]+条(?:第[一二三四五六七八九十]+款)?"
                       "(?:第（[一二三四五六七八九十]+）项)?"
                       "|[一二三四五六七八九十]+（[一二三四五六七八九十]+）\\d{0,2})$"));
    return pattern;
}

// A period as documents state it: 3个工作日, 三日, 十日, 30日, 一个月.
const QRegularExpression &periodPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:\\d{1,3}|[一二两三四五六七八九十百]{1,3})(?:个工作日|工作日|日|天|个月)$"));
    return pattern;
}

// A name or a title printed in a sentence: one line, no book title marks
// (the documents add 《》 themselves), not too long for a line of print.
Result<void> checkTitle(const QString &text, const QString &path, qsizetype longest)
{
    if (text.trimmed().isEmpty())
        return Error{DeadlineText::tr("is required"), path};
    if (text.size() > longest)
        return Error{DeadlineText::tr("is longer than %1 characters").arg(longest), path};
    static const QRegularExpression refused(QStringLiteral("[《》\\n\\r\\t<>{}]"));
    if (text.contains(refused) || text != text.trimmed())
        return Error{DeadlineText::tr("must be one line without 《》, <>, {} or spaces around it"),
                     path};
    return {};
}
} // namespace

const QStringList &CenterTexts::articlePurposes()
{
    static const QStringList purposes = {
        QStringLiteral("notice"),        // the notice to the agency (S0 §4)
        QStringLiteral("sessionNotice"), // telling the parties and the third party (S0 §9)
        QStringLiteral("agents"),        // one or two agents, special authority (S0 §15)
        QStringLiteral("agencyHead"),    // the agency's head takes part (S2 §12)
        QStringLiteral("authority"), // the agency's written authority to settle (S1 四（一）)
        QStringLiteral("confirmation"), // judicial confirmation of the agreement (S0 §21)
        QStringLiteral("timeLimit"),    // the time limit and its extension (S0 §22)
        QStringLiteral("termination"),  // the grounds for ending (S0 §23)
        QStringLiteral("agencyAbsent"), // ending when the agency stays away (S0 §23(三))
        QStringLiteral("report"),       // the report sent back with the file (S0 §24)
        QStringLiteral("remedies"), // the parties' ways on after the end (S0 §25, S1 三（一）)
        QStringLiteral("followUp"), // the follow-up visit (S3 二（五）4)
    };
    return purposes;
}

const QStringList &CenterTexts::periodPurposes()
{
    static const QStringList purposes = {
        QStringLiteral("liaison"),      // the agency names its liaison staff (notice)
        QStringLiteral("referral"),     // the referral's period (referral letter)
        QStringLiteral("confirmation"), // applying for judicial confirmation (S0 §21)
        QStringLiteral("followUp"),     // the follow-up visit after the end (S3 二（五）4)
    };
    return purposes;
}

CenterTexts CenterTexts::shizuishan()
{
    CenterTexts t;
    t.name = QStringLiteral("石嘴山市行政争议协调化解中心");
    t.rules = QStringLiteral("石嘴山市行政争议协调化解中心工作规则");
    t.source = QStringLiteral("工作方案附件2");
    for (const QString &purpose : articlePurposes())
        t.articles.insert(purpose, QString());
    t.articles.insert(QStringLiteral("notice"), QStringLiteral("第四条"));
    t.articles.insert(QStringLiteral("sessionNotice"), QStringLiteral("第九条"));
    t.articles.insert(QStringLiteral("agents"), QStringLiteral("第十五条"));
    t.articles.insert(QStringLiteral("confirmation"), QStringLiteral("第二十一条"));
    t.articles.insert(QStringLiteral("timeLimit"), QStringLiteral("第二十二条"));
    t.articles.insert(QStringLiteral("termination"), QStringLiteral("第二十三条"));
    t.articles.insert(QStringLiteral("agencyAbsent"), QStringLiteral("第二十三条第（三）项"));
    t.articles.insert(QStringLiteral("report"), QStringLiteral("第二十四条"));
    t.articles.insert(QStringLiteral("remedies"), QStringLiteral("第二十五条"));
    for (const QString &purpose : periodPurposes())
        t.periods.insert(purpose, QString());
    const auto period = [&t](const char *purpose, const QString &text, const QString &source) {
        t.periods.insert(QString::fromLatin1(purpose), text);
        t.periodSources.insert(QString::fromLatin1(purpose), source);
    };
    period("liaison", QStringLiteral("3个工作日"), QStringLiteral("通知书（附件4）"));
    period("referral", QStringLiteral("一个月"), QStringLiteral("委托书（附件4）"));
    period("confirmation", QStringLiteral("十日"), QStringLiteral("工作规则第二十一条"));
    period("followUp", QStringLiteral("30日"), QStringLiteral("钟祥市方案二（五）4"));
    return t;
}

Result<CenterTexts> CenterTexts::fromJson(const QJsonObject &object, const QString &path)
{
    CenterTexts t;
    JsonObjectReader r(object, path);
    r.text("name", &t.name);
    r.text("rules", &t.rules);
    r.text("source", &t.source);
    r.text("templates", &t.templateSet);
    const QJsonObject articles = r.object("articles");
    const QJsonObject periods = r.object("periods");
    r.finish();
    if (r.failed())
        return r.error();
    if (auto name = checkTitle(t.name, r.path("name"), 40); !name)
        return name.error();
    if (auto rules = checkTitle(t.rules, r.path("rules"), 80); !rules)
        return rules.error();
    static const QRegularExpression setName(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    if (!t.templateSet.isEmpty() && !setName.match(t.templateSet).hasMatch())
        return Error{DeadlineText::tr("must be a folder name of small letters, digits and -"),
                     r.path("templates")};

    for (const QString &purpose : articlePurposes())
        t.articles.insert(purpose, QString());
    for (auto it = articles.begin(); it != articles.end(); ++it) {
        const QString at = r.path("articles") + QLatin1Char('.') + it.key();
        if (!articlePurposes().contains(it.key()))
            return Error{DeadlineText::tr("\"%1\" is not one of: %2")
                             .arg(it.key(), articlePurposes().join(QStringLiteral(", "))),
                         at};
        if (!it.value().isString() || !articlePattern().match(it.value().toString()).hasMatch())
            return Error{
                DeadlineText::tr("must be an article as the rules number it, e.g. "
                                 "\"第二十三条\", or a part of a plan, e.g. \"二（五）4\""),
                at};
        t.articles.insert(it.key(), it.value().toString());
    }

    for (const QString &purpose : periodPurposes())
        t.periods.insert(purpose, QString());
    for (auto it = periods.begin(); it != periods.end(); ++it) {
        const QString at = r.path("periods") + QLatin1Char('.') + it.key();
        if (!periodPurposes().contains(it.key()))
            return Error{DeadlineText::tr("\"%1\" is not one of: %2")
                             .arg(it.key(), periodPurposes().join(QStringLiteral(", "))),
                         at};
        if (!it.value().isObject())
            return Error{JsonText::tr("must be an object"), at};
        QString text;
        QString source;
        JsonObjectReader p(it.value().toObject(), at);
        p.text("text", &text);
        p.text("source", &source);
        p.finish();
        if (p.failed())
            return p.error();
        if (!periodPattern().match(text).hasMatch())
            return Error{DeadlineText::tr("\"%1\" is not a period as documents state it, e.g. "
                                          "\"3个工作日\", \"十日\" or \"一个月\"")
                             .arg(text),
                         p.path("text")};
        t.periods.insert(it.key(), text);
        t.periodSources.insert(it.key(), source);
    }
    return t;
}

QVariantMap CenterTexts::templateData() const
{
    QVariantMap articleData;
    for (auto it = articles.begin(); it != articles.end(); ++it)
        articleData.insert(it.key(), it.value());
    QVariantMap periodData;
    for (auto it = periods.begin(); it != periods.end(); ++it)
        periodData.insert(it.key(), it.value());
    // A template asks for "templates" to word a title Shizuishan's forms
    // print with their own center's kind (行政争议协调化解中心委托书).
    return {{QStringLiteral("name"), name},
            {QStringLiteral("rules"), rules},
            {QStringLiteral("templates"), templateSet},
            {QStringLiteral("articles"), articleData},
            {QStringLiteral("periods"), periodData}};
}

} // namespace huajie
