"""Plain names for policy parameter keys: `inpatient.deductible.employee.level3` → 住院起付线（职工，三级医院）.

Keys are for maintainers (policy files, JSON, the "technical details" part of a page); a person reads the
label. A label is made from the key's parts: the longest known head (`inpatient.deductible`,
`filing.temporary.validity_months`) names the figure, and each remaining part (employee, retired, level3,
tier2, temporary …) adds a qualifier, in the key's order. The words live here, once; catalogue.py takes them
into its catalogue, so a label is an ordinary Msg rendered in the reader's language.
"""

from __future__ import annotations

from medins_cli.msg import M, Msg

# What the figure is: (zh, en).
HEADS: dict[str, tuple[str, str]] = {
    "inpatient.deductible": ("住院起付线", "inpatient deductible"),
    "inpatient.ratio": ("住院报销比例", "inpatient reimbursement ratio"),
    "inpatient.cap": ("住院最高支付限额", "inpatient annual cap"),
    "inpatient.deductible_later": ("年内再次住院起付线", "deductible for later stays in the year"),
    "inpatient.deductible_later_factor": ("年内再次住院起付线系数", "deductible factor for later stays in the year"),
    "inpatient.deductible_stay3": ("第三次及以后住院起付线", "deductible from the third stay in the year"),
    "serious_illness.deductible": ("大病保险起付线", "serious-illness insurance deductible"),
    "serious_illness.ratio": ("大病保险报销比例", "serious-illness insurance ratio"),
    "serious_illness.cap": ("大病保险最高支付限额", "serious-illness insurance cap"),
    "cross_province.reduction": ("跨省就医报销比例降幅", "cross-province cut in the reimbursement ratio"),
    "cross_province.ratio": ("跨省就医报销比例", "cross-province reimbursement ratio"),
    "cross_province.deductible": ("跨省就医起付线", "cross-province deductible"),
    "cross_province.deductible_later": ("跨省年内再次住院起付线", "cross-province deductible for later stays"),
    "cross_province.deductible_multiplier": ("跨省就医起付线倍数", "cross-province deductible multiplier"),
    "cross_province.use_level3_standard": ("跨省就医按三级医院标准", "cross-province care priced as level-3"),
    "emergency.registration_window_working_days": ("急诊抢救补办备案时限（工作日）",
                                                   "time to register emergency care (working days)"),
    "emergency.registration_window_days": ("急诊抢救补办备案时限（天）", "time to register emergency care (days)"),
    "manual_claim.deadline_months": ("手工报销期限（月）", "time limit for a paper claim (months)"),
    "manual_claim.deadline_next_year_month_day": ("手工报销截止日（次年）", "paper-claim cut-off date (next year)"),
    "filing.temporary.validity_months": ("临时外出就医备案有效期", "validity of a temporary filing"),
    "filing.long_term.change_lock_months": ("长期居住备案变更时限", "time before a long-term filing can be changed"),
    "filing.online_processing_working_days": ("线上备案办理时限", "processing time of an online filing"),
    "personal_account.cross_province_open": ("个人账户跨省使用", "personal account usable in other provinces"),
    "personal_account.cross_province_authorization_required": ("个人账户跨省使用需授权",
                                                               "authorisation to use the personal account "
                                                               "in other provinces"),
    "intra_province.filing_required": ("省内异地就医是否需备案", "whether care within the province needs a filing"),
    "filing.required": ("跨省就医是否需备案", "whether cross-province care needs a filing"),
    "intra_province.filing.required": ("省内异地就医是否需备案", "whether care within the province needs a filing"),
    "policy.catalogue_and_rules": ("就医地目录、参保地待遇的原则", "whose catalogue and whose benefits apply"),
    "filing.channels": ("备案渠道", "filing channels"),
    "filing.late_before_discharge": ("出院结算前补办备案", "filing late, before discharge"),
    "filing.late_after_discharge_manual_claim": ("出院后补办备案并手工报销",
                                                 "filing after discharge with a paper claim"),
    "filing.direct_settlement_needs_filing": ("备案后享受跨省直接结算", "direct settlement comes with a filing"),
    "filing.admitted_within_validity_settles": ("有效期内入院可直接结算", "admission within the validity settles"),
    "filing.to_treated_prefecture": ("备案到就医地市", "filing names the city of care"),
    "filing.province_level_destinations": ("可备案到省的地区", "provinces a filing can name as a whole"),
    "injury.no_third_party_pledge": ("外伤无第三方责任承诺", "no-third-party pledge for injury care"),
    "long_term.benefits_both_ways": ("长期居住双向享受待遇", "long-term residents' benefits in both places"),
    "emergency.treated_as_filed": ("急诊抢救视同已备案", "emergency care counts as filed"),
    "referral.no_local_admission_required": ("转诊不以本地住院为前提", "referral without a local admission"),
    "manual_claim.allowed_after_discharge": ("出院后可手工报销", "paper claim after discharge"),
    "chronic.cross_province_diseases": ("跨省直接结算的门诊慢特病病种", "chronic diseases settled across provinces"),
    "insurance_year.start_month_day": ("医保年度起始日", "first day of the insurance year"),
    "statistics.inpatient_fund_share": ("全国住院费用基金支付比例", "national share of inpatient costs paid by funds"),
}

