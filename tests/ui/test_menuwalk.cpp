// The walk through the desk a new user makes: every menu action, every
// button of the case panel and of the tabs, every dialog they open, under
// zh_CN on a laptop's screen. Each dialog is inspected for English words
// and for what does not fit the screen, then closed.
//
// Each screen size is a screen of Qt's offscreen platform, which is chosen
// when the program starts: the walk runs in a child process of this test
// program, one per screen.
#include "caselistmodel.h"
#include "clock.h"
#include "demo/demogenerator.h"
#include "deskview.h"
#include "documents/documentcomposer.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "reportview.h"
#include "scheduleview.h"
#include "store/store.h"
#include "support/englishwords.h"
#include "support/samplecase.h"
#include "support/widgets.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPieSeries>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <map>

using namespace huajie;

namespace {

// The screens a mediator's laptop has: a common one, and a small one with a
// task bar.
const QSize kScreens[] = {{1366, 768}, {1024, 700}};

// The environment variable that tells the child process which walk it is.
constexpr char kWalkVariable[] = "HUAJIE_WALK_SCREEN";

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// The text around its first English word, on one line.
QString excerpt(const QString &text)
{
    const QString word = test::englishWords(text).value(0);
    const qsizetype found = text.indexOf(QRegularExpression(
        QStringLiteral("(?<![A-Za-z])%1(?![A-Za-z])").arg(QRegularExpression::escape(word))));
    const qsizetype at = std::max<qsizetype>(0, found - 30);
    QString shown = text.mid(at, 60 + word.size());
    shown.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return (at > 0 ? QStringLiteral("…") : QString()) + shown +
           (at + 60 + word.size() < text.size() ? QStringLiteral("…") : QString());
}

QString describe(const QWidget *widget)
{
    const QWidget *window = widget->window();
    QString where = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        where += QStringLiteral(" ‘%1’").arg(widget->objectName());
    if (window != widget)
        where +=
            QStringLiteral(" in %1 ‘%2’")
                .arg(QString::fromLatin1(window->metaObject()->className()), window->windowTitle());
    return where;
}

// What the walk found: the English words on screen, what does not fit,
// and the windows it saw.
struct Findings
{
    std::map<QString, QStringList> english; // the text, and where it was seen
    QStringList misfits;                    // each once, in the order found
    QStringList windows;
    bool checkWords = true;

    void seen(const QWidget *widget, const QString &raw)
    {
        // The holiday data's licence, quoted in About as its terms ask: verbatim.
        static const QString licence = [] {
            QFile file(QStringLiteral(":/holidays/LICENSE"));
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                                  : QString();
        }();
        QString text = plain(raw).trimmed();
        if (!licence.isEmpty())
            text.remove(licence);
        if (!checkWords || text.isEmpty() || test::englishWords(text).isEmpty())
            return;
        QStringList &where = english[text];
        const QString place = describe(widget);
        if (!where.contains(place))
            where.append(place);
    }

    void seenMenu(const QWidget *owner, const QMenu *menu)
    {
        seen(owner, menu->title());
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            seen(owner, action->text());
            // An action's tooltip is its text unless it was given one.
            if (action->toolTip() != QString(action->text()).remove(QLatin1Char('&')))
                seen(owner, action->toolTip());
            if (action->menu())
                seenMenu(owner, action->menu());
        }
    }

    QString report() const
    {
        QStringList lines;
        if (!english.empty()) {
            lines << QStringLiteral("English words on the Chinese screen:");
            for (const auto &[text, where] : english)
                lines << QStringLiteral("  [%1] %2\n      in %3")
                             .arg(test::englishWords(text).join(QLatin1Char(' ')), excerpt(text),
                                  where.join(QStringLiteral("\n      and ")));
        }
        if (!misfits.isEmpty())
            lines << QStringLiteral("Not on the screen:") << misfits;
        return lines.join(QLatin1Char('\n'));
    }
};

