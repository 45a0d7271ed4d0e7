#include "vocabularycombo.h"

#include "domain/vocabulary.h"

namespace huajie {

VocabularyCombo::VocabularyCombo(const Vocabulary &vocabulary, const QString &emptyLabel,
                                 QWidget *parent)
    : QComboBox(parent)
{
    if (!emptyLabel.isNull())
        addItem(emptyLabel, QString());
    for (const QString &code : vocabulary.codes())
        addItem(vocabulary.label(code), code);
}

QString VocabularyCombo::code() const
{
    return currentData().toString();
}

void VocabularyCombo::setCode(const QString &code)
{
    const int index = findData(code);
    setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace huajie
