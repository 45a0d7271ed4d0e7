#pragma once

#include "result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace huajie {

class Vocabulary;

// One code a center offers: a built-in code (its label from the program,
// unless the center words it its own way) or a term of the center's own.
struct OfferedTerm
{
    QString code;
    QString labelEnglish; // empty: a built-in code shown with the program's label
    QString labelChinese;
    QString source;  // the seed article it comes from
    QString channel; // source channels only, a term of the center's own
};

// A closed list as a center offers it: which codes a new or edited case may
// take, in the center's order, and the label of any code, including a
// built-in one the center does not offer (a case recorded earlier, under
// another profile, still shows its label).
class OfferedTerms
{
public:
    // Every code of the built-in list, in its order.
    OfferedTerms(const Vocabulary &builtIn); // NOLINT: implicit, a built-in list is offered whole
    OfferedTerms(const Vocabulary &builtIn, QList<OfferedTerm> terms);

    QStringList codes() const;
    bool contains(const QString &code) const;
    QString label(const QString &code) const; // in the interface language; the code when unknown
    QString chineseLabel(const QString &code) const; // for documents, ledgers and reports
    // The kind of body a case of that source comes from; empty when unknown.
    QString channel(const QString &code) const;
    // The offered labels, for messages: "法院诉前委派、行政复议".
    QString describeLabels() const;
    const QList<OfferedTerm> &terms() const { return m_terms; }
    const Vocabulary &builtIn() const { return *m_builtIn; }

private:
    const OfferedTerm *term(const QString &code) const;

    const Vocabulary *m_builtIn;
    QList<OfferedTerm> m_terms;
};

// The closed lists a profile decides (the "vocabularies" key): S3's 六调
// sources, S2's and S3's suitability grounds, S3's 1+1+N kinds, each
// center's termination reasons.
struct ProfileVocabularies
{
    OfferedTerms sourceChannels;
    OfferedTerms suitabilityGrounds;
    OfferedTerms mediatorKinds;
    OfferedTerms participantRoles;
    OfferedTerms terminationReasons;

    // Shizuishan's lists, the program's before profiles had vocabularies:
    // what a profile without the key, or without one of its lists, offers.
    static const ProfileVocabularies &defaults();
    // The value of "vocabularies"; every error names its JSON path under path.
    static Result<ProfileVocabularies> fromJson(const QJsonValue &value, const QString &path);
};

} // namespace huajie