// The texts of an item view: its headers and the rows it shows (but not
// those of a file dialog: the names and kinds of the files on the disk).
void seeItems(Findings &found, const QAbstractItemView *view, bool rowsToo)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const auto *table = qobject_cast<const QTableView *>(view);
    const auto *tree = qobject_cast<const QTreeView *>(view);
    const QHeaderView *header = table ? table->horizontalHeader() : tree ? tree->header() : nullptr;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (header && header->isSectionHidden(c))
            continue;
        if (header && header->isVisible()) {
            found.seen(view, model->headerData(c, Qt::Horizontal).toString());
            found.seen(view, model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
    }
    // The rows a user sees first (and the expanded ones under them).
    std::function<void(const QModelIndex &, int)> rows = [&](const QModelIndex &parent, int depth) {
        const int count = std::min(model->rowCount(parent), 40);
        for (int r = 0; r < count; ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                found.seen(view, index.data().toString());
                found.seen(view, index.data(Qt::ToolTipRole).toString());
            }
            const QModelIndex first = model->index(r, 0, parent);
            if (tree && depth < 3 && tree->isExpanded(first))
                rows(first, depth + 1);
        }
    };
    if (rowsToo)
        rows(QModelIndex(), 0);
}

void seeChart(Findings &found, const QChartView *view)
{
    const QChart *chart = view->chart();
    if (!chart)
        return;
    found.seen(view, chart->title());
    for (const QAbstractAxis *axis : chart->axes()) {
        found.seen(view, axis->titleText());
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(const_cast<QAbstractAxis *>(axis)))
            for (const QString &category : categories->categories())
                found.seen(view, category);
    }
    for (const QAbstractSeries *series : chart->series()) {
        found.seen(view, series->name());
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series))
            for (const QBarSet *set : bars->barSets())
                found.seen(view, set->label());
        if (const auto *pie = qobject_cast<const QPieSeries *>(series))
            for (const QPieSlice *slice : pie->slices())
                found.seen(view, slice->label());
    }
}

// Every text of `root` that is on screen now.
void seeTexts(Findings &found, QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        if (w->isWindow())
            found.seen(w, w->windowTitle());
        found.seen(w, w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            found.seen(w, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            found.seen(w, button->text());
            if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->menu())
                found.seenMenu(w, tool->menu());
            if (auto *push = qobject_cast<QPushButton *>(w); push && push->menu())
                found.seenMenu(w, push->menu());
        } else if (auto *group = qobject_cast<QGroupBox *>(w))
            found.seen(w, group->title());
        else if (auto *bar = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < bar->count(); ++i) {
                found.seen(w, bar->tabText(i));
                found.seen(w, bar->tabToolTip(i));
            }
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                found.seen(w, combo->itemText(i));
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            found.seen(w, spin->text());
            found.seen(w, spin->specialValueText());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            found.seen(w, edit->text());
            found.seen(w, edit->placeholderText());
        } else if (auto *text = qobject_cast<QTextEdit *>(w)) {
            found.seen(w, text->toPlainText());
            found.seen(w, text->placeholderText());
        } else if (auto *plainText = qobject_cast<QPlainTextEdit *>(w)) {
            found.seen(w, plainText->toPlainText());
            found.seen(w, plainText->placeholderText());
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w);
                   view && !qobject_cast<QHeaderView *>(w))
            seeItems(found, view, !qobject_cast<QFileDialog *>(root));
        else if (auto *chart = qobject_cast<QChartView *>(w))
            seeChart(found, chart);
        else if (auto *menuBar = qobject_cast<QMenuBar *>(w))
            for (QAction *action : menuBar->actions())
                if (action->menu())
                    found.seenMenu(w, action->menu());
    }
    if (auto *box = qobject_cast<QMessageBox *>(root))
        found.seen(root, box->detailedText());
}

bool scrolledInto(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget())
        if (qobject_cast<const QAbstractScrollArea *>(w))
            return true;
    return false;
}

