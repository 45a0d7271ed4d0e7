#include "documentbatch.h"

#include "documents/documentcomposer.h"
#include "documents/documentlibrary.h"
#include "documents/officiallayout.h"
#include "store/store.h"

#include <QDir>
#include <QRegularExpression>

namespace huajie {

QString DocumentBatch::fileName(const QString &caseNumber, const QString &title)
{
    // What Windows, macOS or Linux refuse in a name, and control characters.
    static const QRegularExpression refused(QStringLiteral("[\\x00-\\x1f\\x7f/\\\\:*?\"<>|]+"));
    QString base = (caseNumber.trimmed() + QLatin1Char(' ') + title.trimmed()).trimmed();
    base.replace(refused, QStringLiteral("-"));
    // Nor may a name end in a dot or a space (Windows), nor grow past what
    // file systems hold (255 bytes: 80 Chinese characters leave room).
    base = base.left(80);
    while (base.endsWith(QLatin1Char('.')) || base.endsWith(QLatin1Char(' ')))
        base.chop(1);
    return base + QStringLiteral(".pdf");
}

QString DocumentBatch::titleOf(const QString &html)
{
    static const QRegularExpression heading(QStringLiteral("<h1[^>]*>(.*?)</h1>"),
                                            QRegularExpression::DotMatchesEverythingOption |
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    const auto match = heading.match(html);
    if (!match.hasMatch())
        return {};
    QString title = match.captured(1);
    title.remove(tags);
    title.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return title.simplified();
}

DocumentBatch::Outcome DocumentBatch::run(Store &store, const QList<qint64> &caseIds,
                                          const QString &kind, const QString &folder,
                                          const QDateTime &at, const Progress &progress)
{
    Outcome outcome;
    DocumentComposer composer(store);
    const QDir dir(folder);
    for (int i = 0; i < caseIds.size(); ++i) {
        auto record = store.cases().load(caseIds.at(i));
        if (!record) {
            outcome.failures.append(record.error().describe());
            continue;
        }
        const QString number = record.value().number;
        // The document is kept only when its PDF was written too.
        auto written = composer.issue(
            record.value(), kind, at, [&](const IssuedDocument &issued) -> Result<void> {
                const QString title = issued.number.isEmpty() ? number : issued.number;
                QString heading = titleOf(issued.html);
                if (heading.isEmpty())
                    heading = DocumentLibrary::title(kind);
                return OfficialLayout::writePdf(issued.html, title,
                                                dir.filePath(fileName(number, heading)),
                                                issued.footnote());
            });
        if (written)
            ++outcome.issued;
        else
            outcome.failures.append(
                QStringLiteral("%1: %2").arg(number, written.error().describe()));
        if (progress && !progress(i + 1, int(caseIds.size())) && i + 1 < caseIds.size()) {
            outcome.cancelled = true;
            break;
        }
    }
    return outcome;
}

} // namespace huajie
