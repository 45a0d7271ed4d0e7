// A document template as a center would edit it, parsed and filled from a
// case with every field set.
#include "documents/documentdata.h"
#include "documents/documenttemplate.h"
#include "fuzzsupport.h"
#include "support/samplecase.h"

using namespace huajie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QVariantMap caseData = [] {
        DocumentContext context;
        context.center = QStringLiteral("石嘴山市行政争议协调化解中心");
        context.today = fuzz::kToday;
        context.documentNumber = QStringLiteral("（2026）化解通字第1号");
        return documentData(test::sampleCase(), context);
    }();
    const auto parsed = DocumentTemplate::parse(QString::fromUtf8(fuzz::bytes(data, size)),
                                                QStringLiteral("fuzz.html"));
    if (parsed)
        (void)parsed.value().render(caseData);
    return 0;
}
