#include "officiallayout.h"

#include "i18n/contexts.h"
#include "io/ownerfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace huajie {
namespace {
QString firstInstalled(std::initializer_list<const char *> families)
{
    const QStringList installed = QFontDatabase::families();
    for (const char *family : families)
        if (installed.contains(QString::fromLatin1(family)))
            return QString::fromLatin1(family);
    return QString::fromLatin1(*families.begin());
}

constexpr double kBodyPoints = 16;       // 三号
constexpr double kTitlePoints = 22;      // 二号
constexpr double kPageNumberPoints = 14; // 四号
constexpr double kFootnotePoints = 7;
// 22 lines to the page (GB/T 9704 §5.2.2): 225 mm of text area.
constexpr double kLinePitchPoints = 28.9;

// For every radical (U+2E80–U+2FDF) that these fonts draw with an
// ideograph's glyph, that ideograph: found in the fonts themselves, since
// only a few radicals have a Unicode decomposition (⻩ U+2EE9 has none).
QHash<char16_t, char16_t> radicalIdeographs(const QStringList &families)
{
    QHash<char16_t, char16_t> result;
    for (const QString &family : families) {
        const QRawFont font = QRawFont::fromFont(QFont(family));
        if (!font.isValid())
            continue;
        QHash<quint32, char16_t> byGlyph;
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c) {
            const QList<quint32> glyph = font.glyphIndexesForString(QString(QChar(c)));
            if (!glyph.isEmpty() && glyph.first() != 0 && !byGlyph.contains(glyph.first()))
                byGlyph.insert(glyph.first(), c);
        }
        for (char16_t radical = 0x2E80; radical <= 0x2FDF; ++radical) {
            const QList<quint32> glyph = font.glyphIndexesForString(QString(QChar(radical)));
            if (!glyph.isEmpty() && byGlyph.contains(glyph.first()) && !result.contains(radical))
                result.insert(radical, byGlyph.value(glyph.first()));
        }
    }
    return result;
}

// Qt draws a paragraph that a page break cuts on both pages, the lines of
// the other page hidden by the clip but still there in the copied text. So
// a paragraph is split where a page breaks it: each part is on one page.
// The places are found on the finished layout and split from the last, so
// that the positions found stay right.
void splitAtPageBreaks(QTextDocument &document, double pageHeight)
{
    (void)document.pageCount(); // finishes the layout
    QList<std::pair<int, QTextBlockFormat>> splits;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const double top = document.documentLayout()->blockBoundingRect(block).top();
        for (int i = 1; i < layout->lineCount(); ++i)
            if (int((top + layout->lineAt(i).y()) / pageHeight) !=
                int((top + layout->lineAt(i - 1).y()) / pageHeight)) {
                QTextBlockFormat continued = block.blockFormat();
                continued.setTextIndent(0); // the paragraph goes on; it does not start again
                splits.append({block.position() + layout->lineAt(i).textStart(), continued});
            }
    }
    // One edit: laid out again once, not after every split.
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (auto it = splits.crbegin(); it != splits.crend(); ++it) {
        cursor.setPosition(it->first);
        cursor.insertBlock(it->second, cursor.charFormat());
    }
    cursor.endEditBlock();
}

// The pages up to the last line of text: a full last page leaves an empty
// one after it, which is not printed.
int pagesWithText(const QTextDocument &document, double pageHeight)
{
    for (QTextBlock block = document.lastBlock(); block.isValid(); block = block.previous()) {
        if (block.text().trimmed().isEmpty())
            continue;
        const double bottom = document.documentLayout()->blockBoundingRect(block).bottom();
        return int((bottom - 1) / pageHeight) + 1;
    }
    return 1;
}

// A document that reads nothing from outside its text: an image or style
// sheet named in a template (<img src="/etc/passwd">, file: and http:
// addresses) is not loaded into the PDF. Only data: addresses, which hold
// the image itself (a report's charts), are drawn. An image left without
// data is given a blank one, since Qt would otherwise read the file itself.
class SealedDocument : public QTextDocument
{
protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (name.scheme() == QLatin1String("data"))
            return QTextDocument::loadResource(type, name);
        if (type == QTextDocument::ImageResource) {
            QImage blank(1, 1, QImage::Format_ARGB32);
            blank.fill(Qt::transparent);
            return blank;
        }
        return {};
    }
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}
} // namespace

