#include "actiondialog.h"

#include "clock.h"
#include "dayedit.h"
#include "domain/vocabulary.h"
#include "formwidgets.h"
#include "optionaldateedit.h"
#include "store/store.h"
#include "vocabularycombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace huajie {
namespace {
QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

ActionDialog::ActionDialog(Store &store, const CaseRecord &record, const ActionSpec &action,
                           QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_store(store), m_record(record), m_action(action),
      m_error(errorLabel(this, "actionError"))
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(QStringLiteral("%1 — %2").arg(action.translatedLabel(), record.number));
    for (const ActionField &field : action.fields) {
        QWidget *editor = editorFor(field);
        editor->setObjectName(QString::fromLatin1(field.key));
        m_editors.append({&field, editor});
        m_form->addRow(
            field.translatedLabel() + (field.required ? QStringLiteral(" *") : QString()), editor);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("applyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QWidget *ActionDialog::editorFor(const ActionField &field)
{
    switch (field.type) {
    case ActionField::Date: {
        if (!field.required)
            return new OptionalDateEdit(this);
        auto *edit = new DayEdit(Clock::today(), this);
        edit->setCalendarPopup(true);
        return edit;
    }
    case ActionField::Text: {
        auto *edit = new QLineEdit(this);
        if (QLatin1String(field.key) == QLatin1String("to"))
            edit->setText(m_record.referringUnit);
        return edit;
    }
    case ActionField::LongText: {
        auto *edit = new QPlainTextEdit(this);
        edit->setMinimumHeight(80);
        return edit;
    }
    case ActionField::Choice: {
        OfferedTerms terms = field.choices(m_store.deadlineSetup().profile.vocabularies);
        // An early-involvement step offers only the bodies it may name now.
        const QStringList bodies = Lifecycle::invitationChoices(
            QString::fromLatin1(m_action.code), QString::fromLatin1(field.key), m_record.progress,
            m_store.cases().lifecycleContext(m_record, Clock::today()));
        if (!bodies.isEmpty()) {
            QList<OfferedTerm> offered;
            for (const QString &body : bodies)
                offered.append({body, {}, {}, {}, {}});
            terms = OfferedTerms(terms.builtIn(), offered);
        }
        auto *combo = new VocabularyCombo(terms, QStringLiteral("—"), this);
        if (bodies.size() == 1)
            combo->setCode(bodies.constFirst());
        return combo;
    }
    case ActionField::Days: {
        auto *spin = new QSpinBox(this);
        const int cap = m_store.cases().lifecycleContext(m_record, Clock::today()).extensionCapDays;
        spin->setRange(1, cap);
        spin->setValue(cap);
        return spin;
    }
    case ActionField::Parties: {
        auto *list = new QListWidget(this);
        for (const Party &p : m_record.parties) {
            if (p.role == QLatin1String("representative"))
                continue;
            auto *item = new QListWidgetItem(
                QStringLiteral("%1（%2）").arg(p.name, vocab::partyRoles().label(p.role)), list);
            item->setData(Qt::UserRole, p.name);
            item->setCheckState(Qt::Unchecked);
        }
        list->setMaximumHeight(140);
        return list;
    }
    case ActionField::Signatures: {
        auto *table = new QTableWidget(0, 2, this);
        table->setHorizontalHeaderLabels({tr("Party"), tr("Signed by")});
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        for (const Party &p : m_record.parties) {
            if (p.role != QLatin1String("applicant") && p.role != QLatin1String("agency"))
                continue;
            const int row = table->rowCount();
            table->insertRow(row);
            auto *name = new QTableWidgetItem(p.name);
            name->setFlags(Qt::ItemIsEnabled);
            table->setItem(row, 0, name);
            auto *signer = new QComboBox(table);
            signer->addItem(tr("— not signed"), QVariant());
            signer->addItem(tr("The party itself"), p.name);
            if (!p.legalRepresentative.isEmpty())
                signer->addItem(tr("Legal representative %1").arg(p.legalRepresentative),
                                p.legalRepresentative);
            for (const Agent &a : p.agents)
                signer->addItem(
                    tr("Agent %1 (%2)").arg(a.name, vocab::authorities().label(a.authority)),
                    a.name);
            table->setCellWidget(row, 1, signer);
        }
        table->setColumnWidth(0, 240);
        table->setMinimumHeight(120);
        return table;
    }
    case ActionField::People: {
        auto *table = new QTableWidget(3, 3, this);
        table->setHorizontalHeaderLabels({tr("Name"), tr("Position"), tr("Phone")});
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        table->setMinimumHeight(120);
        return table;
    }
    case ActionField::Signer: {
        auto *combo = new QComboBox(this);
        combo->addItem(QStringLiteral("—"), QString());
        for (const Party &p : m_record.parties) {
            if (p.role != QLatin1String("applicant"))
                continue;
            combo->addItem(p.name, p.name);
            for (const Agent &a : p.agents)
                combo->addItem(tr("%1, agent of %2 (%3)")
                                   .arg(a.name, p.name, vocab::authorities().label(a.authority)),
                               a.name);
        }
        return combo;
    }
    }
    return new QWidget(this);
}

QJsonObject ActionDialog::input() const
{
    QJsonObject input;
    for (const auto &[field, editor] : m_editors) {
        const QString key = QString::fromLatin1(field->key);
        switch (field->type) {
        case ActionField::Date:
            if (auto *optional = qobject_cast<OptionalDateEdit *>(editor)) {
                if (optional->date().isValid())
                    input.insert(key, iso(optional->date()));
            } else {
                input.insert(key, iso(static_cast<QDateEdit *>(editor)->date()));
            }
            break;
        case ActionField::Text:
            input.insert(key, static_cast<QLineEdit *>(editor)->text());
            break;
        case ActionField::LongText:
            input.insert(key, static_cast<QPlainTextEdit *>(editor)->toPlainText());
            break;
        case ActionField::Choice:
            input.insert(key, static_cast<VocabularyCombo *>(editor)->code());
            break;
        case ActionField::Days:
            input.insert(key, static_cast<QSpinBox *>(editor)->value());
            break;
        case ActionField::Signer:
            input.insert(key, static_cast<QComboBox *>(editor)->currentData().toString());
            break;
        case ActionField::Parties: {
            QJsonArray names;
            const auto *list = static_cast<QListWidget *>(editor);
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    names.append(list->item(i)->data(Qt::UserRole).toString());
            input.insert(key, names);
            break;
        }
        case ActionField::Signatures: {
            QJsonArray signatures;
            const auto *table = static_cast<QTableWidget *>(editor);
            for (int row = 0; row < table->rowCount(); ++row) {
                const auto *signer = static_cast<QComboBox *>(table->cellWidget(row, 1));
                if (signer->currentData().isNull())
                    continue;
                const QString party = table->item(row, 0)->text();
                const QString by = signer->currentData().toString();
                signatures.append(
                    QJsonObject{{QStringLiteral("party"), party},
                                {QStringLiteral("signedBy"), by == party ? QString() : by}});
            }
            input.insert(key, signatures);
            break;
        }
        case ActionField::People: {
            QJsonArray people;
            const auto *table = static_cast<QTableWidget *>(editor);
            const auto cell = [table](int row, int column) {
                const QTableWidgetItem *item = table->item(row, column);
                return item ? item->text().trimmed() : QString();
            };
            for (int row = 0; row < table->rowCount(); ++row)
                if (!cell(row, 0).isEmpty())
                    people.append(QJsonObject{{QStringLiteral("name"), cell(row, 0)},
                                              {QStringLiteral("position"), cell(row, 1)},
                                              {QStringLiteral("phone"), cell(row, 2)}});
            input.insert(key, people);
            break;
        }
        }
    }
    return input;
}

QString ActionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ActionDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void ActionDialog::accept()
{
    // A date typed wrong is said, not left out.
    for (const auto &[field, editor] : m_editors) {
        const auto *optional = qobject_cast<OptionalDateEdit *>(editor);
        if (optional && optional->isInvalid()) {
            m_error->setText(Error{tr("\"%1\" is not a date; write it as %2")
                                       .arg(optional->lineEdit()->text().trimmed(),
                                            Clock::today().toString(QStringLiteral("yyyy-MM-dd"))),
                                   field->translatedLabel()}
                                 .describe());
            m_error->show();
            return;
        }
    }
    auto moved = m_store.cases().transition(m_record.id, QString::fromLatin1(m_action.code),
                                            input(), Clock::today());
    if (!moved) {
        showError(moved.error().describe());
        return;
    }
    m_result = moved.value();
    QDialog::accept();
}

void ActionDialog::setValues(const QJsonObject &values)
{
    for (const auto &[field, editor] : m_editors) {
        const QJsonValue value = values.value(QString::fromLatin1(field->key));
        if (value.isUndefined() || value.isNull())
            continue;
        switch (field->type) {
        case ActionField::Date:
            if (const QDate d = QDate::fromString(value.toString(), Qt::ISODate); d.isValid()) {
                // An optional date has its own editor, a required one a QDateEdit.
                if (auto *optional = qobject_cast<OptionalDateEdit *>(editor))
                    optional->setDate(d);
                else
                    static_cast<QDateEdit *>(editor)->setDate(d);
            }
            break;
        case ActionField::Text:
            static_cast<QLineEdit *>(editor)->setText(value.toString());
            break;
        case ActionField::LongText:
            static_cast<QPlainTextEdit *>(editor)->setPlainText(value.toString());
            break;
        case ActionField::Choice:
            static_cast<VocabularyCombo *>(editor)->setCode(value.toString());
            break;
        case ActionField::Days:
            static_cast<QSpinBox *>(editor)->setValue(value.toInt());
            break;
        case ActionField::Signer: {
            auto *combo = static_cast<QComboBox *>(editor);
            combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
            break;
        }
        case ActionField::Parties: {
            const QVariantList names = value.toArray().toVariantList();
            auto *list = static_cast<QListWidget *>(editor);
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(names.contains(list->item(i)->data(Qt::UserRole))
                                                 ? Qt::Checked
                                                 : Qt::Unchecked);
            break;
        }
        case ActionField::Signatures: {
            auto *table = static_cast<QTableWidget *>(editor);
            for (int row = 0; row < table->rowCount(); ++row) {
                const QString party = table->item(row, 0)->text();
                auto *signer = static_cast<QComboBox *>(table->cellWidget(row, 1));
                signer->setCurrentIndex(0);
                for (const QJsonValue &v : value.toArray()) {
                    const QJsonObject s = v.toObject();
                    if (s.value(QStringLiteral("party")).toString() != party)
                        continue;
                    const QString by = s.value(QStringLiteral("signedBy")).toString();
                    signer->setCurrentIndex(
                        std::max(0, signer->findData(by.isEmpty() ? party : by)));
                }
            }
            break;
        }
        case ActionField::People: {
            auto *table = static_cast<QTableWidget *>(editor);
            const QJsonArray people = value.toArray();
            table->setRowCount(std::max(table->rowCount(), int(people.size())));
            for (int row = 0; row < people.size(); ++row) {
                const QJsonObject person = people[row].toObject();
                for (const auto &[column, key] :
                     {std::pair{0, "name"}, std::pair{1, "position"}, std::pair{2, "phone"}})
                    table->setItem(
                        row, column,
                        new QTableWidgetItem(person.value(QString::fromLatin1(key)).toString()));
            }
            break;
        }
        }
    }
}

} // namespace huajie
