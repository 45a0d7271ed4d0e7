#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace huajie {

// The layout of official documents after GB/T 9704: A4; margins 37 mm top,
// 35 mm bottom, 28 mm left, 26 mm right; title centred in a hei face; body
// in a FangSong face at 16 pt; page numbers "— 1 —" below the text.
// FangSong, SimSun and SimHei where installed, else the Noto CJK SC faces.
class OfficialLayout
{
public:
    // What a document may hold to be laid out in seconds: a center's own
    // template could otherwise crash the layout (tables nested thousands
    // deep) or keep it busy for minutes (megabytes of text, hundreds of
    // thousands of paragraphs). A document beyond them is refused, naming the limit.
    static constexpr qsizetype kMaxCharacters = 1'000'000;
    static constexpr int kMaxElements = 30'000; // tags of any kind: paragraphs, cells, breaks
    static constexpr int kMaxTableDepth = 8;    // tables inside tables
    static Result<void> checkBounds(const QString &bodyHtml);

    // The body of a filled template, styled, in a document ready to paginate.
    static void prepare(QTextDocument &document, const QString &bodyHtml);
    // Lays the document out (once checkBounds allows it) on A4 pages of the
    // device, a PDF writer or a printer, and paints them with their page numbers, and `footnote` (a
    // record anchor) small at the foot of every page.
    static Result<void> paint(QPagedPaintDevice &device, const QString &bodyHtml,
                              const QString &footnote = {});
    static Result<QByteArray> pdf(const QString &bodyHtml, const QString &title,
                                  const QString &footnote = {});
    // Written whole or not at all.
    static Result<void> writePdf(const QString &bodyHtml, const QString &title, const QString &path,
                                 const QString &footnote = {});
    static QString bodyFamily();
    static QString titleFamily();

    // Qt 6.4 maps a glyph back to the lowest code point that shows it, and
    // the CJK fonts draw a radical (U+2F8F ⾏, U+2EE9 ⻩) with the glyph of
    // the ideograph (U+884C 行, U+9EC4 黄): text copied from the PDF came out
    // as radicals. This puts the ideographs into the PDF's ToUnicode maps
    // instead; the entries keep their length, so no offset in the file moves.
    static QByteArray repairToUnicode(QByteArray pdf);
};

} // namespace huajie
