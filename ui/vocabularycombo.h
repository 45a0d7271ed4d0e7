#pragma once

#include <QComboBox>

namespace huajie {

class Vocabulary;

// A combo box over a closed list: shows the translated labels, keeps the codes.
class VocabularyCombo : public QComboBox
{
    Q_OBJECT

public:
    // emptyLabel, when given, is a first entry that stands for no code.
    VocabularyCombo(const Vocabulary &vocabulary, const QString &emptyLabel = {},
                    QWidget *parent = nullptr);

    QString code() const;
    void setCode(const QString &code);
};

} // namespace huajie
