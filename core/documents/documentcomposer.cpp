#include "documentcomposer.h"

#include "documents/documentdata.h"
#include "documents/documentlibrary.h"
#include "documents/officiallayout.h"
#include "store/store.h"

namespace huajie {

Result<QString> DocumentComposer::fill(const CaseRecord &record, const QString &kind,
                                       const QString &number, const QDate &today)
{
    auto found = m_templates.constFind(kind);
    if (found == m_templates.cend()) {
        auto loaded =
            DocumentLibrary::load(kind, m_store.deadlineSetup().profile.texts.templateSet);
        if (!loaded)
            return loaded.error();
        found = m_templates.insert(kind, loaded.value());
    }
    auto sessions = m_store.sessions().forCase(record.id);
    if (!sessions)
        return sessions.error();
    // A cancelled session is called to, and minuted in, no document.
    sessions.value().removeIf([](const Session &s) { return s.isCancelled(); });
    DocumentContext context{
        m_store.centerName(),
        m_store.directories().valueOf(DirectoryKind::Mediators, record.leadMediator, "phone"),
        today,
        number,
        sessions.value(),
        &m_store.deadlineSetup()};
    auto filled = found->render(documentData(record, context));
    if (!filled)
        return filled;
    // Refused here already, so that no draft is shown that could not be printed.
    if (auto bounded = OfficialLayout::checkBounds(filled.value()); !bounded)
        return Error{bounded.error().message, found->fileName()};
    return filled;
}

Result<QString> DocumentComposer::preview(const CaseRecord &record, const QString &kind,
                                          const QDate &today)
{
    auto number = m_store.documents().nextNumber(kind, today.year());
    if (!number)
        return number.error();
    return fill(record, kind, number.value(), today);
}

Result<IssuedDocument> DocumentComposer::issue(const CaseRecord &record, const QString &kind,
                                               const QDateTime &at,
                                               const DocumentStore::Deliver &deliver)
{
    const QDate today = at.toLocalTime().date();
    return m_store.documents().issue(
        record, kind, [&](const QString &number) { return fill(record, kind, number, today); }, at,
        deliver);
}

} // namespace huajie
