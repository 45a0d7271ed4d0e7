#include "reportexport.h"

#include "documents/officiallayout.h"
#include "i18n/contexts.h"
#include "io/ownerfile.h"
#include "statistics/periodreport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace huajie {
namespace {
QString csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); }))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(csvField(f));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

// The runs of neighbouring columns under one group heading: [first, last].
QList<std::pair<int, int>> groupRuns(const ReportTable &table)
{
    QList<std::pair<int, int>> runs;
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].group.isEmpty())
            continue;
        if (!runs.isEmpty() && runs.last().second == c - 1 &&
            table.columns[runs.last().first].group == table.columns[c].group)
            runs.last().second = c;
        else
            runs.append({c, c});
    }
    return runs;
}

// The formats of a workbook, made once.
struct XlsxFormats
{
    explicit XlsxFormats(lxw_workbook *book)
    {
        title = workbook_add_format(book);
        format_set_bold(title);
        format_set_font_size(title, 16);
        format_set_align(title, LXW_ALIGN_CENTER);
        format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
        units = workbook_add_format(book);
        format_set_align(units, LXW_ALIGN_LEFT);
        format_set_align(units, LXW_ALIGN_VERTICAL_CENTER);
        header = workbook_add_format(book);
        format_set_bold(header);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(header);
        format_set_border(header, LXW_BORDER_THIN);
        format_set_bg_color(header, 0xEEEEEE);
        text = bordered(book);
        format_set_align(text, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(text);
        for (int decimals = 0; decimals < 3; ++decimals) {
            numbers[decimals] = bordered(book);
            format_set_num_format(numbers[decimals], decimals == 0   ? "0"
                                                     : decimals == 1 ? "0.0"
                                                                     : "#,##0.00");
        }
        date = bordered(book);
        format_set_num_format(date, "yyyy-mm-dd");
        format_set_align(date, LXW_ALIGN_CENTER);
    }

    static lxw_format *bordered(lxw_workbook *book)
    {
        lxw_format *f = workbook_add_format(book);
        format_set_border(f, LXW_BORDER_THIN);
        return f;
    }

    lxw_format *title;
    lxw_format *units;
    lxw_format *header;
    lxw_format *text;
    lxw_format *numbers[3];
    lxw_format *date;
};

// A sheet's name as Excel allows it: no []:*?/\, at most 31 characters, unique.
QString sheetName(QString name, QSet<QString> &used)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name)
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    name = name.left(31);
    QString unique = name;
    for (int n = 2; used.contains(unique); ++n)
        unique = name.left(28) + QString::number(n);
    used.insert(unique);
    return unique;
}

// Writes one cell or a merged range; merging one cell is an error to libxlsxwriter.
lxw_error writeSpan(lxw_worksheet *sheet, int firstRow, int firstCol, int lastRow, int lastCol,
                    const QString &text, lxw_format *format)
{
    const QByteArray utf8 = text.toUtf8();
    if (firstRow == lastRow && firstCol == lastCol)
        return worksheet_write_string(sheet, lxw_row_t(firstRow), lxw_col_t(firstCol),
                                      utf8.constData(), format);
    return worksheet_merge_range(sheet, lxw_row_t(firstRow), lxw_col_t(firstCol),
                                 lxw_row_t(lastRow), lxw_col_t(lastCol), utf8.constData(), format);
}

