#pragma once

#include "documents/documenttemplate.h"
#include "result.h"

#include <QList>
#include <QString>

namespace huajie {

struct RuleProfile;

// The printable documents: shipped in templates/ (built into the program and
// installed under share/huajie/templates), and a center's own copy of one in
// the data folder's "templates", which wins. A template set (a profile's
// "center.templates") is a folder of those templates that differ for a center.
struct DocumentKind
{
    const char *id;
    const char *title; // English, translated in the "Document" context

    QString translatedTitle() const;
};

class DocumentLibrary
{
public:
    static const QList<DocumentKind> &kinds();
    // The documents a center has: every kind, but the invitation to take
    // part early and its reply only where its profile has that step (S2
    // §4–§7), and the extension's and the mediator's opinion at its time
    // limit's end only where its rules set one (S0 §22, §23(一)).
    static QList<DocumentKind> kindsOf(const RuleProfile &profile);
    // The translated title of the kind of that id; the id itself when unknown.
    static QString title(const QString &id);
    static QString userFolder();
    // The template of that id, parsed; where it was read from is in errors.
    // The center's own copy first, then that of the profile's template set
    // (templates/<set>/), then the shipped one.
    static Result<DocumentTemplate> load(const QString &id, const QString &templateSet = {});
};

} // namespace huajie
