#include "documentlibrary.h"

#include "i18n/contexts.h"
#include "installeddata.h"
#include "io/boundedread.h"
#include "profile/ruleprofile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace huajie {

QString DocumentKind::translatedTitle() const
{
    return QCoreApplication::translate("Document", title);
}

const QList<DocumentKind> &DocumentLibrary::kinds()
{
    static const QList<DocumentKind> all = {
        {"application", QT_TRANSLATE_NOOP("Document", "Application for coordination")},
        {"referral", QT_TRANSLATE_NOOP("Document", "Referral letter")},
        {"notice", QT_TRANSLATE_NOOP("Document", "Notice to the agency")},
        {"power-of-attorney", QT_TRANSLATE_NOOP("Document", "Power of attorney")},
        {"session-notice", QT_TRANSLATE_NOOP("Document", "Notice of a mediation session")},
        {"minutes", QT_TRANSLATE_NOOP("Document", "Minutes of a session")},
        {"agreement", QT_TRANSLATE_NOOP("Document", "Mediation agreement")},
        {"extension-approval", QT_TRANSLATE_NOOP("Document", "Approval of an extension")},
        {"extension-notice", QT_TRANSLATE_NOOP("Document", "Notice of extension")},
        {"mediator-opinion", QT_TRANSLATE_NOOP("Document", "Written opinion of the mediator")},
        {"termination-notice", QT_TRANSLATE_NOOP("Document", "Notice of termination")},
        {"report", QT_TRANSLATE_NOOP("Document", "Mediation report")},
        {"confirmation-application",
         QT_TRANSLATE_NOOP("Document", "Application for judicial confirmation")},
        {"service-proof", QT_TRANSLATE_NOOP("Document", "Proof of service")},
        {"follow-up", QT_TRANSLATE_NOOP("Document", "Follow-up record")},
        {"invitation", QT_TRANSLATE_NOOP("Document", "Invitation to take part early")},
        {"invitation-reply", QT_TRANSLATE_NOOP("Document", "Reply to an invitation")},
    };
    return all;
}

QList<DocumentKind> DocumentLibrary::kindsOf(const RuleProfile &profile)
{
    QList<DocumentKind> offered = kinds();
    if (!profile.earlyInvolvement.enabled)
        offered.removeIf([](const DocumentKind &kind) {
            return QLatin1String(kind.id).startsWith(QLatin1String("invitation"));
        });
    if (!profile.hasTimeLimit())
        offered.removeIf([](const DocumentKind &kind) {
            const QLatin1String id(kind.id);
            return id.startsWith(QLatin1String("extension-")) ||
                   id == QLatin1String("mediator-opinion");
        });
    return offered;
}

QString DocumentLibrary::title(const QString &id)
{
    for (const DocumentKind &kind : kinds())
        if (id == QLatin1String(kind.id))
            return kind.translatedTitle();
    return id;
}

QString DocumentLibrary::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/templates");
}

Result<DocumentTemplate> DocumentLibrary::load(const QString &id, const QString &templateSet)
{
    const bool known = std::any_of(kinds().cbegin(), kinds().cend(), [&](const DocumentKind &k) {
        return id == QLatin1String(k.id);
    });
    if (!known) {
        QStringList ids;
        for (const DocumentKind &k : kinds())
            ids.append(QString::fromLatin1(k.id));
        return Error{DocumentText::tr("\"%1\" is not a document; the documents are: %2")
                         .arg(id, ids.join(QStringLiteral(", ")))};
    }
    const QStringList shipped =
        shippedDataFolders(QStringLiteral("templates"), QStringLiteral("templates"));
    QStringList folders{userFolder()};
    if (!templateSet.isEmpty()) {
        QStringList sets{QDir(userFolder()).filePath(templateSet)};
        for (const QString &folder : shipped)
            sets.append(QDir(folder).filePath(templateSet));
        // A set named but found nowhere would print another center's wording unnoticed.
        if (std::none_of(sets.cbegin(), sets.cend(),
                         [](const QString &set) { return QFileInfo(set).isDir(); }))
            return Error{DocumentText::tr("There is no template set \"%1\" (the profile's "
                                          "center.templates)")
                             .arg(templateSet)};
        folders += sets;
    }
    folders += shipped;
    for (const QString &folder : std::as_const(folders)) {
        const QString path = QDir(folder).filePath(id + QStringLiteral(".html"));
        const QFileInfo info(path);
        if (!info.exists())
            continue;
        // A link out of the folder would print whatever file it points to.
        const QString inside = QFileInfo(folder).canonicalFilePath() + QLatin1Char('/');
        if (!info.canonicalFilePath().startsWith(inside) || !info.isFile())
            return Error{DocumentText::tr("is not a file of the templates folder %1; a template "
                                          "cannot be a link to a file elsewhere")
                             .arg(folder),
                         path};
        auto text = readFileBounded(path, DocumentTemplate::kMaxFileBytes);
        if (!text)
            return text.error();
        return DocumentTemplate::parse(QString::fromUtf8(text.value()), path);
    }
    return Error{DocumentText::tr("The template of %1 is missing").arg(id)};
}

} // namespace huajie
