#pragma once

#include "documents/documentdata.h"

#include <QVariantMap>

namespace huajie {

// What the invitation and its reply form (S2 §4–§7) are filled with, as
// "earlyInvolvement" of the document data: rules (the instrument cited),
// procedure (the article whose 30 and 3 days all invitations follow),
// article (the route's), invitePeriod and replyPeriod ("30日", "3日", from the
// profile's deadlines), acceptedOn, and invitations: one per invitation
// recorded, else one per body the route invites, else one blank; each with
// inviter, invited, department, sentOn, receivedOn, answeredOn, answered,
// takesPart, person, note and first. Names are the profile's; what is not
// known is empty, for the form to leave a blank.
QVariantMap invitationData(const CaseRecord &record, const DocumentContext &context);

} // namespace huajie
