#include "documents/documentcomposer.h"
#include "domain/vocabulary.h"
#include "statistics/frozenreports.h"
#include "statistics/ledger.h"
#include "statistics/reportbuilder.h"
#include "statistics/reportexport.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
const QString kRoom = QStringLiteral("第一调解室");

Party agency(const char *name, bool lead)
{
    Party p;
    p.role = QStringLiteral("agency");
    p.kind = QStringLiteral("organisation");
    p.name = QString::fromUtf8(name);
    p.lead = lead;
    return p;
}

// The sample case registered on another day, from another source, with its own flags.
CaseRecord caseOn(const QDate &registered, const char *source, CaseFlags flags)
{
    CaseRecord c = test::sampleCase();
    c.registeredOn = registered;
    c.consentDate = registered;
    c.source = QString::fromLatin1(source);
    c.flags = flags;
    return c;
}

const char *kAllSign = R"("signatures": [{"party": "张三", "signedBy": "李律师"},
    {"party": "石嘴山市星海物流有限公司"}, {"party": "石嘴山市自然资源局"},
    {"party": "大武口区人民政府"}])";

// A center whose figures are known. Six cases, through the real lifecycle:
//  A  registered 2026-09-10, agreement 2026-10-12 (32 days); withdrawal and
//     confirmation granted, performed, closed and followed up in October; typical.
//  B  registered 2026-10-08, one agency (公安局), which never sent its plan
//     (due 2026-10-15); terminated for that 2026-10-20 (12 days), transferred back.
//  C  registered 2026-10-15, suspended 10-20..10-24, extended 15 days on 10-28,
//     a session on 10-26 the agency head attended; open; supervised.
//  D  registered 2026-08-01, terminated 2026-11-03: overdue at the end of
//     September and of October; collective.
//  E  registered 2026-08-20, terminated 2026-09-25 (time expired after the
//     mediator's written opinion of 09-21, 36 days).
//  F  registered 2025-12-20, agreement 2026-01-10 (21 days); sensitive.
struct Center
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    QHash<char, qint64> ids;

    Center()
    {
        auto opened = Store::open(file.path(), StoreAccess::Create);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        REQUIRE(store->directories().save(DirectoryKind::Rooms, {0, {kRoom}}).ok());

        add('F',
            caseOn({2025, 12, 20}, "procuratorate", {false, true, false, false, false, false}));
        add('D', caseOn({2026, 8, 1}, "petition", {true, false, false, false, false, false}));
        add('E', caseOn({2026, 8, 20}, "court_in_trial", {}));
        add('A',
            caseOn({2026, 9, 10}, "court_pre_filing", {false, false, false, false, false, true}));
        CaseRecord b = caseOn({2026, 10, 8}, "reconsideration", {});
        b.actKind = QStringLiteral("penalty");
        b.domain = QStringLiteral("public_security");
        b.amountFen = 1000000;
        b.personsInvolved = 2;
        b.parties = {b.parties[0], b.parties[1], agency("石嘴山市公安局", true)};
        add('B', b);
        CaseRecord c = caseOn({2026, 10, 15}, "direct", {false, false, false, true, false, false});
        c.amountFen = -1;
        c.personsInvolved = 3;
        add('C', c);

        toMediation('F', "2025-12-21");
        act('F', "reach_agreement",
            QStringLiteral(R"({"signedOn": "2026-01-10", "effect": "on_signature",
                "terms": "重新核定补偿", %1})")
                .arg(QString::fromUtf8(kAllSign)));

        toMediation('D', "2026-08-02");
        act('D', "terminate", R"({"terminatedOn": "2026-11-03", "reason": "party_request"})");

        auto opinion = DocumentComposer(*store).issue(store->cases().load(ids['E']).value(),
                                                      QStringLiteral("mediator-opinion"),
                                                      QDateTime(QDate(2026, 9, 21), QTime(10, 0)));
        REQUIRE(opinion.ok());
        act('E', "terminate", R"({"terminatedOn": "2026-09-25", "reason": "time_expired"})");

        toMediation('A', "2026-09-11");
        act('A', "reach_agreement",
            QStringLiteral(R"({"signedOn": "2026-10-12", "effect": "on_signature",
                "terms": "重新核定补偿", %1})")
                .arg(QString::fromUtf8(kAllSign)));
        act('A', "apply_withdrawal", R"({"appliedOn": "2026-10-13", "appliedBy": "李律师"})");
        act('A', "apply_confirmation", R"({"appliedOn": "2026-10-14"})");
        act('A', "rule_confirmation", R"({"ruledOn": "2026-10-18", "ruling": "granted"})");
        act('A', "rule_withdrawal", R"({"ruledOn": "2026-10-20", "ruling": "granted"})");
        act('A', "record_performance",
            R"({"recordedOn": "2026-10-25", "performance": "performed"})");
        act('A', "close", R"({"closedOn": "2026-10-26"})");
        act('A', "record_follow_up", R"({"visitedOn": "2026-10-30", "note": "已履行"})");

        act('B', "notify_agency", R"({"dispatchedOn": "2026-10-09", "receivedOn": "2026-10-12"})");
        act('B', "terminate", R"({"terminatedOn": "2026-10-20", "reason": "agency_absent"})");
        act('B', "file_report", R"({"reportOn": "2026-10-21", "summary": "行政机关未报送方案"})");
        act('B', "transfer_back", R"({"transferredOn": "2026-10-22", "to": "石嘴山市人民政府"})");

        toMediation('C', "2026-10-16");
        act('C', "suspend", R"({"kind": "appraisal", "from": "2026-10-20"})");
        act('C', "resume", R"({"to": "2026-10-24"})");
        act('C', "extend", R"({"days": 15, "consentingParties": ["张三", "石嘴山市星海物流有限公司",
            "石嘴山市自然资源局", "大武口区人民政府"], "approvedBy": "中心主任",
            "approvedOn": "2026-10-28", "referringUnitToldOn": "2026-10-28"})");
        Session session;
        session.start = QDateTime(QDate(2026, 10, 26), QTime(9, 30));
        session.room = kRoom;
        session.noticeOn = QDate(2026, 10, 22);
        auto scheduled = store->sessions().schedule(ids['C'], session, test::kToday);
        INFO((scheduled.ok() ? std::string() : scheduled.error().describe().toStdString()));
        REQUIRE(scheduled.ok());
        sessionjson::Outcome outcome;
        for (const Participant &p : scheduled.value().participants)
            outcome.attendance.append({p.name, true});
        outcome.agencyHeadAttended = true;
        outcome.minutes = QStringLiteral("双方陈述意见。");
        auto held = store->sessions().recordOutcome(scheduled.value().id, outcome, test::kToday);
        INFO((held.ok() ? std::string() : held.error().describe().toStdString()));
        REQUIRE(held.ok());
    }

    void add(char key, const CaseRecord &record)
    {
        auto registered = store->cases().registerCase(record, test::kToday);
        INFO(
            key << ": "
                << (registered.ok() ? std::string() : registered.error().describe().toStdString()));
        REQUIRE(registered.ok());
        ids.insert(key, registered.value().id);
    }

    void act(char key, const char *action, const QString &input)
    {
        auto moved = store->cases().transition(ids[key], QString::fromLatin1(action),
                                               QJsonDocument::fromJson(input.toUtf8()).object(),
                                               test::kToday);
        INFO(key << " " << action << ": "
                 << (moved.ok() ? std::string() : moved.error().describe().toStdString()));
        REQUIRE(moved.ok());
    }
    void act(char key, const char *action, const char *input)
    {
        act(key, action, QString::fromUtf8(input));
    }

    // Notified, plan received and in mediation from that day on.
    void toMediation(char key, const char *day)
    {
        const QString d = QString::fromLatin1(day);
        act(key, "notify_agency",
            QStringLiteral(R"({"dispatchedOn": "%1", "receivedOn": "%1"})").arg(d));
        act(key, "receive_plan",
            QStringLiteral(R"({"receivedOn": "%1", "summary": "方案",
                "mediators": [{"name": "王科长", "position": "法制科科长", "phone": "13900000000"}]})")
                .arg(d));
        act(key, "start_mediation", QStringLiteral(R"({"startedOn": "%1"})").arg(d));
    }

    QString number(char key) const { return store->cases().load(ids.value(key)).value().number; }

    PeriodReport october() const
    {
        auto report = ReportBuilder(*store).build(ReportPeriod::month(2026, 10), test::kToday);
        REQUIRE(report.ok());
        return report.value();
    }
};

