#include "issueddocument.h"

#include <QCryptographicHash>

namespace huajie {

QString IssuedDocument::hashOf(const QString &html)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(html.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace huajie
