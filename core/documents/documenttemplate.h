#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace huajie {

// The small template language of the printed documents:
//   {{case.number}}                      a value, HTML-escaped
//   {{case.registeredOn | date}}         2026年11月23日
//   {{today | cndate}}                   二〇二六年十一月二十三日
//   {{#if case.judge}}…{{else}}…{{/if}}  a condition
//   {{#each applicants}}{{name}}{{/each}} a repeated section; {{@index}} counts from 1
// A syntax error or a field the data does not have is refused with the
// file and line; a document is never printed half-filled. So is a template
// nested too deep, or one that renders without end.
class DocumentTemplate
{
public:
    // A template is a few KB; one larger than this is refused unread.
    static constexpr qint64 kMaxFileBytes = 256 * 1024;

    static Result<DocumentTemplate> parse(const QString &text, const QString &fileName);
    Result<QString> render(const QVariantMap &data) const;
    const QString &fileName() const { return m_fileName; }

    struct Node
    {
        enum Kind
        {
            Text,
            Field,
            If,
            Each
        };
        Kind kind = Text;
        QString text;   // Text
        QString path;   // Field, If, Each
        QString filter; // Field: "", "date" or "cndate"
        int line = 1;
        QList<Node> children;
        QList<Node> otherwise; // If's {{else}} part
    };

private:
    QString m_fileName;
    QList<Node> m_nodes;
};

} // namespace huajie
