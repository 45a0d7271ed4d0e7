#include "documents/documentcomposer.h"
#include "statistics/frozenreports.h"
#include "statistics/ledger.h"
#include "statistics/reportbuilder.h"
#include "statistics/reportexport.h"
#include "store/backups.h"
#include "store/recordaudit.h"
#include "store/statement.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
const QDateTime kAt(QDate(2026, 11, 25), QTime(10, 0));

// A desk with a few cases and its backups folder.
struct AuditDesk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;

    AuditDesk() { open(); }

    void open()
    {
        store = Store::open(file.path(), StoreAccess::Create).value();
        store->cases().setUser(QStringLiteral("赵志明"));
    }

    void registerCases(int n)
    {
        for (int i = 0; i < n; ++i)
            REQUIRE(store->cases().registerCase(test::sampleCase(), test::kToday).ok());
    }

    QString backup(const QDateTime &at = kAt) const
    {
        auto made = Backups(file.path()).make(store->connection(), QStringLiteral("manual"), at);
        REQUIRE(made.ok());
        return made.value();
    }

    // As someone with sqlite3 would, the triggers dropped first.
    void insider(const QString &sql) const
    {
        QSqlQuery q(store->connection());
        for (const char *trigger :
             {"events_are_append_only_update", "events_are_append_only_delete",
              "documents_are_kept_update", "frozen_reports_are_kept_update"})
            q.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QString::fromLatin1(trigger)));
        for (const QString &statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            REQUIRE(q.exec(statement));
    }

    RecordAuditResult audit() const
    {
        auto result = RecordAudit(store->connection(), file.path()).run();
        REQUIRE(result.ok());
        return result.value();
    }

    AuditFinding checkAnchor(const QString &text) const
    {
        const auto anchor = RecordAnchor::parse(text);
        REQUIRE(anchor.has_value());
        auto checked = RecordAudit(store->connection(), file.path()).checkAnchor(*anchor);
        REQUIRE(checked.ok());
        return checked.value();
    }

    QString hashOf(qint64 sequence) const
    {
        QSqlQuery q(store->connection());
        q.exec(QStringLiteral("SELECT hash FROM events WHERE sequence = %1").arg(sequence));
        return q.next() ? q.value(0).toString() : QString();
    }
};

QString unzipped(const QString &archive, const QString &member)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList texts(const RecordAuditResult &result, AuditFinding::Severity severity)
{
    QStringList found;
    for (const AuditFinding &f : result.findings)
        if (f.severity == severity)
            found.append(f.text);
    return found;
}
} // namespace

TEST_CASE("A record anchor is read as printed, and nothing else is", "[audit][anchor]")
{
    const QString hash = QStringLiteral("0123456789ABCDEF") + QString(48, QLatin1Char('7'));
    const RecordAnchor anchor = RecordAnchor::of(1234, hash);
    CHECK(anchor.toText() == QStringLiteral("1234:0123456789abcdef"));
    CHECK(anchor.label() == QStringLiteral("记录锚点 1234:0123456789abcdef"));
    CHECK(anchor.matches(1234, hash));
    CHECK_FALSE(anchor.matches(1235, hash));
    CHECK_FALSE(anchor.matches(1234, QString(64, QLatin1Char('0'))));
    CHECK(RecordAnchor::parse(anchor.toText()) == anchor);
    CHECK(RecordAnchor::parse(QStringLiteral(" 1234:0123456789ABCDEF ")) == anchor);
    // The whole hash is taken too, and must match in full.
    const auto whole = RecordAnchor::parse(QStringLiteral("1234:") + hash);
    REQUIRE(whole.has_value());
    CHECK(whole->matches(1234, hash));
    CHECK_FALSE(whole->matches(1234, hash.left(63) + QLatin1Char('8')));
    CHECK(RecordAnchor().toText() == QStringLiteral("0:0000000000000000"));
    for (const char *bad :
         {"", "1234", "1234:", ":0123456789abcdef", "1234:0123456789abcde", "1234:0123456789abcdeg",
          "-1:0123456789abcdef", "12 34:0123456789abcdef", "1234:0123456789abcdef:1",
          "1234；0123456789abcdef"}) {
        INFO(bad);
        CHECK_FALSE(RecordAnchor::parse(QString::fromUtf8(bad)).has_value());
    }
}

