#pragma once

#include <QDate>
#include <QString>

namespace huajie {

// 2026年11月23日, as dates stand in the body of official documents.
QString chineseDate(const QDate &date);
// 二〇二六年十一月二十三日, as dates stand under a signature.
QString chineseNumeralDate(const QDate &date);

} // namespace huajie
