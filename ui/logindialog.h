#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace huajie {

class Store;

// Signing in at the start of the day: login and password, checked against
// the desk's users; a wrong one is told and may be tried again.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Store &store, QWidget *parent = nullptr);

    QString errorText() const;
    void accept() override;

private:
    Store &m_store;
    QComboBox *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace huajie
