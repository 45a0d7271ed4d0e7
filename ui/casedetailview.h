#pragma once

#include "domain/caserecord.h"

#include <QTextBrowser>

namespace huajie {

// The whole case at a glance, read-only, beside the list.
class CaseDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CaseDetailView(QWidget *parent = nullptr);

    void showCase(const CaseRecord &record);
    void showNothing();

    static QString toHtml(const CaseRecord &record);
};

} // namespace huajie
