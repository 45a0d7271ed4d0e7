# Lushan county (鲁山实施办法): a reconsideration case; the government office
# invites the procuratorate within 30 days of accepting the application
# (第四条), the procuratorate replies in writing within 3 days, and the case
# ends with the reconsideration application withdrawn.
CITY=鲁山县
CASE_EDITS='{"registeredOn": "2026-12-01", "consent.date": "2026-11-30",
  "source": "reconsideration", "referringUnit": "鲁山县人民政府",
  "dispute.suitabilityGround": "compensation_discretion"}'
DEADLINES=(T1 D9 D10)
FOREIGN=()
DOCUMENT_TEXTS=(
    "invitation:第四条"
    "invitation:鲁山县人民检察院"
    "invitation-reply:第四条"
    "agreement:撤回行政复议申请"
)
LEDGER_COLUMNS=(检察官 行政机关负责人出面 涉及人数)
REPORT_FIGURES=(新收案件 化解成功率 行政机关负责人出面)

center_steps() {
    # 第四条: the invitation follows the acceptance, and only after it.
    refused send_invitation '{"sentOn": "2026-11-30", "invited": "procuratorate"}'
    act accept_reconsideration '{"acceptedOn": "2026-11-28"}'
    act send_invitation '{"sentOn": "2026-12-01", "invited": "procuratorate"}'
    act record_invitation_receipt '{"invited": "procuratorate", "receivedOn": "2026-12-02"}'
    act record_invitation_reply '{"invited": "procuratorate", "answeredOn": "2026-12-03",
        "answer": "takes_part", "person": "李检察官", "note": "参与案件审查和监督"}'
    act notify_agency '{"dispatchedOn": "2026-12-01", "receivedOn": "2026-12-02"}'
    act start_mediation '{"startedOn": "2026-12-04"}'
    hold_hearing 2026-12-09 2026-12-04
    act reach_agreement '{"signedOn": "2026-12-15", "effect": "on_signature", "terms": "重新核定补偿",
        "signatures": [{"party": "张三", "signedBy": "李律师"}, {"party": "鲁山县星海物流有限公司"},
        {"party": "鲁山县自然资源局"}, {"party": "大武口区人民政府"}]}'
    # A reconsideration is not a lawsuit: no withdrawal ruled by a court.
    refused apply_withdrawal '{"appliedOn": "2026-12-15", "appliedBy": "张三"}'
    act apply_reconsideration_withdrawal '{"appliedOn": "2026-12-15", "appliedBy": "张三"}'
    act decide_reconsideration_withdrawal '{"decidedOn": "2026-12-18", "decision": "granted"}'
    act close '{"closedOn": "2026-12-23"}'
}
