#include "mainwindow.h"

#include "backuptodialog.h"
#include "batchdocumentdialog.h"
#include "calendardialog.h"
#include "casefilterproxy.h"
#include "caseformdialog.h"
#include "caselistmodel.h"
#include "casepanel.h"
#include "casesearchrunner.h"
#include "clock.h"
#include "demo/demogenerator.h"
#include "deskview.h"
#include "directorydialog.h"
#include "domain/vocabulary.h"
#include "io/backupcipher.h"
#include "logindialog.h"
#include "reportview.h"
#include "scheduleview.h"
#include "screenfit.h"
#include "settingsdialog.h"
#include "store/backups.h"
#include "store/casesearch.h"
#include "store/encryptedbackups.h"
#include "store/store.h"
#include "usersdialog.h"
#include "vocabularycombo.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

Q_LOGGING_CATEGORY(lcCaseList, "huajie.ui.caselist", QtInfoMsg)

namespace huajie {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_model(new CaseListModel(this)),
      m_proxy(new CaseFilterProxy(m_model, this)), m_view(new QTableView(this)),
      m_detail(new CasePanel(store, this)), m_desk(new DeskView(store, this)),
      m_schedule(new ScheduleView(store, *m_desk, this)), m_statistics(new ReportView(store, this)),
      m_pages(new QTabWidget(this)), m_status(new QLabel(this)),
      m_textSearch(new CaseSearchRunner(store.path(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The program's name follows, as Qt adds it to every window's title.
    setWindowTitle(store.centerName());

    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several cases at once, for a batch of documents.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and column widths: nothing is measured per row, so
    // 100,000 rows show at once.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {190, 100, 110, 150, 180, 240, 260, 90};
    for (int c = 0; c < CaseListModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseListModel::Number, Qt::DescendingOrder);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(6, 6, 0, 0);
    listLayout->addWidget(buildFilterBar());
    listLayout->addWidget(m_view);

    m_caseSplitter = new QSplitter(this);
    m_caseSplitter->setObjectName(QStringLiteral("caseSplitter"));
    m_caseSplitter->addWidget(listPane);
    m_caseSplitter->addWidget(m_detail);
    m_caseSplitter->setStretchFactor(0, 3);
    m_caseSplitter->setStretchFactor(1, 1);
    m_caseSplitter->setSizes({880, 520});
    // The window opens on the desk: what is due comes first.
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addTab(m_desk, tr("Desk"));
    m_pages->addTab(m_caseSplitter, tr("Cases"));
    m_pages->addTab(m_schedule, tr("Schedule"));
    m_pages->addTab(m_statistics, tr("Statistics"));
    // Counted when first looked at, and again whenever it is shown.
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_statistics)
            m_statistics->recount();
    });
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);
    statusBar()->addWidget(m_status, 1);

    buildActions();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentCase);
    connect(m_view, &QTableView::activated, this, &MainWindow::editCurrentCase);
    // An action changes the case's state: the list shows it at once.
    connect(m_detail, &CasePanel::caseChanged, this, &MainWindow::reloadCases);
    connect(m_desk, &DeskView::openCase, this, &MainWindow::openCase);
    connect(m_schedule, &ScheduleView::openCase, this, &MainWindow::openCase);
    connect(m_statistics, &ReportView::openCase, this, &MainWindow::openCase);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    restoreLayout();
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveLayout);
    reloadCases();
}

namespace {
// Where the window's layout is kept (QSettings), and the parts it has.
const QString kLayoutGroup = QStringLiteral("mainWindow");

// A header is kept with its number of columns: a newer version with other
// columns starts from its own widths.
QString headerKey(const char *name, const QHeaderView *header)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(name)).arg(header->count());
}
} // namespace

QList<std::pair<const char *, QSplitter *>> MainWindow::splitters() const
{
    return {{"caseSplitter", m_caseSplitter},
            {"deskSplitter", m_desk->splitter()},
            {"scheduleSplitter", m_schedule->splitter()}};
}

