#include "batchdocumentdialog.h"
#include "casedocumentsview.h"
#include "casepanel.h"
#include "clock.h"
#include "documentpreviewdialog.h"
#include "documents/documentcomposer.h"
#include "mainwindow.h"
#include "servicedialog.h"
#include "store/store.h"
#include "support/modal.h"
#include "support/samplecase.h"
#include "support/widgets.h"
#include "vocabularycombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace huajie;
using test::child;
using test::screenshot;

namespace {
QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished());
    INFO(pdftotext.readAllStandardError().toStdString());
    CHECK(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput())
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

QAction *menuEntry(QToolButton *button, const QString &text)
{
    for (QAction *action : button->menu()->actions())
        if (action->text() == text)
            return action;
    FAIL("no menu entry " << text.toStdString());
    return nullptr;
}

struct DocumentsDesk
{
    test::TempDatabase file;
    std::unique_ptr<Store> store;
    std::unique_ptr<MainWindow> window;
    qint64 caseId = 0;

    DocumentsDesk()
    {
        Clock::setToday(test::kToday);
        store = Store::open(file.path(), StoreAccess::Create).value();
        REQUIRE(
            store->settings()
                .setValue(CenterSetting::CenterName, QStringLiteral("石嘴山市行政争议协调化解中心"))
                .ok());
        caseId = store->cases().registerCase(test::sampleCase(), test::kToday).value().id;
        window = std::make_unique<MainWindow>(*store);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->openCase(caseId);
        auto *tabs = child<QTabWidget>(window->findChild<CasePanel *>(), "caseTabs");
        tabs->setCurrentWidget(window->findChild<CaseDocumentsView *>());
    }

    QTreeWidget *list() const { return child<QTreeWidget>(window.get(), "caseDocuments"); }
};
} // namespace

TEST_CASE("A notice is previewed from the case then issued by saving it as PDF and found again",
          "[ui][gui][documents]")
{
    DocumentsDesk desk;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("notice.pdf"));
    auto *newDocument = child<QToolButton>(desk.window.get(), "newDocument");
    test::withModal<DocumentPreviewDialog>(
        [&] { menuEntry(newDocument, QStringLiteral("Notice to the agency"))->trigger(); },
        [&](DocumentPreviewDialog *preview) {
            CHECK(child<QLabel>(preview, "documentBanner")
                      ->text()
                      .contains(QStringLiteral("preview")));
            screenshot(preview, "document-preview");
            test::withModal<QFileDialog>(
                [&] {
                    QTest::mouseClick(child<QPushButton>(preview, "saveDocument"), Qt::LeftButton);
                },
                [&](QFileDialog *files) {
                    // The dialog lists its folder in the background and then
                    // selects the suggested name again: type the name instead.
                    auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                    REQUIRE(name);
                    name->setText(path);
                    static_cast<QDialog *>(files)->accept();
                });
            CHECK(preview->errorText().isEmpty());
            REQUIRE(preview->issued().has_value());
            CHECK(preview->issued()->number == QStringLiteral("（2026）化解通字第1号"));
        });
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("行政争议协调化解通知书")));
    CHECK(text.contains(QStringLiteral("石嘴山市自然资源局：")));
    CHECK(text.contains(QStringLiteral("石嘴山市行政争议协调化解中心")));
    // Its foot carries where the event log stood when it was issued.
    const IssuedDocument issued = desk.store->documents().load(1).value();
    REQUIRE(issued.anchor.has_value());
    CHECK(text.contains(QStringLiteral("记录锚点") + issued.anchor->toText())); // spaces removed

    // The issued notice is in the case's documents and reopens as issued.
    REQUIRE(desk.list()->topLevelItemCount() == 1);
    CHECK(desk.list()->topLevelItem(0)->text(1) == QStringLiteral("（2026）化解通字第1号"));
    desk.list()->setCurrentItem(desk.list()->topLevelItem(0));
    test::withModal<DocumentPreviewDialog>(
        [&] {
            QTest::mouseClick(child<QPushButton>(desk.window.get(), "openDocument"),
                              Qt::LeftButton);
        },
        [&](DocumentPreviewDialog *reopened) {
            CHECK(child<QLabel>(reopened, "documentBanner")
                      ->text()
                      .contains(QStringLiteral("as it was issued")));
            CHECK(reopened->issued()->id == 1);
        });
}

