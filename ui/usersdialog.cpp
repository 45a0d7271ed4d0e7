#include "usersdialog.h"

#include "formwidgets.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace huajie {

UsersDialog::UsersDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_users(named(new QTableWidget(0, 4, this), "users")),
      m_login(named(new QLineEdit(this), "newLogin")),
      m_name(named(new QLineEdit(this), "newName")), m_role(named(new QComboBox(this), "newRole")),
      m_password(named(new QLineEdit(this), "newPassword")),
      m_repeat(named(new QLineEdit(this), "repeatPassword")),
      m_loginRequired(
          named(new QCheckBox(tr("Users sign in when the desk starts"), this), "loginRequired")),
      m_error(errorLabel(this, "usersError"))
{
    setWindowTitle(tr("Users"));
    m_users->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Account")});
    m_users->verticalHeader()->hide();
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setSelectionMode(QAbstractItemView::SingleSelection);
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->horizontalHeader()->setStretchLastSection(true);
    for (Role role : {Role::Mediator, Role::Head, Role::Administrator})
        m_role->addItem(Accounts::roleLabel(role), int(role));
    for (QLineEdit *edit : {m_password, m_repeat})
        edit->setEchoMode(QLineEdit::Password);

    auto *reset = new QPushButton(tr("New password…"), this);
    auto *toggle = new QPushButton(tr("Switch off or on"), this);
    connect(reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    auto *unlock = named(new QPushButton(tr("Unlock"), this), "unlockUser");
    connect(toggle, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(unlock, &QPushButton::clicked, this, &UsersDialog::unlock);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(reset);
    rowButtons->addWidget(toggle);
    rowButtons->addWidget(unlock);
    rowButtons->addStretch();

    auto *add = new QGroupBox(tr("Add a user"), this);
    auto *form = new QFormLayout(add);
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_repeat);
    auto *addButton = named(new QPushButton(tr("Add"), add), "addUser");
    connect(addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    form->addRow(QString(), addButton);

    connect(m_loginRequired, &QCheckBox::toggled, this, [this](bool on) {
        if (auto saved = m_store.accounts().setLoginRequired(on); !saved)
            fail(saved.error().describe());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_users);
    layout->addLayout(rowButtons);
    layout->addWidget(add);
    layout->addWidget(m_loginRequired);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 560);
    reload();
}

void UsersDialog::reload()
{
    m_users->setRowCount(0);
    auto users = m_store.accounts().list();
    if (!users) {
        fail(users.error().describe());
        return;
    }
    for (const User &u : users.value()) {
        const int row = m_users->rowCount();
        m_users->insertRow(row);
        QString account = u.active ? tr("active") : tr("switched off");
        if (const auto until = m_store.accounts().lockedUntil(u.login))
            account = tr("locked until %1")
                          .arg(until->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        const QStringList values{u.login, u.name, Accounts::roleLabel(u.role), account};
        for (int column = 0; column < values.size(); ++column)
            m_users->setItem(row, column, new QTableWidgetItem(values[column]));
    }
    const QSignalBlocker blocker(m_loginRequired);
    m_loginRequired->setChecked(m_store.accounts().loginRequired() || !m_store.accounts().inUse());
    m_loginRequired->setEnabled(m_store.accounts().inUse());
    // The first user must be an administrator: proposed as one.
    if (!m_store.accounts().inUse())
        m_role->setCurrentIndex(m_role->findData(int(Role::Administrator)));
}

QString UsersDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void UsersDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString UsersDialog::selectedLogin() const
{
    const QTableWidgetItem *item = m_users->item(m_users->currentRow(), 0);
    return item ? item->text() : QString();
}

bool UsersDialog::addUser()
{
    m_error->hide();
    if (m_password->text() != m_repeat->text()) {
        fail(tr("The two passwords differ"));
        return false;
    }
    auto added = m_store.accounts().add(m_login->text(), m_name->text(),
                                        Role(m_role->currentData().toInt()), m_password->text());
    if (!added) {
        fail(added.error().describe());
        return false;
    }
    // The first user, an administrator, is the one at the desk from now on;
    // most of the next ones are mediators.
    if (!m_store.accounts().current()) {
        m_store.signIn(added.value());
        m_role->setCurrentIndex(m_role->findData(int(Role::Mediator)));
    }
    for (QLineEdit *edit : {m_login, m_name, m_password, m_repeat})
        edit->clear();
    reload();
    return true;
}

void UsersDialog::resetPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("New password"), tr("New password for %1").arg(login),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (auto saved = m_store.accounts().setPassword(login, password); !saved)
        fail(saved.error().describe());
}

void UsersDialog::unlock()
{
    m_error->hide();
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    if (auto unlocked = m_store.accounts().unlock(login); !unlocked)
        fail(unlocked.error().describe());
    reload();
}

void UsersDialog::toggleActive()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    auto users = m_store.accounts().list();
    if (!users)
        return;
    for (const User &u : users.value())
        if (u.login == login)
            if (auto saved = m_store.accounts().setActive(login, !u.active); !saved)
                fail(saved.error().describe());
    reload();
}

} // namespace huajie
