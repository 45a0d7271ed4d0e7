#include "usercommands.h"

#include "i18n/contexts.h"

namespace huajie::cli {
namespace {
int userAdd(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), CliText::tr("The user's full name."),
                                  CliText::tr("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  CliText::tr("mediator, head or administrator."),
                                  CliText::tr("ROLE"));
    parser.addOptions({name, role});
    parser.addPositionalArgument(CliText::tr("LOGIN"), CliText::tr("The login."));
    if (auto stop = context.parse(
            parser,
            CliText::tr("Add a user; the password is read from the first line of standard "
                        "input. The first user must be an administrator; then only an "
                        "administrator adds users."),
            1))
        return *stop;
    if (!parser.isSet(name) || !parser.isSet(role)) {
        context.err << CliText::tr("--name and --role are required.") << Qt::endl
                    << context.helpText(parser);
        return UsageError;
    }
    const auto chosen = Accounts::roleNamed(parser.value(role));
    if (!chosen)
        return context.fail(Error{CliText::tr("\"%1\" is not a role; the roles are: mediator, "
                                              "head, administrator")
                                      .arg(parser.value(role))});
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto added = store->accounts().add(parser.positionalArguments().first(), parser.value(name),
                                       *chosen, Context::lineFromInput());
    if (!added)
        return context.fail(added.error());
    context.out << CliText::tr("Added %1 (%2)")
                       .arg(added.value().login, Accounts::roleLabel(added.value().role))
                << Qt::endl;
    return Success;
}

int userUnlock(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(CliText::tr("LOGIN"), CliText::tr("The login."));
    if (auto stop = context.parse(parser,
                                  CliText::tr("Unlock a login locked after too many wrong "
                                              "passwords (an administrator)."),
                                  1))
        return *stop;
    Store *store = context.store();
    if (!store)
        return BadInput;
    const QString login = parser.positionalArguments().first();
    if (auto unlocked = store->accounts().unlock(login); !unlocked)
        return context.fail(unlocked.error());
    context.out << CliText::tr("%1 may sign in again").arg(login) << Qt::endl;
    return Success;
}

int userList(Context &context)
{
    QCommandLineParser parser;
    if (auto stop = context.parse(parser, CliText::tr("The desk's users and their roles."), 0))
        return *stop;
    Store *store = context.store();
    if (!store)
        return BadInput;
    auto users = store->accounts().list();
    if (!users)
        return context.fail(users.error());
    for (const User &u : users.value()) {
        const auto locked = store->accounts().lockedUntil(u.login);
        context.out << u.login << '\t' << u.name << '\t' << Accounts::roleCode(u.role)
                    << (u.active ? QString() : QLatin1Char('\t') + CliText::tr("switched off"))
                    << (locked ? QLatin1Char('\t') + CliText::tr("locked until %1")
                                                         .arg(locked->toLocalTime().toString(
                                                             QStringLiteral("yyyy-MM-dd HH:mm")))
                               : QString())
                    << '\n';
    }
    context.out.flush();
    return Success;
}
} // namespace

QList<Command> userCommands()
{
    return {
        {QStringLiteral("user add"), CliText::tr("Add a user."), userAdd},
        {QStringLiteral("user list"), CliText::tr("The users."), userList},
        {QStringLiteral("user unlock"), CliText::tr("Unlock a locked login."), userUnlock},
    };
}

} // namespace huajie::cli
