#include "usercommands.h"

#include "i18n/contexts.h"

#include <QFile>

namespace huajie::cli {
namespace {
// The first line of standard input: passwords are not given as arguments,
// where other users of the machine could read them.
QString passwordFromInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
}

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
                                       *chosen, passwordFromInput());
    if (!added)
        return context.fail(added.error());
    context.out << CliText::tr("Added %1 (%2)")
                       .arg(added.value().login, Accounts::roleLabel(added.value().role))
                << Qt::endl;
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
    for (const User &u : users.value())
        context.out << u.login << '\t' << u.name << '\t' << Accounts::roleCode(u.role)
                    << (u.active ? QString() : QLatin1Char('\t') + CliText::tr("switched off"))
                    << '\n';
    context.out.flush();
    return Success;
}
} // namespace

QList<Command> userCommands()
{
    return {
        {QStringLiteral("user add"), CliText::tr("Add a user."), userAdd},
        {QStringLiteral("user list"), CliText::tr("The users."), userList},
    };
}

} // namespace huajie::cli
