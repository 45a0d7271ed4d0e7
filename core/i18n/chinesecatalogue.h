#pragma once

#include <QString>

namespace huajie {

class Vocabulary;

// Reports and ledgers for the justice bureau are in Chinese whatever the
// interface speaks: a code's label comes from the Chinese catalogue itself.
QString chineseLabel(const Vocabulary &vocabulary, const QString &code);

} // namespace huajie
