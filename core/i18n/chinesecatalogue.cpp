#include "chinesecatalogue.h"

#include "domain/vocabulary.h"

#include <QTranslator>

#include <memory>

namespace huajie {

QString chineseLabel(const Vocabulary &vocabulary, const QString &code)
{
    static const std::unique_ptr<QTranslator> chinese = [] {
        auto t = std::make_unique<QTranslator>();
        (void)t->load(QStringLiteral(":/i18n/huajie_zh_CN.qm"));
        return t;
    }();
    const char *source = vocabulary.sourceLabel(code);
    if (!source)
        return code;
    const QString translated = chinese->translate("Vocabulary", source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

} // namespace huajie
