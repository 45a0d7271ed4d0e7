#include "logindialog.h"

#include "formwidgets.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace huajie {

LoginDialog::LoginDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_login(named(new QComboBox(this), "login")),
      m_password(named(new QLineEdit(this), "password")), m_error(errorLabel(this, "loginError"))
{
    setWindowTitle(tr("Sign in"));
    m_login->setEditable(true);
    if (auto users = store.accounts().list())
        for (const User &u : users.value())
            if (u.active)
                m_login->addItem(u.login);
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signIn"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(360);
    m_password->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::accept()
{
    auto user = m_store.accounts().authenticate(m_login->currentText(), m_password->text());
    if (!user) {
        m_error->setText(user.error().describe());
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_store.signIn(user.value());
    QDialog::accept();
}

} // namespace huajie
