// A case as JSON, as `huajie-cli case add --json` reads it, then the checks
// every case passes before it is stored, and back to JSON.
#include "fuzzsupport.h"
#include "io/casejson.h"
#include "validation/casevalidator.h"

#include <QJsonDocument>

using namespace huajie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    auto record = casejson::fromJson(document.object());
    if (!record)
        return 0;
    auto checked = CaseValidator(fuzz::kToday, ProfileVocabularies::defaults())
                       .normaliseAndCheck(record.value());
    (void)casejson::toJson(checked ? checked.value() : record.value());
    return 0;
}
