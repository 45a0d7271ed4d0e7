#include "casesearch.h"

#include "i18n/contexts.h"
#include "store/statement.h"

namespace huajie {
namespace {
// The trigram tokenizer indexes runs of three characters (code points, not
// UTF-16 units): a shorter word has nothing to look up.
constexpr qsizetype kTrigram = 3;

qsizetype characters(const QString &word)
{
    return word.toUcs4().size();
}

// A word as one FTS5 phrase: in quotes, its own quotes doubled, so that
// nothing typed is read as query syntax.
QString phrase(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The index folds case; SQLite's lower(), used for short words, folds only
// ASCII letters, so a short word is folded the same way and no further.
QString asciiLower(const QString &word)
{
    QString folded = word;
    for (QChar &c : folded)
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    return folded;
}
} // namespace

QStringList CaseSearch::words(const QString &text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Result<QSet<qint64>> CaseSearch::matching(const QString &text) const
{
    const QStringList all = words(text);
    if (all.isEmpty())
        return Error{StoreText::tr("give a word to search for")};
    QStringList phrases;
    QStringList shortWords;
    for (const QString &word : all) {
        if (characters(word) >= kTrigram)
            phrases.append(phrase(word));
        else
            shortWords.append(asciiLower(word));
    }
    QStringList conditions;
    if (!phrases.isEmpty())
        conditions.append(QStringLiteral("case_search MATCH ?"));
    for (qsizetype i = 0; i < shortWords.size(); ++i)
        conditions.append(QStringLiteral("instr(lower(text), ?) > 0"));
    Statement query(m_db, QStringLiteral("SELECT rowid FROM case_search WHERE %1")
                              .arg(conditions.join(QStringLiteral(" AND "))));
    if (!phrases.isEmpty())
        query.bind(phrases.join(QLatin1Char(' ')));
    for (const QString &word : std::as_const(shortWords))
        query.bind(word);
    if (auto done = query.exec(); !done)
        return done.error();
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

Result<QList<PartyOnCase>> CaseSearch::partiesLike(const QString &idNumber,
                                                   const QString &creditCode, const QString &name,
                                                   qint64 exceptCase) const
{
    // Each identifier through its own index; an empty one matches nothing. A
    // registration voided as made in error is no earlier case.
    Statement query(
        m_db, QStringLiteral(
                  "SELECT c.id, c.number, c.state, c.disputed_act, p.role, p.name, p.id_number, "
                  "p.credit_code FROM parties p JOIN cases c ON c.id = p.case_id "
                  "WHERE p.id IN (SELECT id FROM parties WHERE id_number = ? AND id_number <> '' "
                  "  UNION SELECT id FROM parties WHERE credit_code = ? AND credit_code <> '' "
                  "  UNION SELECT id FROM parties WHERE name = ? AND name <> '') "
                  "AND p.role <> 'agency' AND c.id <> ? AND NOT c.voided "
                  "ORDER BY c.year DESC, c.sequence DESC, p.position"));
    query.bindAll({idNumber.trimmed(), creditCode.trimmed(), name.trimmed(), exceptCase});
    if (auto done = query.exec(); !done)
        return done.error();
    QList<PartyOnCase> found;
    while (query.next()) {
        PartyOnCase p;
        p.caseId = query.value(0).toLongLong();
        p.caseNumber = query.value(1).toString();
        p.caseState = query.value(2).toString();
        p.disputedAct = query.value(3).toString();
        p.role = query.value(4).toString();
        p.name = query.value(5).toString();
        p.idNumber = query.value(6).toString();
        p.creditCode = query.value(7).toString();
        found.append(std::move(p));
    }
    return found;
}

} // namespace huajie
