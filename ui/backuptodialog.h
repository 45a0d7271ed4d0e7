#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace huajie {

class Store;

// Tools › Back up to…: a copy of the database to a file anywhere (a USB
// stick), encrypted with a passphrase when asked, the passphrase typed twice.
class BackupToDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupToDialog(Store &store, QWidget *parent = nullptr);

    // Makes the copy; the reason is shown, and the dialog stays, when refused.
    void accept() override;
    QString errorText() const;
    // Where the last copy was written.
    QString written() const { return m_written; }

private:
    void browse();
    void fail(const QString &message);

    Store &m_store;
    QLineEdit *m_target;
    QCheckBox *m_encrypt;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QString m_written;
};

} // namespace huajie
