#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

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

    static QString hashOf(const QString &html);
    bool intact() const { return hashOf(html) == sha256; }
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
