// A center's rule profile, as `profile use` and Settings read it from the
// center's own folder, then what the desk asks of a profile it accepted.
#include "fuzzsupport.h"
#include "profile/ruleprofile.h"

using namespace huajie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto profile = RuleProfile::fromJson(fuzz::bytes(data, size), QStringLiteral("fuzz"));
    if (!profile)
        return 0;
    const RuleProfile &p = profile.value();
    (void)p.name();
    for (const DeadlineRule &rule : p.rules) {
        (void)rule.label();
        (void)p.rule(rule.id);
        (void)p.ruleDoneBy(rule.done);
        for (const QString &source : rule.sources)
            (void)p.channelOf(source);
    }
    for (auto it = p.documentNumbers.begin(); it != p.documentNumbers.end(); ++it)
        (void)p.documentNumber(it.key(), 2026, 1);
    return 0;
}