QByteArray unzip(const QString &archive, const QString &member)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

// A sheet read back as another program would: its cells by reference
// ("C5"), numbers apart from text, and its merged ranges.
struct Sheet
{
    QHash<QString, double> numbers;
    QHash<QString, QString> texts;
    QStringList merged;
    int columnWidths = 0;

    static Sheet read(const QString &xlsx, int index)
    {
        QStringList shared;
        QXmlStreamReader strings(unzip(xlsx, QStringLiteral("xl/sharedStrings.xml")));
        while (!strings.atEnd())
            if (strings.readNext() == QXmlStreamReader::StartElement &&
                strings.name() == QLatin1String("t"))
                shared.append(strings.readElementText());
        Sheet sheet;
        QXmlStreamReader xml(unzip(xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(index)));
        QString ref;
        QString type;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("c")) {
                ref = xml.attributes().value(QLatin1String("r")).toString();
                type = xml.attributes().value(QLatin1String("t")).toString();
            } else if (xml.name() == QLatin1String("v")) {
                const QString value = xml.readElementText();
                if (type == QLatin1String("s"))
                    sheet.texts.insert(ref, shared.value(value.toInt()));
                else if (type.isEmpty() || type == QLatin1String("n"))
                    sheet.numbers.insert(ref, value.toDouble());
                else
                    sheet.texts.insert(ref, value);
            } else if (xml.name() == QLatin1String("mergeCell")) {
                sheet.merged.append(xml.attributes().value(QLatin1String("ref")).toString());
            } else if (xml.name() == QLatin1String("col")) {
                sheet.columnWidths += xml.attributes().hasAttribute(QLatin1String("width"));
            }
        }
        return sheet;
    }

    // The row whose first cell reads `label`.
    int rowOf(const QString &label) const
    {
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            if (it.key().startsWith(QLatin1Char('A')) && it.value().trimmed() == label)
                return it.key().mid(1).toInt();
        return 0;
    }
};

// A figure by key for the three periods, "current previous yearToDate", a
// blank as "-".
std::string figure(const PeriodReport &r, const char *key)
{
    for (const ReportFigure &f : reportFigures())
        if (f.key == QLatin1String(key)) {
            QStringList shown;
            for (const PeriodFigures *p : {&r.current, &r.previous, &r.yearToDate}) {
                const auto v = f.value(*p);
                shown.append(v ? QString::number(*v) : QStringLiteral("-"));
            }
            return shown.join(QLatin1Char(' ')).toStdString();
        }
    return "no figure " + std::string(key);
}
} // namespace

TEST_CASE("Report periods: months, quarters, years and ranges with the period before",
          "[statistics]")
{
    const ReportPeriod october = ReportPeriod::month(2026, 10);
    CHECK(october.to == QDate(2026, 10, 31));
    CHECK(october.key() == QStringLiteral("2026-10"));
    CHECK(october.chineseName() == QStringLiteral("2026年10月"));
    CHECK(october.previous() == ReportPeriod::month(2026, 9));
    CHECK(ReportPeriod::month(2026, 1).previous() == ReportPeriod::month(2025, 12));
    CHECK(october.yearToDate() == ReportPeriod::custom({2026, 1, 1}, {2026, 10, 31}));
    CHECK(ReportPeriod::quarter(2026, 1).previous() == ReportPeriod::quarter(2025, 4));
    CHECK(ReportPeriod::quarter(2026, 4).chineseName() == QStringLiteral("2026年第四季度"));
    CHECK(ReportPeriod::year(2026).previous() == ReportPeriod::year(2025));
    const ReportPeriod range = ReportPeriod::custom({2026, 10, 11}, {2026, 10, 20});
    CHECK(range.previous() == ReportPeriod::custom({2026, 10, 1}, {2026, 10, 10}));
    CHECK(ReportPeriod::between({2026, 10, 1}, {2026, 12, 31}) == ReportPeriod::quarter(2026, 4));
    CHECK(ReportPeriod::between({2026, 1, 1}, {2026, 12, 31}) == ReportPeriod::year(2026));
    CHECK(ReportPeriod::between({2026, 2, 1}, {2026, 2, 28}) == ReportPeriod::month(2026, 2));
    for (const ReportPeriod &p :
         {october, ReportPeriod::quarter(2026, 3), ReportPeriod::year(2025), range})
        CHECK(ReportPeriod::fromKey(p.key()) == p);
    CHECK_FALSE(ReportPeriod::fromKey(QStringLiteral("2026-13")));
    CHECK_FALSE(ReportPeriod::fromKey(QStringLiteral("2026-10-20..2026-10-01")));
}

