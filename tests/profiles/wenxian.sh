# Wen county (温县实施意见): a pre-filing mediation of the court; no plan is
# asked of the agency first, the periods are only tracked (the opinions set
# none), and the agreement says 应诉机关 and 调解.
CITY=温县
CASE_EDITS='{"registeredOn": "2026-12-01", "consent.date": "2026-11-30",
  "referringUnit": "温县人民法院", "dispute.suitabilityGround": "mediable_by_law"}'
DEADLINES=(T1 T2)
FOREIGN=(协调化解中心)
DOCUMENT_TEXTS=(
    "agreement:行政争议调解协议书"
    "agreement:应诉机关"
    "agreement:各方应当自动、即时履行本协议"
)
LEDGER_COLUMNS=(诉前调解案号 涉诉行政机关 回访日期)
REPORT_FIGURES=(新收案件 化解成功率 协议后申请撤诉)

center_steps() {
    act notify_agency '{"dispatchedOn": "2026-12-01", "receivedOn": "2026-12-02"}'
    # 四（一）: the agency's leaders decide its plan; mediation does not wait for it.
    act start_mediation '{"startedOn": "2026-12-03"}'
    hold_hearing 2026-12-09 2026-12-04
    # 四（二）: a termination reason the opinions do not give is not offered.
    refused terminate '{"terminatedOn": "2026-12-04", "reason": "party_extinct"}'
    act reach_agreement '{"signedOn": "2026-12-15", "effect": "on_signature", "terms": "重新核定补偿",
        "signatures": [{"party": "张三", "signedBy": "李律师"}, {"party": "温县星海物流有限公司"},
        {"party": "温县自然资源局"}, {"party": "大武口区人民政府"}]}'
    act apply_withdrawal '{"appliedOn": "2026-12-15", "appliedBy": "张三"}'
    act rule_withdrawal '{"ruledOn": "2026-12-18", "ruling": "granted"}'
    act record_follow_up '{"visitedOn": "2026-12-22", "note": "已按协议履行"}'
    act close '{"closedOn": "2026-12-23"}'
}