// The window and every button on it within the screen's available area.
void checkFit(Findings &found, QWidget *window)
{
    const auto misfit = [&found](const QString &what) {
        if (!found.misfits.contains(what))
            found.misfits << what;
    };
    const QRect available = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (!available.contains(frame))
        misfit(QStringLiteral("  %1: its frame %2,%3 %4×%5 is outside the screen %6×%7")
                   .arg(describe(window))
                   .arg(frame.x())
                   .arg(frame.y())
                   .arg(frame.width())
                   .arg(frame.height())
                   .arg(available.width())
                   .arg(available.height()));
    // Nor can it be made small enough, with its frame, to fit.
    const QSize smallest = window->minimumSizeHint().expandedTo(window->minimumSize()) +
                           (frame.size() - window->size());
    if (window->layout() &&
        (smallest.width() > available.width() || smallest.height() > available.height()))
        misfit(QStringLiteral("  %1: it needs at least %2×%3 with its frame, the screen has %4×%5")
                   .arg(describe(window))
                   .arg(smallest.width())
                   .arg(smallest.height())
                   .arg(available.width())
                   .arg(available.height()));
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || scrolledInto(button, window))
            continue;
        const QRect at(button->mapToGlobal(QPoint(0, 0)), button->size());
        if (!available.contains(at) || !window->geometry().contains(at))
            misfit(QStringLiteral("  %1 ‘%2’: at %3,%4, outside the screen or window")
                       .arg(describe(button), button->text())
                       .arg(at.x())
                       .arg(at.y()));
    }
}

// Texts and fit of a window, with each page of each of its tabs shown in turn.
void inspect(Findings &found, QWidget *window)
{
    const QRect frame = window->frameGeometry();
    found.windows << QStringLiteral("%1 %2×%3 at %4,%5")
                         .arg(describe(window))
                         .arg(frame.width())
                         .arg(frame.height())
                         .arg(frame.x())
                         .arg(frame.y());
    seeTexts(found, window);
    checkFit(found, window);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            seeTexts(found, tabs->widget(i));
            checkFit(found, window);
        }
        tabs->setCurrentIndex(current);
    }
}

// Watches for the modal dialogs the walk opens: each is inspected when it is
// first seen, given the steps asked for it (clicks that open further
// dialogs), and closed as a user closes it.
class ModalWalker
{
public:
    using Steps = QList<std::function<void(QWidget *)>>;

    ModalWalker(Findings &found, std::function<Steps(QWidget *)> stepsFor)
        : m_found(found), m_stepsFor(std::move(stepsFor))
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { look(); });
        m_timer.start();
    }

    int opened() const { return m_opened; }

private:
    struct Seen
    {
        QPointer<QWidget> dialog;
        Steps steps;
        int closeTries = 0;
    };

    void look()
    {
        QWidget *modal = QApplication::activeModalWidget();
        // A busy dialog closes itself.
        if (!modal || qobject_cast<QProgressDialog *>(modal) || !modal->isVisible())
            return;
        m_seen.removeIf([](const Seen &s) { return s.dialog.isNull(); });
        auto it = std::find_if(m_seen.begin(), m_seen.end(),
                               [modal](const Seen &s) { return s.dialog == modal; });
        if (it == m_seen.end()) {
            ++m_opened;
            inspect(m_found, modal);
            m_seen.append({modal, m_stepsFor(modal)});
            return;
        }
        if (!it->steps.isEmpty()) {
            // Run from the event loop: a step may open a dialog of its own.
            QTimer::singleShot(0, modal, [step = it->steps.takeFirst(), modal] { step(modal); });
            return;
        }
        close(*it);
    }

    void close(Seen &seen)
    {
        QWidget *modal = seen.dialog;
        if (++seen.closeTries > 20) {
            m_found.misfits << QStringLiteral("  %1 does not close").arg(describe(modal));
            modal->hide();
            return;
        }
        if (auto *box = qobject_cast<QMessageBox *>(modal); box && seen.closeTries == 1) {
            // As a user who declines: the Escape key picks No or Cancel.
            QTest::keyClick(box, Qt::Key_Escape);
            return;
        }
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    }

    Findings &m_found;
    std::function<Steps(QWidget *)> m_stepsFor;
    QTimer m_timer;
    QList<Seen> m_seen;
    int m_opened = 0;
};

void click(QWidget *parent, const char *name)
{
    if (auto *button = parent->findChild<QAbstractButton *>(QString::fromLatin1(name)))
        if (button->isVisible() && button->isEnabled())
            button->click();
}