lxw_error writeCell(lxw_worksheet *sheet, int row, int col, const TableCell &cell,
                    const XlsxFormats &formats)
{
    const auto r = lxw_row_t(row);
    const auto c = lxw_col_t(col);
    switch (cell.kind) {
    case TableCell::Kind::Blank:
        return worksheet_write_blank(sheet, r, c, formats.text);
    case TableCell::Kind::Number:
        return worksheet_write_number(sheet, r, c, cell.number,
                                      formats.numbers[std::clamp(cell.decimals, 0, 2)]);
    case TableCell::Kind::Date: {
        lxw_datetime day{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
        return worksheet_write_datetime(sheet, r, c, &day, formats.date);
    }
    case TableCell::Kind::Text:
        return worksheet_write_string(sheet, r, c, cell.text.toUtf8().constData(), formats.text);
    }
    return LXW_NO_ERROR;
}

lxw_error writeSheet(lxw_worksheet *sheet, const ReportTable &table, const XlsxFormats &formats)
{
    lxw_error first = LXW_NO_ERROR;
    const auto keep = [&first](lxw_error e) {
        if (first == LXW_NO_ERROR)
            first = e;
    };
    const int last = int(table.columns.size()) - 1;
    keep(worksheet_set_row(sheet, 0, 30, nullptr));
    keep(writeSpan(sheet, 0, 0, 0, last, table.title, formats.title));
    keep(writeSpan(sheet, 1, 0, 1, last, table.units, formats.units));
    int row = 2;
    if (table.hasGroups()) {
        for (int c = 0; c <= last; ++c) {
            const TableColumn &column = table.columns[c];
            if (column.group.isEmpty())
                keep(writeSpan(sheet, row, c, row + 1, c, column.header, formats.header));
            else
                keep(writeSpan(sheet, row + 1, c, row + 1, c, column.header, formats.header));
        }
        for (const auto &[from, to] : groupRuns(table))
            keep(writeSpan(sheet, row, from, row, to, table.columns[from].group, formats.header));
        row += 2;
    } else {
        for (int c = 0; c <= last; ++c)
            keep(writeSpan(sheet, row, c, row, c, table.columns[c].header, formats.header));
        ++row;
    }
    worksheet_freeze_panes(sheet, lxw_row_t(row), 1);
    for (const QList<TableCell> &cells : table.rows) {
        for (int c = 0; c < cells.size(); ++c)
            keep(writeCell(sheet, row, c, cells[c], formats));
        ++row;
    }
    for (int c = 0; c <= last; ++c)
        keep(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), table.columns[c].width,
                                  nullptr));
    return first;
}

