#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

#include <cstddef>
#include <cstdint>

namespace huajie::fuzz {

// Some of core asks the application for its paths and translators.
inline void startApplication(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A fixed "today", so that a finding reproduces on any day.
inline const QDate kToday{2026, 11, 25};

} // namespace huajie::fuzz
