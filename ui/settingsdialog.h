#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace huajie {

class Store;

// The center's name and registration number pattern (kept in the database)
// and the interface language (kept per user).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Store &store, QWidget *parent = nullptr);
    void accept() override;

private:
    void updatePreview();

    Store &m_store;
    QLineEdit *m_centerName;
    QLineEdit *m_pattern;
    QLabel *m_preview;
    QComboBox *m_language;
    QComboBox *m_profile;
    QSpinBox *m_keepDays;
    QSpinBox *m_keepWeeks;
    QSpinBox *m_keepMonths;
    QLabel *m_error;
};

} // namespace huajie
