#pragma once

#include "domain/caserecord.h"
#include "lifecycle/lifecycle.h"

#include <QDialog>
#include <QJsonObject>

class QFormLayout;
class QLabel;

namespace huajie {

class Store;

// Asks for what a lifecycle action needs, built from the action's fields,
// and applies it. A refusal by the rules is shown in the dialog, which stays
// open; nothing is stored.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(Store &store, const CaseRecord &record, const ActionSpec &action,
                 QWidget *parent = nullptr);

    const CaseRecord &result() const { return m_result; }
    QString errorText() const;
    QJsonObject input() const;
    // Fills the form with values of the action's fields, as recorded.
    void setValues(const QJsonObject &values);
    void accept() override;

protected:
    void showError(const QString &text);
    QFormLayout *m_form;

private:
    QWidget *editorFor(const ActionField &field);

    Store &m_store;
    CaseRecord m_record;
    const ActionSpec &m_action;
    CaseRecord m_result;
    QList<std::pair<const ActionField *, QWidget *>> m_editors;
    QLabel *m_error;
};

} // namespace huajie