QList<std::pair<const char *, QHeaderView *>> MainWindow::headers() const
{
    return {{"caseColumns", m_view->horizontalHeader()}, {"deskColumns", m_desk->header()}};
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(kLayoutGroup);
    const QRect room = screen()->availableGeometry();
    if (restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // Kept on a larger screen than this one: brought within it.
        if (!isMaximized() && sizeOnScreen(this, size()) != size()) {
            resize(sizeOnScreen(this, size()));
            move(room.topLeft());
        }
    } else {
        const QSize wanted(1400, 820);
        // On a laptop the desk takes the whole screen; on a larger one, what it needs.
        if (wanted.width() > room.width() * 9 / 10 || wanted.height() > room.height() * 9 / 10)
            setWindowState(Qt::WindowMaximized);
        else
            resize(wanted);
    }
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    for (const auto &[name, splitter] : splitters())
        splitter->restoreState(settings.value(QLatin1String(name)).toByteArray());
    for (const auto &[name, header] : headers())
        header->restoreState(settings.value(headerKey(name, header)).toByteArray());
    m_pages->setCurrentIndex(settings.value(QStringLiteral("page"), 0).toInt());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(kLayoutGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    for (const auto &[name, splitter] : splitters())
        settings.setValue(QLatin1String(name), splitter->saveState());
    for (const auto &[name, header] : headers())
        settings.setValue(headerKey(name, header), header->saveState());
    settings.setValue(QStringLiteral("page"), m_pages->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::buildActions()
{
    auto *caseMenu = menuBar()->addMenu(tr("&Case"));
    auto *newCase = caseMenu->addAction(tr("&Register a case…"), this, &MainWindow::registerCase);
    newCase->setObjectName(QStringLiteral("actionRegister"));
    newCase->setShortcut(QKeySequence::New);
    auto *edit = caseMenu->addAction(tr("&Edit case…"), this, &MainWindow::editCurrentCase);
    edit->setShortcut(Qt::CTRL | Qt::Key_E);
    auto *batch = caseMenu->addAction(tr("Issue a document for the selected cases…"), this,
                                      &MainWindow::issueForSelection);
    batch->setObjectName(QStringLiteral("actionBatchDocuments"));
    caseMenu->addSeparator();
    caseMenu->addActions(m_detail->correctionActions());
    caseMenu->addSeparator();
    auto *refresh = caseMenu->addAction(tr("Re&fresh"), this, &MainWindow::reloadCases);
    refresh->setShortcut(QKeySequence::Refresh);
    caseMenu->addSeparator();
    auto *quit = caseMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    // A read-only desk (another holds the database for writing) offers
    // nothing that writes; what is left refuses a change with that reason.
    if (m_store.readOnly())
        for (QAction *writes : {newCase, edit, batch})
            writes->setEnabled(false);

    auto *tools = menuBar()->addMenu(tr("&Tools"));
    auto *directories = tools->addAction(tr("&Directories…"), this, &MainWindow::showDirectories);
    directories->setObjectName(QStringLiteral("actionDirectories"));
    tools->addAction(tr("Holiday &calendar…"), this, &MainWindow::showCalendar)
        ->setObjectName(QStringLiteral("actionCalendar"));
    tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings)
        ->setObjectName(QStringLiteral("actionSettings"));
    tools->addAction(tr("&Users…"), this, &MainWindow::showUsers)
        ->setObjectName(QStringLiteral("actionUsers"));
    tools->addSeparator();
    tools->addAction(tr("&Back up now"), this, &MainWindow::backUpNow)
        ->setObjectName(QStringLiteral("actionBackUp"));
    tools->addAction(tr("Back up &to…"), this, &MainWindow::backUpTo)
        ->setObjectName(QStringLiteral("actionBackUpTo"));
    tools->addAction(tr("&Restore a backup…"), this, &MainWindow::chooseBackupToRestore)
        ->setObjectName(QStringLiteral("actionRestore"));
    tools->addAction(tr("Load de&mo data…"), this, &MainWindow::loadDemoData)
        ->setObjectName(QStringLiteral("actionDemoData"));

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Huajie"), this, &MainWindow::showAbout);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(newCase);
    toolbar->addAction(edit);
    toolbar->addAction(directories);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        // The filter is on the Cases page: show it from wherever the user is.
        m_pages->setCurrentWidget(m_caseSplitter);
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
}

QWidget *MainWindow::buildFilterBar()
{
    auto *bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(
        tr("Search number, name, ID number, credit code, phone, agent, act… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_state = new VocabularyCombo(vocab::caseStates(), tr("All states"), bar);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    // Registrations voided as made in error are shown only when asked for.
    m_state->addItem(tr("Voided registrations"), CaseFilterProxy::kVoided);
    m_source = new VocabularyCombo(m_store.deadlineSetup().profile.vocabularies.sourceChannels,
                                   tr("All sources"), bar);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_agency = new QComboBox(bar);
    m_agency->setObjectName(QStringLiteral("agencyFilter"));
    // Narrow enough for a laptop beside the case panel; the list shows the whole text.
    for (QComboBox *filter : std::initializer_list<QComboBox *>{m_state, m_source, m_agency}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(6);
    }
    // The store finds the cases for the text, off this thread; the list
    // shows them when it answers.
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::searchText);
    connect(m_textSearch, &CaseSearchRunner::found, this,
            [this](const QSet<qint64> &caseIds) { m_proxy->setMatchingCases(caseIds); });
    connect(m_textSearch, &CaseSearchRunner::failed, this,
            [this](const QString &problem) { statusBar()->showMessage(problem, 10000); });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setState(m_state->currentData().toString()); });
    connect(m_source, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSource(m_source->currentData().toString()); });
    connect(m_agency, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAgency(m_agency->currentData().toString()); });
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_state);
    layout->addWidget(m_source);
    layout->addWidget(m_agency, 1);
    return bar;
}

