#pragma once

#include <QStyledItemDelegate>

namespace huajie {

class Vocabulary;

// Edits a cell that holds a code (read and written through codeRole) with a
// combo box of the vocabulary's labels.
class VocabularyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    VocabularyDelegate(const Vocabulary &vocabulary, int codeRole, bool allowEmpty,
                       QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    const Vocabulary &m_vocabulary;
    int m_codeRole;
    bool m_allowEmpty;
};

// Edits a name with completion from a list (the agencies directory, for
// the name of a respondent agency).
class CompletingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setCompletions(const QStringList &completions) { m_completions = completions; }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    QStringList m_completions;
};

// Edits an optional date (a party's birth date) with an OptionalDateEdit:
// empty while none is recorded, cleared with its clear button. A text that
// is not a date changes nothing and is said with notADate, not dropped
// silently.
class OptionalDateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

Q_SIGNALS:
    void notADate(const QString &text) const;
};

} // namespace huajie
