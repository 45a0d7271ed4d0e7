#pragma once

#include <QString>

#include <optional>

namespace huajie {

// Where the event log stood at a moment, carried outside the database file:
// on every issued document, frozen and exported report, as "1234:0123456789abcdef",
// the sequence of the last event and the first 16 hex digits of its hash.
// Whoever rewrites history must then rewrite every paper and copy too.
class RecordAnchor
{
public:
    static constexpr int kDigits = 16;

    RecordAnchor() = default; // the empty log: event 0, the genesis hash
    // Of an event, from its sequence and its full hash.
    static RecordAnchor of(qint64 sequence, const QString &hash);
    // "SEQ:HEX", HEX 16 to 64 hex digits (the printed form has 16);
    // none for anything else.
    static std::optional<RecordAnchor> parse(const QString &text);

    qint64 sequence() const { return m_sequence; }
    QString digits() const { return m_digits; }
    // "1234:0123456789abcdef"
    QString toText() const;
    // "记录锚点 1234:0123456789abcdef", as printed at the foot of a page.
    QString label() const;
    // The event of this sequence has this hash.
    bool matches(qint64 sequence, const QString &hash) const;

    bool operator==(const RecordAnchor &) const = default;

private:
    qint64 m_sequence = 0;
    QString m_digits = QString(kDigits, QLatin1Char('0'));
};

} // namespace huajie
