#include "directorypicker.h"

#include "store/directorystore.h"
#include "vocabularycombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace huajie {

DirectoryPicker::DirectoryPicker(DirectoryStore &directories, DirectoryKind kind, QWidget *parent)
    : QWidget(parent), m_directories(directories), m_kind(kind), m_combo(new QComboBox(this))
{
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *add = new QToolButton(this);
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add a new entry to %1").arg(directorySpec(kind).translatedTitle()));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(add);
    setFocusProxy(m_combo);
    connect(add, &QToolButton::clicked, this, &DirectoryPicker::quickAdd);
    reload();
}

void DirectoryPicker::reload()
{
    const QString current = name();
    m_combo->clear();
    m_combo->addItem(QString());
    if (auto names = m_directories.names(m_kind))
        m_combo->addItems(names.value());
    setName(current);
}

QString DirectoryPicker::name() const
{
    return m_combo->currentText().trimmed();
}

void DirectoryPicker::setName(const QString &name)
{
    const int index = m_combo->findText(name);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
    else
        m_combo->setEditText(name);
}

void DirectoryPicker::quickAdd()
{
    DirectoryEntry entry;
    entry.values.append(name());
    DirectoryEntryDialog dialog(m_directories, m_kind, entry, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    setName(dialog.entry().name());
}

DirectoryEntryDialog::DirectoryEntryDialog(DirectoryStore &directories, DirectoryKind kind,
                                           DirectoryEntry entry, QWidget *parent)
    : QDialog(parent), m_directories(directories), m_kind(kind), m_entry(std::move(entry)),
      m_error(new QLabel(this))
{
    const DirectorySpec &spec = directorySpec(kind);
    setWindowTitle(spec.translatedTitle());
    auto *form = new QFormLayout;
    for (int i = 0; i < spec.fields.size(); ++i) {
        const DirectoryField &field = spec.fields[i];
        const QString value = m_entry.values.value(i);
        QWidget *editor;
        if (field.vocabulary) {
            auto *combo =
                new VocabularyCombo(m_directories.choices(field), QStringLiteral(""), this);
            combo->setCode(value);
            editor = combo;
        } else {
            editor = new QLineEdit(value, this);
        }
        editor->setObjectName(QString::fromLatin1(field.key));
        m_editors.append(editor);
        form->addRow(field.translatedLabel() + (field.required ? QStringLiteral(" *") : QString()),
                     editor);
    }
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void DirectoryEntryDialog::accept()
{
    DirectoryEntry edited{m_entry.id, {}};
    for (QWidget *editor : m_editors) {
        if (auto *combo = qobject_cast<VocabularyCombo *>(editor))
            edited.values.append(combo->code());
        else
            edited.values.append(static_cast<QLineEdit *>(editor)->text());
    }
    auto saved = m_directories.save(m_kind, edited);
    if (!saved) {
        m_error->setText(saved.error().describe());
        return;
    }
    edited.id = saved.value();
    m_entry = edited;
    QDialog::accept();
}

} // namespace huajie
