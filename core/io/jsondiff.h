#pragma once

#include <QJsonObject>

namespace huajie {

// What changed between two JSON documents: one entry per changed path
// ("dispute.claims", "parties"), each {"old": …, "new": …}; a missing side
// is absent. Nested objects are followed, arrays compared whole.
QJsonObject jsonDiff(const QJsonObject &before, const QJsonObject &after);

// The document before, from the one after and their jsonDiff: each changed
// path put back to its old value, or removed where it had none.
QJsonObject jsonUndiff(const QJsonObject &after, const QJsonObject &diff);

} // namespace huajie
