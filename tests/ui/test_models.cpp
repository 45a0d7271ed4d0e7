#include "casefilterproxy.h"
#include "caselistmodel.h"
#include "demo/demogenerator.h"
#include "directorydialog.h"
#include "partytablemodel.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
QList<CaseSummary> demoSummaries(test::TempDatabase &file, std::unique_ptr<Store> &store, int count)
{
    auto opened = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(opened.ok());
    store = std::move(opened).value();
    REQUIRE(loadDemoData(*store, count, 11, test::kToday).ok());
    return store->cases().summaries().value();
}
} // namespace

TEST_CASE("The case list and its filter pass the model tester", "[ui][model]")
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    const auto cases = demoSummaries(file, store, 300);

    CaseListModel model;
    CaseFilterProxy proxy(&model);
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCases(cases, vocab::sourceChannels());
    proxy.sort(CaseListModel::Number, Qt::DescendingOrder);
    REQUIRE(proxy.rowCount() == 300);

    proxy.setState(QStringLiteral("archived"));
    for (int r = 0; r < proxy.rowCount(); ++r)
        CHECK(proxy.index(r, CaseListModel::State).data(CaseListModel::CodeRole).toString() ==
              QStringLiteral("archived"));
    const int archived = proxy.rowCount();
    CHECK(archived > 0);
    CHECK(archived < 300);

    proxy.setState(QString());
    proxy.setAgency(QStringLiteral("石嘴山市公安局"));
    for (int r = 0; r < proxy.rowCount(); ++r)
        CHECK(proxy.index(r, CaseListModel::Agencies)
                  .data()
                  .toString()
                  .contains(QStringLiteral("石嘴山市公安局")));
    proxy.setAgency(QString());

    // Free text: the rows of the cases the store found for it, none when it found none.
    const qint64 found = proxy.index(0, 0).data(CaseListModel::CaseIdRole).toLongLong();
    proxy.setMatchingCases(QSet<qint64>{found});
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data(CaseListModel::CaseIdRole).toLongLong() == found);
    proxy.setMatchingCases(QSet<qint64>{});
    CHECK(proxy.rowCount() == 0);
    proxy.setMatchingCases(std::nullopt);
    CHECK(proxy.rowCount() == 300);

    // Newest first: registration dates never increase down the list.
    for (int r = 1; r < proxy.rowCount(); ++r)
        CHECK(proxy.index(r - 1, CaseListModel::Registered).data().toString() >=
              proxy.index(r, CaseListModel::Registered).data().toString());
}

TEST_CASE("Parties and agents edit in place and pass the model tester", "[ui][model]")
{
    PartyTableModel parties;
    AgentTableModel agents(&parties);
    QAbstractItemModelTester partyTester(&parties,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester agentTester(&agents,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    parties.setParties(test::sampleCase().parties);
    REQUIRE(parties.rowCount() == 4);

    // Checking one lead agency unchecks the other.
    REQUIRE(
        parties.setData(parties.index(3, PartyTableModel::Lead), Qt::Checked, Qt::CheckStateRole));
    CHECK_FALSE(parties.parties()[2].lead);
    CHECK(parties.parties()[3].lead);
    // Columns that do not apply are not editable: an agency has no ID number.
    CHECK_FALSE(
        parties.flags(parties.index(2, PartyTableModel::IdNumber)).testFlag(Qt::ItemIsEditable));
    CHECK(parties.flags(parties.index(0, PartyTableModel::IdNumber)).testFlag(Qt::ItemIsEditable));

    agents.setPartyRow(0);
    CHECK(agents.rowCount() == 1);
    REQUIRE(agents.addAgent());
    REQUIRE(agents.setData(agents.index(1, AgentTableModel::Name), QStringLiteral("周律师")));
    REQUIRE(agents.setData(agents.index(1, AgentTableModel::Authority), QStringLiteral("special"),
                           AgentTableModel::CodeRole));
    CHECK(parties.parties()[0].agents.size() == 2);
    CHECK(parties.parties()[0].agents[1].authority == QStringLiteral("special"));
    agents.removeAgent(0);
    CHECK(parties.parties()[0].agents.size() == 1);

    const int row = parties.addParty(QStringLiteral("third_party"));
    REQUIRE(parties.setData(parties.index(row, PartyTableModel::Name), QStringLiteral("第三人甲")));
    parties.removeParty(0);
    CHECK(parties.rowCount() == 4);
    CHECK(agents.rowCount() == 0);
}

TEST_CASE("The directory table shows every directory and passes the model tester", "[ui][model]")
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    demoSummaries(file, store, 10);
    for (DirectoryKind kind : allDirectoryKinds()) {
        DirectoryTableModel model(store->directories(), kind);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(model.rowCount() > 0);
        CHECK(model.columnCount() == directorySpec(kind).fields.size());
    }
}