TEST_CASE("Serving the notice on the agency moves the case on and its receipt is recorded later",
          "[ui][gui][documents]")
{
    DocumentsDesk desk;
    REQUIRE(desk.store->documents()
                .issue(
                    desk.store->cases().load(desk.caseId).value(), QStringLiteral("notice"),
                    [](const QString &n) -> Result<QString> { return n; }, Clock::now())
                .ok());
    desk.window->findChild<CasePanel *>()->showCase(desk.caseId);
    REQUIRE(desk.list()->topLevelItemCount() == 1);
    desk.list()->setCurrentItem(desk.list()->topLevelItem(0));

    // By post without a tracking number: refused, the dialog stays, nothing is kept.
    test::withModal<ServiceDialog>(
        [&] {
            QTest::mouseClick(child<QPushButton>(desk.window.get(), "recordService"),
                              Qt::LeftButton);
        },
        [&](ServiceDialog *dialog) {
            CHECK(child<QComboBox>(dialog, "recipient")->currentText() ==
                  QStringLiteral("石嘴山市自然资源局"));
            child<VocabularyCombo>(dialog, "method")->setCode(QStringLiteral("post"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveService"), Qt::LeftButton);
            CHECK(dialog->isVisible());
            CHECK(dialog->errorText().contains(QStringLiteral("Tracking number")));
            child<QLineEdit>(dialog, "trackingNumber")->setText(QStringLiteral("EMS1234567890"));
            screenshot(dialog, "service");
            QTest::mouseClick(child<QPushButton>(dialog, "saveService"), Qt::LeftButton);
            INFO(dialog->errorText().toStdString());
            CHECK(dialog->isHidden());
        });
    CHECK(desk.store->cases().load(desk.caseId).value().state == QStringLiteral("agency_notified"));
    QTreeWidgetItem *service = desk.list()->topLevelItem(0)->child(0);
    REQUIRE(service != nullptr);
    CHECK(service->text(3) == QStringLiteral("not yet received"));

    desk.list()->setCurrentItem(service);
    test::withModal<ReceiptDialog>(
        [&] {
            QTest::mouseClick(child<QPushButton>(desk.window.get(), "recordReceipt"),
                              Qt::LeftButton);
        },
        [&](ReceiptDialog *dialog) {
            QTest::mouseClick(child<QPushButton>(dialog, "saveReceipt"), Qt::LeftButton);
            INFO(dialog->errorText().toStdString());
            CHECK(dialog->isHidden());
        });
    CHECK(desk.store->cases().load(desk.caseId).value().progress.noticeReceivedOn == test::kToday);
    CHECK(desk.list()->topLevelItem(0)->child(0)->text(3) == QStringLiteral("received 2026-11-25"));
    screenshot(desk.window.get(), "case-documents");
}

TEST_CASE("Notices for the selected cases are issued in one batch with a progress dialog",
          "[ui][gui][documents]")
{
    DocumentsDesk desk;
    for (int i = 0; i < 2; ++i)
        desk.store->cases().registerCase(test::sampleCase(), test::kToday).value();
    desk.window->reloadCases();
    desk.window->showCaseList();
    QTableView *cases = desk.window->caseView();
    cases->selectAll();
    REQUIRE(desk.window->selectedCaseIds().size() == 3);
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("文书/通知"));
    test::withModal<BatchDocumentDialog>(
        [&] {
            desk.window->findChild<QAction *>(QStringLiteral("actionBatchDocuments"))->trigger();
        },
        [&](BatchDocumentDialog *dialog) {
            dialog->setKind(QStringLiteral("notice"));
            // A folder not there yet is made when the user agrees.
            dialog->setFolder(folder);
            test::withModal<QMessageBox>(
                [&] {
                    QTest::mouseClick(child<QPushButton>(dialog, "issueBatch"), Qt::LeftButton);
                },
                [](QMessageBox *box) {
                    CHECK(box->text().contains(QStringLiteral("does not exist")));
                    box->button(QMessageBox::Yes)->click();
                });
            CHECK(dialog->outcome().issued == 3);
            CHECK(dialog->resultText().contains(QStringLiteral("3 of 3")));
            screenshot(dialog, "batch");
        });
    // Named by the case's number and the document's own title.
    const QStringList pdfs = QDir(folder).entryList({QStringLiteral("*.pdf")});
    CHECK(pdfs.size() == 3);
    for (const QString &name : pdfs)
        CHECK(name.contains(QRegularExpression(
            QStringLiteral("^（2026）化解字第\\d+号 行政争议协调化解通知书\\.pdf$"))));
}

TEST_CASE("A document whose text and hash were replaced together shows as changed",
          "[ui][gui][documents]")
{
    DocumentsDesk desk;
    const CaseRecord record = desk.store->cases().load(desk.caseId).value();
    REQUIRE(
        DocumentComposer(*desk.store).issue(record, QStringLiteral("notice"), Clock::now()).ok());
    const QString forged = QStringLiteral("<p>另一份通知</p>");
    QSqlQuery q(desk.store->connection());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER documents_are_kept_update")));
    REQUIRE(q.exec(QStringLiteral("UPDATE documents SET html = '%1', sha256 = '%2'")
                       .arg(forged, IssuedDocument::hashOf(forged))));
    desk.window->findChild<CaseDocumentsView *>()->showCase(record);
    REQUIRE(desk.list()->topLevelItemCount() == 1);
    desk.list()->setCurrentItem(desk.list()->topLevelItem(0));
    test::withModal<DocumentPreviewDialog>(
        [&] {
            QTest::mouseClick(child<QPushButton>(desk.window.get(), "openDocument"),
                              Qt::LeftButton);
        },
        [&](DocumentPreviewDialog *reopened) {
            CHECK(child<QLabel>(reopened, "documentBanner")
                      ->text()
                      .contains(QStringLiteral("changed after it was issued")));
        });
}
