# Ruzhou (汝州方案): a reconsideration case mediated during the
# reconsideration (案中调解), ended by the reconsideration body's mediation
# statement (复议调解书).
CITY=汝州市
CASE_EDITS='{"registeredOn": "2026-12-01", "consent.date": "2026-11-30",
  "source": "reconsideration_during", "referringUnit": "汝州市人民政府"}'
DEADLINES=(T1)
FOREIGN=()
DOCUMENT_TEXTS=(
    "agreement:行政复议调解书"
)
LEDGER_COLUMNS=(责任单位 执法领域 典型 行政复议案中调解 是否撤回复议申请)
REPORT_FIGURES=(新收案件 化解成功率 案中调解)

center_steps() {
    # 二（三）: before, during or after the reconsideration; a court's referral
    # is another center's source, refused at registration.
    refused_case '{"registeredOn": "2026-12-01", "consent.date": "2026-11-30",
        "source": "court_pre_filing"}'
    act notify_agency '{"dispatchedOn": "2026-12-01", "receivedOn": "2026-12-02"}'
    act start_mediation '{"startedOn": "2026-12-03"}'
    hold_hearing 2026-12-09 2026-12-04
    act reach_agreement '{"signedOn": "2026-12-15", "effect": "on_signature", "terms": "重新核定补偿",
        "signatures": [{"party": "张三", "signedBy": "李律师"}, {"party": "汝州市星海物流有限公司"},
        {"party": "汝州市自然资源局"}, {"party": "大武口区人民政府"}]}'
    act record_reconsideration_statement '{"issuedOn": "2026-12-18",
        "statementNumber": "汝政复调〔2026〕1号"}'
    act close '{"closedOn": "2026-12-23"}'
}
