#include "deadline/casedeadlines.h"
#include "documents/documentbatch.h"
#include "documents/documentcomposer.h"
#include "store/statement.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
const QDateTime kIssuedAt(QDate(2026, 11, 25), QTime(10, 0));

struct DocumentDesk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    CaseRecord record;

    DocumentDesk()
    {
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        store->cases().setUser(QStringLiteral("赵志明"));
        record = store->cases().registerCase(test::sampleCase(), test::kToday).value();
    }

    IssuedDocument issue(const char *kind, const QDateTime &at = kIssuedAt)
    {
        auto issued = DocumentComposer(*store).issue(record, QString::fromLatin1(kind), at);
        INFO((issued.ok() ? std::string() : issued.error().describe().toStdString()));
        REQUIRE(issued.ok());
        return issued.value();
    }

    int rows(const char *table) const
    {
        QSqlQuery q(store->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)));
        q.next();
        return q.value(0).toInt();
    }

    ServiceRecord postToAgency(qint64 documentId) const
    {
        ServiceRecord s;
        s.documentId = documentId;
        s.recipient = QStringLiteral("石嘴山市自然资源局");
        s.method = QStringLiteral("post");
        s.trackingNumber = QStringLiteral("EMS1234567890");
        s.sentOn = QDate(2026, 11, 25);
        return s;
    }
};
} // namespace

TEST_CASE("Each kind of document is numbered in its own sequence per year", "[issued]")
{
    DocumentDesk desk;
    CHECK(desk.issue("notice").number == QStringLiteral("（2026）化解通字第1号"));
    CHECK(desk.issue("notice").number == QStringLiteral("（2026）化解通字第2号"));
    CHECK(desk.issue("session-notice").number == QStringLiteral("（2026）化解会字第1号"));
    CHECK(desk.issue("power-of-attorney").number.isEmpty());
    CHECK(desk.issue("notice", QDateTime(QDate(2027, 1, 4), QTime(9, 0))).number ==
          QStringLiteral("（2027）化解通字第1号"));
    CHECK(desk.store->documents().nextNumber(QStringLiteral("notice"), 2026).value() ==
          QStringLiteral("（2026）化解通字第3号"));
}

TEST_CASE("The preview shows the number the document will be issued with", "[issued]")
{
    DocumentDesk desk;
    desk.issue("notice");
    auto preview =
        DocumentComposer(*desk.store).preview(desk.record, QStringLiteral("notice"), test::kToday);
    REQUIRE(preview.ok());
    CHECK(preview.value().contains(QStringLiteral("（2026）化解通字第2号")));
    CHECK(desk.rows("documents") == 1);
}