TEST_CASE("A month's report counts by SPEC 6 and beside it the month before and the year",
          "[statistics]")
{
    const Center center;
    const PeriodReport r = center.october();
    INFO(r.describeProblems().join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.balances());
    CHECK(r.previousPeriod == ReportPeriod::month(2026, 9));
    CHECK(r.yearToDatePeriod == ReportPeriod::custom({2026, 1, 1}, {2026, 10, 31}));

    // Open at the start + new = concluded + open at the end, in each period.
    CHECK(figure(r, "openAtStart") == "2 2 1");
    CHECK(figure(r, "newCases") == "2 1 5");
    CHECK(figure(r, "concluded") == "2 1 4");
    CHECK(figure(r, "openAtEnd") == "2 2 2");
    CHECK(figure(r, "agreements") == "1 0 2");
    CHECK(figure(r, "terminations") == "1 1 2");
    CHECK(figure(r, "terminations.agency_absent") == "1 0 1");
    CHECK(figure(r, "terminations.time_expired") == "0 1 1");
    CHECK(figure(r, "newCases.reconsideration") == "1 0 1");
    CHECK(figure(r, "newCases.direct") == "1 0 1");
    CHECK(figure(r, "successRate") == "50 0 50");
    CHECK(figure(r, "transfersBack") == "1 0 1");
    CHECK(figure(r, "withdrawalsApplied") == "1 0 1");
    CHECK(figure(r, "withdrawalsGranted") == "1 0 1");
    CHECK(figure(r, "confirmationsApplied") == "1 0 1");
    CHECK(figure(r, "confirmationsGranted") == "1 0 1");
    // D is past its 30 days at the end of both months; C not, with its suspension and extension.
    CHECK(figure(r, "overdueAtEnd") == "1 1 1");
    CHECK(figure(r, "extended") == "1 0 1");
    CHECK(figure(r, "suspendedDays") == "5 0 5");
    // A 32 and B 12 days; E 36; F 21.
    CHECK(figure(r, "averageDays") == "22 36 25.25");
    CHECK(figure(r, "medianDays") == "22 36 26.5");
    CHECK(figure(r, "followUpsDone") == "1 0 1");
    CHECK(figure(r, "followUpsOnTime") == "1 0 1");
    CHECK(figure(r, "performed") == "1 0 1");
    // Of the cases handled: open at the start or new.
    CHECK(figure(r, "typical") == "1 1 1");
    CHECK(figure(r, "supervised") == "1 0 1");
    CHECK(figure(r, "collective") == "1 1 1");
    CHECK(figure(r, "sensitive") == "0 0 1");
    CHECK(r.current.amountFenNew == 1000000);
    CHECK(r.previous.amountFenNew == 12345678);
    CHECK(r.yearToDate.amountFenNew == 1000000 + 3 * 12345678);
    CHECK(figure(r, "personsNew") == "5 2 11");
    CHECK(r.current.amountFenAgreements == 12345678);
    CHECK(r.yearToDate.amountFenAgreements == 2 * 12345678);
    CHECK(figure(r, "amountAgreements") == "123457 0 246914");

    // Agencies: each on a case counts it; the lead alone for the head and the plan.
    const Breakdown &agencies = r.breakdowns[1];
    REQUIRE(agencies.key == QStringLiteral("agency"));
    QHash<QString, BreakdownCounts> october;
    for (const BreakdownRow &row : agencies.rows)
        october.insert(row.code, row.current);
    const BreakdownCounts land = october.value(QStringLiteral("石嘴山市自然资源局"));
    CHECK(land.newCases == 1);
    CHECK(land.agreements == 1);
    CHECK(land.agencyHeadPresent == 1);
    const BreakdownCounts district = october.value(QStringLiteral("大武口区人民政府"));
    CHECK(district.newCases == 1);
    CHECK(district.agencyHeadPresent == 0);
    const BreakdownCounts police = october.value(QStringLiteral("石嘴山市公安局"));
    CHECK(police.newCases == 1);
    CHECK(police.terminations == 1);
    CHECK(police.planLate == 1);

    REQUIRE(r.listings.size() == 3);
    CHECK(r.listings[0].cases.size() == 1);
    CHECK(r.listings[0].cases[0].number == center.number('A'));
    CHECK(r.listings[0].cases[0].outcome == QStringLiteral("达成协议"));
    CHECK(r.listings[1].cases[0].number == center.number('C'));
    CHECK(r.listings[2].cases[0].number == center.number('D'));
}

// The report as JSON against its golden file (HUAJIE_UPDATE_GOLDEN=1 writes it again).
TEST_CASE("The month's report as JSON is its golden", "[statistics]")
{
    const Center center;
    PeriodReport october = center.october();
    // The anchor names the last event, whose hash holds the time it was
    // written: the golden has the empty log's.
    CHECK(october.anchor.sequence() > 0);
    october.anchor = RecordAnchor();
    const QByteArray json = ReportExport::json(october);
    QFile golden(
        QDir(QStringLiteral(HUAJIE_GOLDEN_DIR)).filePath(QStringLiteral("report-2026-10.json")));
    if (qEnvironmentVariable("HUAJIE_UPDATE_GOLDEN") == QLatin1String("1")) {
        REQUIRE(golden.open(QIODevice::WriteOnly));
        golden.write(json);
        return;
    }
    REQUIRE(golden.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(json).toStdString() ==
          QString::fromUtf8(golden.readAll()).toStdString());
}

