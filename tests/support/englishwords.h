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
    // Written so in Chinese too: the calendar format the schedule exports
    // (RFC 5545), a language listed under its own name for the one who cannot
    // read the other, the licence's name (MIT 许可证), and the key of a rule
    // profile's JSON that a center edits in its own copy.
    static const QSet<QString> namesAndKeys = {QStringLiteral("iCalendar"),
                                               QStringLiteral("English"), QStringLiteral("MIT"),
                                               QStringLiteral("id")};
    // A token: letters, digits and the joiners of codes, file names and paths.
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9_./:\\\\~-]+"));
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
    // The patterns a date or time is typed in (YYYY-MM-DD, YYYY-MM-DDTHH:MM,
    // YYYY-Qn): written so in Chinese too.
    static const QRegularExpression datePattern(
        QStringLiteral("^(YYYY|MM|DD|HH|Qn)([-:T]?(YYYY|MM|DD|HH|Qn))*$"));
    QStringList words;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString t = match.captured();
        if (!t.contains(letters))
            continue;
        // A placeholder a user types in a pattern, such as {year}.
        if (match.capturedStart() > 0 && text.at(match.capturedStart() - 1) == QLatin1Char('{') &&
            text.mid(match.capturedEnd(), 1) == QLatin1String("}"))
            continue;
        // Codes and numbers (a credit code, 2026-10, v8), file names and
        // paths (report.pdf, /tmp/x), and the names kept in Latin letters.
        if (t.contains(QRegularExpression(QStringLiteral("[0-9]"))) ||
            t.contains(QLatin1Char('/')) || t.contains(QLatin1Char('\\')) ||
            t.contains(QRegularExpression(QStringLiteral("\\.[A-Za-z]{2,4}$"))) ||
            t.startsWith(QLatin1Char('.')) || // a file name's suffix, as in *.sqlite
            latinInChinese.contains(t) || namesAndKeys.contains(t) || t.contains(datePattern))
            continue;
        words << t;
    }
    return words;
}

} // namespace huajie::test
