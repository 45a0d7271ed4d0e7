#include "documents/documentdata.h"
#include "documents/documentlibrary.h"
#include "support/samplecase.h"

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
QString fill(const char *id)
{
    auto document = DocumentLibrary::load(QString::fromLatin1(id));
    INFO(id << ": " << (document.ok() ? std::string() : document.error().describe().toStdString()));
    REQUIRE(document.ok());
    CaseRecord c = test::sampleCase();
    c.number = QStringLiteral("（2026）化解字第15号");
    auto filled = document.value().render(
        documentData(c, DocumentContext{QStringLiteral("石嘴山市行政争议协调化解中心"),
                                        QStringLiteral("0952-2011111"),
                                        test::kToday,
                                        QStringLiteral("（2026）化解通字第5号"),
                                        {}}));
    INFO((filled.ok() ? std::string() : filled.error().describe().toStdString()));
    REQUIRE(filled.ok());
    return filled.value();
}
} // namespace

TEST_CASE("Every shipped document fills from a case", "[documents]")
{
    for (const DocumentKind &kind : DocumentLibrary::kinds()) {
        INFO(kind.id);
        CHECK_FALSE(fill(kind.id).isEmpty());
    }
}

TEST_CASE("The notice keeps the wording of the form and fills its blanks", "[documents]")
{
    const QString notice = fill("notice");
    CHECK(notice.contains(QStringLiteral("行政争议协调化解通知书")));
    CHECK(notice.contains(QStringLiteral("（2026）化解字第15号")));
    CHECK(notice.contains(QStringLiteral("石嘴山市自然资源局：")));
    CHECK(notice.contains(QStringLiteral("本中心于2026年11月20日收到张三、石嘴山市星海物流有限公司"
                                         "与石嘴山市自然资源局、大武口区人民政府一案")));
    CHECK(notice.contains(QStringLiteral("自收到本通知书之日起3个工作日内")));
    CHECK(notice.contains(QStringLiteral("联系人（主办人）：赵志明")));
    CHECK(notice.contains(QStringLiteral("联系号码：0952-2011111")));
    CHECK(notice.contains(QStringLiteral("二〇二六年十一月二十五日")));
}

TEST_CASE("The power of attorney speaks Chinese whatever the interface speaks", "[documents]")
{
    const QString power = fill("power-of-attorney");
    CHECK(power.contains(QStringLiteral("委 托 人：张三")));
    CHECK(power.contains(QStringLiteral("代理人李律师的代理权限为：特别授权")));
    CHECK(power.contains(QStringLiteral(
        "特别授权：代为申请再审；承认、变更、放弃诉讼请求；进行调解、和解；签收法律文书等。")));
}

TEST_CASE("A power of attorney with no agent yet is a form to fill in by hand", "[documents]")
{
    auto document = DocumentLibrary::load(QStringLiteral("power-of-attorney"));
    REQUIRE(document.ok());
    CaseRecord c = test::sampleCase();
    c.parties[0].attendsInPerson = true;
    c.parties[0].agents.clear();
    auto filled = document.value().render(documentData(
        c, DocumentContext{QStringLiteral("中心"), QString(), test::kToday, QString(), {}}));
    REQUIRE(filled.ok());
    CHECK(filled.value().contains(QStringLiteral("委 托 人：张三")));
    CHECK(filled.value().contains(QStringLiteral("受 委 托 人 姓 名：</p>")));
}

TEST_CASE("An unknown document is refused with the list of documents", "[documents]")
{
    auto missing = DocumentLibrary::load(QStringLiteral("letter"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("notice")));
}
