#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace huajie {

struct PeriodReport;

// One cell of a report's table: a number (with the decimals it shows), a
// day, a text, or blank.
struct TableCell
{
    enum class Kind
    {
        Blank,
        Number,
        Date,
        Text
    };

    Kind kind = Kind::Blank;
    double number = 0;
    int decimals = 0;
    QDate date;
    QString text;

    static TableCell of(const QString &text);
    static TableCell of(std::optional<double> number, int decimals = 0);
    static TableCell of(const QDate &date); // blank when invalid
    // As text: numbers with their decimals, days as YYYY-MM-DD.
    QString display() const;
};

struct TableColumn
{
    QString header;
    QString group;     // the heading over several columns; empty: the header spans both rows
    double width = 10; // in characters, as spreadsheets measure columns
};

// A table as every export draws it (the spreadsheet's sheets, CSV, HTML
// and so the PDF): its title, its units line, its columns and rows.
struct ReportTable
{
    QString sheet; // the spreadsheet's tab: short, at most 31 characters
    QString title;
    QString units; // the line under the title: period and units (件, 元, 人, %)
    QList<TableColumn> columns;
    QList<QList<TableCell>> rows;
    // A table without column groups cut to fit a page repeats its first
    // keyColumns columns (the ledger's number) on every part.
    int keyColumns = 0;

    bool hasGroups() const;
};

// The report's tables: the figures with the previous period and year to
// date beside them; one per breakdown (by source, agency, domain, act
// kind); the typical, supervised and collective cases.
QList<ReportTable> reportTables(const PeriodReport &report);

} // namespace huajie