TEST_CASE("A report that does not balance names the case and is not written", "[statistics]")
{
    const Center center;
    // A registered in November, though its agreement was signed in October.
    QSqlQuery edit(center.store->connection());
    REQUIRE(edit.exec(QStringLiteral("UPDATE cases SET registered_on = '2026-11-02' WHERE id = %1")
                          .arg(center.ids.value('A'))));
    const PeriodReport r = center.october();
    REQUIRE_FALSE(r.balances());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].caseNumber == center.number('A'));
    CHECK(r.problems[0].problem.contains(QStringLiteral("2026-10-12")));

    QTemporaryDir folder;
    for (const auto format : {ReportExport::Format::Json, ReportExport::Format::Csv,
                              ReportExport::Format::Xlsx, ReportExport::Format::Pdf}) {
        const QString path = folder.filePath(QStringLiteral("report"));
        auto written = ReportExport::write(r, format, path);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().message.contains(center.number('A')));
        CHECK_FALSE(QFile::exists(path));
    }
    // Nor is it frozen.
    auto frozen =
        FrozenReports(*center.store)
            .freeze(ReportPeriod::month(2026, 10), test::kToday, QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(frozen.ok());
    CHECK(frozen.error().message.contains(center.number('A')));
}

TEST_CASE("A state that says concluded without a date breaks the balance", "[statistics]")
{
    const Center center;
    QSqlQuery edit(center.store->connection());
    REQUIRE(edit.exec(QStringLiteral("UPDATE cases SET state = 'terminated' WHERE id = %1")
                          .arg(center.ids.value('C'))));
    const PeriodReport r = center.october();
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].caseNumber == center.number('C'));
}

TEST_CASE("The workbook reads back with numbers as numbers, merged headers and widths",
          "[statistics][xlsx]")
{
    const Center center;
    const PeriodReport r = center.october();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("report.xlsx"));
    REQUIRE(ReportExport::write(r, ReportExport::Format::Xlsx, path).ok());

    const QString workbook = QString::fromUtf8(unzip(path, QStringLiteral("xl/workbook.xml")));
    for (const char *name : {"主要指标", "按案件来源统计", "按涉争议行政机关统计", "按执法领域统计",
                             "按行为类别统计", "典型案例", "督办案件", "群体性案件"})
        CHECK(workbook.contains(QString::fromUtf8(name)));

    const Sheet summary = Sheet::read(path, 1);
    CHECK(summary.texts.value(QStringLiteral("A1")) == r.title());
    CHECK(summary.texts.value(QStringLiteral("A2")).contains(QStringLiteral("单位：件、元、人")));
    CHECK(summary.merged.contains(QStringLiteral("A1:E1")));
    CHECK(summary.merged.contains(QStringLiteral("A3:A4"))); // 指标 over both header rows
    CHECK(summary.texts.value(QStringLiteral("C3")) == QStringLiteral("本期"));
    CHECK(summary.texts.value(QStringLiteral("C4")) == QStringLiteral("2026年10月"));
    CHECK(summary.columnWidths == 5);
    const int row = summary.rowOf(QStringLiteral("新收案件"));
    REQUIRE(row > 4);
    CHECK(summary.texts.value(QStringLiteral("B%1").arg(row)) == QStringLiteral("件"));
    CHECK(summary.numbers.value(QStringLiteral("C%1").arg(row)) == 2);
    CHECK(summary.numbers.value(QStringLiteral("D%1").arg(row)) == 1);
    CHECK(summary.numbers.value(QStringLiteral("E%1").arg(row)) == 5);
    const int amount = summary.rowOf(QStringLiteral("达成协议涉及金额"));
    CHECK(summary.numbers.value(QStringLiteral("C%1").arg(amount)) == Approx(123456.78));
    // A blank, not 0, where nothing concluded.
    const int rate = summary.rowOf(QStringLiteral("化解成功率"));
    CHECK(summary.numbers.value(QStringLiteral("C%1").arg(rate)) == 50);

    const Sheet sources = Sheet::read(path, 2);
    CHECK(sources.merged.contains(QStringLiteral("B3:F3"))); // 本期 over its five columns
    const int direct = sources.rowOf(QStringLiteral("当事人申请"));
    REQUIRE(direct > 4);
    CHECK(sources.numbers.value(QStringLiteral("B%1").arg(direct)) == 1);
}

TEST_CASE("CSV starts with a byte-order mark and reads back in Chinese", "[statistics]")
{
    const Center center;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("report.csv"));
    REQUIRE(ReportExport::write(center.october(), ReportExport::Format::Csv, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.contains(QStringLiteral("\r\n新收案件,件,2,1,5\r\n")));
    CHECK(text.contains(QStringLiteral("\r\n化解成功率,%,50.0,0.0,50.0\r\n")));
    CHECK(text.contains(QStringLiteral("行政复议")));
}

TEST_CASE("A period with nothing concluded leaves the success rate blank", "[statistics]")
{
    const Center center;
    auto r = ReportBuilder(*center.store).build(ReportPeriod::month(2026, 8), test::kToday);
    REQUIRE(r.ok());
    CHECK(r.value().current.concluded == 0);
    CHECK_FALSE(r.value().current.successRate());
    CHECK(r.value()
              .toJson()[QStringLiteral("figures")][QStringLiteral("current")]
                       [QStringLiteral("successRate")]
              .isNull());
    CHECK(ReportExport::html(r.value(), QStringLiteral("<p>CHART</p>"))
              .contains(QStringLiteral("CHART")));
}

TEST_CASE("A frozen month keeps its figures and hash and finds the cases changed since",
          "[statistics][freeze]")
{
    Center center;
    FrozenReports frozenReports(*center.store);
    // Written now, after the events of the cases: the log's times run forward.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto frozen = frozenReports.freeze(ReportPeriod::month(2026, 10), test::kToday, now);
    REQUIRE(frozen.ok());
    CHECK(frozen.value().intact());
    CHECK(frozen.value().report()[QStringLiteral("balances")].toBool());
    CHECK(frozen.value().countedCases().size() == 4); // A, B, C, D
    CHECK(center.store->events().verify().value().intact());

    // Once, and only a month that is over.
    CHECK_FALSE(frozenReports.freeze(ReportPeriod::month(2026, 10), test::kToday, now).ok());
    CHECK_FALSE(frozenReports.freeze(ReportPeriod::month(2026, 11), test::kToday, now).ok());
    CHECK_FALSE(frozenReports.freeze(ReportPeriod::quarter(2026, 3), test::kToday, now).ok());

    auto listed = frozenReports.list();
    REQUIRE(listed.value().size() == 1);
    CHECK(listed.value()[0].sha256 == frozen.value().sha256);
    CHECK(frozenReports.editedSince(listed.value()[0]).value().isEmpty());

    // An absence recorded on C later: C is flagged against the frozen month; E, not counted, is
    // not.
    center.act('C', "record_agency_absence", R"({"on": "2026-11-20"})");
    CaseRecord e = center.store->cases().load(center.ids.value('E')).value();
    e.summary = QStringLiteral("补充说明");
    REQUIRE(center.store->cases().updateCase(e, test::kToday).ok());
    auto edited = frozenReports.editedSince(listed.value()[0]);
    REQUIRE(edited.value().size() == 1);
    CHECK(edited.value()[0].caseNumber == center.number('C'));
    CHECK(edited.value()[0].events[0].action == QStringLiteral("record_agency_absence"));

    // The stored figures cannot be changed by the program, and a hand edit shows.
    QSqlQuery tamper(center.store->connection());
    CHECK_FALSE(tamper.exec(QStringLiteral("UPDATE frozen_reports SET figures = '{}'")));
}

