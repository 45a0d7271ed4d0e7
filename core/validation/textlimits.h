#pragma once

#include "result.h"

#include <QString>

namespace huajie {

// What a field typed by a person may hold, by its kind (README, "Limits of
// what is entered"). Every command, dialog and import checks its text here,
// so that a field has the same limit wherever it is entered. Longer text is
// a mistake or an attack, not a case: it would fill memory and make the
// documents that print it take minutes.
enum class TextKind
{
    Line,     // a name, number, phone, address, place, room: one line, 200 characters
    Sentence, // the disputed act, a condition, a note: one line, 500
    Reason,   // why a record is changed, a session moved, a day set: 2,000, with line breaks
    Text,     // claims, summaries, the plan, agreed terms, an explanation: 10,000
    Minutes,  // a session's minutes: 20,000
};

qsizetype maxLength(TextKind kind);

// The text as typed: at most the kind's length, no broken UTF-16, no
// control characters (line breaks and tabs only where the kind allows
// them), no bidirectional overrides. Names the field, the limit or the
// position of the character.
Result<void> checkField(const QString &text, const QString &fieldName, TextKind kind);

// The same with a length of its own.
Result<void> checkText(const QString &text, const QString &fieldName, qsizetype maxLength,
                       bool multiline = false);

} // namespace huajie
