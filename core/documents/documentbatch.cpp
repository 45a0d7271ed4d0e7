#include "documentbatch.h"

#include "documents/documentcomposer.h"
#include "documents/officiallayout.h"
#include "store/statement.h"
#include "store/store.h"

#include <QDir>

namespace huajie {

QString DocumentBatch::fileName(const QString &caseNumber, const QString &kind)
{
    QString name = caseNumber + QLatin1Char(' ') + kind + QStringLiteral(".pdf");
    return name.replace(QLatin1Char('/'), QLatin1Char('-'));
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
        TransactionGuard transaction(store.connection());
        auto written = [&]() -> Result<void> {
            if (auto begun = transaction.begun(); !begun)
                return begun;
            auto issued = composer.issue(record.value(), kind, at);
            if (!issued)
                return issued.error();
            const QString title = issued.value().number.isEmpty() ? number : issued.value().number;
            if (auto pdf = OfficialLayout::writePdf(issued.value().html, title,
                                                    dir.filePath(fileName(number, kind)));
                !pdf)
                return pdf;
            return transaction.commit();
        }();
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