TEST_CASE("Each backup's events must be the beginning of today's", "[audit][backups]")
{
    AuditDesk desk;
    desk.registerCases(3);
    const QString name = QFileInfo(desk.backup()).fileName();
    desk.registerCases(1);
    SECTION("a log that went on since is fine")
    {
        const RecordAuditResult result = desk.audit();
        CHECK(result.backupsCompared == 1);
        CHECK_FALSE(result.breached());
    }
    SECTION("an event rewritten since is named, with the backup")
    {
        desk.insider(QStringLiteral("UPDATE events SET hash = '%1' WHERE sequence = 2")
                         .arg(QString(64, QLatin1Char('a'))));
        const RecordAuditResult result = desk.audit();
        CHECK(result.breached());
        const QStringList breaches = texts(result, AuditFinding::Severity::Breach);
        REQUIRE(breaches.size() == 1);
        CHECK(breaches[0].contains(name));
        CHECK(breaches[0].contains(QStringLiteral("event 2 was rewritten")));
    }
    SECTION("events removed from the end are found")
    {
        desk.insider(QStringLiteral("DELETE FROM events WHERE sequence > 1"));
        const QStringList breaches = texts(desk.audit(), AuditFinding::Severity::Breach);
        REQUIRE(breaches.size() == 1);
        CHECK(breaches[0].contains(QStringLiteral("the events from 2 on were removed")));
    }
}

TEST_CASE("A backup that cannot be read is said, and is no breach", "[audit][backups]")
{
    AuditDesk desk;
    desk.registerCases(1);
    desk.backup();
    QFile garbage(QDir(Backups(desk.file.path()).folder())
                      .filePath(QStringLiteral("cases-20261120-090000-manual.sqlite")));
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    const RecordAuditResult result = desk.audit();
    CHECK_FALSE(result.breached());
    CHECK(result.backupsCompared == 1);
    const QStringList warnings = texts(result, AuditFinding::Severity::Warning);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].contains(QStringLiteral("cases-20261120-090000-manual.sqlite")));
}

TEST_CASE("Copies made before a restore part from the log at the restore, which is no rewriting",
          "[audit][backups]")
{
    AuditDesk desk;
    desk.registerCases(2);
    const QString older = desk.backup(kAt);
    desk.registerCases(2);
    desk.backup(kAt.addSecs(60));
    REQUIRE(Backups(desk.file.path()).restore(older, kAt.addSecs(120), std::move(desk.store)).ok());
    desk.open();
    const RecordAuditResult result = desk.audit();
    CHECK(result.backupsCompared == 3); // the two copies and the one kept before the restore
    CHECK_FALSE(result.breached());
    CHECK(texts(result, AuditFinding::Severity::Note).size() == 2);
}

TEST_CASE("A restore event written by hand does not excuse a rewritten log", "[audit][backups]")
{
    AuditDesk desk;
    desk.registerCases(2);
    const qint64 kept = desk.store->events().head().value().first;
    desk.registerCases(2);
    desk.backup(kAt);
    // The last two registrations removed, and a "restore" in their place
    // naming a database no copy holds.
    desk.insider(
        QStringLiteral("DELETE FROM events WHERE sequence > %1; "
                       "UPDATE settings SET value = '%1:%2' WHERE key = 'event_chain_head'")
            .arg(kept)
            .arg(desk.hashOf(kept)));
    CaseEvent forged;
    forged.at = kAt.addSecs(60);
    forged.user = QStringLiteral("赵志明");
    forged.action = RecordAudit::kRestoreAction;
    forged.input = {
        {QStringLiteral("replaced"), QStringLiteral("4:") + QString(64, QLatin1Char('a'))}};
    {
        TransactionGuard transaction(desk.store->connection());
        REQUIRE(desk.store->events().append(forged).ok());
        REQUIRE(transaction.commit().ok());
    }
    const QStringList breaches = texts(desk.audit(), AuditFinding::Severity::Breach);
    REQUIRE(breaches.size() == 1);
    CHECK(breaches[0].contains(QStringLiteral("written by hand")));
}

