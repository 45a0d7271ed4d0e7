#pragma once

#include "domain/recordanchor.h"
#include "result.h"
#include "statistics/reporttable.h"

#include <QByteArray>
#include <QString>

namespace huajie {

struct PeriodReport;

// A report written out for the justice bureau, in Chinese: JSON, CSV,
// XLSX or PDF in the official layout. What does not balance is not written.
class ReportExport
{
public:
    enum class Format
    {
        Json,
        Csv,
        Xlsx,
        Pdf
    };
    static std::optional<Format> formatNamed(const QString &name); // "json", "csv", "xlsx", "pdf"

    // Refused, naming every case that breaks the balance, unless it balances.
    static Result<void> checkBalance(const PeriodReport &report);
    // Checks the balance, then writes the file whole or not at all. For PDF,
    // `extraHtml` (charts, as images) goes after the main figures.
    static Result<void> write(const PeriodReport &report, Format format, const QString &path,
                              const QString &extraHtml = {});

    static QByteArray json(const PeriodReport &report);
    // Tables other than a report's (the ledger) as CSV, XLSX or PDF, each
    // table a section of the PDF; JSON is for reports only.
    static Result<void> writeTables(const QList<ReportTable> &tables, Format format,
                                    const QString &title, const QString &path,
                                    const std::optional<RecordAnchor> &anchor);
    // The tables one after another, blank lines between, in UTF-8 with a
    // byte-order mark so that Excel reads the Chinese; CRLF line ends. The
    // anchor, where given, is the last line: 记录锚点,1234:0123456789abcdef.
    static QByteArray csv(const QList<ReportTable> &tables,
                          const std::optional<RecordAnchor> &anchor = std::nullopt);
    // One sheet per table: a title row and a units row across the table,
    // header cells merged over their groups, column widths, numbers and
    // days stored as numbers. The anchor, where given, is in the document
    // properties: the comments and a custom property 记录锚点.
    static Result<void> writeXlsx(const QList<ReportTable> &tables, const QString &title,
                                  const QString &path,
                                  const std::optional<RecordAnchor> &anchor = std::nullopt);
    // The report's tables as the body of an official-layout document, with
    // `extraHtml` after the main figures.
    static QString html(const PeriodReport &report, const QString &extraHtml = {});
    static Result<void> writeFile(const QString &path, const QByteArray &bytes);
};

} // namespace huajie