Result<void> OfficialLayout::checkBounds(const QString &bodyHtml)
{
    // The images a report's charts carry in data: addresses are not text to lay out.
    static const QRegularExpression image(QStringLiteral(R"(data:image/[^"'\s>]*)"));
    qsizetype length = bodyHtml.size();
    for (auto it = image.globalMatch(bodyHtml); it.hasNext();)
        length -= it.next().capturedLength();
    if (length > kMaxCharacters)
        return Error{DocumentText::tr("The document is %1 characters long; a document is laid "
                                      "out up to %2")
                         .arg(length)
                         .arg(kMaxCharacters)};
    static const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z][A-Za-z0-9]*)"));
    int elements = 0;
    int tableDepth = 0;
    for (auto it = tag.globalMatch(bodyHtml); it.hasNext();) {
        const auto match = it.next();
        const bool closing = !match.capturedView(1).isEmpty();
        if (!closing && ++elements > kMaxElements)
            return Error{DocumentText::tr("The document has more than %1 paragraphs, cells and "
                                          "other parts; a document is laid out up to %1")
                             .arg(kMaxElements)};
        if (match.capturedView(2).compare(QLatin1String("table"), Qt::CaseInsensitive) != 0)
            continue;
        tableDepth += closing ? -1 : 1;
        if (tableDepth > kMaxTableDepth)
            return Error{DocumentText::tr("The document has tables nested more than %1 deep")
                             .arg(kMaxTableDepth)};
    }
    return {};
}

QString OfficialLayout::bodyFamily()
{
    return firstInstalled({"FangSong", "FangSong_GB2312", "Noto Serif CJK SC"});
}

QString OfficialLayout::titleFamily()
{
    return firstInstalled({"SimHei", "Noto Sans CJK SC"});
}

void OfficialLayout::prepare(QTextDocument &document, const QString &bodyHtml)
{
    QFont body(bodyFamily());
    body.setPointSizeF(kBodyPoints);
    document.setDefaultFont(body);
    // Qt reads text-indent in pixels of the paint device only (32pt is
    // ignored): the first line of a paragraph is indented two characters.
    const QPaintDevice *device = document.documentLayout()->paintDevice();
    const double indent = 2 * kBodyPoints * (device ? device->logicalDpiX() : 96) / 72.0;
    document.setDefaultStyleSheet(
        QStringLiteral(
            "h1 { font-family: '%1'; font-size: %2pt; font-weight: normal; text-align: center; "
            "margin-top: 0; margin-bottom: 16pt; }"
            "p { margin: 0; text-indent: %3px; }"
            "p.number { text-align: center; text-indent: 0px; margin-bottom: 12pt; }"
            "p.addressee { text-indent: 0px; }"
            "p.signature { text-align: right; text-indent: 0px; }"
            // The case's registration number, under a document's own number.
            "p.reference { text-align: right; text-indent: 0px; margin-bottom: 12pt; }"
            // Lines that start at the margin: headers, signature lines, annexes.
            "p.plain { text-indent: 0px; }"
            "p.heading { font-family: '%1'; }"
            "p.note { font-size: 12pt; line-height: 130%; text-indent: 0px; margin-top: 6pt; }"
            // Table forms: bordered cells in 小四, as forms are printed.
            "table.form { border-collapse: collapse; font-size: 12pt; margin-top: 6pt; "
            "margin-bottom: 12pt; }"
            // Room left to fill by hand, as in "　　年　　月　　日": full-width
            // spaces kept as they are.
            "span.blank { white-space: pre; }"
            // A repeated part (one per party) after the first starts a new page.
            "div.break { page-break-before: always; }")
            .arg(titleFamily())
            .arg(kTitlePoints)
            .arg(indent));
    document.setHtml(bodyHtml);
    // Lines at the standard's pitch whatever the face: the CJK fallback
    // faces are taller than FangSong, and a fixed proportion of their height
    // put 17 lines on a page instead of 22. Lines styled otherwise keep theirs.
    const double natural =
        device ? QFontMetricsF(body, device).lineSpacing() : QFontMetricsF(body).lineSpacing();
    const double pitch = kLinePitchPoints * (device ? device->logicalDpiY() : 96) / 72.0;
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.lineHeightType() != QTextBlockFormat::SingleHeight)
            continue;
        format.setLineHeight(100 * pitch / natural, QTextBlockFormat::ProportionalHeight);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

