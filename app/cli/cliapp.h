#pragma once

#include "result.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace huajie::cli {

enum ExitCode
{
    Success = 0,
    BadInput = 1,
    UsageError = 2
};

// What every command gets: its arguments, the database it works on, and
// the streams to write to.
class Context
{
public:
    Context(QString databasePath, QStringList arguments, StoreAccess access = StoreAccess::Write);

    QStringList arguments; // the command's own words, its name first
    QTextStream out;
    QTextStream err;

    // Opens the database on first use; the reason on stderr when it fails.
    // A command that only reads opens it read-only, without the writer
    // lock; one that writes is refused while the desk or another command
    // holds that lock. Only init creates a missing database.
    Store *store();
    // The open database, handed over (to a restore, which closes it).
    std::unique_ptr<Store> takeStore() { return std::move(m_store); }
    // Signs the user in from HUAJIE_LOGIN and HUAJIE_PASSWORD, so that
    // passwords stay off the command line; the reason on stderr when it fails.
    bool signIn(Store &store);
    QString databasePath() const { return m_databasePath; }

    // Parses the command's options; prints help or the usage error itself.
    // Returns an exit code when the command should stop now.
    std::optional<int> parse(QCommandLineParser &parser, const QString &description,
                             int positionalCount);
    QString helpText(const QCommandLineParser &parser) const;
    // The case whose registration number is the command's first argument,
    // with the database open; on failure the reason is printed.
    Result<CaseRecord> openCase(const QCommandLineParser &parser);
    void writeJson(const QJsonDocument &document);
    // A date given as YYYY-MM-DD; on anything else the reason is printed.
    std::optional<QDate> date(const QString &text, const QString &what);
    // One JSON object from a file, or from standard input for "-".
    Result<QJsonObject> readJsonObject(const QString &source);
    // The object named by a required --json option; an exit code when it
    // is missing (usage) or unreadable (bad input).
    std::optional<int> requiredJson(const QCommandLineParser &parser,
                                    const QCommandLineOption &option, QJsonObject *object);
    int fail(const Error &error);
    // The first line of standard input, without its line end: passwords are
    // not given as arguments, where other users of the machine could read them.
    static QString lineFromInput();

private:
    QString m_databasePath;
    StoreAccess m_access;
    std::unique_ptr<Store> m_store;
};

struct Command
{
    QString name; // may be two words, e.g. "case add"
    QString summary;
    std::function<int(Context &)> run;
};

int run(const QStringList &arguments, const QList<Command> &commands);

} // namespace huajie::cli
