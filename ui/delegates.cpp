#include "delegates.h"

#include "domain/vocabulary.h"
#include "optionaldateedit.h"
#include "vocabularycombo.h"

#include <QCompleter>
#include <QLineEdit>

namespace huajie {

VocabularyDelegate::VocabularyDelegate(const Vocabulary &vocabulary, int codeRole, bool allowEmpty,
                                       QObject *parent)
    : QStyledItemDelegate(parent), m_vocabulary(vocabulary), m_codeRole(codeRole),
      m_allowEmpty(allowEmpty)
{}

QWidget *VocabularyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    return new VocabularyCombo(m_vocabulary, m_allowEmpty ? QStringLiteral("") : QString(), parent);
}

void VocabularyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<VocabularyCombo *>(editor)->setCode(index.data(m_codeRole).toString());
}

void VocabularyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    model->setData(index, static_cast<VocabularyCombo *>(editor)->code(), m_codeRole);
}

QWidget *CompletingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        auto *completer = new QCompleter(m_completions, line);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        line->setCompleter(completer);
    }
    return editor;
}

QWidget *OptionalDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &) const
{
    auto *edit = new OptionalDateEdit(parent);
    // The view paints the cell behind it.
    edit->setAutoFillBackground(true);
    return edit;
}

void OptionalDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<OptionalDateEdit *>(editor)->setDate(index.data(Qt::EditRole).toDate());
}

void OptionalDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    const auto *edit = static_cast<OptionalDateEdit *>(editor);
    if (edit->isInvalid()) {
        Q_EMIT notADate(edit->lineEdit()->text().trimmed());
        return;
    }
    model->setData(index, edit->date(), Qt::EditRole);
}

} // namespace huajie
