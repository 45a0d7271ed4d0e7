#include "casedetailview.h"

#include "domain/vocabulary.h"
#include "profile/earlyinvolvement.h"

namespace huajie {
namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#555; padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

// 2026年11月25日 in Chinese, as on official documents; 25 November 2026 otherwise.
QString date(const QDate &d)
{
    if (!d.isValid())
        return {};
    const QLocale locale;
    return locale.language() == QLocale::Chinese
               ? locale.toString(d, QStringLiteral("yyyy年M月d日"))
               : locale.toString(d, QStringLiteral("d MMMM yyyy"));
}
// The facts the case's life has recorded so far, in the order they happen;
// a case from a reconsideration withdraws its reconsideration application.
QString progressHtml(const CaseProgress &p, const ProfileVocabularies &vocabularies,
                     bool reconsideration)
{
    QString html;
    html += row(CaseDetailView::tr("Notice sent to the agency"), date(p.noticeDispatchedOn));
    html += row(CaseDetailView::tr("Notice received by the agency"), date(p.noticeReceivedOn));
    html += row(CaseDetailView::tr("Reconsideration accepted"), date(p.reconsiderationAcceptedOn));
    for (const Invitation &i : p.invitations) {
        QString text = CaseDetailView::tr("sent on %1").arg(date(i.sentOn));
        if (i.receivedOn.isValid())
            text += CaseDetailView::tr(", received on %1").arg(date(i.receivedOn));
        if (i.answeredOn.isValid())
            text += CaseDetailView::tr(", replied on %1: %2")
                        .arg(date(i.answeredOn), EarlyInvolvement::answers().label(i.answer)) +
                    (i.person.isEmpty() ? QString() : QStringLiteral("（%1）").arg(i.person));
        html += row(CaseDetailView::tr("Invitation from %1 to %2")
                        .arg(EarlyInvolvement::bodyKinds().label(i.inviter),
                             EarlyInvolvement::bodyKinds().label(i.invited)),
                    text);
    }
    html += row(CaseDetailView::tr("Resolution plan received"), date(p.planReceivedOn));
    html += row(CaseDetailView::tr("Resolution plan"), p.planSummary);
    const auto people = [](const QList<AgencyMediator> &list) {
        QStringList names;
        for (const AgencyMediator &m : list)
            names.append(QStringList{m.name, m.position, m.phone}.join(QLatin1Char(' ')).trimmed());
        return names.join(QStringLiteral("；"));
    };
    html += row(CaseDetailView::tr("The agency's mediators"), people(p.agencyMediators));
    html += row(CaseDetailView::tr("Liaison staff named"), date(p.liaisonNamedOn));
    html += row(CaseDetailView::tr("The agency's liaison staff"), people(p.liaisons));
    html += row(CaseDetailView::tr("Mediation started"), date(p.mediationStartedOn));
    QStringList absences;
    for (const QDate &d : p.agencyAbsences)
        absences.append(date(d));
    html += row(CaseDetailView::tr("Agency absent"), absences.join(QStringLiteral("、")));
    for (const Suspension &s : p.suspensions)
        html +=
            row(CaseDetailView::tr("Suspended"),
                QStringLiteral("%1 – %2，%3")
                    .arg(date(s.from), s.to.isValid() ? date(s.to) : CaseDetailView::tr("ongoing"),
                         vocab::suspensionKinds().label(s.kind)));
    if (p.extension)
        html += row(CaseDetailView::tr("Extended"),
                    CaseDetailView::tr("%1 days, approved by %2 on %3")
                        .arg(p.extension->days)
                        .arg(p.extension->approvedBy, date(p.extension->approvedOn)));
    html += row(CaseDetailView::tr("Agreement signed"), date(p.agreementSignedOn));
    html += row(CaseDetailView::tr("Agreement effective"), date(p.agreementEffectiveOn));
    html += row(CaseDetailView::tr("Effect condition"), p.agreementCondition);
    html += row(CaseDetailView::tr("Agreed terms"), p.agreementTerms);
    if (reconsideration) {
        html += row(CaseDetailView::tr("Withdrawal of the reconsideration application applied"),
                    date(p.withdrawalAppliedOn));
        html += row(CaseDetailView::tr("Decision on the withdrawal"),
                    vocab::rulings().label(p.withdrawalRuling));
        html += row(CaseDetailView::tr("Reconsideration mediation statement"),
                    p.reconsiderationStatementOn.isValid()
                        ? date(p.reconsiderationStatementOn) + QStringLiteral("，") +
                              p.reconsiderationStatementNumber
                        : QString());
    } else {
        html += row(CaseDetailView::tr("Withdrawal applied"), date(p.withdrawalAppliedOn));
        html += row(CaseDetailView::tr("Withdrawal ruling"),
                    vocab::rulings().label(p.withdrawalRuling));
    }
    html += row(CaseDetailView::tr("Judicial confirmation applied"), date(p.confirmationAppliedOn));
    html += row(CaseDetailView::tr("Judicial confirmation"),
                vocab::rulings().label(p.confirmationRuling));
    html += row(CaseDetailView::tr("Mediation statement"), p.mediationStatementNumber);
    html += row(CaseDetailView::tr("Performance"), vocab::performances().label(p.performance));
    html += row(CaseDetailView::tr("Terminated"), date(p.terminatedOn));
    html += row(CaseDetailView::tr("Termination reason"),
                vocabularies.terminationReasons.label(p.terminationReason));
    html += row(CaseDetailView::tr("Explanation"), p.terminationText);
    html += row(CaseDetailView::tr("Mediation report"), date(p.reportOn));
    html += row(CaseDetailView::tr("Transferred back"),
                p.transferredOn.isValid()
                    ? date(p.transferredOn) + QStringLiteral("，") + p.transferredTo
                    : QString());
    html += row(CaseDetailView::tr("Closed"), date(p.closedOn));
    html += row(CaseDetailView::tr("Follow-up visit"), date(p.followedUpOn));
    html += row(CaseDetailView::tr("Archived"), date(p.archivedOn));
    if (html.isEmpty())
        return {};
    return QStringLiteral("</table><h3>%1</h3><table>").arg(esc(CaseDetailView::tr("Progress"))) +
           html;
}
} // namespace

