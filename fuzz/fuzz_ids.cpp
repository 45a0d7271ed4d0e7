// Resident identity numbers and unified social credit codes as typed into
// the form or given in a case's JSON.
#include "fuzzsupport.h"
#include "validation/creditcode.h"
#include "validation/residentid.h"

using namespace huajie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    // A number accepted once is accepted again, unchanged: it is what is stored.
    if (const auto id = ResidentId::parse(text, fuzz::kToday)) {
        const auto again = ResidentId::parse(id.value().number, fuzz::kToday);
        if (!again || again.value().number != id.value().number)
            __builtin_trap();
    }
    if (const auto code = CreditCode::parse(text)) {
        const auto again = CreditCode::parse(code.value());
        if (!again || again.value() != code.value())
            __builtin_trap();
    }
    return 0;
}