TEST_CASE("A printed anchor is checked against today's log", "[audit][anchor]")
{
    AuditDesk desk;
    desk.registerCases(2);
    const QString hash = desk.hashOf(2);
    CHECK(desk.checkAnchor(QStringLiteral("2:") + hash.left(16)).severity ==
          AuditFinding::Severity::Note);
    CHECK(desk.checkAnchor(QStringLiteral("0:0000000000000000")).severity ==
          AuditFinding::Severity::Note);
    const AuditFinding missing = desk.checkAnchor(QStringLiteral("9:") + hash.left(16));
    CHECK(missing.severity == AuditFinding::Severity::Breach);
    CHECK(missing.text.contains(QStringLiteral("ends at event 2")));
    desk.insider(QStringLiteral("UPDATE events SET user = '别人', hash = '%1' WHERE sequence = 2")
                     .arg(QString(64, QLatin1Char('b'))));
    const AuditFinding rewritten = desk.checkAnchor(QStringLiteral("2:") + hash.left(16));
    CHECK(rewritten.severity == AuditFinding::Severity::Breach);
    CHECK(rewritten.text.contains(QStringLiteral("bbbbbbbbbbbbbbbb")));
}

TEST_CASE("An issued document carries the log's anchor and is checked against its event",
          "[audit][issued]")
{
    AuditDesk desk;
    desk.registerCases(1);
    const CaseRecord record =
        desk.store->cases().loadByNumber(QStringLiteral("（2026）化解字第1号")).value();
    auto issued = DocumentComposer(*desk.store).issue(record, QStringLiteral("notice"), kAt);
    REQUIRE(issued.ok());
    // The log stood at the registration when the notice was issued.
    REQUIRE(issued.value().anchor.has_value());
    CHECK(issued.value().anchor->matches(1, desk.hashOf(1)));
    CHECK(issued.value().footnote() == issued.value().anchor->label());
    const IssuedDocument loaded = desk.store->documents().load(issued.value().id).value();
    CHECK(loaded.anchor == issued.value().anchor);
    CHECK(loaded.intact());
    RecordAuditResult result = desk.audit();
    CHECK(result.documentsChecked == 1);
    CHECK_FALSE(result.breached());

    SECTION("its text and hash replaced together")
    {
        const QString forged = QStringLiteral("<p>另一份通知</p>");
        desk.insider(QStringLiteral("UPDATE documents SET html = '%1', sha256 = '%2'")
                         .arg(forged, IssuedDocument::hashOf(forged)));
        CHECK_FALSE(desk.store->documents().load(issued.value().id).value().intact());
        const QStringList breaches = texts(desk.audit(), AuditFinding::Severity::Breach);
        REQUIRE(breaches.size() == 1);
        CHECK(breaches[0].contains(QStringLiteral("its text and hash were replaced")));
    }
    SECTION("its stored anchor changed")
    {
        desk.insider(QStringLiteral("UPDATE documents SET anchor = '1:ffffffffffffffff'"));
        const QStringList breaches = texts(desk.audit(), AuditFinding::Severity::Breach);
        REQUIRE(breaches.size() == 1);
        CHECK(breaches[0].contains(QStringLiteral("1:ffffffffffffffff")));
    }
    SECTION("deleted, its issuing event left")
    {
        desk.insider(QStringLiteral("DROP TRIGGER IF EXISTS documents_are_kept_delete; "
                                    "DELETE FROM documents"));
        const QStringList breaches = texts(desk.audit(), AuditFinding::Severity::Breach);
        REQUIRE(breaches.size() == 1);
        CHECK(breaches[0].contains(QStringLiteral("is no longer there")));
    }
}

