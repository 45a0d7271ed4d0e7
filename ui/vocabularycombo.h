#pragma once

#include "profile/profilevocabularies.h"

#include <QComboBox>

namespace huajie {

// A combo box over a closed list: shows the translated labels, keeps the codes.
class VocabularyCombo : public QComboBox
{
    Q_OBJECT

public:
    // emptyLabel, when given, is a first entry that stands for no code. A
    // built-in list is offered whole, a profile's list as the center offers it.
    VocabularyCombo(const OfferedTerms &terms, const QString &emptyLabel = {},
                    QWidget *parent = nullptr);

    QString code() const;
    // A built-in code the list does not offer (a case recorded under another
    // profile) is shown as an entry of its own, so that it stays as it is.
    void setCode(const QString &code);
    // Offers another list (the center chose another profile), keeping the
    // code chosen when the new list has it.
    void setTerms(const OfferedTerms &terms);

private:
    void fill();

    OfferedTerms m_terms;
    QString m_emptyLabel;
};

} // namespace huajie
