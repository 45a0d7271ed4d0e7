#pragma once

#include <QJsonObject>

namespace huajie {

// What changed between two JSON documents: one entry per changed path
// ("dispute.claims", "parties"), each {"old": …, "new": …}; a missing side
// is absent. Nested objects are followed, arrays compared whole.
QJsonObject jsonDiff(const QJsonObject &before, const QJsonObject &after);

} // namespace huajie
