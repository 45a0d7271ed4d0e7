#pragma once

#include "domain/recordanchor.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace huajie {

// A document as it was issued: its text is kept, so that it reopens exactly
// as it went out, with a SHA-256 hash that shows any later change.
struct IssuedDocument
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind;   // a DocumentLibrary id: "notice", …
    QString number; // its own number, e.g. （2026）化解通字第5号; empty for kinds without one
    int year = 0;
    int sequence = 0; // 0 for kinds without a number
    QString html;
    QString sha256;
    QString issuedBy;
    QDateTime issuedAt; // UTC
    // Where the event log stood when it was issued, printed at its foot;
    // none for documents issued before anchors were printed.
    std::optional<RecordAnchor> anchor;
    // The hash its issuing event recorded: empty when there is no such event.
    QString issuedSha256;

    static QString hashOf(const QString &html);
    // Its text matches its hash, and that hash is the one its issuing event
    // recorded: replacing both text and hash is found too.
    bool intact() const { return hashOf(html) == sha256 && sha256 == issuedSha256; }
    // What is printed at the foot of its pages: its anchor, where it has one.
    QString footnote() const { return anchor ? anchor->label() : QString(); }
};

// How an issued document reached one of its addressees, and when it was
// received: the receipt date starts the deadlines that run from receipt.
struct ServiceRecord
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString recipient;
    QString method;         // vocab::serviceMethods()
    QString trackingNumber; // for post
    QString address;
    QDate sentOn;
    QDate receivedOn;   // invalid until known
    QString receivedBy; // who signed, when not the addressee
    QString note;

    bool operator==(const ServiceRecord &) const = default;
};

} // namespace huajie
