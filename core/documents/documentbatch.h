#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace huajie {

class Store;

// The same document for many cases at once: each one issued, kept with its
// case and written as a PDF into one folder. Cancelling stops before the
// next case; what was issued stays issued.
class DocumentBatch
{
public:
    struct Outcome
    {
        int issued = 0;
        QStringList failures; // "case number: reason", for the cases left out
        bool cancelled = false;
    };
    // Told after each case; returns false to stop there.
    using Progress = std::function<bool(int done, int total)>;

    static Outcome run(Store &store, const QList<qint64> &caseIds, const QString &kind,
                       const QString &folder, const QDateTime &at, const Progress &progress);
    // The file a case's document is written to, by the case's number and
    // the document's own title, with what file systems refuse replaced:
    // "（2026）化解字第15号 行政争议协调化解通知书.pdf".
    static QString fileName(const QString &caseNumber, const QString &title);
    // The title a document's text begins with (its <h1>), plain.
    static QString titleOf(const QString &html);
};

} // namespace huajie
