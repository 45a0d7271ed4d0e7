#include "documenttemplate.h"

#include "documents/chinesedate.h"
#include "i18n/contexts.h"

#include <QDate>
#include <QRegularExpression>

namespace huajie {
namespace {
using Node = DocumentTemplate::Node;

QString where(const QString &fileName, int line)
{
    return QStringLiteral("%1:%2").arg(fileName).arg(line);
}

bool isPath(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$)"));
    return pattern.match(path).hasMatch();
}

// Sections deeper than this are refused when the template is read, and a
// rendering that does more work or grows longer than this stops: a repeated
// section nested in itself multiplies (each level repeats all the inner
// ones), so a short template could otherwise take forever or fill memory.
// The shipped documents nest four deep at most.
constexpr int kMaxDepth = 32;
constexpr qint64 kMaxSteps = 100'000;
constexpr qint64 kMaxLength = 16 * 1024 * 1024;

// The values in scope, innermost last; a path's first name is looked up from
// the innermost scope outwards.
class Scopes
{
public:
    explicit Scopes(const QVariantMap &root) { m_stack.append(root); }
    void push(const QVariantMap &scope) { m_stack.append(scope); }
    void pop() { m_stack.removeLast(); }

    bool resolve(const QString &path, QVariant *value) const
    {
        const QStringList names = path.split(QLatin1Char('.'));
        for (auto scope = m_stack.crbegin(); scope != m_stack.crend(); ++scope) {
            if (!scope->contains(names.first()))
                continue;
            QVariant current = scope->value(names.first());
            for (qsizetype i = 1; i < names.size(); ++i) {
                const QVariantMap map = current.toMap();
                if (current.typeId() != QMetaType::QVariantMap || !map.contains(names[i]))
                    return false;
                current = map.value(names[i]);
            }
            *value = current;
            return true;
        }
        return false;
    }

    // Counts one node rendered and the text it adds; false once over budget.
    bool spend(qsizetype length)
    {
        ++m_steps;
        m_length += length;
        return m_steps <= kMaxSteps && m_length <= kMaxLength;
    }

private:
    QList<QVariantMap> m_stack;
    qint64 m_steps = 0;
    qint64 m_length = 0;
};

Error tooLarge(const QString &fileName, int line)
{
    return Error{DocumentText::tr("the document grows too large; is a {{#each}} repeated "
                                  "inside itself?"),
                 where(fileName, line)};
}

bool truthy(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::QString:
        return !v.toString().isEmpty();
    case QMetaType::QVariantList:
        return !v.toList().isEmpty();
    case QMetaType::QVariantMap:
        return !v.toMap().isEmpty();
    case QMetaType::QDate:
        return v.toDate().isValid();
    default:
        return v.isValid() && !v.isNull() && v.toString() != QLatin1String("0");
    }
}

Result<QString> renderNodes(const QList<Node> &nodes, Scopes &scopes, const QString &fileName)
{
    QString out;
    for (const Node &node : nodes) {
        if (!scopes.spend(node.kind == Node::Text ? node.text.size() : 0))
            return tooLarge(fileName, node.line);
        switch (node.kind) {
        case Node::Text:
            out += node.text;
            break;
        case Node::Field: {
            QVariant value;
            if (!scopes.resolve(node.path, &value))
                return Error{DocumentText::tr("unknown field {{%1}}").arg(node.path),
                             where(fileName, node.line)};
            QString text;
            if (value.typeId() == QMetaType::QDate)
                text = node.filter == QLatin1String("cndate") ? chineseNumeralDate(value.toDate())
                                                              : chineseDate(value.toDate());
            else if (value.typeId() == QMetaType::QVariantList ||
                     value.typeId() == QMetaType::QVariantMap)
                return Error{
                    DocumentText::tr("{{%1}} is a list or group, not a value").arg(node.path),
                    where(fileName, node.line)};
            else
                text = value.toString();
            text = text.toHtmlEscaped();
            if (!scopes.spend(text.size()))
                return tooLarge(fileName, node.line);
            out += text;
            break;
        }
        case Node::If: {
            QVariant value;
            if (!scopes.resolve(node.path, &value))
                return Error{DocumentText::tr("unknown field {{%1}}").arg(node.path),
                             where(fileName, node.line)};
            auto part =
                renderNodes(truthy(value) ? node.children : node.otherwise, scopes, fileName);
            if (!part)
                return part;
            out += part.value();
            break;
        }
        case Node::Each: {
            QVariant value;
            if (!scopes.resolve(node.path, &value))
                return Error{DocumentText::tr("unknown field {{%1}}").arg(node.path),
                             where(fileName, node.line)};
            if (value.typeId() != QMetaType::QVariantList)
                return Error{DocumentText::tr("{{#each %1}} needs a list").arg(node.path),
                             where(fileName, node.line)};
            const QVariantList items = value.toList();
            for (qsizetype i = 0; i < items.size(); ++i) {
                QVariantMap scope = items[i].toMap();
                scope.insert(QStringLiteral("@index"), QString::number(i + 1));
                scopes.push(scope);
                auto part = renderNodes(node.children, scopes, fileName);
                scopes.pop();
                if (!part)
                    return part;
                out += part.value();
            }
            break;
        }
        }
    }
    return out;
}
} // namespace

