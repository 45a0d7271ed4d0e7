#pragma once

#include "documents/documenttemplate.h"
#include "documents/issueddocument.h"
#include "result.h"
#include "store/documentstore.h"

#include <QHash>

namespace huajie {

class Store;
struct CaseRecord;

// Fills the documents of cases with what the store knows besides the case:
// the center's name, the lead mediator's phone, the case's sessions and the
// document's own number; and issues them. Each template is read once.
class DocumentComposer
{
public:
    explicit DocumentComposer(Store &store) : m_store(store) {}

    // The document as it would be issued today, with the number it would get.
    Result<QString> preview(const CaseRecord &record, const QString &kind, const QDate &today);
    // Numbers it, fills it, delivers it (DocumentStore::issue) and keeps it with the case.
    Result<IssuedDocument> issue(const CaseRecord &record, const QString &kind, const QDateTime &at,
                                 const DocumentStore::Deliver &deliver = {});

private:
    Result<QString> fill(const CaseRecord &record, const QString &kind, const QString &number,
                         const QDate &today);

    Store &m_store;
    QHash<QString, DocumentTemplate> m_templates;
};

} // namespace huajie
