#include "store/store.h"
#include "support/samplecase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <functional>

using namespace huajie;
using huajie::test::kToday;
using huajie::test::sampleCase;
using huajie::test::TempDatabase;

namespace {
struct Hostile
{
    const char *what;
    std::function<void(CaseRecord &)> change;
    const char *expected; // in the message; nullptr: stored exactly as given
    std::function<QString(const CaseRecord &)> read = {};
};

int rowCount(const Store &store, const char *table)
{
    QSqlQuery query(store.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    REQUIRE(query.next());
    return query.value(0).toInt();
}
} // namespace

TEST_CASE("Hostile case text given to the store is refused naming the field or kept verbatim",
          "[store][hostile]")
{
    const QString big(100 * 1024, QLatin1Char('x'));
    const QString sql = QStringLiteral("'; DROP TABLE cases; --");
    const QString loneSurrogate(1, QChar(0xD800));
    const std::vector<Hostile> table{
        {"empty name", [](CaseRecord &r) { r.parties[0].name.clear(); }, "Name"},
        {"100 KB summary", [&](CaseRecord &r) { r.summary = big; }, "Summary"},
        {"100 KB claims", [&](CaseRecord &r) { r.claims = big; }, "Claims"},
        {"100 KB address", [&](CaseRecord &r) { r.parties[0].address = big; }, "Address"},
        {"100 KB agent's firm", [&](CaseRecord &r) { r.parties[0].agents[0].organisation = big; },
         "Organisation"},
        {"overlong judge", [](CaseRecord &r) { r.judge = QString(201, QLatin1Char('j')); },
         "Judge"},
        {"NUL in a name", [](CaseRecord &r) { r.parties[0].name = QStringLiteral("a\u0000b"); },
         "U+0000"},
        {"escape in the referral number",
         [](CaseRecord &r) { r.referralNumber = QStringLiteral("\u001b[31m"); }, "Referral number"},
        {"DEL in a phone", [](CaseRecord &r) { r.parties[0].phone = QStringLiteral("138\u007f"); },
         "U+007F"},
        {"right-to-left isolate in the act",
         [](CaseRecord &r) { r.disputedAct = QStringLiteral("决定\u2067"); }, "U+2067"},
        {"lone surrogate in the summary", [&](CaseRecord &r) { r.summary = loneSurrogate; },
         "U+D800"},
        {"SQL as a code", [&](CaseRecord &r) { r.source = sql; }, "Source channel"},
        {"registered in 1899", [](CaseRecord &r) { r.registeredOn = QDate(1899, 12, 31); },
         "Registration date"},
        {"registered in 9999", [](CaseRecord &r) { r.registeredOn = QDate(9999, 12, 31); },
         "Registration date"},
        {"no registration date", [](CaseRecord &r) { r.registeredOn = QDate(); },
         "Registration date"},
        {"consent in year 1", [](CaseRecord &r) { r.consentDate = QDate(1, 1, 1); },
         "Consent date"},
        {"SQL in the summary", [&](CaseRecord &r) { r.summary = sql; }, nullptr,
         [](const CaseRecord &r) {
             return r.summary;
         }},
        {"SQL in the act", [&](CaseRecord &r) { r.disputedAct = sql; }, nullptr,
         [](const CaseRecord &r) {
             return r.disputedAct;
         }},
        {"a summary of exactly 10,000 characters",
         [](CaseRecord &r) { r.summary = QString(10000, QChar(u'案')); }, nullptr,
         [](const CaseRecord &r) {
             return r.summary;
         }},
        {"emoji and line breaks in the claims",
         [](CaseRecord &r) { r.claims = QStringLiteral("一\n二\t😀"); }, nullptr,
         [](const CaseRecord &r) {
             return r.claims;
         }},
    };
    TempDatabase db;
    auto opened = Store::open(db.path(), StoreAccess::Create);
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    REQUIRE(store.cases().registerCase(sampleCase(), kToday).ok());
    for (const Hostile &row : table) {
        INFO(row.what);
        CaseRecord record = sampleCase();
        row.change(record);
        const int cases = rowCount(store, "cases");
        const int parties = rowCount(store, "parties");
        const int events = rowCount(store, "events");
        auto registered = store.cases().registerCase(record, kToday);
        if (row.expected) {
            REQUIRE_FALSE(registered.ok());
            INFO(registered.error().describe().toStdString());
            CHECK(registered.error().describe().contains(QString::fromUtf8(row.expected)));
            CHECK(registered.error().describe().size() < 2000);
            CHECK(rowCount(store, "cases") == cases);
            CHECK(rowCount(store, "parties") == parties);
            CHECK(rowCount(store, "events") == events);
        } else {
            REQUIRE(registered.ok());
            auto loaded = store.cases().loadByNumber(registered.value().number);
            REQUIRE(loaded.ok());
            CHECK(row.read(loaded.value()) == row.read(record));
        }
    }
    auto verified = store.events().verify();
    REQUIRE(verified.ok());
    CHECK(verified.value().intact());
}
