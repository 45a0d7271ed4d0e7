#include "caseformdialog.h"
#include "clock.h"
#include "directorydialog.h"
#include "io/changedescription.h"
#include "partytablemodel.h"
#include "store/store.h"
#include "support/samplecase.h"
#include "support/widgets.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

using namespace huajie;
using test::child;

namespace {
// Answers the modal dialogs that show while it lives, each with the next
// answer, in turn, as a user would.
class Answers
{
public:
    explicit Answers(QList<std::function<void(QWidget *)>> answers) : m_answers(std::move(answers))
    {
        m_look.setInterval(10);
        QObject::connect(&m_look, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || m_next >= m_answers.size())
                return;
            m_last = modal;
            m_answers[m_next++](modal);
        });
        m_look.start();
    }
    int answered() const { return m_next; }

private:
    QList<std::function<void(QWidget *)>> m_answers;
    QTimer m_look;
    QPointer<QWidget> m_last;
    int m_next = 0;
};

// Clicks the button of a message box whose text is `text`.
void click(QWidget *modal, const QString &text)
{
    auto *box = qobject_cast<QMessageBox *>(modal);
    REQUIRE(box != nullptr);
    for (QAbstractButton *button : box->buttons())
        if (button->text() == text) {
            button->click();
            return;
        }
    FAIL("no button " << text.toStdString() << " in: " << box->text().toStdString());
}

QStringList agencies(Store &store)
{
    return store.directories().names(DirectoryKind::Agencies).value();
}

void typeAgency(CaseFormDialog &form, int row, const QString &name)
{
    QAbstractItemModel *parties = child<QTableView>(&form, "partyTable")->model();
    REQUIRE(parties->data(parties->index(row, PartyTableModel::Role), PartyTableModel::CodeRole) ==
            QStringLiteral("agency"));
    parties->setData(parties->index(row, PartyTableModel::Name), name);
}
} // namespace

TEST_CASE("A misspelt agency typed in the form is asked about and the near name is taken",
          "[ui][gui][directories]")
{
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    const CaseRecord sample = store->cases().registerCase(test::sampleCase(), test::kToday).value();
    const QStringList before = agencies(*store);
    REQUIRE(before.size() == 2);

    {
        CaseFormDialog form(*store, sample);
        form.show();
        typeAgency(form, 2, QStringLiteral("石嘴山市自然资原局"));
        QString asked;
        Answers answers({[&](QWidget *modal) {
            asked = qobject_cast<QMessageBox *>(modal)->text();
            click(modal, QStringLiteral("Use \"石嘴山市自然资源局\""));
        }});
        QTest::mouseClick(child<QPushButton>(&form, "saveButton"), Qt::LeftButton);
        CHECK(answers.answered() == 1);
        CHECK(asked.contains(QStringLiteral("石嘴山市自然资原局")));
        CHECK_FALSE(form.isVisible());
    }
    // Nothing new in the directory, and the case names the agency it meant.
    CHECK(agencies(*store) == before);
    CHECK(store->cases().load(sample.id).value().parties[2].name ==
          QStringLiteral("石嘴山市自然资源局"));

    // A name that is really new: back to the form first, then added.
    const int events = int(store->cases().history(sample.id).value().size());
    CaseFormDialog form(*store, store->cases().load(sample.id).value());
    form.show();
    typeAgency(form, 3, QStringLiteral("平罗县人民政府"));
    {
        Answers answers({[](QWidget *modal) {
            click(modal, QStringLiteral("Back to the form"));
        }});
        QTest::mouseClick(child<QPushButton>(&form, "saveButton"), Qt::LeftButton);
        CHECK(answers.answered() == 1);
    }
    CHECK(form.isVisible());
    CHECK(agencies(*store) == before);
    CHECK(store->cases().history(sample.id).value().size() == events);
    {
        Answers answers({[](QWidget *modal) {
            click(modal, QStringLiteral("Add \"平罗县人民政府\" to the directory"));
        }});
        QTest::mouseClick(child<QPushButton>(&form, "saveButton"), Qt::LeftButton);
        CHECK(answers.answered() == 1);
    }
    CHECK_FALSE(form.isVisible());
    CHECK(agencies(*store).contains(QStringLiteral("平罗县人民政府")));
    Clock::setToday({});
}

TEST_CASE("Two agencies are merged in the directories dialog and their cases move with a record",
          "[ui][gui][directories]")
{
    test::TempDatabase file;
    auto store = Store::open(file.path(), StoreAccess::Create).value();
    store->cases().registerCase(test::sampleCase(), test::kToday).value();
    CaseRecord misspelt = test::sampleCase();
    misspelt.parties[2].name = QStringLiteral("石嘴山市自然资原局");
    const qint64 moved = store->cases().registerCase(misspelt, test::kToday).value().id;
    REQUIRE(agencies(*store).size() == 3);

    DirectoryDialog dialog(*store);
    dialog.show();
    auto *page = child<QWidget>(&dialog, "agencies");
    auto *view = page->findChild<QTableView *>();
    REQUIRE(view != nullptr);
    const QModelIndexList rows =
        view->model()->match(view->model()->index(0, 0), Qt::DisplayRole,
                             QStringLiteral("石嘴山市自然资原局"), 1, Qt::MatchExactly);
    REQUIRE(rows.size() == 1);
    view->setCurrentIndex(rows.first());

    QStringList offered;
    Answers answers({[&](QWidget *modal) {
                         auto *input = qobject_cast<QInputDialog *>(modal);
                         REQUIRE(input != nullptr);
                         offered = input->comboBoxItems();
                         input->setTextValue(offered.value(0));
                         input->accept();
                     },
                     [](QWidget *modal) {
                         qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click();
                     },
                     [](QWidget *modal) {
                         qobject_cast<QMessageBox *>(modal)->accept();
                     }});
    QTest::mouseClick(child<QPushButton>(page, "mergeEntry"), Qt::LeftButton);
    CHECK(answers.answered() == 3);
    // The closest name is offered first.
    REQUIRE_FALSE(offered.isEmpty());
    CHECK(offered.first() == QStringLiteral("石嘴山市自然资源局"));

    CHECK(agencies(*store).size() == 2);
    CHECK_FALSE(agencies(*store).contains(QStringLiteral("石嘴山市自然资原局")));
    CHECK(view->model()->rowCount() == 2);
    CHECK(store->cases().load(moved).value().parties[2].name ==
          QStringLiteral("石嘴山市自然资源局"));
    const CaseEvent last = store->cases().history(moved).value().last();
    CHECK(last.action == QStringLiteral("merge_directory"));
    const auto changes = describeEventChanges(last.action, last.changes);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().text() ==
          QStringLiteral("Respondent agency: 石嘴山市自然资原局 → 石嘴山市自然资源局"));
    CHECK(store->events().verify().value().intact());
}
