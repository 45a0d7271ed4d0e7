#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace huajie {

class Store;

// The desk's users, for an administrator: add one with a role and a
// password, set a new password, switch an account off or on, unlock one
// locked after too many wrong passwords, and whether users sign in at start.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Store &store, QWidget *parent = nullptr);

    // Adds the user the fields describe; the reason is shown when refused.
    bool addUser();
    QString errorText() const;

private:
    void reload();
    void resetPassword();
    void toggleActive();
    void unlock();
    void fail(const QString &message);
    QString selectedLogin() const;

    Store &m_store;
    QTableWidget *m_users;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QCheckBox *m_loginRequired;
    QLabel *m_error;
};

} // namespace huajie
