#include "io/changedescription.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
QStringList lines(const QList<FieldChange> &changes)
{
    QStringList out;
    for (const FieldChange &c : changes)
        out.append(c.text());
    return out;
}
} // namespace

TEST_CASE("An edit's history names each changed field of a party and an agent with both values",
          "[store][history]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    auto registered = store->cases().registerCase(test::sampleCase(), test::kToday).value();
    CaseRecord edited = registered;
    edited.parties[0].phone = QStringLiteral("13900000000");
    edited.parties[0].agents[0].organisation = QStringLiteral("宁夏石嘴山律师事务所");
    edited.parties[1].address = QStringLiteral("惠农区北大街9号");
    edited.parties.removeAt(3); // the second agency
    Party third;
    third.role = QStringLiteral("third_party");
    third.kind = QStringLiteral("person");
    third.name = QStringLiteral("赵六");
    edited.parties.append(third);
    edited.judge = QStringLiteral("李法官");
    REQUIRE(store->cases().updateCase(edited, test::kToday).ok());

    const auto events = store->cases().history(registered.id).value();
    REQUIRE(events.size() == 2);
    CHECK(events.last().action == QStringLiteral("edit"));
    const QStringList described =
        lines(describeEventChanges(events.last().action, events.last().changes));
    INFO(described.join(QLatin1Char('\n')).toStdString());
    CHECK(described ==
          QStringList{
              QStringLiteral("Following judge: 马立新 → 李法官"),
              QStringLiteral("Parties: Respondent agency 大武口区人民政府 → —"),
              QStringLiteral("Applicant 张三, Phone: 13800000000 → 13900000000"),
              QStringLiteral("Applicant 张三, agent 李律师, Organisation: 宁夏贺兰律师事务所 → "
                             "宁夏石嘴山律师事务所"),
              QStringLiteral("Applicant 石嘴山市星海物流有限公司, Address: 惠农区南大街8号 → "
                             "惠农区北大街9号"),
              QStringLiteral("Parties: — → Third party 赵六"),
          });
    // A lifecycle action's changes are its input's business.
    CHECK(describeEventChanges(QStringLiteral("notify_agency"), events.last().changes).isEmpty());
}

TEST_CASE("A party renamed in an edit is one change, matched by its ID number", "[store][history]")
{
    const QJsonObject before{{QStringLiteral("role"), QStringLiteral("applicant")},
                             {QStringLiteral("name"), QStringLiteral("张三")},
                             {QStringLiteral("idNumber"), QStringLiteral("11010519491231002X")}};
    QJsonObject after = before;
    after.insert(QStringLiteral("name"), QStringLiteral("张叁"));
    const QJsonObject changes{
        {QStringLiteral("parties"),
         QJsonObject{
             {QStringLiteral("old"),
              QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("agency")},
                                     {QStringLiteral("name"), QStringLiteral("甲局")}},
                         before}},
             {QStringLiteral("new"),
              QJsonArray{after, QJsonObject{{QStringLiteral("role"), QStringLiteral("agency")},
                                            {QStringLiteral("name"), QStringLiteral("甲局")}}}}}}};
    CHECK(lines(describeChanges(changes)) ==
          QStringList{QStringLiteral("Applicant 张三, Name: 张三 → 张叁")});
}