# Who or what the figure is for: (zh, en).
QUALIFIERS: dict[str, tuple[str, str]] = {
    "employee": ("职工", "employee"),
    "resident": ("城乡居民", "resident"),
    "in_service": ("在职", "in service"),
    "retired": ("退休", "retired"),
    "level1": ("一级医院", "level-1 hospital"),
    "level2": ("二级医院", "level-2 hospital"),
    "level3": ("三级医院", "level-3 hospital"),
    "tier1": ("一档", "contribution tier 1"),
    "tier2": ("二档", "contribution tier 2"),
    "tier3": ("三档", "contribution tier 3"),
    "long_term": ("异地长期居住", "long-term residence"),
    "referral": ("转诊", "referral"),
    "emergency": ("急诊抢救", "emergency"),
    "temporary": ("其他临时外出", "temporary stay"),
    "unfiled": ("未备案", "not filed"),
}

# A label with 0–4 qualifiers (the most a registered key has).
_FORMS: dict[str, tuple[str, str]] = {
    "plabel.of0": ("{head}", "{head}"),
    "plabel.of1": ("{head}（{q1}）", "{head} ({q1})"),
    "plabel.of2": ("{head}（{q1}，{q2}）", "{head} ({q1}, {q2})"),
    "plabel.of3": ("{head}（{q1}，{q2}，{q3}）", "{head} ({q1}, {q2}, {q3})"),
    "plabel.of4": ("{head}（{q1}，{q2}，{q3}，{q4}）", "{head} ({q1}, {q2}, {q3}, {q4})"),
    "plabel.unregistered": ("一项未登记的参数（见技术细节）", "an unregistered parameter (see technical details)"),
}

CATALOGUE: dict[str, tuple[str, str]] = {
    **{f"plabel.head.{k}": v for k, v in HEADS.items()},
    **{f"plabel.q.{k}": v for k, v in QUALIFIERS.items()},
    **_FORMS,
}


def label(key: str) -> Msg:
    """The plain name of a parameter key, as a Msg (rendered in the reader's language)."""
    parts = key.split(".")
    for n in range(len(parts), 0, -1):
        head = ".".join(parts[:n])
        if head in HEADS:
            rest = parts[n:]
            if len(rest) <= 4 and all(q in QUALIFIERS for q in rest):
                quals = {f"q{i}": M(f"plabel.q.{q}") for i, q in enumerate(rest, 1)}
                return M(f"plabel.of{len(rest)}", head=M(f"plabel.head.{head}"), **quals)
            break
    return M("plabel.unregistered")