TEST_CASE("Every export of a report carries the log's anchor", "[audit][statistics]")
{
    AuditDesk desk;
    desk.registerCases(1);
    const PeriodReport report = [&] {
        auto built = ReportBuilder(*desk.store).build(ReportPeriod::month(2026, 11), test::kToday);
        REQUIRE(built.ok());
        return built.value();
    }();
    CHECK(report.anchor.matches(1, desk.hashOf(1)));
    CHECK(report.toJson().value(QStringLiteral("anchor")).toString() == report.anchor.toText());
    QTemporaryDir folder;
    const QString csv = folder.filePath(QStringLiteral("report.csv"));
    REQUIRE(ReportExport::write(report, ReportExport::Format::Csv, csv).ok());
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(csvFile.readAll())
              .endsWith(QStringLiteral("记录锚点,%1\r\n").arg(report.anchor.toText())));
    const QString xlsx = folder.filePath(QStringLiteral("report.xlsx"));
    REQUIRE(ReportExport::write(report, ReportExport::Format::Xlsx, xlsx).ok());
    const QString custom = unzipped(xlsx, QStringLiteral("docProps/custom.xml"));
    CHECK(custom.contains(QStringLiteral("记录锚点")));
    CHECK(custom.contains(report.anchor.toText()));
    CHECK(unzipped(xlsx, QStringLiteral("docProps/core.xml")).contains(report.anchor.label()));
    const QString pdf = folder.filePath(QStringLiteral("report.pdf"));
    REQUIRE(ReportExport::write(report, ReportExport::Format::Pdf, pdf).ok());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    CHECK(QString::fromUtf8(pdftotext.readAllStandardOutput()).contains(report.anchor.label()));
    const QString ledger = folder.filePath(QStringLiteral("ledger.xlsx"));
    REQUIRE(Ledger::write(*desk.store, ReportPeriod::month(2026, 11), test::kToday,
                          ReportExport::Format::Xlsx, ledger)
                .ok());
    CHECK(unzipped(ledger, QStringLiteral("docProps/custom.xml")).contains(report.anchor.toText()));
}

TEST_CASE("A frozen report carries the log's anchor and is checked against its event",
          "[audit][statistics]")
{
    AuditDesk desk;
    desk.registerCases(1);
    auto frozen =
        FrozenReports(*desk.store).freeze(ReportPeriod::month(2026, 10), test::kToday, kAt);
    REQUIRE(frozen.ok());
    REQUIRE(frozen.value().anchor().has_value());
    CHECK(frozen.value().anchor()->matches(1, desk.hashOf(1)));
    CHECK(frozen.value().intact());
    RecordAuditResult result = desk.audit();
    CHECK(result.reportsChecked == 1);
    CHECK_FALSE(result.breached());

    QByteArray forged = frozen.value().document;
    forged.replace("\"newCases\":", "\"newCases\":9");
    REQUIRE(forged != frozen.value().document);
    const QString forgedHash =
        QString::fromLatin1(QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex());
    desk.insider(QStringLiteral("UPDATE frozen_reports SET figures = '%1', sha256 = '%2'")
                     .arg(QString::fromUtf8(forged), forgedHash));
    CHECK_FALSE(FrozenReports(*desk.store).list().value().first().intact());
    const QStringList breaches = texts(desk.audit(), AuditFinding::Severity::Breach);
    REQUIRE(breaches.size() == 1);
    CHECK(breaches[0].contains(QStringLiteral("its figures and hash were replaced")));
}

TEST_CASE("The copy kept before a restore goes on past the restored log, which is no deletion",
          "[audit][backups]")
{
    AuditDesk desk;
    desk.registerCases(2);
    const QString older = desk.backup(kAt);
    desk.registerCases(2);
    REQUIRE(Backups(desk.file.path()).restore(older, kAt.addSecs(60), std::move(desk.store)).ok());
    desk.open();
    const RecordAuditResult result = desk.audit();
    CHECK(result.backupsCompared == 2);
    CHECK_FALSE(result.breached());
    REQUIRE(texts(result, AuditFinding::Severity::Note).size() == 1);
    CHECK(texts(result, AuditFinding::Severity::Note)[0].contains(QStringLiteral("replaced")));
}