Result<DocumentTemplate> DocumentTemplate::parse(const QString &text, const QString &fileName)
{
    DocumentTemplate result;
    result.m_fileName = fileName;
    // The open sections, innermost last, each with the list it is filling.
    struct Open
    {
        Node node;
        bool inElse = false;
    };
    QList<Open> open;
    const auto target = [&]() -> QList<Node> & {
        if (open.isEmpty())
            return result.m_nodes;
        return open.last().inElse ? open.last().node.otherwise : open.last().node.children;
    };
    int line = 1;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype start = text.indexOf(QStringLiteral("{{"), pos);
        const QString literal = text.mid(pos, start < 0 ? -1 : start - pos);
        if (!literal.isEmpty())
            target().append(Node{Node::Text, literal, {}, {}, line, {}, {}});
        line += int(literal.count(QLatin1Char('\n')));
        if (start < 0)
            break;
        const qsizetype end = text.indexOf(QStringLiteral("}}"), start + 2);
        if (end < 0)
            return Error{DocumentText::tr("{{ is not closed"), where(fileName, line)};
        const QString tag = text.mid(start + 2, end - start - 2).trimmed();
        const int tagLine = line;
        line += int(tag.count(QLatin1Char('\n')));
        pos = end + 2;
        const auto bad = [&](const QString &message) {
            return Error{message, where(fileName, tagLine)};
        };
        if (tag.startsWith(QLatin1String("#if ")) || tag.startsWith(QLatin1String("#each "))) {
            const bool isIf = tag.startsWith(QLatin1String("#if "));
            const QString path = tag.mid(isIf ? 4 : 6).trimmed();
            if (!isPath(path))
                return bad(DocumentText::tr("\"%1\" is not a field name").arg(path));
            if (open.size() >= kMaxDepth)
                return bad(DocumentText::tr("sections nested more than %1 deep").arg(kMaxDepth));
            open.append({Node{isIf ? Node::If : Node::Each, {}, path, {}, tagLine, {}, {}}, false});
        } else if (tag == QLatin1String("else")) {
            if (open.isEmpty() || open.last().node.kind != Node::If || open.last().inElse)
                return bad(DocumentText::tr("{{else}} outside {{#if}}"));
            open.last().inElse = true;
        } else if (tag == QLatin1String("/if") || tag == QLatin1String("/each")) {
            const Node::Kind kind = tag == QLatin1String("/if") ? Node::If : Node::Each;
            if (open.isEmpty() || open.last().node.kind != kind)
                return bad(DocumentText::tr("{{%1}} closes nothing that is open").arg(tag));
            const Node closed = open.takeLast().node;
            target().append(closed);
        } else {
            const QStringList parts = tag.split(QLatin1Char('|'));
            Node field{Node::Field, {}, parts.first().trimmed(), {}, tagLine, {}, {}};
            if (parts.size() > 2)
                return bad(DocumentText::tr("one filter at most: {{%1}}").arg(tag));
            if (parts.size() == 2) {
                field.filter = parts.last().trimmed();
                if (field.filter != QLatin1String("date") &&
                    field.filter != QLatin1String("cndate"))
                    return bad(DocumentText::tr("\"%1\" is not a filter; there are date and cndate")
                                   .arg(field.filter));
            }
            if (field.path != QLatin1String("@index") && !isPath(field.path))
                return bad(DocumentText::tr("\"%1\" is not a field name").arg(field.path));
            target().append(field);
        }
    }
    if (!open.isEmpty())
        return Error{DocumentText::tr("{{#%1 %2}} is not closed")
                         .arg(open.last().node.kind == Node::If ? QStringLiteral("if")
                                                                : QStringLiteral("each"),
                              open.last().node.path),
                     where(fileName, open.last().node.line)};
    return result;
}

Result<QString> DocumentTemplate::render(const QVariantMap &data) const
{
    Scopes scopes(data);
    return renderNodes(m_nodes, scopes, m_fileName);
}

} // namespace huajie
