#include "demo/demogenerator.h"
#include "domain/vocabulary.h"
#include "store/store.h"
#include "support/samplecase.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace huajie;

TEST_CASE("Demo data is valid and varied and repeatable", "[demo]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(store.ok());
    auto added = loadDemoData(*store.value(), 1000, 7, test::kToday);
    REQUIRE(added.ok());
    CHECK(added.value() == 1000);

    auto rows = store.value()->cases().summaries().value();
    REQUIRE(rows.size() == 1000);
    QSet<QString> states;
    QSet<QString> sources;
    for (const CaseSummary &s : rows) {
        states.insert(s.state);
        sources.insert(s.source);
        CHECK(s.registeredOn <= test::kToday);
        CHECK(s.registeredOn >= test::kToday.addDays(-730));
    }
    CHECK(states.size() == vocab::caseStates().codes().size());
    CHECK(sources.size() == ProfileVocabularies::defaults().sourceChannels.codes().size());

    const auto first = DemoGenerator(7, test::kToday).cases(20);
    const auto again = DemoGenerator(7, test::kToday).cases(20);
    REQUIRE(first.size() == again.size());
    for (int i = 0; i < first.size(); ++i) {
        CHECK(first[i].record == again[i].record);
        REQUIRE(first[i].steps.size() == again[i].steps.size());
        for (int s = 0; s < first[i].steps.size(); ++s)
            CHECK(first[i].steps[s].input == again[i].steps[s].input);
    }
}
