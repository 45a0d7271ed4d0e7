#include "changedescription.h"

#include "domain/vocabulary.h"

#include <QJsonArray>

#include <functional>

namespace huajie {
namespace {
struct FieldInfo
{
    const char *key;
    const char *label; // English, translated in the "Change" context
    const Vocabulary *vocabulary = nullptr;
};

// The case's own fields, by their path in the edit's changes.
const QList<FieldInfo> &caseFields()
{
    static const QList<FieldInfo> fields = {
        {"registeredOn", QT_TRANSLATE_NOOP("Change", "Registration date")},
        {"referralNumber", QT_TRANSLATE_NOOP("Change", "Referral number")},
        {"courtReceivedOn", QT_TRANSLATE_NOOP("Change", "Received by the referring body on")},
        {"referredOn", QT_TRANSLATE_NOOP("Change", "Referral dated")},
        {"originCaseNumber", QT_TRANSLATE_NOOP("Change", "Lawsuit or reconsideration number")},
        {"source", QT_TRANSLATE_NOOP("Change", "Source channel"), &vocab::sourceChannels()},
        {"referringUnit", QT_TRANSLATE_NOOP("Change", "Referring unit")},
        {"judge", QT_TRANSLATE_NOOP("Change", "Following judge")},
        {"procurator", QT_TRANSLATE_NOOP("Change", "Procurator")},
        {"leadMediator", QT_TRANSLATE_NOOP("Change", "Lead mediator")},
        {"agency", QT_TRANSLATE_NOOP("Change", "Respondent agency")},
        {"room", QT_TRANSLATE_NOOP("Change", "Session room")},
        {"dispute.act", QT_TRANSLATE_NOOP("Change", "Disputed act")},
        {"dispute.actKind", QT_TRANSLATE_NOOP("Change", "Act kind"), &vocab::actKinds()},
        {"dispute.domain", QT_TRANSLATE_NOOP("Change", "Enforcement domain"),
         &vocab::enforcementDomains()},
        {"dispute.claims", QT_TRANSLATE_NOOP("Change", "Claims")},
        {"dispute.amount", QT_TRANSLATE_NOOP("Change", "Amount involved (yuan)")},
        {"dispute.persons", QT_TRANSLATE_NOOP("Change", "Persons on the applicant side")},
        {"dispute.summary", QT_TRANSLATE_NOOP("Change", "Summary")},
        {"dispute.suitabilityGround", QT_TRANSLATE_NOOP("Change", "Suitability ground"),
         &vocab::suitabilityGrounds()},
        {"consent.date", QT_TRANSLATE_NOOP("Change", "Consent date")},
        {"consent.form", QT_TRANSLATE_NOOP("Change", "Consent form"), &vocab::consentForms()},
        {"flags.collective", QT_TRANSLATE_NOOP("Change", "Collective dispute")},
        {"flags.sensitive", QT_TRANSLATE_NOOP("Change", "Sensitive")},
        {"flags.petitionRisk", QT_TRANSLATE_NOOP("Change", "Petition risk")},
        {"flags.supervised", QT_TRANSLATE_NOOP("Change", "Leader supervision")},
        {"flags.legalAid", QT_TRANSLATE_NOOP("Change", "Legal aid requested")},
        {"flags.typical", QT_TRANSLATE_NOOP("Change", "Typical case")},
    };
    return fields;
}

const QList<FieldInfo> &partyFields()
{
    static const QList<FieldInfo> fields = {
        {"name", QT_TRANSLATE_NOOP("Change", "Name")},
        {"role", QT_TRANSLATE_NOOP("Change", "Role"), &vocab::partyRoles()},
        {"kind", QT_TRANSLATE_NOOP("Change", "Kind"), &vocab::partyKinds()},
        {"sex", QT_TRANSLATE_NOOP("Change", "Sex"), &vocab::sexes()},
        {"idNumber", QT_TRANSLATE_NOOP("Change", "Resident ID number")},
        {"birthDate", QT_TRANSLATE_NOOP("Change", "Birth date")},
        {"address", QT_TRANSLATE_NOOP("Change", "Address")},
        {"phone", QT_TRANSLATE_NOOP("Change", "Phone")},
        {"creditCode", QT_TRANSLATE_NOOP("Change", "Unified social credit code")},
        {"legalRepresentative", QT_TRANSLATE_NOOP("Change", "Legal representative")},
        {"lead", QT_TRANSLATE_NOOP("Change", "Lead agency")},
        {"attendsInPerson", QT_TRANSLATE_NOOP("Change", "Attends in person")},
    };
    return fields;
}

const QList<FieldInfo> &agentFields()
{
    static const QList<FieldInfo> fields = {
        {"name", QT_TRANSLATE_NOOP("Change", "Name")},
        {"idNumber", QT_TRANSLATE_NOOP("Change", "Resident ID number")},
        {"phone", QT_TRANSLATE_NOOP("Change", "Phone")},
        {"organisation", QT_TRANSLATE_NOOP("Change", "Organisation")},
        {"authority", QT_TRANSLATE_NOOP("Change", "Authority"), &vocab::authorities()},
    };
    return fields;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// Pairs the old list's objects with the new one's: first by `same`, then
// what is left at the same position by `samePlace`. Unpaired indices are -1.
QList<QPair<int, int>>
pairUp(const QJsonArray &before, const QJsonArray &after,
       const std::function<bool(const QJsonObject &, const QJsonObject &)> &same,
       const std::function<bool(const QJsonObject &, const QJsonObject &)> &samePlace)
{
    QList<int> partner(after.size(), -1);
    QList<bool> taken(before.size(), false);
    for (int n = 0; n < after.size(); ++n)
        for (int o = 0; o < before.size(); ++o)
            if (!taken[o] && same(before[o].toObject(), after[n].toObject())) {
                partner[n] = o;
                taken[o] = true;
                break;
            }
    for (int n = 0; n < after.size(); ++n)
        if (partner[n] < 0 && n < before.size() && !taken[n] &&
            samePlace(before[n].toObject(), after[n].toObject())) {
            partner[n] = n;
            taken[n] = true;
        }
    QList<QPair<int, int>> pairs;
    for (int o = 0; o < before.size(); ++o)
        if (!taken[o])
            pairs.append({o, -1});
    for (int n = 0; n < after.size(); ++n)
        pairs.append({partner[n], n});
    return pairs;
}

void compareFields(const QList<FieldInfo> &fields, const QJsonObject &before,
                   const QJsonObject &after, const QString &owner, QList<FieldChange> &out)
{
    for (const FieldInfo &f : fields) {
        const QJsonValue a = before.value(QLatin1String(f.key));
        const QJsonValue b = after.value(QLatin1String(f.key));
        if (describeValue(a, f.vocabulary) == describeValue(b, f.vocabulary))
            continue;
        out.append({ChangeText::tr("%1, %2", "whose field: 申请人张三的电话")
                        .arg(owner, ChangeText::tr(f.label)),
                    describeValue(a, f.vocabulary), describeValue(b, f.vocabulary)});
    }
}

void compareAgents(const QJsonArray &before, const QJsonArray &after, const QString &owner,
                   QList<FieldChange> &out)
{
    const auto sameName = [](const QJsonObject &a, const QJsonObject &b) {
        return text(a, "name") == text(b, "name");
    };
    const auto anywhere = [](const QJsonObject &, const QJsonObject &) {
        return true;
    };
    const QString agents = ChangeText::tr("%1, agent", "申请人张三的代理人").arg(owner);
    for (const auto &[o, n] : pairUp(before, after, sameName, anywhere)) {
        if (n < 0) {
            out.append({agents, text(before[o].toObject(), "name"), QStringLiteral("—")});
        } else if (o < 0) {
            out.append({agents, QStringLiteral("—"), text(after[n].toObject(), "name")});
        } else {
            const QString agent = ChangeText::tr("%1, agent %2", "申请人张三的代理人李律师")
                                      .arg(owner, text(before[o].toObject(), "name"));
            compareFields(agentFields(), before[o].toObject(), after[n].toObject(), agent, out);
        }
    }
}

QString partyName(const QJsonObject &party)
{
    return ChangeText::tr("%1 %2", "role and name: 申请人张三")
        .arg(vocab::partyRoles().label(text(party, "role")), text(party, "name"));
}

void compareParties(const QJsonArray &before, const QJsonArray &after, QList<FieldChange> &out)
{
    const auto sameParty = [](const QJsonObject &a, const QJsonObject &b) {
        if (text(a, "role") != text(b, "role"))
            return false;
        if (text(a, "name") == text(b, "name"))
            return true;
        // Renamed, but the same ID number or credit code.
        for (const char *key : {"idNumber", "creditCode"})
            if (!text(a, key).isEmpty() && text(a, key) == text(b, key))
                return true;
        return false;
    };
    const auto sameRole = [](const QJsonObject &a, const QJsonObject &b) {
        return text(a, "role") == text(b, "role");
    };
    const QString parties = ChangeText::tr("Parties");
    for (const auto &[o, n] : pairUp(before, after, sameParty, sameRole)) {
        if (n < 0) {
            out.append({parties, partyName(before[o].toObject()), QStringLiteral("—")});
        } else if (o < 0) {
            out.append({parties, QStringLiteral("—"), partyName(after[n].toObject())});
        } else {
            const QJsonObject a = before[o].toObject();
            const QJsonObject b = after[n].toObject();
            compareFields(partyFields(), a, b, partyName(a), out);
            compareAgents(a.value(QStringLiteral("agents")).toArray(),
                          b.value(QStringLiteral("agents")).toArray(), partyName(a), out);
        }
    }
}
} // namespace

QString FieldChange::text() const
{
    return ChangeText::tr("%1: %2 → %3").arg(field, before, after);
}

QList<FieldChange> describeChanges(const QJsonObject &changes)
{
    QList<FieldChange> out;
    // The case's fields in the order of the form, then the parties, then
    // whatever else (named by its path).
    for (const FieldInfo &f : caseFields()) {
        const QJsonObject change = changes.value(QLatin1String(f.key)).toObject();
        if (!change.isEmpty())
            out.append({ChangeText::tr(f.label),
                        describeValue(change.value(QStringLiteral("old")), f.vocabulary),
                        describeValue(change.value(QStringLiteral("new")), f.vocabulary)});
    }
    if (const QJsonObject change = changes.value(QStringLiteral("parties")).toObject();
        !change.isEmpty())
        compareParties(change.value(QStringLiteral("old")).toArray(),
                       change.value(QStringLiteral("new")).toArray(), out);
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString path = it.key();
        const bool known =
            path == QLatin1String("parties") ||
            std::any_of(caseFields().cbegin(), caseFields().cend(),
                        [&](const FieldInfo &f) { return path == QLatin1String(f.key); });
        if (known)
            continue;
        const QJsonObject change = it.value().toObject();
        out.append({path, describeValue(change.value(QStringLiteral("old"))),
                    describeValue(change.value(QStringLiteral("new")))});
    }
    return out;
}

QList<FieldChange> describeEventChanges(const QString &action, const QJsonObject &changes)
{
    if (action == QLatin1String("edit") || action == QLatin1String("merge_directory"))
        return describeChanges(changes);
    return {};
}

QString describeValue(const QJsonValue &value, const Vocabulary *vocabulary)
{
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return QStringLiteral("—");
    if (value.isString())
        return vocabulary ? vocabulary->label(value.toString()) : value.toString();
    if (value.isBool())
        return value.toBool() ? ChangeText::tr("yes") : ChangeText::tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray()) {
        // Lists of names, or of objects whose first text is a name.
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject o = item.toObject();
            items.append(item.isString()
                             ? item.toString()
                             : o.value(QStringLiteral("name"))
                                   .toString(o.value(QStringLiteral("party")).toString()));
        }
        return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral("、"));
    }
    return ChangeText::tr("(changed)");
}

} // namespace huajie
