# Zhongxiang (钟祥方案): a case from the petition office (访调 of the 六调),
# mediated 1+1+N, its agreement followed up within 30 days (二（五）4).
CITY=钟祥市
CASE_EDITS='{"registeredOn": "2026-12-01", "consent.date": "2026-11-30",
  "source": "petition", "referringUnit": "钟祥市信访局",
  "dispute.suitabilityGround": "settlement_allowed"}'
DEADLINES=(T1 D7)
FOREIGN=()
DOCUMENT_TEXTS=(
    "follow-up:二（五）4"
)
LEDGER_COLUMNS=(指导法官 主调人 行政首长出面)
REPORT_FIGURES=(访调 化解成功率 行政机关负责人出面协调化解案件 按期回访)

center_steps() {
    act notify_agency '{"dispatchedOn": "2026-12-01", "receivedOn": "2026-12-02"}'
    act start_mediation '{"startedOn": "2026-12-03"}'
    hold_hearing 2026-12-09 2026-12-04
    act reach_agreement '{"signedOn": "2026-12-10", "effect": "on_signature", "terms": "重新核定补偿",
        "signatures": [{"party": "张三", "signedBy": "李律师"}, {"party": "钟祥市星海物流有限公司"},
        {"party": "钟祥市自然资源局"}, {"party": "大武口区人民政府"}]}'
    # 二（五）4: the visit comes after the agreement, within its 30 days.
    refused record_follow_up '{"visitedOn": "2026-12-09", "note": "回访"}'
    act record_follow_up '{"visitedOn": "2026-12-22", "note": "已按协议履行"}'
    act close '{"closedOn": "2026-12-23"}'
}
