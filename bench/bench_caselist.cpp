// How fast the desk is with many cases: the time from start to a shown
// list, and the time one keystroke in the search field takes to filter it.
// Usage: huajie-bench [--cases N] [--db FILE]

#include "clock.h"
#include "demo/demogenerator.h"
#include "deskview.h"
#include "mainwindow.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace huajie;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

void report(const char *what, double ms, double budget)
{
    std::printf("%-44s %9.1f ms   (budget %.0f ms) %s\n", what, ms, budget,
                ms <= budget ? "ok" : "OVER");
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cases(QStringLiteral("cases"), QStringLiteral("Demo cases."),
                                   QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Database (made when absent)."),
                                QStringLiteral("FILE"), QStringLiteral("bench-100k.sqlite"));
    parser.addOptions({cases, db});
    parser.addHelpOption();
    parser.process(app);
    const QString path = parser.value(db);
    const int count = parser.value(cases).toInt();

    if (!QFile::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        auto store = Store::open(path, StoreAccess::Create);
        if (!store || !loadDemoData(*store.value(), count, 1, Clock::today())) {
            std::fprintf(stderr, "cannot make demo data in %s\n", qPrintable(path));
            return 1;
        }
        std::printf("made %d demo cases in %.1f s\n", count, timer.elapsed() / 1000.0);
    }

    // Start: open the store, build the window, load the list, paint it.
    QElapsedTimer start;
    start.start();
    auto store = Store::open(path);
    if (!store)
        return 1;
    MainWindow window(*store.value());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.showCaseList();
    window.caseView()->viewport()->repaint();
    const double startMs = start.nsecsElapsed() / 1e6;
    // The desk counts in the background meanwhile; when is it ready?
    QSignalSpy counted(window.desk(), &DeskView::refreshed);
    if (window.desk()->isCounting() && !counted.wait(60000))
        return 1;
    const double deskMs = start.nsecsElapsed() / 1e6;
    const int rows = window.caseView()->model()->rowCount();

    // Keystrokes: type a name letter by letter, then delete it again. Each
    // key is timed twice: until the window takes the next key (the search
    // runs on its own thread meanwhile), and until the list shows what the
    // search found and has been repainted.
    QList<double> keys;
    QList<double> answers;
    const auto settle = [&](QElapsedTimer &key) {
        window.caseView()->viewport()->repaint();
        keys.append(key.nsecsElapsed() / 1e6);
        if (!QTest::qWaitFor([&] { return !window.searching(); }, 60000))
            std::fprintf(stderr, "a search did not answer within a minute\n");
        window.caseView()->viewport()->repaint();
        answers.append(key.nsecsElapsed() / 1e6);
    };
    const QString typed = QStringLiteral("石嘴山市自然资源局 王");
    for (int round = 0; round < 3; ++round) {
        for (const QChar ch : typed) {
            QElapsedTimer key;
            key.start();
            // As a Chinese input method delivers it: one committed character.
            QInputMethodEvent event;
            event.setCommitString(QString(ch));
            QCoreApplication::sendEvent(window.searchField(), &event);
            settle(key);
        }
        for (int i = 0; i < typed.size(); ++i) {
            QElapsedTimer key;
            key.start();
            QTest::keyClick(window.searchField(), Qt::Key_Backspace);
            settle(key);
        }
    }
    std::printf("%d cases in %s\n", rows, qPrintable(path));
    report("start to list shown", startMs, 1000);
    report("start to desk counted (in the background)", deskMs, 2000);
    report("filter keystroke, median", median(keys), 50);
    report("filter keystroke, slowest", *std::max_element(keys.begin(), keys.end()), 50);
    report("keystroke to list filtered, median", median(answers), 300);
    report("keystroke to list filtered, slowest", *std::max_element(answers.begin(), answers.end()),
           1000);
    return 0;
}