QByteArray OfficialLayout::repairToUnicode(QByteArray pdf)
{
    static const QHash<char16_t, char16_t> ideographs =
        radicalIdeographs({bodyFamily(), titleFamily()});
    qsizetype pos = 0;
    while ((pos = pdf.indexOf("begincmap", pos)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", pos);
        if (end < 0)
            break;
        // Line by line: in a bfchar line the first code is the glyph's, in a
        // bfrange line the first two; the codes after them are text.
        bool inChars = false;
        bool inRanges = false;
        qsizetype lineStart = pos;
        while (lineStart < end) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QByteArray line = pdf.mid(lineStart, lineEnd - lineStart);
            if (line.contains("beginbfchar"))
                inChars = true;
            else if (line.contains("endbfchar"))
                inChars = false;
            else if (line.contains("beginbfrange"))
                inRanges = true;
            else if (line.contains("endbfrange"))
                inRanges = false;
            else if (inChars || inRanges) {
                int codes = 0;
                const int glyphCodes = inChars ? 1 : 2;
                for (qsizetype i = lineStart; i + 5 < lineEnd + 1; ++i) {
                    if (pdf.at(i) != '<' || i + 5 > lineEnd || pdf.at(i + 5) != '>')
                        continue;
                    int value = 0;
                    bool hex = true;
                    for (int k = 1; k <= 4 && hex; ++k) {
                        const int digit = hexValue(pdf.at(i + k));
                        hex = digit >= 0;
                        value = value * 16 + digit;
                    }
                    if (!hex)
                        continue;
                    if (codes++ < glyphCodes)
                        continue;
                    if (const char16_t ideograph = ideographs.value(char16_t(value))) {
                        const QByteArray replacement =
                            QByteArray::number(ideograph, 16).toUpper().rightJustified(4, '0');
                        for (int k = 0; k < 4; ++k)
                            pdf[i + 1 + k] = replacement.at(k);
                    }
                    i += 5;
                }
            }
            lineStart = lineEnd + 1;
        }
        pos = end;
    }
    return pdf;
}

Result<void> OfficialLayout::paint(QPagedPaintDevice &device, const QString &bodyHtml,
                                   const QString &footnote)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(28, 37, 26, 35), QPageLayout::Millimeter));
    if (auto bounded = checkBounds(bodyHtml); !bounded)
        return bounded;
    QPainter painter;
    if (!painter.begin(&device))
        return Error{DocumentText::tr("The printer cannot be used")};
    SealedDocument document;
    document.documentLayout()->setPaintDevice(&device);
    prepare(document, bodyHtml);
    const int dpi = device.logicalDpiY();
    const QRectF page = device.pageLayout().paintRectPixels(dpi);
    document.setPageSize(page.size());
    splitAtPageBreaks(document, page.height());
    QFont numberFont(firstInstalled({"SimSun", "Noto Serif CJK SC"}));
    numberFont.setPointSizeF(kPageNumberPoints);
    // Fixed width, so that a hex digit reads as what it is.
    QFont footnoteFont(firstInstalled({"Noto Sans Mono CJK SC", "SimHei"}));
    footnoteFont.setPointSizeF(kFootnotePoints);
    const double margin = device.pageLayout().marginsPixels(dpi).bottom();
    const int pages = pagesWithText(document, page.height());
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        document.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
        painter.restore();
        // The page number in the bottom margin, centred: — 1 —.
        painter.setFont(numberFont);
        painter.drawText(QRectF(0, page.height() + margin * 0.15, page.width(), margin * 0.5),
                         Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("— %1 —").arg(i + 1));
        // The record anchor at the right, below the page number.
        if (!footnote.isEmpty()) {
            painter.setFont(footnoteFont);
            painter.drawText(QRectF(0, page.height() + margin * 0.65, page.width(), margin * 0.3),
                             Qt::AlignRight | Qt::AlignTop, footnote);
        }
    }
    if (!painter.end())
        return Error{DocumentText::tr("The printer cannot be used")};
    return {};
}

Result<QByteArray> OfficialLayout::pdf(const QString &bodyHtml, const QString &title,
                                       const QString &footnote)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Huajie"));
        writer.setResolution(300);
        if (auto painted = paint(writer, bodyHtml, footnote); !painted)
            return painted.error();
    }
    return repairToUnicode(buffer.data());
}

Result<void> OfficialLayout::writePdf(const QString &bodyHtml, const QString &title,
                                      const QString &path, const QString &footnote)
{
    auto bytes = pdf(bodyHtml, title, footnote);
    if (!bytes)
        return bytes.error();
    return OwnerOnlyFile::write(path, bytes.value());
}

} // namespace huajie