// The table in HTML, its columns as wide as their share of the widths. Its
// lines keep a pitch of their own: the official layout's is for body text.
QString htmlTable(const ReportTable &table)
{
    double total = 0;
    for (const TableColumn &column : table.columns)
        total += column.width;
    const auto header = [&](const TableColumn &column, const QString &span) {
        return QStringLiteral("<th width=\"%1%\"%2 style=\"line-height: 120%\">%3</th>")
            .arg(qRound(100 * column.width / total))
            .arg(span, column.header.toHtmlEscaped());
    };
    QString html = QStringLiteral(
        "<table class=\"form\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
        "style=\"font-size: 9pt\">\n<tr>");
    if (table.hasGroups()) {
        const auto runs = groupRuns(table);
        for (int c = 0; c < table.columns.size(); ++c) {
            const TableColumn &column = table.columns[c];
            if (column.group.isEmpty()) {
                html += header(column, QStringLiteral(" rowspan=\"2\""));
                continue;
            }
            for (const auto &[from, to] : runs)
                if (from == c)
                    html += QStringLiteral("<th colspan=\"%1\" style=\"line-height: 120%\">%2</th>")
                                .arg(to - from + 1)
                                .arg(column.group.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>\n<tr>");
        for (const TableColumn &column : table.columns)
            if (!column.group.isEmpty())
                html += header(column, {});
    } else {
        for (const TableColumn &column : table.columns)
            html += header(column, {});
    }
    html += QStringLiteral("</tr>\n");
    for (const QList<TableCell> &cells : table.rows) {
        html += QStringLiteral("<tr>");
        for (const TableCell &cell : cells)
            html +=
                QStringLiteral("<td%1 style=\"line-height: 120%\">%2</td>")
                    .arg(cell.kind == TableCell::Kind::Number ? QStringLiteral(" align=\"right\"")
                         : cell.kind == TableCell::Kind::Date ? QStringLiteral(" align=\"center\"")
                                                              : QString(),
                         cell.display().toHtmlEscaped());
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

// A table too wide for an A4 page, as tables of whole column groups that
// fit, each with the columns outside any group (the row's name).
QList<ReportTable> pageWide(const ReportTable &table, int maxColumns = 12)
{
    if (table.columns.size() <= maxColumns)
        return {table};
    QList<int> shared;
    for (int c = 0; c < table.columns.size(); ++c)
        if (table.columns[c].group.isEmpty() && (table.hasGroups() || c < table.keyColumns))
            shared.append(c);
    QList<ReportTable> parts;
    QList<int> columns = shared;
    const auto flush = [&] {
        ReportTable part = table;
        part.columns.clear();
        part.rows.clear();
        for (int c : columns)
            part.columns.append(table.columns[c]);
        for (const QList<TableCell> &cells : table.rows) {
            QList<TableCell> kept;
            for (int c : columns)
                kept.append(cells.value(c));
            part.rows.append(kept);
        }
        parts.append(part);
        columns = shared;
    };
    // Without groups, each column not repeated is a run of its own.
    QList<std::pair<int, int>> runs = groupRuns(table);
    if (!table.hasGroups())
        for (int c = int(shared.size()); c < table.columns.size(); ++c)
            runs.append({c, c});
    for (const auto &[from, to] : runs) {
        if (columns.size() > shared.size() && columns.size() + (to - from + 1) > maxColumns)
            flush();
        for (int c = from; c <= to; ++c)
            columns.append(c);
    }
    flush();
    return parts;
}

QString chineseOrdinal(int n)
{
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    return n >= 1 && n <= 10 ? QString(numerals.at(n - 1)) : QString::number(n);
}
} // namespace

std::optional<ReportExport::Format> ReportExport::formatNamed(const QString &name)
{
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (name == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

Result<void> ReportExport::checkBalance(const PeriodReport &report)
{
    if (report.balances())
        return {};
    return Error{StatisticsText::tr("The report for %1 does not balance; it is not written until "
                                    "these cases are put right:\n%2")
                     .arg(report.period.key(), report.describeProblems().join(QLatin1Char('\n')))};
}

Result<void> ReportExport::write(const PeriodReport &report, Format format, const QString &path,
                                 const QString &extraHtml)
{
    if (auto balanced = checkBalance(report); !balanced)
        return balanced;
    switch (format) {
    case Format::Json:
        return writeFile(path, json(report));
    case Format::Csv:
        return writeFile(path, csv(reportTables(report), report.anchor));
    case Format::Xlsx:
        return writeXlsx(reportTables(report), report.title(), path, report.anchor);
    case Format::Pdf:
        return OfficialLayout::writePdf(html(report, extraHtml), report.title(), path,
                                        report.anchor.label());
    }
    return {};
}

Result<void> ReportExport::writeTables(const QList<ReportTable> &tables, Format format,
                                       const QString &title, const QString &path,
                                       const std::optional<RecordAnchor> &anchor)
{
    switch (format) {
    case Format::Json:
        break;
    case Format::Csv:
        return writeFile(path, csv(tables, anchor));
    case Format::Xlsx:
        return writeXlsx(tables, title, path, anchor);
    case Format::Pdf: {
        QString html = QStringLiteral("<h1>%1</h1>\n").arg(title.toHtmlEscaped());
        for (const ReportTable &table : tables) {
            html += QStringLiteral("<p class=\"number\">%1</p>\n").arg(table.units.toHtmlEscaped());
            if (table.rows.isEmpty())
                html += QStringLiteral("<p class=\"plain\">本期无。</p>\n");
            else
                for (const ReportTable &part : pageWide(table, 10))
                    html += htmlTable(part);
        }
        return OfficialLayout::writePdf(html, title, path, anchor ? anchor->label() : QString());
    }
    }
    return Error{StatisticsText::tr("The ledger is written as XLSX, CSV or PDF.")};
}

QByteArray ReportExport::json(const PeriodReport &report)
{
    return QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
}

QByteArray ReportExport::csv(const QList<ReportTable> &tables,
                             const std::optional<RecordAnchor> &anchor)
{
    QString text;
    for (const ReportTable &table : tables) {
        if (!text.isEmpty())
            text += QStringLiteral("\r\n");
        text += csvLine({table.title});
        text += csvLine({table.units});
        QStringList groups;
        QStringList headers;
        for (const TableColumn &column : table.columns) {
            groups.append(column.group);
            headers.append(column.header);
        }
        if (table.hasGroups())
            text += csvLine(groups);
        text += csvLine(headers);
        for (const QList<TableCell> &cells : table.rows) {
            QStringList fields;
            for (const TableCell &cell : cells)
                fields.append(cell.display());
            text += csvLine(fields);
        }
    }
    if (anchor)
        text += QStringLiteral("\r\n") + csvLine({QStringLiteral("记录锚点"), anchor->toText()});
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<void> ReportExport::writeXlsx(const QList<ReportTable> &tables, const QString &title,
                                     const QString &path, const std::optional<RecordAnchor> &anchor)
{
    // libxlsxwriter writes the file itself: into a folder of our own first,
    // so that the file named is written whole or not at all.
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{
            StatisticsText::tr("Cannot make a temporary folder: %1").arg(folder.errorString())};
    const QString written = folder.filePath(QStringLiteral("report.xlsx"));
    QByteArray tmpdir = QFile::encodeName(folder.path());
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(written).constData(), &options);
    if (!book)
        return Error{StatisticsText::tr("Cannot start the workbook %1").arg(path)};
    QByteArray titleUtf8 = title.toUtf8();
    QByteArray program = QByteArrayLiteral("Huajie");
    lxw_doc_properties properties{};
    properties.title = titleUtf8.data();
    properties.author = program.data();
    QByteArray anchorLabel = anchor ? anchor->label().toUtf8() : QByteArray();
    if (anchor)
        properties.comments = anchorLabel.data();
    workbook_set_properties(book, &properties);
    if (anchor)
        workbook_set_custom_property_string(book, "记录锚点",
                                            anchor->toText().toUtf8().constData());
    const XlsxFormats formats(book);
    QSet<QString> names;
    lxw_error failed = LXW_NO_ERROR;
    for (const ReportTable &table : tables) {
        const QByteArray name = sheetName(table.sheet, names).toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.constData());
        const lxw_error e =
            sheet ? writeSheet(sheet, table, formats) : LXW_ERROR_MEMORY_MALLOC_FAILED;
        if (failed == LXW_NO_ERROR)
            failed = e;
    }
    const lxw_error closed = workbook_close(book);
    if (failed == LXW_NO_ERROR)
        failed = closed;
    if (failed != LXW_NO_ERROR)
        return Error{StatisticsText::tr("Cannot write the workbook %1: %2")
                         .arg(path, QString::fromUtf8(lxw_strerror(failed)))};
    QFile file(written);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            StatisticsText::tr("Cannot read back the workbook: %1").arg(file.errorString())};
    return writeFile(path, file.readAll());
}

QString ReportExport::html(const PeriodReport &report, const QString &extraHtml)
{
    const QList<ReportTable> tables = reportTables(report);
    QString html = QStringLiteral("<h1>%1</h1>\n<p class=\"number\">%2</p>\n")
                       .arg(report.title().toHtmlEscaped(), tables.first().units.toHtmlEscaped());
    for (int i = 0; i < tables.size(); ++i) {
        const ReportTable &table = tables[i];
        const QString heading = i == 0 ? QStringLiteral("主要指标") : table.sheet;
        html += QStringLiteral("<p class=\"heading\">%1、%2</p>\n")
                    .arg(chineseOrdinal(i + 1), heading.toHtmlEscaped());
        if (i > 0)
            html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(table.units.toHtmlEscaped());
        if (table.rows.isEmpty())
            html += QStringLiteral("<p class=\"plain\">本期无。</p>\n");
        else
            for (const ReportTable &part : pageWide(table))
                html += htmlTable(part);
        if (i == 0)
            html += extraHtml;
    }
    return html;
}

Result<void> ReportExport::writeFile(const QString &path, const QByteArray &bytes)
{
    return OwnerOnlyFile::write(path, bytes);
}

} // namespace huajie
