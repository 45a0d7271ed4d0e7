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

    // channel: RuleProfile::channelOf the case's source, for the words of its outcomes.
    void showCase(const CaseRecord &record, const QString &channel = {});
    void showNothing();

    static QString toHtml(const CaseRecord &record, const QString &channel = {});
};

} // namespace huajie