CaseDetailView::CaseDetailView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("caseDetail"));
    setOpenLinks(false);
    showNothing();
}

void CaseDetailView::showNothing()
{
    setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                .arg(esc(tr("Select a case to see it here."))));
}

void CaseDetailView::showCase(const CaseRecord &record, const ProfileVocabularies &vocabularies)
{
    setHtml(toHtml(record, vocabularies));
}

QString CaseDetailView::toHtml(const CaseRecord &c, const ProfileVocabularies &vocabularies)
{
    // The number and state stand above, in the case panel.
    QString html = QStringLiteral("<table>");
    html += row(tr("Registered"), date(c.registeredOn));
    html += row(tr("Source"), vocabularies.sourceChannels.label(c.source));
    html += row(tr("Referring unit"), c.referringUnit);
    html += row(tr("Referral number"), c.referralNumber);
    html += row(tr("Received by the referring body on"), date(c.courtReceivedOn));
    html += row(tr("Referral dated"), date(c.referredOn));
    html += row(tr("Lawsuit or reconsideration number"), c.originCaseNumber);
    html += row(tr("Following judge"), c.judge);
    html += row(tr("Procurator"), c.procurator);
    html += row(tr("Lead mediator"), c.leadMediator);
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(esc(tr("Dispute")));
    html += row(tr("Disputed act"), c.disputedAct);
    html += row(tr("Act kind"), vocab::actKinds().label(c.actKind));
    html += row(tr("Enforcement domain"), vocab::enforcementDomains().label(c.domain));
    html += row(tr("Claims"), c.claims);
    html += row(tr("Amount involved (yuan)"), formatAmount(c.amountFen));
    html += row(tr("Persons on the applicant side"), QString::number(c.personsInvolved));
    html += row(tr("Summary"), c.summary);
    html +=
        row(tr("Suitability ground"), vocabularies.suitabilityGrounds.label(c.suitabilityGround));
    html += row(tr("Consent"), date(c.consentDate) + QStringLiteral("，") +
                                   vocab::consentForms().label(c.consentForm));
    QStringList flags;
    const std::pair<bool, QString> named[] = {{c.flags.collective, tr("Collective dispute")},
                                              {c.flags.sensitive, tr("Sensitive")},
                                              {c.flags.petitionRisk, tr("Petition risk")},
                                              {c.flags.supervised, tr("Leader supervision")},
                                              {c.flags.legalAid, tr("Legal aid requested")},
                                              {c.flags.typical, tr("Typical case")}};
    for (const auto &[set, label] : named)
        if (set)
            flags.append(label);
    html += row(tr("Flags"), flags.join(QStringLiteral("、")));
    html += progressHtml(c.progress, vocabularies,
                         vocabularies.sourceChannels.channel(c.source) ==
                             QLatin1String("reconsideration"));
    html += QStringLiteral("</table><h3>%1</h3>").arg(esc(tr("Parties")));
    for (const Party &p : c.parties) {
        QString line = QStringLiteral("<b>%1</b>：%2")
                           .arg(esc(vocab::partyRoles().label(p.role)), esc(p.name));
        if (p.lead && p.role == QLatin1String("agency"))
            line += esc(tr(" (lead)"));
        QStringList details;
        if (p.isPerson()) {
            details << vocab::sexes().label(p.sex) << p.idNumber << date(p.birthDate);
        } else {
            details << p.creditCode;
            if (!p.legalRepresentative.isEmpty())
                details << tr("legal representative %1").arg(p.legalRepresentative);
        }
        details << p.address << p.phone;
        if (!p.attendsInPerson)
            details << tr("does not attend in person");
        details.removeAll(QString());
        if (!details.isEmpty())
            line += QStringLiteral("<br><span style='color:#555'>%1</span>")
                        .arg(esc(details.join(QStringLiteral("，"))));
        for (const Agent &a : p.agents)
            line +=
                QStringLiteral("<br>&nbsp;&nbsp;%1：%2（%3）%4")
                    .arg(
                        esc(tr("Agent")), esc(a.name), esc(vocab::authorities().label(a.authority)),
                        esc(QStringList{a.organisation, a.phone}.join(QLatin1Char(' ')).trimmed()));
        html += QStringLiteral("<p>%1</p>").arg(line);
    }
    return html;
}

} // namespace huajie