TEST_CASE("Statistics follow a corrected date, a withdrawn action and a voided registration",
          "[statistics][correction]")
{
    Center center;
    const QString why = QStringLiteral("录入错误");
    // E was terminated on 2026-10-05, not 09-25: it concludes in October.
    auto corrected = center.store->cases().correctLastAction(
        center.ids.value('E'), {{QStringLiteral("terminatedOn"), QStringLiteral("2026-10-05")}},
        why, test::kToday);
    INFO((corrected.ok() ? std::string() : corrected.error().describe().toStdString()));
    REQUIRE(corrected.ok());
    PeriodReport r = center.october();
    INFO(r.describeProblems().join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.balances());
    CHECK(figure(r, "concluded") == "3 0 4");
    CHECK(figure(r, "terminations.time_expired") == "1 0 1");
    CHECK(figure(r, "openAtStart") == "3 2 1");

    // D's termination in November withdrawn: it concludes no more.
    const auto november = [&] {
        auto report =
            ReportBuilder(*center.store).build(ReportPeriod::month(2026, 11), test::kToday);
        REQUIRE(report.ok());
        REQUIRE(report.value().balances());
        return report.value();
    };
    CHECK(figure(november(), "concluded") == "1 3 5");
    REQUIRE(center.store->cases().withdrawLastAction(center.ids.value('D'), why).ok());
    CHECK(center.store->cases().load(center.ids.value('D')).value().state ==
          QStringLiteral("in_mediation"));
    CHECK(figure(november(), "concluded") == "0 3 4");

    // B registered in error: out of every figure, and the report still balances.
    REQUIRE(center.store->cases().voidCase(center.ids.value('B'), why).ok());
    r = center.october();
    INFO(r.describeProblems().join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.balances());
    CHECK(figure(r, "newCases") == "1 1 4");
    CHECK(figure(r, "newCases.reconsideration") == "0 0 0");
    CHECK(figure(r, "terminations.agency_absent") == "0 0 0");
    CHECK(figure(r, "transfersBack") == "0 0 0");
    CHECK_FALSE(r.countedCases.contains(center.ids.value('B')));
    auto rows = Ledger::rows(*center.store, ReportPeriod::month(2026, 10), test::kToday);
    REQUIRE(rows.ok());
    for (const auto &row : rows.value())
        CHECK(row.number != center.number('B'));
    CHECK(center.store->events().verify().value().intact());
}

TEST_CASE("The ledger lists the cases handled in the period with their outcome and days",
          "[statistics][xlsx]")
{
    const Center center;
    auto rows = Ledger::rows(*center.store, ReportPeriod::month(2026, 10), test::kToday);
    REQUIRE(rows.ok());
    QHash<QString, LedgerRow> byNumber;
    for (const LedgerRow &row : rows.value())
        byNumber.insert(row.number, row);
    CHECK(byNumber.size() == 4);
    const LedgerRow a = byNumber.value(center.number('A'));
    CHECK(a.outcome == QStringLiteral("达成协议"));
    CHECK(a.days == 32);
    CHECK(a.withdrawn == QStringLiteral("是"));
    CHECK(a.confirmed == QStringLiteral("是"));
    CHECK(a.flags == QStringLiteral("典型"));
    CHECK(a.agencies == QStringLiteral("石嘴山市自然资源局、大武口区人民政府"));
    const LedgerRow b = byNumber.value(center.number('B'));
    CHECK(b.outcome.startsWith(QStringLiteral("终止（")));
    CHECK(b.remarks.contains(QStringLiteral("移交石嘴山市人民政府")));
    const LedgerRow c = byNumber.value(center.number('C'));
    CHECK(c.extended == QStringLiteral("是（15天）"));
    CHECK_FALSE(c.days);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("ledger.xlsx"));
    REQUIRE(Ledger::write(*center.store, ReportPeriod::month(2026, 10), test::kToday,
                          ReportExport::Format::Xlsx, path)
                .ok());
    const Sheet sheet = Sheet::read(path, 1);
    CHECK(sheet.texts.value(QStringLiteral("B3")) == QStringLiteral("登记号"));
    CHECK(sheet.texts.value(QStringLiteral("O3")) == QStringLiteral("化解天数"));
    CHECK(sheet.numbers.value(QStringLiteral("A4")) == 1);
    CHECK(sheet.columnWidths == 22);
    bool days = false;
    for (int row = 4; row < 8; ++row)
        days = days || sheet.numbers.value(QStringLiteral("O%1").arg(row)) == 32;
    CHECK(days);
}

TEST_CASE("A conditional agreement the agency refuses to confirm is no success", "[statistics]")
{
    test::TempDatabase file;
    auto opened = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    auto registered =
        store.cases().registerCase(caseOn({2026, 10, 8}, "court_pre_filing", {}), test::kToday);
    REQUIRE(registered.ok());
    const qint64 id = registered.value().id;
    const auto act = [&](const char *action, const QString &input) {
        auto moved = store.cases().transition(id, QString::fromLatin1(action),
                                              QJsonDocument::fromJson(input.toUtf8()).object(),
                                              test::kToday);
        INFO(action << ": "
                    << (moved.ok() ? std::string() : moved.error().describe().toStdString()));
        REQUIRE(moved.ok());
    };
    act("notify_agency", R"({"dispatchedOn": "2026-10-09", "receivedOn": "2026-10-09"})");
    act("receive_plan", R"({"receivedOn": "2026-10-10", "summary": "方案",
        "mediators": [{"name": "王科长"}]})");
    act("start_mediation", R"({"startedOn": "2026-10-12"})");
    act("reach_agreement", QStringLiteral(R"({"signedOn": "2026-10-20", "effect": "on_condition",
        "condition": "经涉争议行政机关审查确认", "terms": "重新核定补偿", %1})")
                               .arg(QString::fromUtf8(kAllSign)));
    act("terminate", QStringLiteral(R"({"terminatedOn": "2026-11-03", "reason": "party_retracted",
        "text": "行政机关经审查不予确认"})"));

    const auto month = [&](int m) {
        auto report = ReportBuilder(store).build(ReportPeriod::month(2026, m), test::kToday);
        REQUIRE(report.ok());
        INFO(report.value().describeProblems().join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.value().balances());
        return report.value();
    };
    // Not concluded in October with the signature, but in November with the termination.
    CHECK(figure(month(10), "concluded") == "0 0 0");
    CHECK(figure(month(10), "agreements") == "0 0 0");
    const PeriodReport november = month(11);
    CHECK(figure(november, "concluded") == "1 0 1");
    CHECK(figure(november, "agreements") == "0 0 0");
    CHECK(figure(november, "terminations.party_retracted") == "1 0 1");
    CHECK(figure(november, "successRate") == "0 - 0");
}

