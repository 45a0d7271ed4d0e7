#pragma once

#include "domain/caserecord.h"
#include "profile/profilevocabularies.h"

#include <QTextBrowser>

namespace huajie {

// The whole case at a glance, read-only, beside the list.
class CaseDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CaseDetailView(QWidget *parent = nullptr);

    // Codes are shown with the labels of the center's profile.
    void showCase(const CaseRecord &record, const ProfileVocabularies &vocabularies);
    void showNothing();

    static QString toHtml(const CaseRecord &record, const ProfileVocabularies &vocabularies);
};

} // namespace huajie
