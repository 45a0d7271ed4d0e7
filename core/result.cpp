#include "result.h"

#include <QCoreApplication>

namespace huajie {

QString Error::describe() const
{
    return field.isEmpty() ? message
                           : QCoreApplication::translate("Error", "%1: %2").arg(field, message);
}

} // namespace huajie