// Clicks every button under `page` that is shown and enabled, and triggers
// every action of their menus.
void clickEverything(QWidget *page)
{
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || !button->isEnabled())
            continue;
        if (auto *tool = qobject_cast<QToolButton *>(button); tool && tool->menu()) {
            for (QAction *action : tool->menu()->actions())
                if (!action->isSeparator() && action->isEnabled())
                    action->trigger();
            continue;
        }
        if (qobject_cast<QTabBar *>(button->parentWidget()))
            continue; // a tab's scroll or close button
        button->click();
    }
}

QString screenName(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

void useChinese()
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    QLocale::setDefault(chinese);
    installTranslations(*QCoreApplication::instance(), chinese);
    // As the program does: the Simplified Chinese face of Noto CJK.
    const QString family = QStringLiteral("Noto Sans CJK SC");
    if (QFontDatabase::families().contains(family)) {
        QFont font = QApplication::font();
        font.setFamilies({family});
        QApplication::setFont(font);
    }
}

void waitForDesk(MainWindow &window)
{
    QSignalSpy counted(window.desk(), &DeskView::refreshed);
    if (window.desk()->isCounting())
        REQUIRE(counted.wait(20000));
}

} // namespace

TEST_CASE("The desk, walked through at a laptop's screen under zh_CN", "[.walk-screen]")
{
    // Run by the test below, in a process of its own with the screen it names.
    const QString walk = qEnvironmentVariable(kWalkVariable);
    REQUIRE_FALSE(walk.isEmpty());
    const QStringList parts = walk.split(QLatin1Char(','));
    const QStringList size = parts.first().split(QLatin1Char('x'));
    REQUIRE(size.size() == 2);
    const QSize screen(size[0].toInt(), size[1].toInt());
    REQUIRE(QGuiApplication::primaryScreen()->geometry().size() == screen);

    Findings found;
    found.checkWords = parts.contains(QStringLiteral("words"));
    useChinese();
    Clock::setToday(test::kToday);
    test::TempDatabase file;
    auto opened = Store::open(file.path(), StoreAccess::Create);
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    REQUIRE(loadDemoData(store, 60, 7, test::kToday).ok());
    // An issued notice, served by post and not yet received.
    const CaseRecord first = store.cases().load(1).value();
    auto notice = DocumentComposer(store).issue(first, QStringLiteral("referral"),
                                                QDateTime(test::kToday, QTime(9, 0)));
    REQUIRE(notice.ok());
    ServiceRecord service;
    service.documentId = notice.value().id;
    service.recipient = first.partiesWithRole(QStringLiteral("agency")).first()->name;
    service.method = QStringLiteral("post");
    service.trackingNumber = QStringLiteral("1234567890");
    service.sentOn = test::kToday;
    REQUIRE(store.documents().recordService(service, test::kToday).ok());

    bool previewExplored = false;
    ModalWalker walker(found, [&](QWidget *dialog) {
        ModalWalker::Steps steps;
        // The first preview: its print and save dialogs, each cancelled.
        if (dialog->objectName() == QLatin1String("documentPreview") && !previewExplored) {
            previewExplored = true;
            steps << [](QWidget *d) {
                click(d, "printDocument");
            } << [](QWidget *d) {
                click(d, "saveDocument");
            };
        }
        return steps;
    });

    if (parts.contains(QStringLiteral("kept"))) {
        // The window as it was left on a larger screen (kept in QSettings).
        MainWindow larger(store);
        larger.showNormal();
        larger.resize(kScreens[0] + QSize(200, 100));
        larger.close();
    }
    MainWindow window(store);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    waitForDesk(window);
    inspect(found, &window);
    window.greet();

    // Every action of every menu, but the one that ends the program.
    for (QAction *menuAction : window.menuBar()->actions()) {
        REQUIRE(menuAction->menu() != nullptr);
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->isSeparator() || action->menu() ||
                action->objectName() == QLatin1String("actionQuit"))
                continue;
            INFO(action->text().toStdString());
            action->trigger();
            QCoreApplication::processEvents();
        }
    }

    // The case panel of a case in each state: its action buttons, all its
    // actions, its sessions and documents.
    auto *pages = test::child<QTabWidget>(&window, "pages");
    auto *panel = test::child<QWidget>(&window, "casePanel");
    auto *caseTabs = test::child<QTabWidget>(panel, "caseTabs");
    QStringList states;
    QAbstractItemModel *cases = window.caseView()->model();
    for (int row = 0; row < cases->rowCount(); ++row) {
        const qint64 id = cases->index(row, 0).data(CaseListModel::CaseIdRole).toLongLong();
        const QString state = store.cases().load(id).value().state;
        if (id != first.id && states.contains(state))
            continue;
        states << state;
        window.openCase(id);
        inspect(found, &window);
        for (QPushButton *action : panel->findChildren<QPushButton *>()) {
            if (action->objectName().startsWith(QLatin1String("action_")) && action->isVisible())
                action->click();
        }
        QMenu *all = test::child<QToolButton>(panel, "allActions")->menu();
        for (QAction *action : all->actions())
            if (action->isEnabled())
                action->trigger();

        caseTabs->setCurrentIndex(2); // sessions
        click(panel, "scheduleSession");
        auto *sessions = test::child<QTreeWidget>(panel, "caseSessions");
        if (sessions->topLevelItemCount() > 0) {
            sessions->setCurrentItem(sessions->topLevelItem(0));
            click(panel, "recordSession");
        }
        if (id != first.id)
            continue;
        caseTabs->setCurrentIndex(3); // documents
        for (QAction *kind : test::child<QToolButton>(panel, "newDocument")->menu()->actions())
            kind->trigger();
        auto *documents = test::child<QTreeWidget>(panel, "caseDocuments");
        REQUIRE(documents->topLevelItemCount() > 0);
        documents->setCurrentItem(documents->topLevelItem(0));
        click(panel, "openDocument");
        click(panel, "recordService");
        REQUIRE(documents->topLevelItem(0)->childCount() > 0);
        documents->setCurrentItem(documents->topLevelItem(0)->child(0));
        click(panel, "recordReceipt");
    }

    // The buttons of the schedule and the statistics.
    pages->setCurrentWidget(window.schedule());
    clickEverything(window.schedule());
    inspect(found, &window);
    pages->setCurrentWidget(window.statistics());
    clickEverything(window.statistics());
    inspect(found, &window);

    INFO("windows seen:\n" << found.windows.join(QLatin1Char('\n')).toStdString());
    CHECK(walker.opened() > 40);
    const QString problems = found.report();
    if (!problems.isEmpty())
        FAIL_CHECK(problems.toStdString());
    Clock::setToday({});
}

