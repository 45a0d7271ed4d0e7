#pragma once

#include <QMainWindow>
#include <QTemporaryFile>

#include <memory>

class QComboBox;
class QHeaderView;
class QSplitter;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace huajie {

class CasePanel;
class CaseSearchRunner;
class DeskView;
class VocabularyCombo;
class ReportView;
class ScheduleView;
class CaseFilterProxy;
class CaseListModel;
class Store;

// The desk: the case list with its filters, the selected case beside it,
// and the actions to register and edit cases and keep the directories.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);

    void reloadCases();
    // At start: on an empty database, offers demo data; otherwise reminds
    // of what is overdue.
    void greet();
    void openCase(qint64 caseId);

    QTableView *caseView() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    // The text of the search field has been searched for and not yet answered.
    bool searching() const;
    CaseFilterProxy *proxy() const { return m_proxy; }
    DeskView *desk() const { return m_desk; }
    ScheduleView *schedule() const { return m_schedule; }
    ReportView *statistics() const { return m_statistics; }
    void showCaseList();
    // The window's size, splitters, column widths and tab, kept for the next start.
    void saveLayout() const;
    // The decrypted copy of an encrypted backup whose restore was requested:
    // whoever restores it keeps it until done, and it is removed then.
    std::unique_ptr<QTemporaryFile> takeDecryptedBackup() { return std::move(m_decrypted); }

Q_SIGNALS:
    // The desk is to close, restore this backup and open again.
    void restoreRequested(const QString &backupPath);

public Q_SLOTS:
    void registerCase();
    void editCurrentCase();
    // The same document for every selected case.
    void issueForSelection();
    QList<qint64> selectedCaseIds() const;
    void showDirectories();
    void showSettings();
    void showCalendar();
    void showUsers();
    // A copy of the database into the backups folder, now.
    void backUpNow();
    // Asks for a backup and whether to put it in place of the database.
    void chooseBackupToRestore();
    // A copy anywhere, encrypted with a passphrase when asked (BackupToDialog).
    void backUpTo();
    // Checks the backup and asks before the desk restores it.
    void requestRestore(const QString &backupPath);
    void loadDemoData();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QList<std::pair<const char *, QSplitter *>> splitters() const;
    QList<std::pair<const char *, QHeaderView *>> headers() const;
    void restoreLayout();
    void addDemoCases(int count);
    bool offerDemoData();
    void remindOverdue();
    void buildActions();
    QWidget *buildFilterBar();
    void reloadAgencyFilter();
    void searchText();
    void showCurrentCase();
    void updateStatus();
    qint64 currentCaseId() const;
    void selectCase(qint64 id);

    Store &m_store;
    std::unique_ptr<QTemporaryFile> m_decrypted;
    CaseListModel *m_model;
    CaseFilterProxy *m_proxy;
    QTableView *m_view;
    CasePanel *m_detail;
    DeskView *m_desk;
    ScheduleView *m_schedule;
    ReportView *m_statistics;
    QTabWidget *m_pages;
    QSplitter *m_caseSplitter;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    VocabularyCombo *m_source = nullptr;
    QComboBox *m_agency = nullptr;
    QLabel *m_status;
    CaseSearchRunner *m_textSearch;
};

} // namespace huajie