void MainWindow::searchText()
{
    const QString text = m_search->text();
    if (CaseSearch::words(text).isEmpty()) {
        m_textSearch->cancel();
        m_proxy->setMatchingCases(std::nullopt);
        return;
    }
    m_textSearch->search(text);
}

bool MainWindow::searching() const
{
    return m_textSearch->busy();
}

void MainWindow::reloadAgencyFilter()
{
    const QString current = m_agency->currentData().toString();
    const QSignalBlocker block(m_agency);
    m_agency->clear();
    m_agency->addItem(tr("All agencies"), QString());
    if (auto names = m_store.directories().names(DirectoryKind::Agencies))
        for (const QString &name : names.value())
            m_agency->addItem(name, name);
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(current)));
}

void MainWindow::reloadCases()
{
    const qint64 selected = currentCaseId();
    QElapsedTimer timer;
    timer.start();
    auto cases = m_store.cases().summaries();
    if (!cases) {
        QMessageBox::critical(this, tr("Huajie"), cases.error().describe());
        return;
    }
    const qint64 queried = timer.elapsed();
    m_model->setCases(cases.value(), m_store.deadlineSetup().profile.vocabularies.sourceChannels);
    // A case added or changed may match the text now.
    if (!m_search->text().isEmpty())
        searchText();
    qCDebug(lcCaseList) << "loaded" << cases.value().size() << "cases:" << queried << "ms query,"
                        << timer.elapsed() - queried << "ms model";
    // Demo data or the directories may have brought new agencies, mediators and rooms.
    reloadAgencyFilter();
    m_schedule->reloadFilters();
    updateStatus();
    if (selected)
        selectCase(selected);
    else if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_desk->refresh();
}

void MainWindow::showCaseList()
{
    m_pages->setCurrentIndex(1);
}

void MainWindow::openCase(qint64 caseId)
{
    showCaseList();
    if (m_model->rowForCase(caseId) < 0)
        return;
    // A filter must not hide the case asked for.
    if (!m_proxy->mapFromSource(m_model->index(m_model->rowForCase(caseId), 0)).isValid()) {
        m_search->clear();
        const bool voided = m_model->row(m_model->rowForCase(caseId)).summary.voided;
        m_state->setCurrentIndex(voided ? m_state->findData(CaseFilterProxy::kVoided) : 0);
        m_source->setCurrentIndex(0);
        m_agency->setCurrentIndex(0);
    }
    selectCase(caseId);
}

void MainWindow::updateStatus()
{
    QString text = tr("%1 of %2 cases shown · %3")
                       .arg(m_proxy->rowCount())
                       .arg(m_model->rowCount())
                       .arg(QDir::toNativeSeparators(m_store.path()));
    if (const auto &user = m_store.accounts().current())
        text +=
            QStringLiteral(" · ") + tr("%1 (%2)").arg(user->name, Accounts::roleLabel(user->role));
    m_status->setText(text);
}

