// The desk offers the lists of the center's profile: the registration
// form's sources and grounds, the list's source filter, the reasons to
// terminate; a case recorded under another profile keeps showing its code.
#include "actiondialog.h"
#include "caseformdialog.h"
#include "clock.h"
#include "domain/vocabulary.h"
#include "lifecycle/lifecycle.h"
#include "store/store.h"
#include "support/samplecase.h"
#include "support/widgets.h"
#include "vocabularycombo.h"

#include <catch2/catch.hpp>

using namespace huajie;
using test::child;

namespace {
QStringList codesOf(const QComboBox *combo)
{
    QStringList codes;
    for (int i = 0; i < combo->count(); ++i)
        codes << combo->itemData(i).toString();
    return codes;
}
} // namespace

TEST_CASE("The case form offers the sources and grounds of the center's profile",
          "[ui][vocabularies]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto opened = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    REQUIRE(store.chooseProfile(QStringLiteral("zhongxiang")).ok());
    {
        CaseFormDialog form(store);
        auto *source = child<VocabularyCombo>(&form, "source");
        CHECK(codesOf(source) == QStringList{QString(), "court_pre_filing", "court_in_trial",
                                             "petition", "administrative_mediation",
                                             "procuratorate", "administrative_adjudication",
                                             "reconsideration"});
        CHECK(source->itemText(4) == QStringLiteral("Administrative mediation"));
        auto *ground = child<VocabularyCombo>(&form, "suitabilityGround");
        CHECK(codesOf(ground) == QStringList{QString(), "settlement_allowed",
                                             "settlement_requested", "many_parties", "major_loss",
                                             "real_interests", "other_settleable"});
    }

    REQUIRE(store.chooseProfile(QStringLiteral("lushan")).ok());
    CaseRecord recorded = test::sampleCase();
    recorded.source = QStringLiteral("court_in_trial");
    recorded.suitabilityGround = QStringLiteral("judgment_no_remedy");
    auto registered = store.cases().registerCase(recorded, test::kToday);
    REQUIRE(registered.ok());
    {
        CaseFormDialog form(store);
        CHECK(codesOf(child<VocabularyCombo>(&form, "suitabilityGround")).size() == 7);
        CHECK(codesOf(child<VocabularyCombo>(&form, "source")) ==
              QStringList{QString(), "reconsideration", "court_in_trial", "procuratorate"});
    }

    // Under Shizuishan the Lushan case still shows, and saves, its ground.
    REQUIRE(store.chooseProfile(QStringLiteral("shizuishan")).ok());
    CaseFormDialog edit(store, registered.value());
    auto *ground = child<VocabularyCombo>(&edit, "suitabilityGround");
    CHECK(ground->code() == QStringLiteral("judgment_no_remedy"));
    CHECK(ground->currentText() ==
          vocab::suitabilityGrounds().label(QStringLiteral("judgment_no_remedy")));
    CHECK(codesOf(ground).size() == 1 + 9 + 1);
    edit.accept();
    CHECK(edit.errorText().isEmpty());
    CHECK(edit.result() == QDialog::Accepted);
}

TEST_CASE("The terminate action offers the reasons of the center's profile", "[ui][vocabularies]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto opened = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    REQUIRE(store.chooseProfile(QStringLiteral("wenxian")).ok());
    CaseRecord c = test::sampleCase();
    c.suitabilityGround = QStringLiteral("settlement_requested");
    auto registered = store.cases().registerCase(c, test::kToday);
    REQUIRE(registered.ok());
    ActionDialog dialog(store, registered.value(), *Lifecycle::find(QStringLiteral("terminate")));
    auto *reason = dialog.findChild<VocabularyCombo *>();
    REQUIRE(reason);
    CHECK(codesOf(reason) == QStringList{QString(), "unwilling", "no_agreement"});
}
