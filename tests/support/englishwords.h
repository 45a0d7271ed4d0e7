#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace huajie::test {

// The English words in a text shown to a Chinese user: runs of ASCII
// letters that are not part of a code or number (a credit code, a case
// number, a date, a file name), nor a name that is written in Latin letters
// in Chinese too (file formats, the program's name). An empty list is what
// the zh_CN interface must show.
inline QStringList englishWords(const QString &text)
{
    static const QSet<QString> latinInChinese = {
        QStringLiteral("PDF"),        QStringLiteral("XLSX"),   QStringLiteral("CSV"),
        QStringLiteral("JSON"),       QStringLiteral("ICS"),    QStringLiteral("SHA"),
        QStringLiteral("Huajie"),     QStringLiteral("SQLite"), QStringLiteral("Argon2id"),
        QStringLiteral("ID"),         QStringLiteral("Ctrl"),   QStringLiteral("Shift"),
        QStringLiteral("Alt"),        QStringLiteral("Enter"),  QStringLiteral("Esc"),
        QStringLiteral("Del"),        QStringLiteral("Tab"),    QStringLiteral("Qt"),
        QStringLiteral("holiday-cn"), QStringLiteral("WAL"),    QStringLiteral("AM"),
        QStringLiteral("PM"),
    };
    // A token: letters, digits and the joiners of codes, file names and paths.
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9_./:\\\\~-]+"));
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
    // The patterns a date or time is typed in (YYYY-MM-DD, YYYY-MM-DDTHH:MM,
    // YYYY-Qn): written so in Chinese too.
    static const QRegularExpression datePattern(
        QStringLiteral("^(YYYY|MM|DD|HH|Qn)([-:T]?(YYYY|MM|DD|HH|Qn))*$"));
    QStringList words;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QString t = it.next().captured();
        if (!t.contains(letters))
            continue;
        // Codes and numbers (a credit code, 2026-10, v8), file names and
        // paths (report.pdf, /tmp/x), and the names kept in Latin letters.
        if (t.contains(QRegularExpression(QStringLiteral("[0-9]"))) ||
            t.contains(QLatin1Char('/')) || t.contains(QLatin1Char('\\')) ||
            t.contains(QRegularExpression(QStringLiteral("\\.[A-Za-z]{2,4}$"))) ||
            latinInChinese.contains(t) || t.contains(datePattern))
            continue;
        words << t;
    }
    return words;
}

} // namespace huajie::test
