#include "documents/chinesedate.h"
#include "documents/documenttemplate.h"

#include <catch2/catch.hpp>

using namespace huajie;

namespace {
QVariantMap data()
{
    QVariantList applicants;
    applicants.append(QVariantMap{{QStringLiteral("name"), QStringLiteral("张三")},
                                  {QStringLiteral("agents"), QVariantList{}}});
    applicants.append(QVariantMap{
        {QStringLiteral("name"), QStringLiteral("<李四> & Co")},
        {QStringLiteral("agents"),
         QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("王律师")}}}}});
    return {{QStringLiteral("case"),
             QVariantMap{{QStringLiteral("number"), QStringLiteral("（2026）化解字第15号")},
                         {QStringLiteral("registeredOn"), QDate(2026, 11, 23)},
                         {QStringLiteral("judge"), QString()}}},
            {QStringLiteral("center"), QStringLiteral("石嘴山市行政争议协调化解中心")},
            {QStringLiteral("applicants"), applicants}};
}

QString render(const QString &text)
{
    auto parsed = DocumentTemplate::parse(text, QStringLiteral("test.html"));
    REQUIRE(parsed.ok());
    auto rendered = parsed.value().render(data());
    REQUIRE(rendered.ok());
    return rendered.value();
}

Error parseError(const QString &text)
{
    auto parsed = DocumentTemplate::parse(text, QStringLiteral("bad.html"));
    REQUIRE_FALSE(parsed.ok());
    return parsed.error();
}
} // namespace

TEST_CASE("Chinese dates for the body and for the signature", "[documents]")
{
    CHECK(chineseDate(QDate(2026, 11, 23)) == QStringLiteral("2026年11月23日"));
    CHECK(chineseNumeralDate(QDate(2026, 11, 23)) == QStringLiteral("二〇二六年十一月二十三日"));
    CHECK(chineseNumeralDate(QDate(2020, 10, 1)) == QStringLiteral("二〇二〇年十月一日"));
    CHECK(chineseNumeralDate(QDate(2019, 12, 31)) == QStringLiteral("二〇一九年十二月三十一日"));
    CHECK(chineseNumeralDate(QDate(2007, 2, 10)) == QStringLiteral("二〇〇七年二月十日"));
    CHECK(chineseNumeralDate(QDate(2025, 1, 20)) == QStringLiteral("二〇二五年一月二十日"));
}

TEST_CASE("Fields, dates, conditions and repeated sections fill in", "[documents]")
{
    CHECK(render(QStringLiteral("{{ case.number }}")) == QStringLiteral("（2026）化解字第15号"));
    CHECK(render(QStringLiteral("{{case.registeredOn | date}}")) ==
          QStringLiteral("2026年11月23日"));
    CHECK(render(QStringLiteral("{{case.registeredOn|cndate}}")) ==
          QStringLiteral("二〇二六年十一月二十三日"));
    CHECK(render(QStringLiteral("{{#if case.judge}}法官{{else}}无法官{{/if}}")) ==
          QStringLiteral("无法官"));
    CHECK(render(QStringLiteral("{{#each applicants}}{{@index}}.{{name}}{{#each "
                                "agents}}（{{name}}代理）{{/each}};{{/each}}")) ==
          QStringLiteral("1.张三;2.&lt;李四&gt; &amp; Co（王律师代理）;"));
    // Inside a section, outer names are still in reach.
    CHECK(render(QStringLiteral("{{#each applicants}}{{center}}{{/each}}")) ==
          QStringLiteral("石嘴山市行政争议协调化解中心石嘴山市行政争议协调化解中心"));
}

TEST_CASE("Syntax errors are refused with file and line", "[documents]")
{
    const Error unclosed =
        parseError(QStringLiteral("第一行\n第二行 {{#if case.judge}}\n没有结束"));
    CHECK(unclosed.field == QStringLiteral("bad.html:2"));
    CHECK(unclosed.message.contains(QStringLiteral("not closed")));
    CHECK(parseError(QStringLiteral("a\nb\nc {{case.number")).field ==
          QStringLiteral("bad.html:3"));
    CHECK(
        parseError(QStringLiteral("{{/each}}")).message.contains(QStringLiteral("closes nothing")));
    CHECK(parseError(QStringLiteral("{{#each a}}{{/if}}"))
              .message.contains(QStringLiteral("closes nothing")));
    CHECK(parseError(QStringLiteral("{{else}}")).message.contains(QStringLiteral("outside")));
    CHECK(parseError(QStringLiteral("{{case.number | upper}}"))
              .message.contains(QStringLiteral("not a filter")));
    CHECK(parseError(QStringLiteral("{{case number}}"))
              .message.contains(QStringLiteral("not a field name")));
}

TEST_CASE("A field the data does not have is refused and nothing is rendered", "[documents]")
{
    auto parsed = DocumentTemplate::parse(
        QStringLiteral("第一行\n{{case.number}}\n{{case.nmuber}}"), QStringLiteral("notice.html"));
    REQUIRE(parsed.ok());
    auto rendered = parsed.value().render(data());
    REQUIRE_FALSE(rendered.ok());
    CHECK(rendered.error().field == QStringLiteral("notice.html:3"));
    CHECK(rendered.error().message.contains(QStringLiteral("case.nmuber")));
    CHECK_FALSE(parsed.value().render(data()).ok());
    auto list = DocumentTemplate::parse(QStringLiteral("{{applicants}}"), QStringLiteral("x.html"));
    CHECK_FALSE(list.value().render(data()).ok());
}

TEST_CASE("A template that nests too deep or grows without end is refused", "[documents]")
{
    // Run through fuzz/fuzz_template.cpp before the limits: thousands of
    // nested sections overflowed the stack, and as each level of an
    // {{#each}} nested in itself repeats every inner one, 30 levels over two
    // applicants (2^30 renderings) never finished.
    const auto nested = [](const QString &open, const QString &close, int depth) {
        return open.repeated(depth) + QStringLiteral("x") + close.repeated(depth);
    };
    const QString ifOpen = QStringLiteral("{{#if case}}");
    const QString ifClose = QStringLiteral("{{/if}}");
    CHECK(render(nested(ifOpen, ifClose, 32)) == QStringLiteral("x"));
    const Error deep = parseError(QStringLiteral("\n") + nested(ifOpen, ifClose, 20000));
    CHECK(deep.field == QStringLiteral("bad.html:2"));
    CHECK(deep.message.contains(QStringLiteral("nested")));

    const QString eachOpen = QStringLiteral("{{#each applicants}}");
    const QString eachClose = QStringLiteral("{{/each}}");
    CHECK(render(nested(eachOpen, eachClose, 10)).size() == 1024);
    auto runaway =
        DocumentTemplate::parse(nested(eachOpen, eachClose, 30), QStringLiteral("x.html"));
    REQUIRE(runaway.ok());
    const auto rendered = runaway.value().render(data());
    REQUIRE_FALSE(rendered.ok());
    CHECK(rendered.error().message.contains(QStringLiteral("too large")));
    CHECK(rendered.error().field == QStringLiteral("x.html:1"));
}
