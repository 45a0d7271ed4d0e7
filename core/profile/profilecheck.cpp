#include "profilecheck.h"

#include "i18n/contexts.h"

namespace huajie::profilecheck {

const QStringList &channels()
{
    static const QStringList names = {
        QStringLiteral("court"),          QStringLiteral("reconsideration"),
        QStringLiteral("procuratorate"),  QStringLiteral("petition"),
        QStringLiteral("administrative"), QStringLiteral("direct")};
    return names;
}

Error notOneOf(const QString &value, const QStringList &allowed, const QString &path)
{
    return Error{
        DeadlineText::tr("\"%1\" is not one of: %2").arg(value, allowed.join(QStringLiteral(", "))),
        path};
}

} // namespace huajie::profilecheck