QList<qint64> MainWindow::selectedCaseIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids.append(row.data(CaseListModel::CaseIdRole).toLongLong());
    return ids;
}

void MainWindow::issueForSelection()
{
    const QList<qint64> ids = selectedCaseIds();
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Documents"),
                                 tr("Select the cases in the case list first."));
        return;
    }
    BatchDocumentDialog dialog(m_store, ids, this);
    connect(&dialog, &BatchDocumentDialog::documentsIssued, this, &MainWindow::reloadCases);
    dialog.exec();
}

qint64 MainWindow::currentCaseId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(CaseListModel::CaseIdRole).toLongLong() : 0;
}

void MainWindow::selectCase(qint64 id)
{
    const int sourceRow = m_model->rowForCase(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void MainWindow::showCurrentCase()
{
    const qint64 id = currentCaseId();
    if (!id) {
        m_detail->showNothing();
        return;
    }
    m_detail->showCase(id);
}

void MainWindow::registerCase()
{
    CaseFormDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted) {
        // The mediator chose an earlier case of the same applicant instead.
        if (dialog.caseToOpen())
            openCase(dialog.caseToOpen());
        return;
    }
    reloadCases();
    selectCase(dialog.savedCase().id);
    statusBar()->showMessage(tr("Registered %1").arg(dialog.savedCase().number), 5000);
}

void MainWindow::editCurrentCase()
{
    const qint64 id = currentCaseId();
    if (!id)
        return;
    auto record = m_store.cases().load(id);
    if (!record) {
        QMessageBox::warning(this, tr("Huajie"), record.error().describe());
        return;
    }
    CaseFormDialog dialog(m_store, record.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadCases();
    selectCase(id);
    showCurrentCase();
}

void MainWindow::showDirectories()
{
    DirectoryDialog dialog(m_store, this);
    dialog.exec();
    reloadCases();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setWindowTitle(m_store.centerName());
    // Another rule profile counts the deadlines anew, and offers its sources.
    m_source->setTerms(m_store.deadlineSetup().profile.vocabularies.sourceChannels);
    reloadCases();
    m_desk->refresh();
    showCurrentCase();
}

void MainWindow::backUpNow()
{
    // One statement that cannot report how far it is: a busy dialog.
    QProgressDialog busy(tr("Backing up…"), QString(), 0, 0, this);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(0);
    busy.show();
    QCoreApplication::processEvents();
    auto made =
        Backups(m_store.path()).make(m_store.connection(), QStringLiteral("manual"), Clock::now());
    busy.close();
    if (!made) {
        QMessageBox::critical(this, tr("Back up"), made.error().describe());
        return;
    }
    QMessageBox::information(this, tr("Back up"),
                             tr("Backed up to %1").arg(QDir::toNativeSeparators(made.value())));
}

void MainWindow::backUpTo()
{
    BackupToDialog dialog(m_store, this);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(
            this, tr("Back up"),
            tr("Backed up to %1").arg(QDir::toNativeSeparators(dialog.written())));
}

void MainWindow::chooseBackupToRestore()
{
    const QString backup = QFileDialog::getOpenFileName(
        this, tr("Restore a backup"), Backups(m_store.path()).folder(),
        tr("Huajie databases (*.sqlite)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!backup.isEmpty())
        requestRestore(backup);
}

void MainWindow::requestRestore(const QString &backup)
{
    // Restoring may remove every account: once there are users, an
    // administrator signs in for it, even where nobody signs in otherwise.
    Accounts &accounts = m_store.accounts();
    if (accounts.inUse() && !accounts.current()) {
        LoginDialog login(m_store, this);
        if (login.exec() != QDialog::Accepted)
            return;
        updateStatus();
    }
    if (auto allowed = accounts.require(Permission::RestoreBackup); !allowed) {
        QMessageBox::information(this, tr("Restore a backup"), allowed.error().describe());
        return;
    }
    // An encrypted copy is decrypted beside the database first, and that
    // copy is checked and restored.
    std::unique_ptr<QTemporaryFile> decrypted;
    if (BackupCipher::isEncrypted(backup)) {
        bool ok = false;
        const QString passphrase = QInputDialog::getText(
            this, tr("Restore a backup"),
            tr("%1 is encrypted. Its passphrase:").arg(QFileInfo(backup).fileName()),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto opened = EncryptedBackups::decrypted(backup, m_store.path(), passphrase);
        QApplication::restoreOverrideCursor();
        if (!opened) {
            QMessageBox::critical(this, tr("Restore a backup"), opened.error().describe());
            return;
        }
        decrypted = std::move(opened).value();
    }
    const QString source = decrypted ? decrypted->fileName() : backup;
    if (auto checked = Backups::check(source); !checked) {
        QMessageBox::critical(this, tr("Restore a backup"), checked.error().describe());
        return;
    }
    if (QMessageBox::question(
            this, tr("Restore a backup"),
            tr("Put %1 in place of the database? The desk closes and opens again on it; the "
               "database as it is now is kept in the backups folder.")
                .arg(QFileInfo(backup).fileName())) != QMessageBox::Yes)
        return;
    m_decrypted = std::move(decrypted);
    Q_EMIT restoreRequested(backup);
}

void MainWindow::showUsers()
{
    if (auto allowed = m_store.accounts().require(Permission::ManageUsers); !allowed) {
        QMessageBox::information(this, tr("Users"), allowed.error().describe());
        return;
    }
    UsersDialog dialog(m_store, this);
    dialog.exec();
    updateStatus();
}

void MainWindow::showCalendar()
{
    CalendarDialog dialog(m_store, this);
    dialog.exec();
    if (dialog.changed()) {
        m_desk->refresh();
        showCurrentCase();
    }
}

void MainWindow::greet()
{
    if (!offerDemoData())
        remindOverdue();
}

bool MainWindow::offerDemoData()
{
    auto count = m_store.cases().count();
    if (!count || count.value() > 0)
        return false;
    if (QMessageBox::question(this, tr("Huajie"),
                              tr("This database has no cases yet. Load demo data (200 cases with "
                                 "their parties and directories) to try the program?")) ==
        QMessageBox::Yes)
        addDemoCases(200);
    return true;
}

void MainWindow::remindOverdue()
{
    if (m_desk->isCounting()) {
        // Once the desk has counted.
        connect(m_desk, &DeskView::refreshed, this, &MainWindow::remindOverdue,
                Qt::SingleShotConnection);
        return;
    }
    const int overdue = int(m_desk->agenda().overdue.size());
    if (overdue == 0)
        return;
    QMessageBox reminder(QMessageBox::Warning, tr("Overdue"),
                         tr("%1 deadlines are overdue:").arg(overdue), QMessageBox::Ok, this);
    reminder.setObjectName(QStringLiteral("overdueReminder"));
    reminder.setInformativeText(m_desk->overdueSummary());
    reminder.exec();
}

void MainWindow::loadDemoData()
{
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("Load demo data"), tr("How many cases?"), 200,
                                           1, 100000, 100, &ok);
    if (ok)
        addDemoCases(count);
}

void MainWindow::addDemoCases(int count)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = huajie::loadDemoData(m_store, count, quint32(QDateTime::currentSecsSinceEpoch()),
                                      Clock::today());
    QApplication::restoreOverrideCursor();
    if (!added) {
        QMessageBox::warning(this, tr("Load demo data"), added.error().describe());
        return;
    }
    reloadCases();
    statusBar()->showMessage(tr("Added %1 demo cases").arg(added.value()), 5000);
}

void MainWindow::showAbout()
{
    // The holiday data's licence asks for its notice in copies: here it is, verbatim.
    QFile licence(QStringLiteral(":/holidays/LICENSE"));
    const QString notice =
        licence.open(QIODevice::ReadOnly) ? QString::fromUtf8(licence.readAll()) : QString();
    QMessageBox about(
        QMessageBox::NoIcon, tr("About Huajie"),
        tr("<h3>Huajie %1</h3><p>The desk of an administrative dispute coordination and "
           "resolution center.</p><p>Licensed under the MIT licence.</p><p>The holiday "
           "calendar comes from the holiday-cn data set, under this licence:</p>")
            .arg(QApplication::applicationVersion()),
        QMessageBox::Ok, this);
    about.setObjectName(QStringLiteral("aboutBox"));
    about.setInformativeText(
        QStringLiteral("<pre style='font-size:8pt'>%1</pre>").arg(notice.toHtmlEscaped()));
    about.exec();
}

} // namespace huajie
