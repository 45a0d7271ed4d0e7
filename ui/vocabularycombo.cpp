#include "vocabularycombo.h"

#include "domain/vocabulary.h"

#include <QSignalBlocker>

namespace huajie {

VocabularyCombo::VocabularyCombo(const OfferedTerms &terms, const QString &emptyLabel,
                                 QWidget *parent)
    : QComboBox(parent), m_terms(terms), m_emptyLabel(emptyLabel)
{
    fill();
}

void VocabularyCombo::fill()
{
    if (!m_emptyLabel.isNull())
        addItem(m_emptyLabel, QString());
    for (const QString &code : m_terms.codes())
        addItem(m_terms.label(code), code);
}

void VocabularyCombo::setTerms(const OfferedTerms &terms)
{
    const QString chosen = code();
    m_terms = terms;
    {
        const QSignalBlocker quiet(this);
        clear();
        fill();
        const int index = findData(chosen);
        setCurrentIndex(index >= 0 ? index : 0);
    }
    // Once, whatever the list was: what follows the choice looks again.
    Q_EMIT currentIndexChanged(currentIndex());
}

QString VocabularyCombo::code() const
{
    return currentData().toString();
}

void VocabularyCombo::setCode(const QString &code)
{
    int index = findData(code);
    if (index < 0 && !code.isEmpty() && m_terms.builtIn().contains(code)) {
        addItem(m_terms.label(code), code);
        index = count() - 1;
    }
    setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace huajie