TEST_CASE("An issued document reopens exactly as issued and cannot be changed", "[issued]")
{
    DocumentDesk desk;
    const IssuedDocument issued = desk.issue("notice");
    // A later edit of the case does not change what went out.
    CaseRecord edited = desk.store->cases().load(desk.record.id).value();
    edited.leadMediator = QStringLiteral("孙丽萍");
    REQUIRE(desk.store->cases().updateCase(edited, test::kToday).ok());
    auto reopened = desk.store->documents().load(issued.id);
    REQUIRE(reopened.ok());
    CHECK(reopened.value().html == issued.html);
    CHECK(reopened.value().intact());
    CHECK(reopened.value().issuedBy == QStringLiteral("赵志明"));
    CHECK(reopened.value().issuedAt == kIssuedAt.toUTC());
    CHECK(reopened.value().html.contains(QStringLiteral("联系人（主办人）：赵志明")));

    QSqlQuery q(desk.store->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE documents SET html = 'x'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM documents")));

    auto history = desk.store->cases().history(desk.record.id);
    REQUIRE(history.ok());
    CHECK(std::any_of(history.value().cbegin(), history.value().cend(), [&](const CaseEvent &e) {
        return e.action == QLatin1String("issue_document") &&
               e.input.value(QStringLiteral("sha256")).toString() == issued.sha256;
    }));
}

TEST_CASE("A document whose template fails is not issued and takes no number", "[issued]")
{
    DocumentDesk desk;
    auto issued = desk.store->documents().issue(
        desk.record, QStringLiteral("notice"),
        [](const QString &) -> Result<QString> { return Error{QStringLiteral("broken")}; },
        kIssuedAt);
    CHECK_FALSE(issued.ok());
    CHECK(desk.rows("documents") == 0);
    CHECK(desk.issue("notice").number == QStringLiteral("（2026）化解通字第1号"));
}

TEST_CASE("The notice served on the agency dispatches it and its receipt starts the plan deadline",
          "[issued]")
{
    DocumentDesk desk;
    const IssuedDocument notice = desk.issue("notice");
    auto served = desk.store->documents().recordService(desk.postToAgency(notice.id), test::kToday);
    INFO((served.ok() ? std::string() : served.error().describe().toStdString()));
    REQUIRE(served.ok());
    CaseRecord c = desk.store->cases().load(desk.record.id).value();
    CHECK(c.state == QStringLiteral("agency_notified"));
    CHECK(c.progress.noticeDispatchedOn == QDate(2026, 11, 25));
    CHECK_FALSE(c.progress.noticeReceivedOn.isValid());

    // Received on Friday 27 November: the plan's three days (S0 §7) end on
    // Monday 30 November, the liaison staff's three working days on Wednesday 2 December.
    REQUIRE(desk.store->documents()
                .recordReceipt(served.value().id, QDate(2026, 11, 27), QStringLiteral("收发室王五"),
                               QDate(2026, 11, 28))
                .ok());
    c = desk.store->cases().load(desk.record.id).value();
    CHECK(c.progress.noticeReceivedOn == QDate(2026, 11, 27));
    const DeadlineSetup &setup = desk.store->deadlineSetup();
    const auto deadlines = evaluateDeadlines(c, setup.profile, setup.calendar, QDate(2026, 11, 28));
    const auto plan = std::find_if(deadlines.cbegin(), deadlines.cend(), [](const CaseDeadline &d) {
        return d.rule.id == QLatin1String("D2");
    });
    REQUIRE(plan != deadlines.cend());
    CHECK(plan->deadline.due == QDate(2026, 11, 30));
    const auto liaison =
        std::find_if(deadlines.cbegin(), deadlines.cend(),
                     [](const CaseDeadline &d) { return d.rule.id == QLatin1String("D9"); });
    REQUIRE(liaison != deadlines.cend());
    CHECK(liaison->deadline.due == QDate(2026, 12, 2));

    // The receipt is recorded once.
    CHECK_FALSE(
        desk.store->documents()
            .recordReceipt(served.value().id, QDate(2026, 11, 28), QString(), QDate(2026, 11, 28))
            .ok());
}

TEST_CASE("A bad service record is refused and changes nothing", "[issued]")
{
    DocumentDesk desk;
    const IssuedDocument notice = desk.issue("notice");
    const int events = int(desk.store->cases().history(desk.record.id).value().size());
    const auto refused = [&](ServiceRecord s, const char *field) {
        auto recorded = desk.store->documents().recordService(s, test::kToday);
        REQUIRE_FALSE(recorded.ok());
        CHECK(recorded.error().field == QString::fromUtf8(field));
    };
    ServiceRecord s = desk.postToAgency(notice.id);
    s.trackingNumber.clear();
    refused(s, "Tracking number");
    s = desk.postToAgency(notice.id);
    s.method = QStringLiteral("pigeon");
    refused(s, "Method");
    s = desk.postToAgency(notice.id);
    s.sentOn = QDate(2026, 11, 20);
    refused(s, "Sent on");
    s = desk.postToAgency(notice.id);
    s.receivedOn = QDate(2026, 11, 24);
    refused(s, "Received on");
    s = desk.postToAgency(notice.id);
    s.recipient = QStringLiteral("  ");
    refused(s, "Recipient");
    CHECK(desk.rows("services") == 0);
    CHECK(desk.store->cases().history(desk.record.id).value().size() == events);
    CHECK(desk.store->cases().load(desk.record.id).value().state == QStringLiteral("registered"));
}

TEST_CASE("A notice served on an applicant does not move the case", "[issued]")
{
    DocumentDesk desk;
    const IssuedDocument notice = desk.issue("notice");
    ServiceRecord s = desk.postToAgency(notice.id);
    s.recipient = QStringLiteral("张三");
    s.method = QStringLiteral("in_person");
    s.receivedOn = test::kToday;
    REQUIRE(desk.store->documents().recordService(s, test::kToday).ok());
    CHECK(desk.store->cases().load(desk.record.id).value().state == QStringLiteral("registered"));
    CHECK(desk.store->documents().services(notice.id).value().size() == 1);
}

TEST_CASE("A batch issues one document per case and stops when cancelled", "[issued]")
{
    DocumentDesk desk;
    QList<qint64> ids{desk.record.id};
    for (int i = 0; i < 4; ++i)
        ids.append(desk.store->cases().registerCase(test::sampleCase(), test::kToday).value().id);
    QTemporaryDir folder;

    const auto all = DocumentBatch::run(*desk.store, ids.mid(0, 2), QStringLiteral("notice"),
                                        folder.path(), kIssuedAt, {});
    CHECK(all.issued == 2);
    CHECK(all.failures.isEmpty());
    CHECK_FALSE(all.cancelled);
    const QStringList pdfs = QDir(folder.path()).entryList({QStringLiteral("*.pdf")});
    CHECK(pdfs.size() == 2);
    // Each named by its case's number and the document's own title.
    for (const QString &name : pdfs)
        CHECK(name.contains(QRegularExpression(
            QStringLiteral("^（2026）化解字第\\d+号 行政争议协调化解通知书\\.pdf$"))));

    const auto stopped =
        DocumentBatch::run(*desk.store, ids.mid(2), QStringLiteral("notice"), folder.path(),
                           kIssuedAt, [](int done, int) { return done < 2; });
    CHECK(stopped.cancelled);
    CHECK(stopped.issued == 2);
    CHECK(desk.rows("documents") == 4);
    CHECK(desk.store->documents().nextNumber(QStringLiteral("notice"), 2026).value() ==
          QStringLiteral("（2026）化解通字第5号"));
}

TEST_CASE("A batch's file names hold nothing a file system refuses", "[issued]")
{
    CHECK(DocumentBatch::fileName(QStringLiteral("（2026）化解字第3号"),
                                  QStringLiteral("协调/化解:书*?\"<>|\t. ")) ==
          QStringLiteral("（2026）化解字第3号 协调-化解-书-.pdf"));
    CHECK(DocumentBatch::fileName(QString(80, QChar(0x5b57)), QStringLiteral("通知书")).size() ==
          84);
    CHECK(DocumentBatch::titleOf(
              QStringLiteral("<h1 class=\"t\">行政争议<br>协调化解通知书</h1><p>x</p>")) ==
          QStringLiteral("行政争议协调化解通知书"));
}

TEST_CASE("A batch whose PDF cannot be written keeps no document", "[issued]")
{
    DocumentDesk desk;
    const auto outcome = DocumentBatch::run(*desk.store, {desk.record.id}, QStringLiteral("notice"),
                                            QStringLiteral("/nonexistent/folder"), kIssuedAt, {});
    CHECK(outcome.issued == 0);
    CHECK(outcome.failures.size() == 1);
    CHECK(desk.rows("documents") == 0);
}