TEST_CASE("Every menu and case panel button opens its dialog and closes it, in Chinese, on a "
          "1366×768 and a 1024×700 screen",
          "[ui][gui][walk]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QSize &screen : kScreens) {
        // The words once; the second screen starts with the window's size
        // kept from a larger one.
        const bool first = screen == kScreens[0];
        // Qt's offscreen platform, with one screen of that size and the
        // window frames a window manager draws.
        const QString config = dir.filePath(screenName(screen) + QStringLiteral(".json"));
        QFile json(config);
        REQUIRE(json.open(QIODevice::WriteOnly));
        json.write(QStringLiteral(R"({"synchronousWindowSystemEvents": false,
            "windowFrameMargins": true,
            "screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
                         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                       .arg(screen.width())
                       .arg(screen.height())
                       .toUtf8());
        json.close();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"),
                   QStringLiteral("offscreen:configfile=") + config);
        env.insert(QString::fromLatin1(kWalkVariable),
                   screenName(screen) +
                       (first ? QStringLiteral(",words") : QStringLiteral(",kept")));
        // A Chinese system, as the program finds it at a center: Qt's own
        // dialogs follow the system's locale.
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        // The events name the mediator; a machine's login would be Latin letters.
        env.insert(QStringLiteral("HUAJIE_USER"), QStringLiteral("赵志明"));
        // The window's remembered layout starts afresh.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(screenName(screen)));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[walk-screen]")});
        REQUIRE(child.waitForStarted());
        const bool finished = child.waitForFinished(300000);
        const QString output = QString::fromLocal8Bit(child.readAll());
        const bool passed = finished && child.exitStatus() == QProcess::NormalExit &&
                            child.exitCode() == 0 &&
                            output.contains(QStringLiteral("All tests passed"));
        if (!passed)
            FAIL_CHECK("The walk at " << screenName(screen).toStdString()
                                      << (finished ? "" : " did not finish") << ":\n"
                                      << output.toStdString());
    }
}