namespace {
QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    // Without the spaces the layout puts between characters and cells.
    return QString::fromUtf8(process.readAllStandardOutput())
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

QString columnLetter(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

Result<RuleProfile> profileWith(const char *keys)
{
    return RuleProfile::fromJson(QStringLiteral(R"({"id": "x", "name": {"en": "X"}, %1})")
                                     .arg(QString::fromUtf8(keys))
                                     .toUtf8(),
                                 QStringLiteral("x.json"));
}
} // namespace

TEST_CASE("Every shipped profile's ledger and report are read, in the seed's order",
          "[statistics][profiles]")
{
    for (const char *id : {"shizuishan", "wenxian", "lushan", "zhongxiang", "ruzhou"}) {
        INFO(id);
        auto profile = RuleProfile::load(QString::fromLatin1(id));
        INFO((profile.ok() ? std::string() : profile.error().describe().toStdString()));
        REQUIRE(profile.ok());
        const ReportLayout &layout = profile.value().report;
        CHECK_FALSE(layout.ledger.isEmpty());
        CHECK_FALSE(layout.report.figures.isEmpty());
        CHECK_FALSE(layout.ledgerSource.isEmpty());
        CHECK_FALSE(layout.reportSource.isEmpty());
    }
    const auto codes = [](const char *id) {
        const RuleProfile profile = RuleProfile::load(QString::fromLatin1(id)).value();
        QStringList list;
        for (const LedgerColumn &c : profile.report.ledger)
            list.append(c.code);
        return list;
    };
    // The default keeps the ledger of FORMS.md.
    QStringList standard;
    for (const LedgerColumn &c : ReportLayout::standard().ledger)
        standard.append(c.code);
    CHECK(codes("shizuishan") == standard);
    CHECK(standard.size() == 22);
    CHECK(codes("wenxian").contains(QStringLiteral("originCaseNumber")));
    CHECK(codes("wenxian").contains(QStringLiteral("petitionRisk")));
    CHECK(codes("lushan").contains(QStringLiteral("procurator")));
    CHECK(codes("zhongxiang").contains(QStringLiteral("followedUpOn")));
    CHECK(codes("zhongxiang").contains(QStringLiteral("agencyHeadPresent")));
    CHECK(codes("ruzhou").contains(QStringLiteral("thirdParties")));
    const ReportContents s3 = RuleProfile::load(QStringLiteral("zhongxiang")).value().report.report;
    CHECK(s3.showsFigure(QStringLiteral("agencyHeadPresent")));
    CHECK(s3.showsFigure(QStringLiteral("followUpsOnTime")));
    CHECK(s3.showsFigure(QStringLiteral("newCases.petition")));
    CHECK_FALSE(s3.showsFigure(QStringLiteral("amountNew")));
    CHECK(s3.breakdowns == QStringList{QStringLiteral("source"), QStringLiteral("agency"),
                                       QStringLiteral("agencyPerformance")});
    const ReportContents s0 = RuleProfile::load(QStringLiteral("shizuishan")).value().report.report;
    CHECK(s0.showsFigure(QStringLiteral("handled")));
    CHECK(s0.lists.first() == QStringLiteral("typical"));
    // A profile without the keys has today's layout.
    auto bare = profileWith(R"("deadlines": [])");
    REQUIRE(bare.ok());
    CHECK(bare.value().report.ledger == ReportLayout::standard().ledger);
    CHECK(bare.value().report.report == ReportLayout::standard().report);
}

TEST_CASE("A bad ledger or report layout is refused with its JSON path", "[statistics][profiles]")
{
    const std::pair<const char *, const char *> bad[] = {
        {R"("ledger": {"columns": ["number", "county"]})", "ledger.columns[1]"},
        {R"("ledger": {"columns": ["number", "number"]})", "ledger.columns[1]"},
        {R"("ledger": {"columns": [{"code": "judge"}, {"code": "judge", "heading": {"zh_CN": "法官"}}]})",
         "ledger.columns[1]"},
        {R"("ledger": {"columns": [{"code": "nosuch"}]})", "ledger.columns[0].code"},
        {R"("ledger": {"columns": [{"code": "judge", "heading": {"fr": "juge"}}]})",
         "ledger.columns[0].heading.fr"},
        {R"("ledger": {"columns": [{"code": "judge", "width": 3}]})", "ledger.columns[0].width"},
        {R"("ledger": {"columns": [7]})", "ledger.columns[0]"},
        {R"("ledger": {"columns": []})", "ledger.columns"},
        {R"("ledger": ["number"])", "ledger"},
        {R"("ledger": {"column": ["number"]})", "ledger.column"},
        {R"("report": {"figures": ["newCases", "lossRate"]})", "report.figures[1]"},
        {R"("report": {"figures": ["newCases", "newCases"]})", "report.figures[1]"},
        {R"("report": {"figures": []})", "report.figures"},
        {R"("report": {"figures": "newCases"})", "report.figures"},
        {R"("report": {"breakdowns": ["county"]})", "report.breakdowns[0]"},
        {R"("report": {"breakdowns": [{"code": "agency", "columns": 3}]})",
         "report.breakdowns[0].columns"},
        {R"("report": {"lists": ["typical", "typical"]})", "report.lists[1]"},
        {R"("report": {"charts": []})", "report.charts"},
        {R"("report": true)", "report"},
    };
    for (const auto &[keys, path] : bad) {
        INFO(keys);
        auto profile = profileWith(keys);
        REQUIRE_FALSE(profile.ok());
        INFO(profile.error().describe().toStdString());
        CHECK(profile.error().describe().contains(QString::fromLatin1(path)));
        CHECK(profile.error().describe().contains(QStringLiteral("x.json")));
    }
    // Empty breakdowns and lists are a center's choice; the sub-lines come by "*".
    auto plain = profileWith(
        R"("report": {"figures": ["newCases", "terminations.*"], "breakdowns": [], "lists": []})");
    REQUIRE(plain.ok());
    CHECK(plain.value().report.report.breakdowns.isEmpty());
    CHECK(plain.value().report.report.showsFigure(QStringLiteral("terminations.party_request")));
    CHECK_FALSE(plain.value().report.report.showsFigure(QStringLiteral("newCases.direct")));
}

TEST_CASE("The ledger has the columns of the center's profile, read back from XLSX, CSV and PDF",
          "[statistics][xlsx][profiles]")
{
    const Center center;
    REQUIRE(center.store->chooseProfile(QStringLiteral("zhongxiang")).ok());
    const QList<LedgerColumn> &columns = center.store->deadlineSetup().profile.report.ledger;
    QTemporaryDir folder;
    const QString xlsx = folder.filePath(QStringLiteral("ledger.xlsx"));
    auto written = Ledger::write(*center.store, ReportPeriod::month(2026, 10), test::kToday,
                                 ReportExport::Format::Xlsx, xlsx);
    REQUIRE(written.ok());
    CHECK(written.value() == 4);
    const Sheet sheet = Sheet::read(xlsx, 1);
    CHECK(sheet.columnWidths == columns.size());
    // The headings in the profile's order, its own where it gives one.
    int head = -1;
    for (int i = 0; i < columns.size(); ++i) {
        const QString heading = sheet.texts.value(columnLetter(i) + QStringLiteral("3"));
        CHECK_FALSE(heading.isEmpty());
        if (columns[i].code == QLatin1String("agencyHeadPresent")) {
            head = i;
            CHECK(heading == QStringLiteral("行政首长出面"));
        }
    }
    REQUIRE(head >= 0);
    CHECK(sheet.texts.value(columnLetter(int(columns.size())) + QStringLiteral("3")).isEmpty());
    // C is the case whose agency head attended a session.
    int rowOfC = 0;
    for (int row = 4; row < 8; ++row)
        if (sheet.texts.value(QStringLiteral("B%1").arg(row)) == center.number('C'))
            rowOfC = row;
    REQUIRE(rowOfC > 0);
    CHECK(sheet.texts.value(columnLetter(head) + QString::number(rowOfC)) == QStringLiteral("是"));
    CHECK_FALSE(sheet.texts.values().contains(QStringLiteral("委派单位及委派号")));

    const QString csv = folder.filePath(QStringLiteral("ledger.csv"));
    REQUIRE(Ledger::write(*center.store, ReportPeriod::month(2026, 10), test::kToday,
                          ReportExport::Format::Csv, csv)
                .ok());
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"));
    CHECK(lines.value(2).startsWith(QStringLiteral("序号,登记号,案件来源")));
    CHECK(lines.value(2).contains(QStringLiteral("指导法官,主调人,行政首长出面")));

    const QString pdf = folder.filePath(QStringLiteral("ledger.pdf"));
    REQUIRE(Ledger::write(*center.store, ReportPeriod::month(2026, 10), test::kToday,
                          ReportExport::Format::Pdf, pdf)
                .ok());
    const QString text = pdfText(pdf);
    // Cut to fit the page, each part with the number: the last part has the remarks.
    CHECK(text.contains(QStringLiteral("统计期间：2026年10月1日至2026年10月31日")));
    CHECK(text.contains(QStringLiteral("序号登记号备注")));
    CHECK(text.contains(QStringLiteral("记录锚点")));
    // JSON is for reports.
    CHECK_FALSE(Ledger::write(*center.store, ReportPeriod::month(2026, 10), test::kToday,
                              ReportExport::Format::Json, folder.filePath(QStringLiteral("l.json")))
                    .ok());
}

TEST_CASE("Every ledger column has its value", "[statistics][profiles]")
{
    const Center center;
    auto rows = Ledger::rows(*center.store, ReportPeriod::month(2026, 10), test::kToday);
    REQUIRE(rows.ok());
    QList<LedgerColumn> all;
    for (const LedgerColumnKind &kind : ReportLayout::ledgerColumnKinds())
        all.append({kind.code, {}});
    const ReportTable t =
        Ledger::table(rows.value(), all, QStringLiteral("中心"), ReportPeriod::month(2026, 10));
    REQUIRE(t.columns.size() == all.size());
    const auto value = [&](char key, const char *code) {
        int column = -1;
        for (int i = 0; i < all.size(); ++i)
            if (all[i].code == QLatin1String(code))
                column = i;
        REQUIRE(column >= 0);
        for (const QList<TableCell> &cells : t.rows)
            if (cells[1].text == center.number(key))
                return cells[column].display();
        FAIL("no row of the case");
        return QString();
    };
    CHECK(value('A', "originCaseNumber") == QStringLiteral("（2026）宁02行初7号"));
    CHECK(value('A', "judge") == QStringLiteral("马立新"));
    CHECK(value('A', "claims").startsWith(QStringLiteral("撤销补偿决定")));
    CHECK_FALSE(value('A', "suitability").isEmpty());
    CHECK(value('A', "typical") == QStringLiteral("是"));
    CHECK(value('A', "collective") == QStringLiteral("否"));
    CHECK(value('A', "planLate") == QStringLiteral("否"));
    CHECK(value('A', "planReceivedOn") == QStringLiteral("2026-09-11"));
    CHECK(value('B', "amount") == QStringLiteral("10000.00"));
    CHECK(value('B', "persons") == QStringLiteral("2"));
    CHECK(value('B', "noticeDispatchedOn") == QStringLiteral("2026-10-09"));
    CHECK(value('B', "noticeReceivedOn") == QStringLiteral("2026-10-12"));
    // B's plan was due 2026-10-15 and never came.
    CHECK(value('B', "planLate") == QStringLiteral("是"));
    CHECK(value('C', "agencyHeadPresent") == QStringLiteral("是"));
    CHECK(value('C', "supervised") == QStringLiteral("是"));
    CHECK(value('C', "amount").isEmpty());
    CHECK(value('D', "agencyHeadPresent") == QStringLiteral("否"));
}

TEST_CASE("The report shows what the center's profile names, and a frozen month keeps it",
          "[statistics][profiles]")
{
    const Center center;
    REQUIRE(center.store->chooseProfile(QStringLiteral("lushan")).ok());
    const PeriodReport r = center.october();
    REQUIRE(r.balances());
    QStringList shown;
    for (const ReportFigure &f : r.shownFigures())
        shown.append(f.key);
    CHECK(shown.contains(QStringLiteral("agencyHeadPresent")));
    CHECK(shown.contains(QStringLiteral("newCases.procuratorate")));
    CHECK_FALSE(shown.contains(QStringLiteral("medianDays")));
    CHECK(figure(r, "agencyHeadPresent") == "1 0 1");
    QStringList breakdowns;
    for (const Breakdown &b : r.breakdowns)
        breakdowns.append(b.key);
    CHECK(breakdowns == QStringList{QStringLiteral("source"), QStringLiteral("agency")});
    REQUIRE(r.listings.size() == 1);
    CHECK(r.listings[0].key == QStringLiteral("collective"));
    // The figures not shown are still counted, by their one definition.
    CHECK(r.current.handled() == r.current.openAtStart + r.current.newCases);

    const QJsonObject json = r.toJson();
    const QJsonObject current =
        json[QStringLiteral("figures")][QStringLiteral("current")].toObject();
    CHECK(current.value(QStringLiteral("agencyHeadPresent")).toInt() == 1);
    CHECK_FALSE(current.contains(QStringLiteral("medianDays")));
    CHECK(json[QStringLiteral("breakdowns")].toObject().keys() ==
          QStringList{QStringLiteral("agency"), QStringLiteral("source")});

    QTemporaryDir folder;
    const QString xlsx = folder.filePath(QStringLiteral("report.xlsx"));
    REQUIRE(ReportExport::write(r, ReportExport::Format::Xlsx, xlsx).ok());
    const Sheet figures = Sheet::read(xlsx, 1);
    const int head = figures.rowOf(QStringLiteral("行政机关负责人出面协调化解案件"));
    REQUIRE(head > 0);
    CHECK(figures.numbers.value(QStringLiteral("C%1").arg(head)) == 1);
    CHECK(figures.rowOf(QStringLiteral("化解天数中位数（不含中止期间）")) == 0);
    const QString pdf = folder.filePath(QStringLiteral("report.pdf"));
    REQUIRE(ReportExport::write(r, ReportExport::Format::Pdf, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("按案件来源统计")));
    CHECK(text.contains(QStringLiteral("按涉争议行政机关统计")));
    CHECK_FALSE(text.contains(QStringLiteral("按执法领域统计")));

    auto frozen =
        FrozenReports(*center.store)
            .freeze(ReportPeriod::month(2026, 10), test::kToday, QDateTime::currentDateTimeUtc());
    REQUIRE(frozen.ok());
    REQUIRE(center.store->chooseProfile(QStringLiteral("shizuishan")).ok());
    CHECK(center.october().shownFigures().size() > r.shownFigures().size());
    auto kept = FrozenReports(*center.store).find(QStringLiteral("2026-10"));
    REQUIRE(kept.ok());
    REQUIRE(kept.value());
    CHECK(kept.value()->intact());
    const QJsonObject keptReport = kept.value()->report();
    CHECK(keptReport[QStringLiteral("figures")][QStringLiteral("current")].toObject() == current);
    CHECK(keptReport[QStringLiteral("breakdowns")].toObject().keys() ==
          QStringList{QStringLiteral("agency"), QStringLiteral("source")});
}

TEST_CASE("The agencies' performance is counted for every agency of the case",
          "[statistics][profiles]")
{
    const Center center;
    const PeriodReport r = center.october();
    const Breakdown *performance = nullptr;
    for (const Breakdown &b : r.breakdowns)
        if (b.key == QLatin1String("agencyPerformance"))
            performance = &b;
    REQUIRE(performance);
    CHECK(performance->columns == Breakdown::Columns::AgencyPerformance);
    // A: an agreement in October, performed and followed up, with two agencies.
    QStringList agencies;
    for (const BreakdownRow &row : performance->rows) {
        agencies.append(row.label);
        CHECK(row.current.agreements == 1);
        CHECK(row.current.performed == 1);
        CHECK(row.current.followUps == 1);
        CHECK(row.current.performanceRefused == 0);
    }
    agencies.sort();
    CHECK(agencies ==
          QStringList{QStringLiteral("大武口区人民政府"), QStringLiteral("石嘴山市自然资源局")});
    CHECK(figure(r, "handled") == "4 3 6");
    CHECK(figure(r, "planLate") == "1 0 1");
}

TEST_CASE("A center's own profile with a bad ledger is refused and the report keeps its layout",
          "[statistics][profiles]")
{
    const Center center;
    QStandardPaths::setTestModeEnabled(true);
    QDir().mkpath(RuleProfile::userFolder());
    QFile own(RuleProfile::userFolder() + QStringLiteral("/careless.json"));
    REQUIRE(own.open(QIODevice::WriteOnly));
    own.write(R"({"id": "careless", "name": {"en": "Careless"},
        "ledger": {"columns": ["number", "lossRate"]}})");
    own.close();
    auto chosen = center.store->chooseProfile(QStringLiteral("careless"));
    REQUIRE_FALSE(chosen.ok());
    CHECK(chosen.error().describe().contains(QStringLiteral("ledger.columns[1]")));
    CHECK(chosen.error().describe().contains(QStringLiteral("lossRate")));
    CHECK(center.store->deadlineSetup().profile.id == QStringLiteral("shizuishan"));
    // One figure per source and termination reason the center offers, in
    // place of the two breakdowns.
    const RuleProfile shipped = RuleProfile::load(QStringLiteral("shizuishan")).value();
    CHECK(center.october().shownFigures().size() ==
          shipped.report.report.figures.size() +
              int(shipped.vocabularies.sourceChannels.codes().size() +
                  shipped.vocabularies.terminationReasons.codes().size()) -
              2);
    QFile::remove(own.fileName());
    QStandardPaths::setTestModeEnabled(false);
}
