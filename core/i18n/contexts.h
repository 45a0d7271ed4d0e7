#pragma once

#include <QCoreApplication>

// Translation contexts for text written outside QObject classes: call
// ValidationText::tr("…") and lupdate files the text under "Validation".
namespace huajie {

struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

struct FieldText
{
    Q_DECLARE_TR_FUNCTIONS(Field)
};

struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(Json)
};

struct AccountText
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
};

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct LifecycleText
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)
};

struct DeadlineText
{
    Q_DECLARE_TR_FUNCTIONS(Deadline)
};

struct DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(Document)
};

struct StatisticsText
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};

struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(File)
};

} // namespace huajie
