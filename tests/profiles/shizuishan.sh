# Shizuishan (工作规则, 工作方案附件2): a court's pre-filing referral; the
# agency's plan comes before mediation (第七条), the liaison staff within 3
# working days of the notice, the lawsuit withdrawn after the agreement.
CITY=石嘴山市
CASE_EDITS='{"registeredOn": "2026-12-01", "consent.date": "2026-11-30",
  "referredOn": "2026-11-27", "courtReceivedOn": "2026-11-25"}'
DEADLINES=(D1 D2 D9 D3 D5 D6 D7 D8)
FOREIGN=()
DOCUMENT_TEXTS=(
    "termination-notice:第二十三条"
    "referral:本院于2026年11月25日收到"
    "referral:二〇二六年十一月二十七日"
)
LEDGER_COLUMNS=(登记号 委派单位 化解天数 回访日期)
REPORT_FIGURES=(新收案件 化解成功率 协议后申请撤诉 终止原因)

center_steps() {
    act notify_agency '{"dispatchedOn": "2026-12-01", "receivedOn": "2026-12-02"}'
    # 第七条: no mediation before the agency's plan.
    refused start_mediation '{"startedOn": "2026-12-03"}'
    act name_liaison '{"namedOn": "2026-12-03",
        "liaisons": [{"name": "刘科长", "position": "法制科", "phone": "0952-1234567"}]}'
    act receive_plan '{"receivedOn": "2026-12-04", "summary": "重新评估补偿",
        "mediators": [{"name": "王科长", "position": "法制科科长"}]}'
    act start_mediation '{"startedOn": "2026-12-07"}'
    hold_hearing 2026-12-09 2026-12-04
    act reach_agreement '{"signedOn": "2026-12-15", "effect": "on_signature", "terms": "重新核定补偿",
        "signatures": [{"party": "张三", "signedBy": "李律师"}, {"party": "石嘴山市星海物流有限公司"},
        {"party": "石嘴山市自然资源局"}, {"party": "大武口区人民政府"}]}'
    act apply_withdrawal '{"appliedOn": "2026-12-15", "appliedBy": "张三"}'
    act rule_withdrawal '{"ruledOn": "2026-12-18", "ruling": "granted"}'
    act record_follow_up '{"visitedOn": "2026-12-22", "note": "已按协议履行"}'
    act close '{"closedOn": "2026-12-23"}'
}
