"""The message catalogue: every user-facing string, in Chinese (first) and English, by key.

Data only. messages.py renders it (`t`, `tm`, `renderer`) and is compiled with mypyc by a wheel build; this
module is not (as C, ~1,700 entries of literal text make a 17 MB source that takes gcc minutes and gigabytes
of memory). A test checks that every key has both languages and the same placeholders.

A key may have a variant for a face, `key@wizard` / `key@answers` (messages.FACE says why).
"""

from __future__ import annotations

from medins_cli import param_labels

CATALOGUE: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------ summaries
    "summary.same_region": ("参保地和就医地相同：不需要办理异地就医备案，按本地政策就医结算。",
                            "Insured and treated in the same place: no out-of-region filing is needed; "
                            "local rules apply."),
    "summary.same_province_pool": ("参保地和就医地同在{area}，{area}是省级统筹地区（经办规程第十一条）：不需要办理异地就医备案，"
                                   "按本地政策就医结算。",
                                   "Insured and treated within {area}, which is pooled at province level (经办规程 "
                                   "article 11): no out-of-region filing is needed; local rules apply."),
    "summary.same_area": ("参保地和就医地同属{area}，一般是同一统筹地区：不需要办理异地就医备案，按本地政策就医结算"
                          "（所在区县另有规定的，以当地医保经办机构为准）。",
                          "Insured and treated within {area}, which is normally one pooling area: no "
                          "out-of-region filing is needed; local rules apply (if your district or county has "
                          "its own rules, its insurance office's word prevails)."),
    "summary.intra_province": ("省内异地就医：跨省备案规则不适用，按本省省内异地就医规定办理。",
                               "Treatment elsewhere in the same province: the cross-province rules do not "
                               "apply; your province's own rules for care in another city do."),
    "summary.long_term": ("跨省异地长期居住：办理长期居住类备案后，在备案地按参保地本地待遇直接结算。",
                          "Long-term stay in another province: once filed, care there is settled directly "
                          "at your home region's local benefit level."),
    "summary.emergency": ("跨省异地急诊抢救：视同已备案，可按参保地急诊抢救待遇直接结算。",
                          "Emergency care in another province: treated as filed, and settled directly at "
                          "your home region's emergency benefit level."),
    "summary.emergency_settled": ("跨省异地急诊抢救：视同已备案，可直接结算；已出院并全额自费结算的，可回参保地手工报销。",
                                  "Emergency care in another province: it counts as filed and can be settled "
                                  "directly; if you paid in full at discharge, you can claim at home on paper."),
    "summary.settled_unfiled": ("已出院结算、事先未备案的：不能再直接结算，补办备案后可回参保地手工报销（按参保地规定）。",
                                "If you were discharged and settled without a filing: direct settlement is no "
                                "longer possible; file late and claim at home on paper (under your home region's "
                                "rules)."),
    "summary.settled_unfiled_not_required": ("已出院结算、事先未备案的：不能再直接结算，可回参保地手工报销（按参保地规定）；"
                                             "{region}的政策写明此类人员无需备案，报销前是否仍要补办备案，请向参保地医保"
                                             "经办机构或12393确认。",
                                             "If you were discharged and settled without a filing: direct settlement "
                                             "is no longer possible; claim at home on paper (under your home "
                                             "region's rules). {region}'s own rules say this care needs no filing; "
                                             "whether a late filing is still asked for before the claim, ask your "
                                             "home region's insurance office or call 12393."),
    "summary.referral": ("跨省异地转诊：需参保地定点医院的转诊证明并办理转诊备案，可直接结算。",
                         "Referral to another province: you need a referral certificate from a designated "
                         "hospital at home and a referral filing; then care is settled directly."),
    "summary.pharmacy": ("跨省购药：在就医地跨省联网定点药店按参保地规定结算，通常需先备案。",
                         "Buying medicine in another province: networked pharmacies settle under your home "
                         "region's rules, usually after a filing."),
    "summary.temporary": ("其他跨省临时外出就医：办理临时外出就医备案后可直接结算，报销比例可能低于本地。",
                          "Other temporary care in another province: file first to settle directly; the "
                          "payment ratio may be lower than at home."),
    # ------------------------------------------------------------ categories and classes
    "category.long_term_retiree": ("异地安置退休人员备案", "relocated retirees (异地安置退休)"),
    "category.long_term_living": ("异地长期居住人员备案", "long-term residents elsewhere (异地长期居住)"),
    "category.long_term_working": ("常驻异地工作人员备案", "posted workers (常驻异地工作)"),
    "category.referral": ("异地转诊人员备案", "referrals (异地转诊)"),
    "category.temporary": ("其他临时外出就医人员备案", "other temporary care (其他临时外出就医)"),
    "hospital_level.1": ("一级", "level-1"),
    "hospital_level.2": ("二级", "level-2"),
    "hospital_level.3": ("三级", "level-3"),
    # English names the care, not the people: "{cls} is paid at 70%", "no sourced reduction for {cls}".
    "class.long_term": ("异地长期居住人员", "long-term stays"),
    "class.referral": ("异地转诊人员", "referral care"),
    "class.emergency": ("异地急诊抢救人员", "emergency care"),
    "class.temporary": ("其他临时外出就医人员", "other temporary care"),
    "class.unfiled": ("未备案就医", "unfiled care"),
    "class.local": ("本地就医", "local care"),
    "scenario.long_term": ("异地长期居住", "long-term residence elsewhere"),
    "scenario.emergency": ("异地急诊抢救", "emergency"),
    "scenario.referral": ("异地转诊", "referral"),
    "scenario.pharmacy": ("跨省购药", "cross-province pharmacy"),
    "scenario.temporary": ("其他临时外出就医", "other temporary care"),
    "insurance.employee": ("职工医保", "employee insurance (职工医保)"),
    "insurance.resident": ("城乡居民医保", "resident insurance (城乡居民医保)"),
    "relation.same_region": ("同一统筹区", "same region"),
    "relation.intra_province": ("省内异地", "elsewhere in the same province"),
    "relation.intra_province_unclear": ("省内（城市不明）", "same province (city unclear)"),
    "relation.cross_province": ("跨省异地", "another province"),
    # ------------------------------------------------------------ filings
    "filing.category": ("办理{category}", "File for {category}"),
    "filing.renew": ("核对备案有效期，到期则重新办理{category}", "Check the filing's validity; file again for "
                     "{category} if it has ended"),
    "filing.late": ("补办{category}", "File late for {category}"),
    "filing.manual_claim": ("回参保地申请手工报销（零星报销）", "Claim reimbursement on paper at home (手工报销)"),
    "filing.referral_certificate": ("取得转诊转院证明", "Get a referral certificate (转诊证明)"),
    "filing.emergency_registration": ("急诊抢救登记（参保地规定时限内）",
                                      "Register the emergency with your home region (local time limit)"),
    "filing.injury_pledge": ("外伤就医：如医院要求，填写《外伤无第三方责任承诺书》",
                             "Injury care: sign the no-third-party pledge (外伤无第三方责任承诺书) if the hospital "
                             "asks for it"),
    "filing.emergency_confirm": ("入院时告知医院是急诊抢救并出示医保凭证",
                                 "At admission, tell the hospital it is an emergency and show your insurance "
                                 "credential"),
    "filing.chronic_qualification": ("确认已在参保地取得门诊慢特病待遇资格并办理备案",
                                     "Make sure you hold 门诊慢特病 status at home and have filed"),
    "filing.personal_account": ("开通个人账户跨省支付（如参保地要求）",
                                "Switch on cross-province personal-account payment (if your region "
                                "requires it)"),
    "filing.intra_province": ("办理省内异地就医备案", "File for care elsewhere in the province"),
    "filing.intra_province_ask": ("问清本省是否要求省内异地就医备案（参保地医保经办机构或 12393），要求的话先备案",
                                  "Ask whether your province requires a filing for care elsewhere in the province "
                                  "(home insurance office or 12393); if it does, file first"),
    # ------------------------------------------------------------ channels
    "channel.nhsa_app": ("国家医保服务平台 APP", "National Healthcare Security Service Platform app"),
    "channel.nhsa_miniprogram": ("国家异地就医备案小程序（微信/支付宝）",
                                 "National out-of-region filing mini-program (WeChat/Alipay)"),
    "channel.gov_miniprogram": ("国务院客户端小程序", "State Council client mini-program"),
    "channel.insured_office": ("参保地医保经办机构窗口", "Your home region's medical insurance office"),
    "channel.hospital_desk": ("就医医院医保办（窗口）", "The hospital's medical insurance desk"),
    "channel.insured_hospital": ("参保地定点医疗机构", "A designated hospital in your home region"),
    "channel.provincial_app": ("本省医保 APP 或小程序", "Your province's medical insurance app"),
    "channel.hotline_12393": ("12393 医保服务热线", "12393 medical insurance hotline"),
    # ------------------------------------------------------------ materials
    "mat.credential": ("医保电子凭证、有效身份证件或社会保障卡（三选一）",
                       "Medical insurance e-credential, ID card or social security card (any one)"),
    "mat.form": ("跨省异地就医登记备案表（线上办理时在线填写）",
                 "Cross-province filing form (filled in online when filing online)"),
    "mat.form_intra": ("省内异地就医备案表（按本省要求；线上办理时在线填写）",
                       "The province's own filing form for care elsewhere in the province (as the province "
                       "requires; filled in online when filing online)"),
    "mat.retiree_proof": ("户口簿首页和本人常住人口登记卡，或个人承诺书",
                          "Household register front page and your own registration page, or a personal "
                          "commitment letter (承诺书)"),
    "mat.residence_proof": ("居住证明（如居住证），或个人承诺书",
                            "Proof of residence (e.g. residence permit), or a personal commitment letter"),
    "mat.work_proof": ("单位派出证明、异地单位证明或工作合同（任选其一），或个人承诺书",
                       "Posting letter, employer certificate elsewhere or work contract (any one), or a "
                       "personal commitment letter"),
    "mat.referral_certificate": ("参保地规定的定点医疗机构开具的转诊转院证明",
                                 "Referral certificate from a designated hospital as your home region "
                                 "requires"),
    "mat.referral_from_hospital": ("由参保地定点医院开具；不得要求先在本地住院",
                                   "Issued by a designated hospital at home; it may not require a local "
                                   "admission first"),
    "mat.injury_pledge": ("《外伤无第三方责任承诺书》（经办规程附件11，医院提供）",
                          "The no-third-party injury pledge (经办规程 annex 11; the hospital has the form)"),
    "mat.emergency_record": ("急诊病历或急诊证明", "Emergency medical record or certificate"),
    "mat.chronic_diagnosis": ("门诊慢特病认定材料（诊断证明、病历）",
                              "Chronic-disease qualification documents (diagnosis, records)"),
    "mat.claim.invoices": ("医疗费用收据（发票）原件", "Original medical invoices"),
    "mat.claim.itemised": ("费用明细清单", "Itemised bill"),
    "mat.claim.discharge_summary": ("出院小结（出院记录）和诊断证明", "Discharge summary and diagnosis"),
    "mat.claim.prescription": ("处方和诊断证明", "Prescription and diagnosis"),
    "mat.claim.credential": ("身份证件或社会保障卡", "ID card or social security card"),
    "mat.claim.bank": ("本人银行账户信息", "Your bank account details"),
    "mat.claim.referral": ("转诊转院证明", "Referral certificate"),
    "mat.claim.emergency_record": ("急诊病历或急诊证明", "Emergency record or certificate"),
    # ------------------------------------------------------------ notes and timing
    "note.manual_claim_rule": ("出院自费结算后补办备案的，可按参保地规定申请报销（医保发〔2022〕22号 二(四)）。",
                               "After paying in full and filing late, you can claim under your home "
                               "region's rules (医保发〔2022〕22号 §2(4))."),
    "note.discharge_unknown": ("未提供出院日期：期限按入院日期计算，实际期限不会早于此日期。",
                               "No discharge date given: the deadline is counted from admission, so the "
                               "real deadline is no earlier."),
    "note.referral_no_local_admission": ("医院不得将在本地住院作为开具转诊的前提（医保发〔2022〕22号 三(二)）。",
                                         "A hospital may not require a local admission before a referral "
                                         "(医保发〔2022〕22号 §3(2))."),
    "note.injury_pledge": ("主诉无第三方责任的外伤费用，医院可请您填写承诺书后为您直接结算，并如实上传“外伤”和"
                           "“涉及第三方”标志（经办规程第三十五条）。承诺书是您本人的书面承诺，请如实填写。",
                           "For injury care you state involves no third party, the hospital may have you sign this "
                           "pledge and then settle directly; it reports the injury and third-party flags as they "
                           "are (经办规程 article 35). The pledge is your own written statement: fill it in "
                           "truthfully."),
    "note.file_to_prefecture": ("备案的就医地选{place}：备案后可在{place}所有开通跨省联网的定点医疗机构住院直接结算"
                                "（经办规程第十一条）。",
                                "File with {place} as the place of care: the filing covers inpatient care at every "
                                "networked hospital there (经办规程 article 11)."),
    "note.file_to_prefecture_of_county": ("备案的就医地选{county}所在的地级市{prefecture}：备案到就医地市，可在该市所有开通"
                                          "跨省联网的定点医疗机构住院直接结算（经办规程第十一条）。",
                                          "File with {prefecture}, the prefecture-level city {county} belongs to, "
                                          "as the place of care: a filing names the city and covers every "
                                          "networked hospital there (经办规程 article 11)."),
    "note.file_to_prefecture_choose": ("备案时要选具体的就医城市（{province}的某个地级市）：备案到就医地市，可在该市所有"
                                       "开通跨省联网的定点医疗机构住院直接结算（经办规程第十一条）。",
                                       "When filing, choose the city of care (a prefecture-level city in "
                                       "{province}): a filing names the city and covers every networked "
                                       "hospital there (经办规程 article 11)."),
    "note.file_to_province": ("{province}是省级统筹地区，可备案到省：备案后可在全省开通跨省联网的定点医疗机构住院直接结算"
                              "（经办规程第十一条）。",
                              "{province} pools insurance at province level, so the filing can name the whole "
                              "province: it then covers every networked hospital there (经办规程 article 11)."),
    "note.file_to_prefecture.pharmacy": ("备案的就医地选{place}：门诊就医和购药按参保地规定，选{place}开通跨省联网的"
                                         "定点医药机构（经办规程第十一条）。",
                                         "File with {place} as the place of care: for outpatient care and medicines, "
                                         "use networked designated hospitals and pharmacies there as your home "
                                         "region's rules allow (经办规程 article 11)."),
    "note.file_to_prefecture_of_county.pharmacy": ("备案的就医地选{county}所在的地级市{prefecture}：门诊就医和购药按参保地"
                                                   "规定，选该市开通跨省联网的定点医药机构（经办规程第十一条）。",
                                                   "File with {prefecture}, the prefecture-level city {county} "
                                                   "belongs to, as the place of care: for outpatient care and "
                                                   "medicines, use networked "
                                                   "designated hospitals and pharmacies there as your home region's "
                                                   "rules allow (经办规程 article 11)."),
    "note.file_to_prefecture_choose.pharmacy": ("备案时要选具体的就医城市（{province}的某个地级市）：门诊就医和购药按参保地"
                                                "规定，选该市开通跨省联网的定点医药机构（经办规程第十一条）。",
                                                "When filing, choose the city of care (a prefecture-level city in "
                                                "{province}): for outpatient care and medicines, use networked "
                                                "designated hospitals and pharmacies there as your home region's "
                                                "rules allow (经办规程 article 11)."),
    "note.file_to_province.pharmacy": ("{province}是省级统筹地区，可备案到省：门诊就医和购药按参保地规定，选全省开通跨省"
                                       "联网的定点医药机构（经办规程第十一条）。",
                                       "{province} pools insurance at province level, so the filing can name the "
                                       "whole province: for outpatient care and medicines, use networked designated "
                                       "hospitals and pharmacies there as your home region's rules allow (经办规程 "
                                       "article 11)."),
    "note.emergency_treated_as_filed": ("急诊抢救视同已备案，不需事先备案（经办规程第八条、第三十四条）。",
                                        "Emergency care counts as filed; no advance filing is needed "
                                        "(经办规程 art. 8 and 34)."),
    "note.emergency_late_filing_optional": ("若住院未按急诊登记，出院结算前补办临时外出就医备案仍可直接结算。",
                                            "If the stay is not coded as an emergency, a temporary filing "
                                            "before discharge settlement still gets direct settlement."),
    "note.emergency_settled": ("急诊抢救本应直接结算；若已全额自费，可回参保地手工报销。若医院已直接结算，则无需再办。",
                               "Emergency care should have been settled directly: if you paid in full, claim at "
                               "home; if the hospital has already settled it, there is nothing more to do."),
    "note.late_after_discharge": ("出院自费结算后补办备案，再按参保地规定申请报销（医保发〔2022〕22号 二(四)）。",
                                  "File late after paying in full, then claim under your home region's rules "
                                  "(医保发〔2022〕22号 §2(4))."),
    "note.late_filing_if_admitted": ("如已入院：出院结算前补办备案仍可直接结算（通知二(四)；经办规程第十六条）。",
                                     "If you are already in hospital: a filing made before discharge settlement "
                                     "still settles directly (通知二(四); 经办规程 article 16)."),
    "note.late_filing_still_possible": ("建议日期不是截止日：来不及在就医前办结的，入院后、出院结算前补办备案仍可直接结算"
                                        "（通知二(四)；经办规程第十六条）。",
                                        "The suggested date is not a deadline: a filing made after admission but "
                                        "before discharge settlement still settles directly (通知二(四); 经办规程 "
                                        "art. 16)."),
    "note.renew_check_app": ("备案有效期（至少）到{until}，早于就医日{event}：请在国家医保服务平台APP查询备案有效期，"
                             "已到期或将在就医前到期的，就医前重新备案。",
                             "The filing is valid (at least) until {until}, before the visit on {event}: check its "
                             "validity in the national insurance APP and, if it has ended or will end before the "
                             "visit, file again before you go."),
    "note.filing_not_required": ("{region}的政策写明“{cite}”，按其公布的比例报销，所以不列为必须。但按国家规定，备案后才"
                                 "享受跨省直接结算（医保发〔2022〕22号通知二(二)；医保发〔2024〕21号一(二)：原则上“先备案，"
                                 "后结算”）；不备案时医院能否直接结算，该页面没有说明，不能直接结算的要先全额垫付、再回参保地"
                                 "手工报销。请尽早向参保地医保经办机构或12393确认；备案可在线办理。",
                                 "{region}'s own rules say “{cite}” (no filing needed) and pay this care at their "
                                 "published ratios, so it is not listed as required. But under the national "
                                 "rules direct settlement across provinces comes with a filing (医保发〔2022〕22号 "
                                 "§2(2); 医保发〔2024〕21号 §1(2): “先备案，后结算” as a rule), and that page does not "
                                 "say whether the hospital will settle directly without one; if it will not, you pay "
                                 "in full and claim at home on paper. Ask your home region's insurance office or "
                                 "call 12393 early; filing can be done online."),
    "note.filing_not_required_unknown": ("{region}的政策写明“{cite}”，所以不列为必须。不备案时医院能否直接结算，该页面"
                                         "没有说明：请尽早向参保地医保经办机构或12393确认。",
                                         "{region}'s own rules say “{cite}” (no filing needed), so it is not listed "
                                         "as required. Whether the hospital will settle directly without a "
                                         "filing, that page does not say: ask your home region's insurance office "
                                         "or call 12393 early."),
    "note.filing_not_required_settled": ("{region}的政策写明“{cite}”，所以不列为必须。回参保地手工报销前是否仍要补办"
                                         "备案，该页面没有说明：请向参保地医保经办机构或12393确认。",
                                         "{region}'s own rules say “{cite}” (no filing needed), so it is not listed "
                                         "as required. Whether a late filing is still asked for before the "
                                         "paper claim, that page does not say: ask your home region's insurance "
                                         "office or call 12393."),
    "note.renew_check_app_exact": ("备案有效期到{until}，早于就医日{event}：请在国家医保服务平台APP查询备案有效期，"
                                   "已到期或将在就医前到期的，就医前重新备案。",
                                   "The filing is valid until {until}, before the visit on {event}: check its "
                                   "validity in the national insurance APP and, if it has ended or will end before "
                                   "the visit, file again before you go."),
    "note.intra_filing_not_required": ("{region}的政策写明“{cite}”，所以不列为必须。不备案时就医地医院能否直接结算、"
                                       "不能直接结算时怎样回参保地报销，该页面没有说明：请尽早向参保地医保经办机构或"
                                       "12393确认。",
                                       "{region}'s own rules say “{cite}” (no filing needed), so it is not listed "
                                       "as required. Whether the hospital will settle directly without a filing, "
                                       "and how to claim at home if it will not, that page does not say: ask your "
                                       "home region's insurance office or call 12393 early."),
    "note.intra_filing_not_required_settled": ("{region}的政策写明“{cite}”，所以不列为必须。已出院结算的，回参保地"
                                               "报销前是否仍要补办备案，该页面没有说明：请向参保地医保经办机构或"
                                               "12393确认。",
                                               "{region}'s own rules say “{cite}” (no filing needed), so it is not "
                                               "listed as required. Whether a late filing is still asked for before "
                                               "you claim at home what you paid at discharge, that page does not "
                                               "say: ask your home region's insurance office or call 12393."),
    "note.late_before_discharge": ("出院结算前补办备案的，联网医院应直接结算（经办规程第十六条）。",
                                   "A filing made before discharge settlement must be settled directly by "
                                   "the networked hospital (经办规程 art. 16)."),
    "note.chronic_qualification_unlisted": ("该病不在跨省直接结算的病种内：若参保地把它认定为门诊慢特病，凭此资格回参保地"
                                            "手工报销；若不是，按参保地普通门诊规定报销。",
                                            "This disease is not settled directly across provinces: if your home "
                                            "region lists it as a chronic or special outpatient disease, claim at "
                                            "home with that qualification; if not, ordinary outpatient rules apply."),
    "note.chronic_qualification": ("跨省直接结算按参保地的门诊慢特病病种和待遇；需就医地医院开通该病种结算。",
                                   "Settlement follows your home region's disease list and benefits; the "
                                   "hospital must be networked for that disease."),
    "note.personal_account_check": ("未找到本地区是否需要单独开通的来源：请在国家医保服务平台 APP 或致电 12393 确认。",
                                    "No source found on whether your region needs a separate switch-on: "
                                    "check in the national app or call 12393."),
    "note.intra_province": ("省内异地的备案和待遇由各省规定，可咨询参保地经办机构。",
                            "Filing and benefits within a province are set by each province; ask your "
                            "insurance office."),
    "when.manual_claim_unknown": ("期限由参保地规定（未找到来源）", "Deadline set by your home region (no source "
                                                              "found)"),
    "when.at_admission": ("入院或就诊时", "At admission or the visit"),
    "when.before_discharge": ("出院结算之前", "Before discharge settlement"),
    "when.before_manual_claim": ("申请手工报销之前", "Before the paper claim"),
    "when.now": ("尽快（就医之前）", "As soon as possible (before the visit)"),
    "when.now_late_ok": ("现在就办（建议日期已过）；来不及在就医前办结的，入院后出院结算前补办仍可直接结算",
                         "File now (the suggested date has passed); if it is not done before the visit, a filing "
                         "made after admission but before discharge settlement still settles directly"),
    "when.now_passed": ("现在就办（建议日期已过，就医前可能来不及办结）",
                        "File now (the suggested date has passed; it may not be finished before the visit)"),
    # ------------------------------------------------------------ deadline bases
    "basis.processing_before_break": ("线上备案原则上{n}个工作日内办结（经办规程第九条），自申请次日起算（民法典第二百零一条）；"
                                      "本工具未收录{year}年{holiday}的调休安排，节后几天可能调为休息日，故建议在节前办结",
                                      "Online filings are finished within {n} working days in principle (经办规程 art. "
                                      "9), counted from the day after the application (Civil Code art. 201); the "
                                      "{year} {holiday} holiday's 调休 is not known to medins and the days after it may "
                                      "become days off, so the suggestion is to have it done before the holiday"),
    # The same where the insured region sets its own processing time: its page is quoted, not 经办规程第九条 (广州).
    "basis.processing_local": ("{region}规定备案{n}个工作日内办结（原文：“{cite}”），自申请次日起算（民法典第二百零一条）",
                               "{region}: a filing is finished within {n} working days (its page: “{cite}”), counted "
                               "from the day after the application (Civil Code art. 201)"),
    "basis.processing_local_before_break": ("{region}规定备案{n}个工作日内办结（原文：“{cite}”），自申请次日起算（民法典第二百零一条）；"
                                            "本工具未收录{year}年{holiday}的调休安排，节后几天可能调为休息日，故建议在节前办结",
                                            "{region}: a filing is finished within {n} working days (its page: "
                                            "“{cite}”), counted from the day after the application (Civil Code art. "
                                            "201); the {year} {holiday} holiday's 调休 is not known to medins and the "
                                            "days after it may become days off, so the suggestion is to have it done "
                                            "before the holiday"),
    "holiday.spring_festival": ("春节", "Spring Festival (春节)"),
    "holiday.labour_day": ("劳动节", "Labour Day (劳动节)"),
    "holiday.national_day": ("国庆节", "National Day (国庆节)"),
    "basis.processing_immediate": ("{region}：线上自助备案无需审核、立即生效，故建议日期取就医当天（如为工作日）或之前最后一个工作日",
                                   "{region}: an online self-service filing needs no review and takes effect at once, "
                                   "so the date is the visit day if it is a working day, else the last working day "
                                   "before it"),
    "basis.processing": ("线上备案原则上{n}个工作日内办结（经办规程第九条），自申请次日起算（民法典第二百零一条）",
                         "Online filings are finished within {n} working days in principle (经办规程 art. 9), "
                         "counted from the day after the application (Civil Code art. 201)"),
    "basis.manual_claim_months": ("{region}规定：出院后{months}个月内申请；出院当日不计入，到期月的对应日为最后一日，逢节假日顺延"
                                  "（民法典第二百零一条至第二百零三条）",
                                  "{region}: claim within {months} months of discharge; the discharge day is not "
                                  "counted, the period ends on the same day of the last month, moved to the next "
                                  "working day if that is a rest day (Civil Code arts. 201–203)"),
    "basis.manual_claim_next_year": ("{region}规定：次年{md}前申请（逢节假日顺延，民法典第二百零三条）",
                                     "{region}: claim by {md} of the next year (moved to the next working day if "
                                     "that is a rest day, Civil Code art. 203)"),
    "basis.emergency_window": ("{region}规定：急诊后{n}个工作日内登记；急诊当日不计入（民法典第二百零一条）",
                               "{region}: register within {n} working days of the emergency, the day of the "
                               "emergency not counted (Civil Code art. 201)"),
    "basis.change_lock": ("{region}规定：备案后{months}个月内不能变更或取消",
                          "{region}: the filing cannot be changed or cancelled for {months} months"),
    "basis.validity_min": ("自备案日起算，备案有效期原则上不少于{months}个月（{region}）；备案当日不计入，到期月的对应日为最后一日"
                           "（民法典第二百零一条、第二百零二条）",
                           "From the filing date: valid for at least {months} months in principle ({region}); the "
                           "filing day is not counted and the period ends on the same day of the last month (Civil "
                           "Code arts. 201, 202)"),
    "basis.validity": ("自备案日起算，备案有效期{months}个月（{region}）；备案当日不计入，到期月的对应日为最后一日"
                       "（民法典第二百零一条、第二百零二条）",
                       "From the filing date: valid for {months} months ({region}); the filing day is not counted "
                       "and the period ends on the same day of the last month (Civil Code arts. 201, 202)"),
    # ------------------------------------------------------------ defaults
    "default.manual_claim_deadline": ("国家未规定手工报销期限，本地区期限未找到来源",
                                      "No national deadline for paper claims; none sourced for your region"),
    "default.emergency_window": ("国家无急诊登记时限；本地区未找到来源",
                                 "No national emergency registration window; none sourced for your region"),
    "default.change_lock": ("备案变更时限由参保地设定，原则上不超过6个月",
                            "Your region sets how long a filing cannot be changed: at most 6 months in principle"),
    "default.validity": ("备案有效期原则上不少于6个月", "A filing is valid for at least 6 months in principle"),
    "default.personal_account_authorization": ("未找到是否需要单独开通的来源",
                                               "No source on whether a separate switch-on is needed"),
    "default.reduction": ("本地区{cls}报销比例降幅未找到来源，按国家规定的幅度估算",
                          "No sourced reduction for {cls} in your region: the national figure is used"),
    "default.reduction_long_term": ("本地区异地长期居住人员的报销比例规定未找到来源：按国家规定执行参保地本地就医时的标准，不降低",
                                    "No sourced rule of your region for long-term residents: the national rule "
                                    "applies (your home region's standards, no cut)"),
    "default.unfiled": ("未备案费用按参保地规定（经办规程第十四条），本地区未找到来源：按临时外出就医降幅估算",
                        "Unfiled care follows your home region's rules (经办规程 art. 14), none sourced: "
                        "estimated like temporary care"),
    "default.local_ratio": ("本地区支付比例未找到来源", "No sourced payment ratio for your region"),
    "default.average_share": ("按全国平均的住院费用目录内基金支付比例估算",
                              "Estimated with the national average in-catalogue fund share"),
    "default.deductible": ("本地区起付线未找到来源，按0计", "No sourced deductible for your region: 0 used"),
    "default.cap": ("本地区最高支付限额未找到来源，未计封顶", "No sourced annual cap for your region: no cap applied"),
    "default.intra_province": ("本省是否要求省内异地备案未找到来源，按需要备案提示",
                               "No source on whether your province requires a filing: assumed required"),
    # ------------------------------------------------------------ warnings
    "warn.manual_claim_deadline_unknown": ("国家未规定手工报销期限，各地不同（常见为数月或次年某日前）："
                                           "请尽快向参保地经办机构或 12393 确认。",
                                           "There is no national deadline for paper claims and local ones "
                                           "differ: confirm with your insurance office or 12393 soon."),
    "warn.settled_direct": ("已备案并已出院结算：若已在医院直接结算则无需再办；若因系统等原因未能直接结算，可回参保地手工报销"
                            "（经办规程第四十四条）。",
                            "Filed and settled: if the hospital settled the bill directly, there is nothing more "
                            "to do; if it could not (a system failure), claim at home (经办规程 art. 44)."),
    "warn.change_lock": ("长期居住备案长期有效；参保地可设置变更或取消的时限，原则上不超过{months}个月。",
                         "A long-term filing stays valid; your region may block changes for up to {months} "
                         "months."),
    "warn.validity_admission": ("备案有效期内已办理入院的，出院时即使超过有效期也可正常直接结算（经办规程第十二条）。",
                                "If admitted while the filing is valid, the stay is settled normally even if "
                                "the filing expires before discharge (经办规程 art. 12)."),
    "warn.chronic_direct": ("{disease}属于可跨省直接结算的{count}种门诊慢特病之一。",
                            "{disease} is one of the {count} outpatient chronic diseases settled directly "
                            "across provinces."),
    "warn.chronic_unnamed": ("未说明哪种门诊慢特病：跨省直接结算只限这些病种（{listed}）；其他病种需先自付，"
                             "再回参保地手工报销。城乡居民医保没有个人账户，跨省购药按门诊慢特病办理。",
                             "No chronic disease named: direct settlement covers only these ({listed}); "
                             "for others you pay first and claim at home. 城乡居民 insurance has no personal "
                             "account, so buying medicine elsewhere goes through the chronic-disease route."),
    "warn.chronic_not_listed": ("“{disease}”不在跨省直接结算的门诊慢特病目录中（{listed}）：需先自付，再回参保地手工报销。",
                                "'{disease}' is not among the diseases settled directly across provinces "
                                "({listed}): pay first, then claim at home."),
    "warn.unfiled_may_pay_nothing": ("未备案的费用按参保地规定报销，有的地区降低比例、先行自付更多，甚至不予报销：先备案最稳妥。",
                                     "Unfiled care is paid under your home region's rules: some pay less, "
                                     "make you pay more first, or pay nothing. Filing first is safest."),
    "warn.no_estimate": ("缺少起付线和支付比例：请用 --deductible、--ratio、--cap 输入医保明白卡上的数字。",
                         "No deductible or ratio available: enter the figures from your benefits card with "
                         "--deductible, --ratio and --cap."),
    "warn.intra_province_unclear": ("参保地只填了省份：若与就医地在同一城市（统筹区），无需备案。",
                                    "Only a province was given as home: if it is the same city (pooling area) "
                                    "as the treatment, no filing is needed."),
    "warn.intra_province_rates": ("省内异地的报销比例由本省规定，估算按本地标准，未计省内异地降幅。",
                                  "Rates for care elsewhere in the province are set by the province; the "
                                  "estimate uses local rates without any reduction."),
    "warn.catalogue": ("执行就医地的医保目录（药品、项目、耗材）和参保地的起付线、支付比例、封顶线（经办规程第三十一条）。",
                       "The treatment region's catalogue (drugs, services, supplies) and your home region's "
                       "deductible, ratio and cap apply (经办规程 art. 31)."),
    "warn.bring_card": ("就医时主动表明异地参保身份，出示医保电子凭证或社会保障卡实体卡；只到跨省联网定点医药机构。",
                        "Say you are insured elsewhere and show your e-credential or physical social "
                        "security card; use only cross-province networked providers."),
    "warn.both_ways": ("长期居住备案后，可在备案地和参保地双向享受待遇（医保发〔2022〕22号 二(五)）。",
                       "After a long-term filing you keep benefits both where you live and at home "
                       "(医保发〔2022〕22号 §2(5))."),
    "warn.referral_filed_without_certificate": (
        "您说已备案，但没有转诊证明：异地转诊备案须提供参保地定点医疗机构开具的转诊转院证明（经办规程第八条（四））。"
        "请在医保APP或经办机构核对备案类别：如办的是其他临时外出就医备案，按临时外出就医的比例报销（通常更低）；"
        "如医院已把证明直接交给经办机构，则无需再取。",
        "You say you have filed but hold no referral certificate: a referral filing needs the certificate from a "
        "designated hospital at home (经办规程 article 8(4)). Check the filing's category in the insurance app or at the "
        "office: a filing for other temporary care is paid at the temporary-care ratio (usually lower); if the "
        "hospital sent the certificate to the office itself, nothing more is needed."),
    "warn.temporary_lower": ("临时外出就医的支付比例可低于本地：转诊、急诊降幅约10个百分点，其他约20个百分点（各地不同）。",
                             "Temporary care may be paid at a lower ratio: about 10 points less for referral "
                             "and emergency, about 20 for other trips (varies by region)."),
    "warn.temporary_lower_local": (
        "{region}的规定：{cls}按 {paid} 支付（起付线以上第一段），比在本地{level}医院的 {home} 低约{cut}个百分点。",
        "{region}'s own rule: {cls} is paid at {paid} (first band above the deductible), about {cut} points below "
        "the {home} at a {level} hospital at home."),
    "warn.temporary_lower_local_beyond": (
        "{region}的规定：{cls}按 {paid} 支付（起付线以上第一段），比在本地{level}医院的 {home} 低约{cut}个百分点，"
        "超过国家常规的约{norm}个百分点。",
        "{region}'s own rule: {cls} is paid at {paid} (first band above the deductible), about {cut} points below "
        "the {home} at a {level} hospital at home — more than the national norm of about {norm} points."),
    "warn.filed_on_unknown": ("未提供备案日期，无法计算有效期截止日：可用 --filed-on 提供。",
                              "No filing date given, so the validity end is unknown: add --filed-on."),
    # Not "not published yet": medins cannot know whether the 国务院办公厅 notice is out (the 2026 one came on
    # 2025-11-04), only that it does not carry it.
    "warn.calendar_statutory_year": ("本工具未收录{years}年的国务院放假安排：已按《全国年节及纪念日放假办法》计入法定节假日，"
                                     "只有调休（周末上班）安排未知；该年安排发布后（或如已发布），请据此核对日期。",
                                     "medins does not have the State Council holiday schedule for {years}: the "
                                     "statutory holidays (全国年节及纪念日放假办法) are counted; only the 调休 working "
                                     "weekends are not known — check the dates against that year's schedule once "
                                     "it is (or if it already is) published."),
    "warn.validity_before_visit": ("若今天备案，有效期（至少）到{until}，早于就医日{event}：临近就医再备案，或就医前在APP查询有效期。",
                                   "Filed today, the filing is valid (at least) until {until}, before the visit on "
                                   "{event}: file nearer the visit, or check its validity in the APP before you go."),
    "warn.validity_before_visit_exact": ("若今天备案，有效期到{until}，早于就医日{event}：临近就医再备案，或就医前在APP查询有效期。",
                                         "Filed today, the filing is valid until {until}, before the visit on "
                                         "{event}: file nearer the visit, or check its validity in the APP before "
                                         "you go."),
    "warn.calendar_unverified_year": ("{years}年的法定节假日安排未收录：这些年份的工作日只按周末计算，未含调休，请核对。",
                                      "The official holiday schedule for {years} is not known yet: working "
                                      "days there count weekends only, without 调休 — check the dates."),
    "warn.tier_unknown": ("{region}的住院待遇按缴费档次（{tiers}档）不同，而您没有给出档次：估算只用了不分档的数字或默认值。"
                          "用 --tier 给出档次（向医保经办机构或 12393 查询）。",
                          "{region} sets inpatient benefits by contribution tier (tiers {tiers}) and you gave none: the "
                          "estimate uses only untiered figures or defaults. Give the tier with --tier (ask the insurance "
                          "office or 12393)."),
    "warn.national_copy": ("国家文件（{docs}）的条文取自公开的全文副本，未能在国家医保局网站上读到原文：请以官方发布的文本为准。",
                           "The national texts ({docs}) were read from a public full-text copy, not from the National "
                           "Healthcare Security Administration's own site: the official text prevails."),
    "warn.low_confidence": ("以下数字只找到第三方转载来源（可信度低），请向参保地医保经办机构或 12393 核实，或用自己的数字"
                            "（--deductible/--ratio/--cap）：{items}",
                            "These figures come only from third-party reposts (low confidence); check them with your "
                            "home insurance office or 12393, or give your own (--deductible/--ratio/--cap): {items}"),
    "warn.stale_as_of": ("以下数字只知道在所列日期时有效，距就医已超过{years}年，之后可能已调整：请向参保地医保经办机构或 12393 "
                         "核实：{items}",
                         "These figures are known to hold only on the date shown, more than {years} years before the "
                         "care; they may have changed since: check them with your home insurance office or 12393: "
                         "{items}"),
    "warn.stale_as_of_item": ("{region}{label}（截至{date}）", "{region} {label} (as of {date})"),
    "warn.low_confidence_check": ("以下内容只找到第三方转载来源（可信度低），请向参保地医保经办机构或 12393 核实：{items}",
                                  "These come only from third-party reposts (low confidence); check them with your "
                                  "home insurance office or 12393: {items}"),
    "warn.low_confidence_item": ("{region}{label}", "{region} {label}"),
    # ------------------------------------------------------------ assumptions
    "assume.year_end_stay": ("住院跨自然年度（{start}入院，{end}出院）：就医地以出院结算日期为结算时点，按一笔费用整体结算；参保地可按一笔费用整体结算，"
                             "也可按日均费用和跨年前后的住院天数把费用分到两个年度，分别确定基金和个人负担（经办规程第四十一条）。"
                             "本估算按一笔费用和{year}年（入院时）的政策计算，按年度分割的地区结果可能不同。",
                             "The stay crosses a year end (admitted {start}, discharged {end}): the hospital's region "
                             "settles it as one bill on the discharge date; your home region may keep it as one bill or "
                             "split it between the two years by days in hospital, each year with its own fund and "
                             "personal shares (经办规程 art. 41). This estimate prices one bill under the {year} rules "
                             "(at admission); where the stay is split, the result can differ."),
    "assume.year_end_possible": ("12月入院的，如住院跨过12月31日：就医地以出院结算日期为结算时点，按一笔费用整体结算；参保地可按一笔整体结算，"
                                 "也可按跨年前后的住院天数把费用分到两个年度（经办规程第四十一条）。本估算按一笔费用和{year}年的政策计算。",
                                 "Admitted in December: if the stay runs past 31 December, it is settled as one bill on "
                                 "the discharge date, and your home region may keep it as one bill or split it between "
                                 "the two years by days in hospital (经办规程 art. 41). This estimate prices one bill "
                                 "under the {year} rules."),
    # The same two notes where nothing is estimated (no --cost): no "this estimate" to speak of.
    "warn.year_end_stay": ("住院跨自然年度（{start}入院，{end}出院）：就医地以出院结算日期为结算时点，按一笔费用整体结算；参保地可按一笔费用整体结算，"
                           "也可按日均费用和跨年前后的住院天数把费用分到两个年度，分别确定基金和个人负担（经办规程第四十一条）。",
                           "The stay crosses a year end (admitted {start}, discharged {end}): the hospital's region "
                           "settles it as one bill on the discharge date; your home region may keep it as one bill or "
                           "split it between the two years by days in hospital, each year with its own fund and "
                           "personal shares (经办规程 art. 41)."),
    "warn.year_end_possible": ("12月入院的，如住院跨过12月31日：就医地以出院结算日期为结算时点，按一笔费用整体结算；参保地可按一笔整体结算，"
                               "也可按跨年前后的住院天数把费用分到两个年度（经办规程第四十一条）。",
                               "Admitted in December: if the stay runs past 31 December, it is settled as one bill on "
                               "the discharge date, and your home region may keep it as one bill or split it between "
                               "the two years by days in hospital (经办规程 art. 41)."),
    # After either note, where the insured region's 医保年度 is not the calendar year (insurance_year.start_month_day).
    "year_end.with_own_year": ("{note}{own_year}", "{note} {own_year}"),
    "year_end.own_insurance_year": ("{region}{insurance}医保的医保年度为每年{start}至次年{end}，不是自然年度："
                                    "起付线、最高支付限额等年度待遇按医保年度计算。",
                                    "In {region} the {insurance} insurance year (医保年度) runs from {start} to {end} of "
                                    "the next year, not the calendar year: the deductible, the cap and other yearly "
                                    "benefits count per insurance year."),
    "year_end.day": ("{m}月{d}日", "{d} {m}"),
    **{f"month.{n}": (str(n), name) for n, name in enumerate(
        ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"), 1)},
    "assume.estimate": ("这是估算，实际以结算为准。", "This is an estimate; the actual settlement decides."),
    "assume.ooc_share": ("目录外费用按总费用的{share}估计。", "Out-of-catalogue costs assumed at {share} of the "
                                                        "total."),
    "assume.ooc_zero": ("未提供目录外费用，按0计：实际自付可能更高。",
                        "No out-of-catalogue amount given, 0 assumed: you may pay more."),
    "assume.level3_standard": ("参保地规定临时外出就医按三级医院标准计算。",
                               "Your region applies the 三级 (tertiary) standard to temporary care."),
    "assume.user_figures": ("估算使用了您输入的起付线、比例或封顶线。",
                            "The estimate rests on the deductible, ratio or cap you entered."),
    "assume.user_deductible_unused": (
        "您输入的起付线 {value} 元未用于估算：本地区支付比例未找到来源，全国平均基金支付比例已含起付线的影响，再扣一次会重复"
        "计算。再用 --ratio 输入医保明白卡上的比例，即按您的起付线估算。",
        "The deductible you entered ({value} yuan) is not used: your region's payment ratio is not sourced, and the "
        "national average fund share already folds in deductibles, so subtracting yours would count it twice. Add "
        "--ratio with the ratio from your benefits card to estimate with your deductible."),
    "assume.user_reduction": ("跨省降幅按您输入的 {points} 个百分点计算。",
                              "The cross-province cut is the {points} points you entered."),
    "assume.user_reduction_unused": ("您输入的降幅（{points} 个百分点）未用：本地区公布了这类跨省就医的支付比例，已含其降幅。",
                                     "The cut you entered ({points} points) is not used: your region publishes the "
                                     "payment ratio for this kind of cross-province care, its cut already included."),
    "unused.reduction_user": ("本地区的跨省降幅有来源，但您输入了自己的降幅（{points} 个百分点），估算按您的数字。",
                              "Your region's cross-province cut is sourced, but you entered your own ({points} "
                              "points), and the estimate uses yours."),
    "assume.national_average": ("本地区支付比例未找到来源：按全国平均目录内基金支付比例 {share} 估算（{year}年数据），仅供参考。",
                                "No sourced payment ratio for your region: estimated with the national average "
                                "in-catalogue fund share of {share} ({year} figure); a rough guide only."),
    "unused.deductible_without_ratio": (
        "本地区起付线 {value} 有来源，但支付比例未找到来源：全国平均基金支付比例已含起付线的影响，再扣一次会重复计算，"
        "故估算未用它。用 --ratio 输入医保明白卡上的比例，即可按此起付线估算。",
        "Your region's deductible of {value} is sourced, but its payment ratio is not: the national average fund "
        "share already folds in deductibles, so subtracting it again would count it twice, and the estimate does "
        "not use it. Give the ratio from your benefits card with --ratio to estimate with this deductible."),
    "unused.deductible_tier_unknown": (
        "本地区起付线 {value} 有来源，但支付比例按缴费档次分开，而您没有给出档次：全国平均基金支付比例已含起付线的影响，"
        "故估算未用它。用 --tier 给出档次即可按本地区数字估算。",
        "Your region's deductible of {value} is sourced, but its payment ratio depends on the contribution tier "
        "and you gave none: the national average fund share already folds in deductibles, so the estimate does not "
        "use it. Give the tier with --tier to estimate with your region's figures."),
    # A figure a policy file declares found but not used (its `not_used` section), with the file's own reason.
    # Only money keys may be declared (policy_keys.NOT_USED_KEYS), hence the unit.
    "unused.declared": ("{region}{label} {value} 元有来源（{basis}），但估算未使用：{reason}",
                        "The {label} of {value} yuan for {region} is sourced ({basis}), but the estimate does not use "
                        "it: {reason}"),
    "unused.basis_copy": ("第三方转载，可信度低；{when}", "a third-party copy, low confidence; {when}"),
    "unused.basis_official": ("官方来源；{when}", "official source; {when}"),
    "unused.date_from": ("{date} 起", "from {date}"),
    "unused.serious_illness_average": (
        "本地区大病保险规定有来源，但住院支付比例未找到来源：按全国平均比例估算时算不出您自付的目录内费用，故未计大病保险。"
        "输入医保明白卡上的支付比例即可计入。",
        "Your region's serious-illness insurance rule is sourced, but its inpatient payment ratio is not: with the "
        "national average share your own in-catalogue share cannot be worked out, so serious-illness insurance is "
        "not counted. Enter the payment ratio from your benefits card to count it."),
    "unused.serious_illness_half": (
        "大病保险只找到起付线和支付比例中的一项：只用一半规则会是猜测，故未计大病保险。",
        "Only one of the serious-illness insurance deductible and ratio is sourced: half a rule would be a "
        "guess, so serious-illness insurance is not counted."),
    "assume.enter_figures": ("请输入医保明白卡上的起付线和支付比例以得到估算。",
                             "Enter the deductible and ratio from your benefits card for an estimate."),
    "assume.deductible_zero": ("起付线未找到来源，按0计：实际自付可能更高。",
                               "No sourced deductible, 0 used: you may pay more."),
    "assume.cap_unused": ("假设本年度尚未使用封顶线额度。", "Assumes none of this year's cap is used yet."),
    "assume.cap_in_bands": ("最高支付限额已体现在支付比例段中：超过 {upto} 元的部分基金不支付。",
                            "The annual cap is part of the ratio bands: the fund pays nothing above {upto} yuan."),
    "assume.no_cap": ("未计最高支付限额（未找到来源）。", "No annual cap applied (none sourced)."),
    "assume.cap_not_applied": ("未计最高支付限额：本地区的限额有来源，但估算有意不按它封顶（原因见“有来源但估算未能使用的数字”）。",
                               "No annual cap applied: your region's cap is sourced, but the estimate deliberately "
                               "does not cap at it (the reason is under “Sourced figures the estimate could not use”)."),
    "assume.first_stay": ("按本年度第一次住院计算起付线。", "Deductible for the first stay of the year."),
    "assume.later_stay": ("按本年度第{stay}次住院计算起付线（第二次及以后的标准）。",
                          "Deductible for stay {stay} of the year (the rate for second and later stays)."),
    "assume.stay3": ("按本年度第{stay}次住院计算起付线（第三次及以后的标准）。",
                     "Deductible for stay {stay} of the year (the rate for third and later stays)."),
    "assume.later_stay_unknown": ("第二次及以后住院的起付线未找到来源，仍按第一次住院的起付线估算：实际起付线可能更低。",
                                  "No sourced deductible for second and later stays: the first-stay deductible is "
                                  "used, and the real one may be lower."),
    "assume.tier_unused": ("参保地没有按缴费档次（您给的是{tier}档）分开的数字，档次未影响估算。",
                           "The insured region has no figures by contribution tier (you gave tier {tier}), so the "
                           "tier did not change the estimate."),
    "assume.serious_illness_first": ("大病保险按本次住院为年度内首次达到其起付线计算，范围按目录内费用；未计医疗救助和补充保险。",
                                     "Serious-illness insurance assumes this stay is the first of the year to reach its "
                                     "deductible and covers in-catalogue costs; medical assistance and supplementary "
                                     "insurance are not counted."),
    "assume.tier_not_found": ("参保地的数字只分{tiers}档，没有您给的{tier}档：只用了不分档的数字或默认值。",
                              "The insured region has figures for tiers {tiers} only, not tier {tier}: only untiered "
                              "figures or defaults were used."),
    "assume.no_serious_illness": ("未计大病保险、医疗救助和补充保险。",
                                  "Serious-illness insurance, medical assistance and supplementary cover are "
                                  "not included."),
    "assume.pharmacy_account": ("个人账户购药由个人账户余额支付，不足部分自付；未做估算。",
                                "Pharmacy purchases are paid from your personal account balance, the rest in "
                                "cash; no estimate."),
    "assume.default.insurance": ("未指定险种，按职工医保。", "Insurance type not given: employee insurance "
                                                           "assumed."),
    "assume.default.level": ("未指定医院等级，按三级医院。", "Hospital level not given: 三级 (tertiary) assumed."),
    "assume.default.event_date": ("未指定就医日期，按今天（{date}）。", "No event date given: today ({date}) "
                                                                      "assumed."),
    "assume.implied.retired": ("异地安置退休人员，按退休人员待遇计算。", "Relocated retiree (异地安置退休): "
                               "priced as retired."),
    "assume.default.retired": ("未指定是否退休，按在职。", "Retirement not given: in service assumed."),
    "assume.default.long_term_kind": ("未指定长期居住类别，按{kind}。", "Long-term kind not given: {kind} "
                                                                   "assumed."),
    "assume.default.pharmacy_mode": ("未指定门诊慢特病，按个人账户购药。",
                                     "No chronic disease given: personal-account purchase assumed."),
    "assume.default.filed": ("未说明是否已备案，按未备案。", "Filing status not given: not filed assumed."),
    "assume.default.settled": ("未说明是否已出院结算，按未结算。", "Settlement not given: not yet settled assumed."),
    # ------------------------------------------------------------ cost steps
    "assume.default.injury": ("未说明是否因外伤就医，按不是外伤（外伤且无第三方责任的，医院可能要您签承诺书）。",
                              "Injury not given: not an injury assumed (for an injury with no one else liable the "
                              "hospital may ask for a signed pledge)."),
    "assume.default.referral": ("未说明是否已开转诊证明，按没有开。", "Referral certificate not given: none assumed."),
    "step.total": ("医疗总费用", "Total cost"),
    "step.out_of_catalog": ("目录外费用（全自费）", "Outside the catalogue (you pay all)"),
    "step.in_scope": ("目录内费用", "Within the catalogue"),
    "step.self_pay_first": ("先行自付", "Paid first by you (先行自付)"),
    "step.deductible": ("起付线", "Deductible (起付线)"),
    "step.ratio": ("支付比例", "Payment ratio"),
    "step.average_share": ("全国平均目录内基金支付比例", "National average in-catalogue fund share"),
    "step.fund_before_cap": ("基金应付（封顶前）", "Fund share before the cap"),
    "step.cap": ("最高支付限额（封顶线）", "Annual cap (封顶线)"),
    "step.fund_pays": ("医保基金支付", "Fund pays"),
    "step.serious_illness_base": ("个人负担的目录内费用", "Your share of in-catalogue costs"),
    "step.serious_illness_deductible": ("大病保险起付线", "Serious-illness insurance deductible (大病保险起付线)"),
    "step.serious_illness_ratio": ("大病保险支付比例", "Serious-illness insurance ratio"),
    "step.serious_illness_pays": ("大病保险支付", "Serious-illness insurance pays (大病保险)"),
    "step.out_of_pocket": ("个人自付（估算）", "You pay (estimate)"),
    # ------------------------------------------------------------ defaults_used basis labels
    "basis_kind.national_rule": ("国家规定", "national rule"),
    "basis_kind.national_statistic": ("全国统计", "national statistic"),
    "basis_kind.assumption": ("假设", "assumption"),
    "basis_kind.not_applied": ("未计", "not applied"),
    # ------------------------------------------------------------ rendering
    "ui.title": ("medins 异地就医清单", "medins out-of-region care checklist"),
    "ui.case": ("{insured} 参保 → {treated} 就医 · {scenario} · {insurance} · {date}",
                "Insured in {insured} → treated in {treated} · {scenario} · {insurance} · {date}"),
    "ui.filings": ("要办的事", "What to do"),
    "ui.deadlines": ("日期与期限", "Dates and deadlines"),
    "ui.col.kind": ("类型", "Kind"),
    "ui.kind.suggestion": ("建议", "suggested"),
    "ui.kind.deadline": ("截止", "deadline"),
    "ui.kind.ends": ("到期", "ends"),
    "ui.suggested": ("建议{date}前办理", "suggested by {date}"),
    "ui.passed": ("已过 {days} 天", "{days} days ago"),
    "ui.cost": ("费用估算", "Cost estimate"),
    "ui.cost_if_filed": ("如果先备案", "If you file first"),
    "ui.filing_worth": ("先备案可少付约 {amount} 元。", "Filing first saves about {amount} yuan."),
    "ui.filing_same": ("按现有数据，先备案与否估算相同；但未备案费用有的地区少报或不报。",
                       "On the data available, filing does not change the estimate; but some regions pay less or nothing for unfiled care."),
    "ui.warnings": ("注意", "Please note"),
    "ui.sources": ("来源", "Sources"),
    "ui.defaults": ("非本地来源的数字（默认值）", "Figures not sourced for your region (defaults)"),
    "ui.sourced_not_used": ("有来源但估算未能使用的数字", "Sourced figures the estimate could not use"),
    "ui.as_of": ("截至 {date}", "as of {date}"),
    "ui.assumptions": ("假设", "Assumptions"),
    "ui.required": ("必须", "required"),
    "ui.optional": ("建议", "advised"),
    "ui.done": ("已办", "done"),
    "ui.deadline": ("截止", "by"),
    "ui.channels": ("渠道", "Channels"),
    "ui.materials": ("材料", "Materials"),
    "ui.col.date": ("日期", "Date"),
    "ui.col.item": ("事项", "Item"),
    "ui.col.days_left": ("剩余天数", "Days left"),
    "ui.col.basis": ("依据", "Basis"),
    "ui.col.step": ("项目", "Step"),
    "ui.col.amount": ("金额（元）", "Amount (yuan)"),
    "ui.col.arithmetic": ("计算", "Arithmetic"),
    "ui.overdue": ("已过期 {days} 天", "{days} days overdue"),
    "ui.today": ("今天", "today"),
    "ui.weekends_only": ("（未含调休）", "(no 调休 data)"),
    "ui.statutory": ("（含法定节假日，调休未知）", "(statutory holidays counted, 调休 not known)"),
    "ui.confidence_low": ("可信度低", "low confidence"),
    "ui.no_cost": ("未提供费用（--cost），未做估算。", "No cost given (--cost): no estimate."),
    "ui.exit.0": ("无需再办理。", "Nothing left to do."),
    # Exit 0 with suggested steps still open: "nothing left to do" would tell a reader to skip them.
    "ui.exit.0_suggested": ("没有必须办理的事项；上面的建议事项请留意。", "Nothing required; see the suggested steps above."),
    "ui.exit.1": ("还有必须办理的事项。", "Action required."),
    "ui.exit.3": ("有期限已过。", "A deadline has passed."),
    "deadline.file_before_visit": ("建议备案日期（就医前办结）", "Suggested filing date (done before the visit)"),
    "ui.no_cost@wizard": ("没有填写费用，未做估算。", "No cost given, so no estimate."),
    "ui.sep": ("；", "; "),
    "page.suggestions": ("建议日期（提前办好，不是期限）", "Suggested dates (act by then; not a legal deadline)"),
    "page.technical": ("技术细节", "Technical details"),
    "page.technical_hint": ("供核对政策文件用：下列参数键对应 policies/ 中的数据。",
                            "For checking against the policy files: the parameter keys in policies/."),
    "page.col.key": ("参数键", "Parameter key"),
    "page.col.where": ("来源或依据", "Source or basis"),
    "page.default": ("{note}（{basis}）", "{note} ({basis})"),
    "page.unused": ("{reason}（来源：{title}）", "{reason} (source: {title})"),
    "page.generated": ("medins {version} · 生成于 {date}", "medins {version} · made on {date}"),
    "page.cost_now": ("按目前情况（未备案）", "As things stand (not filed)"),
    "page.by_deadline": ("截止 {date}", "by {date} (deadline)"),
    "region.national": ("全国", "national"),
    # ---------------------------------------------------------- wording for the wizard face (no flags)
    "warn.no_estimate@wizard": ("缺少起付线和支付比例：重新回答时在“用自己的数字吗”一问选“用”，输入医保明白卡上的数字。",
                                "No deductible or ratio available: answer again and choose to enter the figures "
                                "from your benefits card."),
    "warn.filed_on_unknown@wizard": ("不知道备案日期，无法计算有效期截止日：重新回答时可填写备案日期。",
                                     "The filing date is not known, so the validity end is unknown: answer again "
                                     "with the date you filed."),
    "warn.tier_unknown@wizard": ("{region}的住院待遇按缴费档次（{tiers}档）不同，而您没有选档次：估算只用了不分档的数字或默认值。"
                                 "向医保经办机构或 12393 问清档次后重新回答。",
                                 "{region} sets inpatient benefits by contribution tier (tiers {tiers}) and no tier "
                                 "was chosen: the estimate uses only untiered figures or defaults. Ask the insurance "
                                 "office or 12393 for the tier and answer again."),
    "warn.low_confidence@wizard": ("以下数字只找到第三方转载来源（可信度低），请向参保地医保经办机构或 12393 核实，"
                                   "或重新回答并输入医保明白卡上的数字：{items}",
                                   "These figures come only from third-party reposts (low confidence); check them "
                                   "with your home insurance office or 12393, or answer again with the figures from "
                                   "your benefits card: {items}"),
    "assume.user_deductible_unused@wizard": (
        "您输入的起付线 {value} 元未用于估算：本地区支付比例未找到来源，全国平均基金支付比例已含起付线的影响，再扣一次会重复"
        "计算。重新回答并输入医保明白卡上的比例，即按您的起付线估算。",
        "The deductible you entered ({value} yuan) is not used: your region's payment ratio is not sourced, and the "
        "national average fund share already folds in deductibles, so subtracting yours would count it twice. Answer "
        "again with the ratio from your benefits card to estimate with your deductible."),
    "unused.deductible_without_ratio@wizard": (
        "本地区起付线 {value} 有来源，但支付比例未找到来源：全国平均基金支付比例已含起付线的影响，再扣一次会重复计算，"
        "故估算未用它。重新回答并输入医保明白卡上的比例，即可按此起付线估算。",
        "Your region's deductible of {value} is sourced, but its payment ratio is not: the national average fund "
        "share already folds in deductibles, so subtracting it again would count it twice, and the estimate does "
        "not use it. Answer again with the ratio from your benefits card to estimate with this deductible."),
    "unused.deductible_tier_unknown@wizard": (
        "本地区起付线 {value} 有来源，但支付比例按缴费档次分开，而您没有选档次：全国平均基金支付比例已含起付线的影响，"
        "故估算未用它。问清档次后重新回答，即可按本地区数字估算。",
        "Your region's deductible of {value} is sourced, but its payment ratio depends on the contribution tier "
        "and none was chosen: the national average fund share already folds in deductibles, so the estimate does "
        "not use it. Ask for your tier and answer again to estimate with your region's figures."),
    "ooc_exceeds_cost@wizard": ("目录外费用（{ooc} 元）不能大于总费用（{cost} 元）。",
                                "The out-of-catalogue amount ({ooc} yuan) cannot exceed the total cost ({cost} yuan)."),
    "ooc_without_cost@wizard": ("先填写总费用，才能填写目录外费用。",
                                "Give the total cost before the out-of-catalogue amount."),
    "conflict.retired_resident@wizard": ("城乡居民医保不分在职和退休：请把“险种”改为职工医保，或把“是否退休”改为不知道。",
                                         "Resident insurance makes no difference between working and retired: "
                                         "change the insurance type to employee, or retirement to “don't know”."),
    "conflict.filed_on_not_filed@wizard": ("填了备案日期，却说还没备案：请改正其中一项。",
                                           "A filing date was given, but the answer says not filed: correct one."),
    "conflict.stay_pharmacy@wizard": ("买药不是住院，不问第几次住院：请改正“情况”或“第几次住院”。",
                                      "Buying medicine is not a hospital stay: correct the situation or the stay."),
    "conflict.chronic_scenario@wizard": ("门诊慢特病只用于跨省购药：请改正“情况”。",
                                         "A chronic disease applies only to buying medicine: correct the situation."),
    "conflict.long_term_kind@wizard": ("长期居住类别只用于长期居住或购药：请改正“情况”。",
                                       "The long-term kind applies only to long-term stays and buying medicine: "
                                       "correct the situation."),
    "conflict.settled_future@wizard": ("说已出院结算，但看病日期 {date} 在今天 {today} 之后：请改正其中一项。",
                                       "Settled, but the date of care {date} is after today {today}: correct one."),
    "conflict.retiree_in_service@wizard": ("{kind}（异地安置退休人员）就是已退休，与“在职”矛盾：请改正其中一项。",
                                           "{kind} (relocated retiree) means retired, which contradicts “working”: "
                                           "correct one."),
    "conflict.kind_scenario@wizard": ("两处选的长期居住类别不同：请只保留一个。",
                                      "Two different long-term kinds were chosen: keep one."),
    "conflict.injury_pharmacy@wizard": ("外伤只用于看病，不用于买药：请改正“情况”或“是否外伤”。",
                                        "Injury care applies to treatment, not to buying medicine: correct the "
                                        "situation or the injury answer."),
    "conflict.account_chronic@wizard": ("个人账户购药和门诊慢特病是两种买药方式：请改正“买药方式”。",
                                        "Paying from the personal account and 门诊慢特病 are two different ways to "
                                        "buy medicine: change the purchase mode."),
    "conflict.resident_account@wizard": ("城乡居民医保没有个人账户，不能用个人账户买药：请选“门诊慢特病购药”，"
                                         "或把险种改为职工医保。",
                                         "Resident insurance has no personal account: choose buying medicine for a "
                                         "chronic disease, or change the insurance type to employee."),
    # ---------------------------------------------------------- wording for the answers face (answers files and
    # batch lines: the keys as written there, never a flag)
    "conflict@answers": ("答案冲突：{detail}", "Conflicting answers: {detail}"),
    "missing_option@answers": ("缺少必填项 {option}。", "Missing required answer {option}."),
    "ui.no_cost@answers": ("未提供费用（cost），未做估算。", "No cost given (cost): no estimate."),
    "warn.no_estimate@answers": ("缺少起付线和支付比例：请在 deductible、ratio、cap 中填写医保明白卡上的数字。",
                                 "No deductible or ratio available: give the figures from your benefits card as "
                                 "deductible, ratio and cap."),
    "warn.filed_on_unknown@answers": ("未提供备案日期，无法计算有效期截止日：可填写 filed_on。",
                                      "No filing date given, so the validity end is unknown: add filed_on."),
    "warn.tier_unknown@answers": ("{region}的住院待遇按缴费档次（{tiers}档）不同，而您没有给出档次：估算只用了不分档的数字或默认值。"
                                  "请填写 tier（向医保经办机构或 12393 查询）。",
                                  "{region} sets inpatient benefits by contribution tier (tiers {tiers}) and none was "
                                  "given: the estimate uses only untiered figures or defaults. Give it as tier (ask "
                                  "the insurance office or 12393)."),
    "warn.low_confidence@answers": ("以下数字只找到第三方转载来源（可信度低），请向参保地医保经办机构或 12393 核实，或填写自己的数字"
                                    "（deductible/ratio/cap）：{items}",
                                    "These figures come only from third-party reposts (low confidence); check them "
                                    "with your home insurance office or 12393, or give your own (deductible/ratio/cap): "
                                    "{items}"),
    "assume.user_deductible_unused@answers": (
        "您填写的起付线 {value} 元未用于估算：本地区支付比例未找到来源，全国平均基金支付比例已含起付线的影响，再扣一次会重复"
        "计算。在 ratio 中填写医保明白卡上的比例，即按您的起付线估算。",
        "The deductible you gave ({value} yuan) is not used: your region's payment ratio is not sourced, and the "
        "national average fund share already folds in deductibles, so subtracting yours would count it twice. Give "
        "the ratio from your benefits card as ratio to estimate with your deductible."),
    "unused.deductible_without_ratio@answers": (
        "本地区起付线 {value} 有来源，但支付比例未找到来源：全国平均基金支付比例已含起付线的影响，再扣一次会重复计算，"
        "故估算未用它。在 ratio 中填写医保明白卡上的比例，即可按此起付线估算。",
        "Your region's deductible of {value} is sourced, but its payment ratio is not: the national average fund "
        "share already folds in deductibles, so subtracting it again would count it twice, and the estimate does "
        "not use it. Give the ratio from your benefits card as ratio to estimate with this deductible."),
    "unused.deductible_tier_unknown@answers": (
        "本地区起付线 {value} 有来源，但支付比例按缴费档次分开，而您没有给出档次：全国平均基金支付比例已含起付线的影响，"
        "故估算未用它。填写 tier 即可按本地区数字估算。",
        "Your region's deductible of {value} is sourced, but its payment ratio depends on the contribution tier "
        "and none was given: the national average fund share already folds in deductibles, so the estimate does "
        "not use it. Give the tier as tier to estimate with your region's figures."),
    "ooc_exceeds_cost@answers": ("out_of_catalog（{ooc}）不能大于 cost（{cost}）。",
                                 "out_of_catalog ({ooc}) cannot exceed cost ({cost})."),
    "ooc_without_cost@answers": ("out_of_catalog 需要同时提供 cost。", "out_of_catalog needs cost."),
    "conflict.retired_resident@answers": ("retired: true 与 insurance: resident 矛盾：退休与否只适用于职工医保"
                                          "（insurance: employee），城乡居民医保不分在职退休。",
                                          "retired: true contradicts insurance: resident: retirement applies only to "
                                          "employee insurance (insurance: employee)."),
    "conflict.filed_on_not_filed@answers": ("给了 filed_on 却写了 filed: false。", "filed_on given with filed: false."),
    "conflict.injury_pharmacy@answers": ("injury（外伤）用于就医，不用于跨省购药（scenario: pharmacy）。",
                                         "injury (injury care) applies to treatment, not to scenario: pharmacy."),
    "conflict.stay_pharmacy@answers": ("stay（第几次住院）不用于跨省购药。",
                                       "stay (which stay of the year) does not apply to scenario: pharmacy."),
    "conflict.chronic_scenario@answers": ("chronic_disease 只用于跨省购药（scenario: pharmacy）。",
                                          "chronic_disease is only for scenario: pharmacy."),
    "conflict.long_term_kind@answers": ("long_term_kind 只用于长期居住或购药场景。",
                                        "long_term_kind is only for the long-term and pharmacy scenarios."),
    "conflict.settled_future@answers": ("已出院结算（settled: true），但就医日期 {date} 在今天 {today} 之后。",
                                        "settled: true, but the event date {date} is after today {today}."),
    "conflict.retiree_in_service@answers": ("{kind}（异地安置退休人员）就是已退休，与 retired: false（在职）矛盾；请去掉其中一个。",
                                            "{kind} (relocated retiree) means retired, which contradicts retired: false; "
                                            "drop one of them."),
    "conflict.kind_scenario@answers": ("scenario: {scenario} 与 long_term_kind: {kind} 说的是不同的长期居住类别；请只写一个。",
                                       "scenario: {scenario} and long_term_kind: {kind} name different long-term kinds; "
                                       "give one."),
    "conflict.resident_account@answers": ("insurance: resident（城乡居民医保）没有个人账户，与 scenario: {scenario}"
                                          "（个人账户购药）矛盾；城乡居民跨省购药请写 scenario: pharmacy 并填写 chronic_disease。",
                                          "insurance: resident (城乡居民) has no personal account, which contradicts "
                                          "scenario: {scenario} (personal-account purchase); residents use scenario: "
                                          "pharmacy with chronic_disease."),
    "conflict.account_chronic@answers": ("scenario: {scenario}（个人账户购药）与 chronic_disease（门诊慢特病）是两种购药方式；"
                                         "请只写一个。",
                                         "scenario: {scenario} (personal-account purchase) and chronic_disease "
                                         "(门诊慢特病) are two different ways to buy medicine; give one."),
    "deadline.emergency_registration": ("急诊登记截止", "Emergency registration by"),
    "deadline.manual_claim": ("手工报销申请截止", "Paper claim by"),
    "deadline.filing_valid_until": ("备案有效期至（至少）", "Filing valid until (at least)"),
    "deadline.filing_valid_until_exact": ("备案有效期至", "Filing valid until"),
    "deadline.filing_change_lock_until": ("备案可变更日期", "Filing can be changed from"),
    # ------------------------------------------------------------ wizard, answers files, exports (issue 3)
    "wiz.welcome": ("medins 异地就医备案助手：回答几个问题，告诉您要办什么、在哪办、哪天之前办、大约自付多少。",
                    "medins out-of-region care advisor: answer a few questions to learn what to file, where, by "
                    "when, and roughly what you will pay."),
    "wiz.welcome_hint": ("随时按 Ctrl-C 退出。答完后可以检查并修改每一项。结果是估算，以参保地医保部门为准。",
                         "Press Ctrl-C to quit at any time. You can review and change every answer at the end. "
                         "Results are estimates; your home insurance office has the final word."),
    "wiz.select_instruction": ("（↑↓ 选择，回车确认）", "(↑↓ to move, Enter to choose)"),
    "wiz.hint.insured_in": ("参保地 = 您缴纳医保、办医保卡的地方（统筹区，一般是地级市）。可输入汉字或拼音，如 南京 / nanjing。",
                            "Insured in = where you pay into medical insurance (usually a prefecture-level "
                            "city). Type characters or pinyin, e.g. 南京 / nanjing."),
    "wiz.hint.treated_in": ("就医地 = 您现在或将要看病的城市。", "Treated in = the city where you are, or will be, "
                            "treated."),
    "wiz.q.insured_in": ("您在哪里参保？", "Where are you insured?"),
    "wiz.q.treated_in": ("您在哪里（或将在哪里）看病？", "Where are you (or will you be) treated?"),
    "wiz.label.insured_in": ("参保地", "Insured in"),
    "wiz.label.treated_in": ("就医地", "Treated in"),
    "wiz.q.scenario": ("您是哪种情况？", "Which situation are you in?"),
    "wiz.label.scenario": ("情况", "Situation"),
    "wiz.scenario.long-term": ("在外地长期居住（退休异地安置、长期居住、常驻外地工作）",
                               "Living elsewhere long-term (relocated retiree, long-term resident, posted worker)"),
    "wiz.scenario.emergency": ("在外地急诊抢救", "Emergency care while away"),
    "wiz.scenario.referral": ("本地医院转诊到外地", "Referred by a home hospital to one elsewhere"),
    "wiz.scenario.pharmacy": ("在外地药店用医保买药", "Buying medicine at a pharmacy elsewhere"),
    "wiz.scenario.temporary": ("其他临时外出看病（出差、旅游、探亲）", "Other temporary care (business trip, "
                               "holiday, family visit)"),
    "wiz.scenario.unsure": ("不确定，帮我判断", "Not sure: help me decide"),
    "wiz.scenario_hint.unsure": ("回答几个是/否问题，按经办规程第七条的人员范围判断。",
                                 "A few yes/no questions, by the categories of the national handling rules "
                                 "(经办规程, article 7)."),
    # The 经办规程第七条 categories as questions, asked in this order; the first "yes" decides.
    "wiz.q.is_emergency": ("现在是突发急病，需要马上急诊或抢救吗？", "Is this a sudden illness needing emergency care now?"),
    "wiz.q.is_pharmacy": ("只是在外地药店用医保买药（不看病、不住院）吗？",
                          "Is it only buying medicine at a pharmacy elsewhere (no doctor, no stay)?"),
    "wiz.q.is_long_term": ("您长期在参保省以外工作、居住或生活吗（如退休后到子女所在地安置、在外地长期居住、常驻外地工作）？",
                           "Do you work, live or spend your retirement outside the insuring province long-term "
                           "(e.g. a relocated retiree, a long-term resident, a posted worker)?"),
    "wiz.q.is_referral": ("是参保地的医院开了转诊证明，让您去外地治疗吗？",
                          "Did a hospital at home write a referral certificate for treatment elsewhere?"),
    "wiz.is.yes": ("是", "Yes"),
    "wiz.is.no": ("不是", "No"),
    "wiz.scenario_decided": ("按您的回答，属于：{situation}（可在核对页修改）",
                             "From your answers: {situation} (you can change it on the summary page)"),
    "wiz.scenario_hint.long-term": ("打算在外地住半年以上，想在当地看病直接结算。",
                                    "You will live there for months and want care settled directly there."),
    "wiz.scenario_hint.emergency": ("突发急病、需要马上住院或抢救。急诊抢救视同已备案。",
                                    "Sudden illness needing immediate admission. Emergencies count as filed."),
    "wiz.scenario_hint.referral": ("参保地医院开了转诊证明，去外地医院治疗。", "A home hospital wrote a referral "
                                   "certificate for treatment elsewhere."),
    "wiz.scenario_hint.pharmacy": ("用个人账户买药，或门诊慢特病在外地取药。", "Paying from your personal account, "
                                   "or collecting medicine for a listed chronic disease."),
    "wiz.scenario_hint.temporary": ("不是急诊、也没有转诊证明的短期外出看病。", "Short stays that are neither "
                                    "emergencies nor referrals."),
    "wiz.q.pharmacy_mode": ("买药用哪种方式？", "How will you pay for the medicine?"),
    "wiz.label.pharmacy_mode": ("购药方式", "Pharmacy payment"),
    "wiz.pharmacy.account": ("个人账户买药", "From my personal account"),
    "wiz.pharmacy.chronic": ("门诊慢特病用药", "Chronic-disease (门诊慢特病) medicine"),
    "wiz.pharmacy_hint.account": ("职工医保个人账户里的钱，跨省使用通常要先开通。",
                                  "Money in your employee personal account; using it in another province "
                                  "usually has to be switched on."),
    "wiz.pharmacy_hint.chronic": ("已在参保地认定的门诊慢特病（如高血压、糖尿病）。",
                                  "A chronic disease your home region has certified (e.g. hypertension, diabetes)."),
    "wiz.pharmacy_hint.unknown": ("按个人账户买药处理，并在结果中注明。",
                                  "Treated as a personal-account purchase, and the result says so."),
    "wiz.q.chronic_disease": ("哪种门诊慢特病？", "Which chronic disease?"),
    "wiz.q.chronic_other": ("请输入病种名称：", "Name of the disease:"),
    "wiz.label.chronic_disease": ("门诊慢特病", "Chronic disease"),
    "wiz.other_disease": ("其他（手动输入）", "Other (type it)"),
    "wiz.q.long_term_kind": ("您属于哪一类长期异地人员？", "Which kind of long-term stay?"),
    "wiz.label.long_term_kind": ("长期居住类别", "Long-term category"),
    "wiz.kind.retiree": ("异地安置退休人员", "Relocated retiree (异地安置退休)"),
    "wiz.kind.living": ("异地长期居住人员", "Long-term resident elsewhere (异地长期居住)"),
    "wiz.kind.working": ("常驻异地工作人员", "Posted worker (常驻异地工作)"),
    "wiz.kind_hint.retiree": ("退休后到外地定居（如随子女生活）。", "Retired and settled elsewhere (e.g. living "
                              "with children)."),
    "wiz.kind_hint.living": ("在外地有居住证或长期居住，但不属于退休安置。", "Living there with a residence "
                             "permit or long-term, but not a relocated retiree."),
    "wiz.kind_hint.working": ("单位派驻外地或在外地长期工作。", "Posted by your employer, or working there "
                              "long-term."),
    "wiz.kind_hint.unknown": ("按异地长期居住人员处理（退休的按异地安置退休人员），并在结果中注明。",
                              "Treated as a long-term resident (a relocated retiree if retired), and the result "
                              "says so."),
    "wiz.q.insurance": ("您参加的是哪种医保？", "Which insurance do you have?"),
    "wiz.label.insurance": ("医保类型", "Insurance"),
    "wiz.insurance.employee": ("职工医保", "Employee insurance (职工医保)"),
    "wiz.insurance.resident": ("城乡居民医保", "Resident insurance (城乡居民医保)"),
    "wiz.insurance_hint.employee": ("有工作单位或按灵活就业缴费的职工、退休职工。",
                                    "Employees, the self-employed paying as employees, and retired employees."),
    "wiz.insurance_hint.resident": ("按年缴费的城乡居民（学生、儿童、农村居民、无业人员）。",
                                    "Residents paying yearly (students, children, rural residents, the "
                                    "non-employed)."),
    "wiz.insurance_hint.unknown": ("按职工医保估算，并在结果中注明。", "Estimated as employee insurance, and the "
                                   "result says so."),
    "wiz.q.retired": ("您在职还是已退休？", "Are you working or retired?"),
    "wiz.label.retired": ("在职/退休", "Working or retired"),
    "wiz.retired.no": ("在职", "Working"),
    "wiz.retired.yes": ("退休", "Retired"),
    "wiz.unknown": ("不知道", "I don't know"),
    "wiz.unknown_short": ("不知道（按默认估算）", "don't know (default used)"),
    "wiz.unknown_no_estimate": ("不知道（不做费用估算）", "don't know (no estimate)"),
    "wiz.unknown_hint": ("按默认值估算，并在结果中注明。", "A default is used, and the result says so."),
    "wiz.hint.resident_chronic": ("城乡居民医保没有个人账户：跨省购药按门诊慢特病办理。",
                                  "城乡居民 insurance has no personal account: medicine elsewhere is bought "
                                  "through the chronic-disease route."),
    "wiz.date_echo": ("“{typed}” 即 {date}", "'{typed}' is {date}"),
    "wiz.enter_today": ("（回车=今天 {value}）", " (Enter = today, {value})"),
    "wiz.enter_default": ("（回车={value}）", " (Enter = {value})"),
    "wiz.took_default": ("（回车）{value}", "(Enter) {value}"),
    # What Enter alone does at an optional question: skip it the first time; keep the earlier answer when it is asked
    # again (editing at the summary must not lose an answer to a habitual Enter), with "-" to clear it.
    "wiz.skip.dont_remember": ("（不记得可直接回车）", " (Enter to skip)"),
    "wiz.skip.unknown": ("（不知道可直接回车）", " (Enter if unknown)"),
    "wiz.skip.enter": ("（回车跳过）", " (Enter to skip)"),
    "wiz.enter_keep": ("（回车保留 {value}；输入 - 清空）", " (Enter keeps {value}; type - to clear)"),
    "wiz.hint.date": ("日期可写 2026-11-20、11-20、今天、昨天（今天是 {today}）。",
                      "Dates: 2026-11-20, 11-20, today, yesterday (today is {today})."),
    "wiz.q.event_date.long-term": ("从哪天开始在外地就医（或计划哪天开始）？",
                                   "From which date will you (or did you) start getting care there?"),
    "wiz.q.event_date.emergency": ("哪天急诊或入院？", "On which date was the emergency or admission?"),
    "wiz.q.event_date.referral": ("哪天去外地就医（或入院）？", "On which date will you be (or were you) "
                                  "treated or admitted there?"),
    "wiz.q.event_date.pharmacy": ("打算哪天买药？", "On which date will you buy the medicine?"),
    "wiz.q.event_date.temporary": ("哪天看病（或入院）？", "On which date will you be (or were you) treated "
                                   "or admitted?"),
    "wiz.label.event_date": ("就医日期", "Date of care"),
    "wiz.hint.level": ("医院等级看医院大门或挂号单，如“三级甲等”。不知道就按三级估算。",
                       "The hospital's grade is on its sign or your registration slip, e.g. 三级甲等. If unsure, "
                       "grade 3 is assumed."),
    "wiz.hint.tier": ("{region}的住院报销比例按缴费档次不同（看缴费记录，或问 12393）。",
                      "In {region} the inpatient ratios depend on the contribution tier you paid (see your payment "
                      "record, or ask 12393)."),
    "wiz.hint.stay": ("{region}第二次及以后住院的起付线比第一次低。", "In {region} later stays of the year have a lower "
                      "deductible than the first."),
    "wiz.q.stay": ("这是今年第几次住院？", "Which stay of the year is this?"),
    "wiz.label.stay": ("今年第几次住院", "Stay of the year"),
    "wiz.stay.1": ("第一次", "The first"),
    "wiz.stay.2": ("第二次", "The second"),
    "wiz.stay.3": ("第三次或以后", "The third or later"),
    "wiz.stay_hint.unknown": ("按第一次住院估算，并在结果中注明。", "The first stay is assumed, and the result says so."),
    "wiz.q.tier": ("交的是哪一档？", "Which contribution tier?"),
    "wiz.label.tier": ("缴费档次", "Contribution tier"),
    "wiz.tier.1": ("一档", "Tier 1 (一档)"),
    "wiz.tier.2": ("二档", "Tier 2 (二档)"),
    "wiz.tier.3": ("三档", "Tier 3 (三档)"),
    "wiz.tier_hint.unknown": ("只用不分档的数字估算，并在结果中提醒。",
                              "Only untiered figures are used, and the result says so."),
    "wiz.q.hospital_level": ("在哪一级医院？", "Which hospital grade?"),
    "wiz.label.hospital_level": ("医院等级", "Hospital grade"),
    "wiz.level.3": ("三级医院", "Grade 3 (三级)"),
    "wiz.level.2": ("二级医院", "Grade 2 (二级)"),
    "wiz.level.1": ("一级医院或社区卫生服务中心", "Grade 1 (一级) or community clinic"),
    "wiz.level_hint.signs": ("牌子或挂号单上写 {names} 等", "the sign or slip reads {names} or the like"),
    "wiz.level_hint.unknown": ("按三级医院估算，并在结果中注明。", "Grade 3 is assumed, and the result says so."),
    "wiz.hint.filed": ("备案 = 在医保 APP、小程序或窗口登记“我要去外地看病”，登记后才能在外地直接刷卡结算。",
                       "Filing (备案) = registering with your insurance, via app, mini-program or office, that you "
                       "will be treated elsewhere; it lets the hospital settle directly."),
    "wiz.hint.filed_emergency": ("急诊抢救视同已备案；但住院后在出院结算前补办备案，通常能直接结算。",
                                 "Emergencies count as filed; filing before discharge settlement usually lets "
                                 "the hospital settle directly."),
    "wiz.q.injury": ("这次是因为外伤（受伤）就医吗？", "Is this care for an injury?"),
    "wiz.label.injury": ("外伤", "Injury"),
    "wiz.injury.no": ("不是", "No"),
    "wiz.injury.yes": ("是外伤，没有第三方责任", "Yes, an injury with no one else liable"),
    "wiz.injury_hint.yes": ("如摔伤、自己不慎受伤；医院可能请您填写《外伤无第三方责任承诺书》",
                            "e.g. a fall; the hospital may ask you to sign a no-third-party pledge"),
    "wiz.injury_hint.unknown": ("按不是外伤处理，并在结果中注明。", "Treated as not an injury, and the result says so."),
    "wiz.q.filed": ("您办理异地就医备案了吗？", "Have you filed for care elsewhere (备案)?"),
    "wiz.label.filed": ("已备案", "Filed"),
    "wiz.filed.yes": ("已经办了", "Yes, filed"),
    "wiz.filed.no": ("还没有", "Not yet"),
    "wiz.filed_hint.unknown": ("按未备案估算，并在结果中注明。", "Treated as not filed, and the result says so."),
    "wiz.q.filed_on": ("哪天办的备案？", "On which date did you file?"),
    "wiz.label.filed_on": ("备案日期", "Filed on"),
    "wiz.q.referral": ("参保地定点医院开了转诊证明吗？", "Do you have a referral certificate from a designated "
                       "hospital at home?"),
    "wiz.label.referral": ("转诊证明", "Referral certificate"),
    "wiz.yes": ("有", "Yes"),
    "wiz.no": ("没有", "No"),
    "wiz.referral_hint.no": ("没有转诊证明时，可能只能按“其他临时外出就医”备案，报销比例更低。",
                             "Without one you may only file as other temporary care, at a lower ratio."),
    "wiz.referral_hint.unknown": ("按没有转诊证明处理，并在结果中注明。",
                                  "Treated as no certificate, and the result says so."),
    "wiz.q.settled": ("已经出院并结算了吗？", "Have you already been discharged and paid?"),
    "wiz.label.settled": ("已出院结算", "Discharged and settled"),
    "wiz.settled.no": ("还没有（还在住院或还没去）", "Not yet (still in hospital, or not yet gone)"),
    "wiz.settled.yes": ("已经出院结算", "Yes, discharged and paid"),
    "wiz.settled_hint.yes": ("出院时全自费垫付了，之后只能回参保地手工报销。", "If you paid everything yourself, "
                             "only a paper claim at home is left."),
    "wiz.settled_hint.unknown": ("按还没有出院结算处理，并在结果中注明。",
                                 "Treated as not yet discharged and paid, and the result says so."),
    "wiz.q.discharge_date": ("哪天出院？", "Discharge date?"),
    "wiz.label.discharge_date": ("出院日期", "Discharge date"),
    "wiz.hint.cost": ("用来估算自付金额。不知道就直接回车，结果中不做费用估算。",
                      "Used for the out-of-pocket estimate. Press Enter if you don't know; no estimate is made."),
    "wiz.q.cost": ("预计（或实际）总医疗费用多少元？", "Expected (or actual) total cost, in yuan?"),
    "wiz.label.cost": ("总费用", "Total cost"),
    "wiz.hint.out_of_catalog": ("目录外 = 医保目录以外的药品、耗材和项目，医保不报，全部自付。可写金额或比例（如 3000 或 15%）。",
                                "Out of catalogue (目录外) = drugs and items the insurance list does not cover; "
                                "you pay them in full. An amount or a share (3000 or 15%)."),
    "wiz.q.out_of_catalog": ("其中目录外自费部分大约多少？", "How much of it is out of catalogue?"),
    "wiz.label.out_of_catalog": ("目录外自费", "Out of catalogue"),
    "wiz.hint.own_figures": ("起付线 = 一年内先由自己付的门槛金额；报销比例和封顶线写在参保地的医保待遇说明上。填了会比默认值准确。",
                             "The deductible (起付线) is what you pay first each year; the ratio and the annual "
                             "cap are on your home region's benefits sheet. Your own figures beat the defaults."),
    "wiz.q.own_figures": ("要输入您自己的起付线、报销比例吗？", "Enter your own deductible and ratio?"),
    "wiz.label.own_figures": ("自己的待遇数字", "Own benefit figures"),
    "wiz.own_figures.no": ("不用，按政策数据估算", "No, use the policy data"),
    "wiz.own_figures.yes": ("输入", "Yes, enter them"),
    "wiz.q.deductible": ("起付线多少元？", "Deductible in yuan?"),
    "wiz.label.deductible": ("起付线", "Deductible"),
    "wiz.q.ratio": ("报销比例？如 85% 或 0.85", "Payment ratio? e.g. 85% or 0.85"),
    "wiz.label.ratio": ("报销比例", "Payment ratio"),
    "wiz.q.cap": ("年度封顶线多少元？", "Annual cap in yuan?"),
    "wiz.label.cap": ("封顶线", "Annual cap"),
    "wiz.yuan": ("{amount} 元", "{amount} yuan"),
    "wiz.summary_title": ("请核对您的回答：", "Please check your answers:"),
    "wiz.q.summary": ("都对吗？", "Is everything right?"),
    "wiz.confirm": ("✔ 都对，查看结果", "✔ All correct, show the result"),
    "wiz.change": ("修改 {n}. {label}", "Change {n}. {label}"),
    "wiz.q.offer_answers": ("保存这些回答吗？下次可用 medins check --answers 直接重新计算。",
                            "Save these answers? medins check --answers can replay them later."),
    "wiz.q.offer_ics": ("把这些日期加入手机或电脑日历吗？（.ics 文件：每个日期的前一天上午 9 点提醒，截止日期另提前一周）",
                        "Put these dates into your calendar? (.ics file: a reminder at 9:00 the day before each "
                        "date, and a week before a deadline)"),
    "wiz.q.offer_export": ("导出这份清单吗？（可打印或发给家人）", "Export this checklist? (to print or send to "
                           "family)"),
    "wiz.offer.answers": ("保存", "Save"),
    "wiz.offer.ics": ("加入日历", "Add to calendar"),
    "wiz.offer.html": ("网页（.html）", "Web page (.html)"),
    "wiz.offer.md": ("文本（.md）", "Text (.md)"),
    "wiz.offer.no": ("不用", "No, thanks"),
    "wiz.q.path.answers": ("答案文件保存到：", "Save the answers to:"),
    "wiz.q.path.ics": ("日历文件保存到：", "Save the calendar file to:"),
    "wiz.q.path.html": ("网页清单保存到：", "Save the web page to:"),
    "wiz.q.path.md": ("文本清单保存到：", "Save the text checklist to:"),
    "wiz.region_which": ("“{value}” 有几处，您指的是哪一处？", "There are several places called '{value}'. Which one?"),
    "wiz_region_suggest": ("{field}：没有叫“{value}”的地区。您是说 {options} 吗？可以输入名称、拼音或拼音首字母，再按 ↓ 选择。",
                           "{field}: no region called “{value}”. Did you mean {options}? Type a name, its pinyin or "
                           "its initials, then pick one with ↓."),
    "wiz.q.amount_check": ("{field}填的是 {amount} 元（约 {wan} 万元），对吗？", "The {field} you typed is {amount} yuan "
                           "(about {wan} 万 = ten thousands). Is that right?"),
    "wiz.amount_check.yes": ("对，就是这么多", "Yes, that is right"),
    "wiz.amount_check.no": ("不对，重新填", "No, let me correct it"),
    "wiz.q.overwrite": ("{file} 已经存在。要覆盖它吗？", "{file} already exists. Replace it?"),
    "wiz.overwrite.no": ("不覆盖，换个文件名", "No, use another name"),
    "wiz.overwrite.yes": ("覆盖", "Yes, replace it"),
    "wiz.path_empty": ("请输入文件名。", "Give a file name."),
    "wiz.path_suffix": ("文件名需以 {options} 结尾。", "The file name must end in {options}."),
    "wiz.path_no_folder": ("文件夹 {folder} 不存在。", "Folder {folder} does not exist."),
    "wiz.path_is_dir": ("{file} 是一个文件夹，请写文件名。", "{file} is a folder; give a file name."),
    "wiz_date_future": ("{field}：{date} 晚于今天（{today}），这一项应是已经发生的日期。",
                        "{field}: {date} is after today ({today}); this must be a date that has passed."),
    "wiz_date_before": ("{field}：{date} 早于就医日期 {before}。", "{field}: {date} is before the date of care "
                        "{before}."),
    "wiz_empty": ("请填写内容。", "Please type an answer."),
    "wizard_no_tty": ("没有终端，无法提问（标准输入不是终端）。请用参数一次性查询，例如 medins check --scenario "
                      "emergency --insured-in 江苏 --treated-in 北京 --event-date 2026-11-20，或重放答案文件："
                      "medins check --answers 答案.yaml。详见 medins check --help。",
                      "No terminal to ask questions on (standard input is not a terminal). Use flags, e.g. medins "
                      "check --scenario emergency --insured-in 江苏 --treated-in 北京 --event-date 2026-11-20, or "
                      "replay an answers file: medins check --answers answers.yaml. See medins check --help."),
    "answers_missing": ("找不到答案文件 {file}。", "Answers file {file} not found."),
    "answers_unreadable": ("无法读取答案文件 {file}：{problem}", "Cannot read answers file {file}: {problem}"),
    "answers_not_utf8": ("答案文件 {file} 不是 UTF-8 编码。", "Answers file {file} is not UTF-8."),
    "answers_too_large": ("答案文件 {file} 太大（上限 {limit} 字节），可能选错了文件。",
                          "Answers file {file} is too large (limit {limit} bytes); wrong file?"),
    "answers_bad_syntax": ("答案文件 {file} 第 {line} 行格式错误：{problem}",
                           "Answers file {file}, line {line}: {problem}"),
    "answers_not_mapping": ("答案文件 {file} 应为“键: 值”的列表。", "Answers file {file} must be a mapping of "
                            "key: value."),
    "answers_bad_version": ("答案文件 {file} 的格式版本是 {value}，本程序只认 {expected}。",
                            "Answers file {file} has format version {value}; this medins reads {expected}."),
    "answers_unknown_key": ("答案文件 {file}：不认识的项 “{key}”（是不是 {hint}？）。",
                            "Answers file {file}: unknown key '{key}' (did you mean {hint}?)."),
    "answers_bad_value": ("答案文件 {file}：{key} 的值应为一个文字、数字、日期或 true/false，不能是{kind}。",
                          "Answers file {file}: {key} must be text, a number, a date or true/false, not {kind}."),
    "answers_kind.list": ("列表", "a list"),
    "answers_kind.mapping": ("映射（键: 值）", "a mapping"),
    "answers_duplicate_key": ("答案文件 {file} 第 {line} 行：{key} 重复出现（第一次在第 {first} 行），请只留一个。",
                              "Answers file {file}, line {line}: {key} is given twice (first on line {first}); "
                              "keep one."),
    "answers_yaml_unsupported": ("答案文件 {file} 第 {line} 行：答案文件不使用 YAML 的锚点、别名和标签（{feature}）。",
                                 "Answers file {file}, line {line}: answers files do not use YAML anchors, aliases "
                                 "or tags ({feature})."),
    "answers_not_regular": ("答案文件 {file} 不是普通文件（{kind}），不读取。",
                            "Answers file {file} is not a regular file ({kind}); not read."),
    "answers_timeout": ("答案文件 {file} 是管道，{seconds} 秒内没有读完，已放弃。",
                        "Answers file {file} is a pipe that did not deliver within {seconds} s; gave up."),
    "answers_problem.documents": ("只能有一个文档（多了一个 ---）", "only one document is allowed (an extra ---)"),
    "answers_problem.character": ("不允许的控制字符 {char}", "control character {char} is not allowed"),
    "answers_too_deep": ("答案文件 {file} 嵌套太深（答案文件只有一层“键: 值”）。",
                         "Answers file {file} is nested too deeply (an answers file is one level of key: value)."),
    "file_problem.not_regular": ("不是普通文件（{kind}）", "not a regular file ({kind})"),
    "file_problem.too_large": ("文件太大（上限 {limit} 字节）", "too large (limit {limit} bytes)"),
    "file_problem.timeout": ("管道在 {seconds} 秒内没有读完", "a pipe that did not deliver within {seconds} s"),
    "file_problem.missing": ("文件不存在", "no such file"),
    "yaml_limit.depth": ("嵌套超过 {limit} 层", "nested deeper than {limit} levels"),
    "yaml_limit.size": ("通过别名展开后超过 {limit} 个节点（YAML 炸弹？）",
                        "expands through aliases to more than {limit} nodes (a YAML bomb?)"),
    "yaml_limit.aliases": ("别名（*）超过 {limit} 个", "more than {limit} aliases (*)"),
    "yaml_limit.recursive": ("别名指向包含它自己的节点（递归）", "an alias refers to a node that contains it (recursive)"),
    "output_failed": ("无法写出结果（标准输出）：{problem}", "Cannot write the output (standard output): {problem}"),
    "batch_line_too_long": ("{file} 第 {line} 行超过 {limit} 字节，已跳过。", "{file} line {line} is longer than {limit} bytes; skipped."),
    "batch_not_utf8": ("{file} 第 {line} 行不是 UTF-8 编码。", "{file} line {line} is not UTF-8."),
    "batch_too_deep": ("{file} 第 {line} 行嵌套太深（每行只有一层“键: 值”）。",
                       "{file} line {line} is nested too deeply (a line is one level of key: value)."),
    "batch_problem.number_too_long": ("有一个数字超过 {limit} 位", "a number has more than {limit} digits"),
    "batch_bad_json": ("{file} 第 {line} 行不是有效的 JSON：{problem}", "{file} line {line} is not valid JSON: {problem}"),
    "batch_csv_width": ("{file} 第 {line} 行有 {got} 列，表头有 {expected} 列。", "{file} line {line} has {got} fields; the header has {expected}."),
    "batch_bad_id": ("{file} 第 {line} 行：id 应为文字或数字。", "{file} line {line}: id must be text or a number."),
    "batch_looks_csv": ("{file} 看起来是 CSV（第 1 行像表头：{header}），却按 JSON Lines 读取：请加 --input-format csv。",
                        "{file} looks like CSV (its first line reads like a header: {header}) but is read as JSON "
                        "Lines: add --input-format csv."),
    "batch_looks_jsonl": ("{file} 看起来是 JSON Lines（第 1 行以 {{ 开头），却按 CSV 读取：请改用 --input-format jsonl。",
                          "{file} looks like JSON Lines (its first line starts with {{) but is read as CSV: use "
                          "--input-format jsonl."),
    "batch_looks_jsonl_by_name": ("{file} 看起来是 JSON Lines（第 1 行以 {{ 开头），却因文件名按 CSV 读取：请加 "
                                  "--input-format jsonl。",
                                  "{file} looks like JSON Lines (its first line starts with {{) but is read as CSV "
                                  "because of its name: add --input-format jsonl."),
    "batch_csv_unknown_columns": ("{file} 第 {line} 行（表头）：不认识的列名 {columns}。列名是答案文件的键或其中文名，常用的有 "
                                  "id、insured_in、treated_in、scenario、event_date、cost（编号、参保地、就医地、情况、"
                                  "就医日期、费用）；要原样带回的文字（如姓名）请放在 id 列。全部列名见 docs/batch.md。",
                                  "{file} line {line} (header): unknown column {columns}. A column is an answers-file "
                                  "key or its Chinese name; common ones: id, insured_in, treated_in, scenario, "
                                  "event_date, cost (编号, 参保地, 就医地, 情况, 就医日期, 费用); put text to be echoed "
                                  "back (such as a name) in the id column. All names: docs/batch.md."),
    "batch_csv_unknown_columns.many": ("{file} 第 {line} 行（表头）：不认识的列名 {columns}。列名是答案文件的键或其中文名，常用的有 "
                                       "id、insured_in、treated_in、scenario、event_date、cost（编号、参保地、就医地、情况、"
                                       "就医日期、费用）；要原样带回的文字（如姓名）请放在 id 列。全部列名见 docs/batch.md。",
                                       "{file} line {line} (header): unknown columns {columns}. A column is an "
                                       "answers-file key or its Chinese name; common ones: id, insured_in, treated_in, "
                                       "scenario, event_date, cost (编号, 参保地, 就医地, 情况, 就医日期, 费用); put text "
                                       "to be echoed back (such as a name) in the id column. All names: docs/batch.md."),
    "batch_gb18030": ("{file} 不是 UTF-8 编码，看起来是 GBK/GB18030（Excel 的“CSV（逗号分隔）”就这样保存）：请在 Excel 中"
                      "另存为“CSV UTF-8（逗号分隔）”，或用 iconv -f GB18030 -t UTF-8 转换。",
                      "{file} is not UTF-8; it looks like GBK/GB18030 (the way Excel saves “CSV (Comma delimited)” on "
                      "a Chinese system): save it as “CSV UTF-8 (Comma delimited)”, or convert it with iconv -f "
                      "GB18030 -t UTF-8."),
    "batch_line.unknown_key": ("{file} 第 {line} 行：不认识的键 “{key}”（是不是 {hint}？）。",
                               "{file} line {line}: unknown key '{key}' (did you mean {hint}?)."),
    "batch_line.unknown_key_far": ("{file} 第 {line} 行：不认识的键 “{key}”。键就是答案文件的键，常用的有 id、insured_in、"
                                   "treated_in、scenario、event_date、cost；全部见 docs/batch.md。",
                                   "{file} line {line}: unknown key '{key}'. The keys are those of an answers file; "
                                   "common ones: id, insured_in, treated_in, scenario, event_date, cost; all of them "
                                   "in docs/batch.md."),
    "batch_line.not_mapping": ("{file} 第 {line} 行应为一个 JSON 对象（{{\"键\": 值, …}}）。",
                               "{file} line {line} must be a JSON object ({{\"key\": value, …}})."),
    "batch_line.bad_value": ("{file} 第 {line} 行：{key} 的值应为一个文字、数字、日期或 true/false，不能是{kind}。",
                             "{file} line {line}: {key} must be text, a number, a date or true/false, not {kind}."),
    "batch_csv_column": ("“{column}”", "'{column}'"),
    "batch_csv_column_close": ("“{column}”（是不是 {close}？）", "'{column}' (did you mean {close}?)"),
    "batch_csv_duplicate_column": ("{file} 第 {line} 行（表头）：列 “{first}” 和 “{second}” 是同一项（{key}），请只留一列。",
                                   "{file} line {line} (header): columns '{first}' and '{second}' are the same "
                                   "answer ({key}); keep one."),
    "batch_csv_unnamed": ("{file} 第 {line} 行：第 {column} 列有值，但表头没有列名。",
                          "{file} line {line}: column {column} has a value but no name in the header."),
    "batch_missing": ("找不到输入文件 {file}。", "Input file {file} not found."),
    "batch_unreadable": ("无法读取输入文件 {file}：{problem}", "Cannot read input file {file}: {problem}"),
    "batch_bad_column": ("未知的输出列 “{column}”：列名是输出 JSON 中的路径，如 line、id、status.exit_code、cost.out_of_pocket、filings.0.deadline，或 next.date、next.kind、next.days_left、next.step、next.when、todo。",
                         "Unknown output column '{column}': a column is a path into the output JSON, e.g. line, id, status.exit_code, cost.out_of_pocket, filings.0.deadline, or next.date, next.kind, next.days_left, next.step, next.when, todo."),
    "batch.summary_one": ("medins batch：1 行，{bad} 行有误，{action} 行需要办理，{overdue} 行已过截止日期，{ok} 行无需办理。",
                          "medins batch: 1 line, {bad} bad, {action} action required, {overdue} past a deadline, "
                          "{ok} nothing to do."),
    "batch.summary": ("medins batch：{lines} 行，{bad} 行有误，{action} 行需要办理，{overdue} 行已过截止日期，{ok} 行无需办理。",
                      "medins batch: {lines} lines, {bad} bad, {action} action required, {overdue} past a deadline, {ok} nothing to do."),
    "batch.reading_terminal": ("正在从终端读取，每行一个 JSON 答案对象；Ctrl-D 结束。通常写成 medins batch 文件.jsonl。",
                               "Reading answers objects from the terminal, one JSON object per line; Ctrl-D ends. Usually: medins batch FILE.jsonl."),
    "batch.todo_step": ("{title}：{when}", "{title}: {when}"),
    "batch.written": ("结果已写入 {file}（仅本人可读）。", "Results written to {file} (readable only by you)."),
    "batch.stopped": ("输出管道已关闭，已在第 {line} 行后停止。", "The output pipe closed; stopped after line {line}."),
    "write_failed": ("无法写入 {file}：{problem}", "Cannot write {file}: {problem}"),
    "write_not_regular": ("不写入 {file}：它不是普通文件（{kind}），覆盖它可能不是本意。请换一个文件名。",
                          "Not writing {file}: it is not a regular file ({kind}); replacing it is rarely what "
                          "was meant. Choose another file name."),
    "file_kind.symlink": ("符号链接", "a symbolic link"),
    "file_kind.directory": ("目录", "a directory"),
    "file_kind.fifo": ("命名管道", "a FIFO"),
    "file_kind.device": ("设备文件", "a device"),
    "file_kind.socket": ("套接字", "a socket"),
    "file_kind.other": ("特殊文件", "a special file"),
    "write_partly_done": ("{problem}（已写入：{written}）", "{problem} (already written: {written})"),
    "export_bad_suffix": ("导出文件 {file} 的扩展名应为 {options}。", "Export file {file} must end in {options}."),
    "export_no_deadlines": ("没有尚未到来的日期（截止日、建议日期或有效期），未生成日历文件 {file}。",
                            "No dates ahead (deadlines, suggested dates or validity ends): calendar file {file} not "
                            "written."),
    "cancelled": ("medins: 已取消", "medins: cancelled"),
    "saved.answers": ("答案已保存到 {file}（重新计算：medins check --answers {file}）",
                      "Answers saved to {file} (replay: medins check --answers {file})"),
    "saved.ics": ("日历已写入 {file}（导入手机或电脑日历：每个日期的前一天上午 9 点提醒）",
                  "Calendar written to {file} (import it: a reminder at 9:00 the day before each date)"),
    "saved.export": ("清单已导出到 {file}", "Checklist exported to {file}"),
    # Most events are suggestions ("file by …"), not deadlines: the calendar is named for both.
    "export.calendar_name": ("medins 异地就医日期（截止日与建议日期）",
                             "medins out-of-region care dates (deadlines and suggestions)"),
    "export.event_summary": ("医保截止：{item}", "Insurance deadline: {item}"),
    "export.event_suggestion": ("医保建议：{item}", "Insurance suggestion: {item}"),
    "export.event_info": ("医保提醒：{item}", "Insurance reminder: {item}"),
    "export.generated_by": ("由 medins 于 {date} 生成；估算仅供参考，以参保地医保经办机构为准。",
                            "Made by medins on {date}; estimates only — your home insurance office decides."),
    "answers.header": ("# medins 答案文件（可手工修改）。重新计算：medins check --answers 本文件；格式见 docs/answers-file.md",
                       "# medins answers (edit freely). Replay: medins check --answers THIS_FILE; format in "
                       "docs/answers-file.md"),
    "answers.label.insured_in": ("参保地", "insured in"),
    "answers.label.treated_in": ("就医地", "treated in"),
    "answers.label.scenario": ("情况：long-term / emergency / referral / pharmacy / pharmacy-account / temporary",
                               "situation: long-term / emergency / referral / pharmacy / pharmacy-account / "
                               "temporary"),
    "answers.label.long_term_kind": ("长期居住类别：retiree / living / working", "long-term category: retiree / "
                                     "living / working"),
    "answers.label.insurance": ("医保类型：employee 职工 / resident 城乡居民", "insurance: employee / resident"),
    "answers.label.tier": ("缴费档次 1/2/3（参保地按档次定待遇时）", "contribution tier 1/2/3 (where benefits depend on it)"),
    "answers.label.stay": ("今年第几次住院", "which stay of the year"),
    "answers.label.retired": ("是否退休", "retired"),
    "answers.label.chronic_disease": ("门诊慢特病", "chronic disease"),
    "answers.label.event_date": ("就医日期", "date of care"),
    "answers.label.injury": ("是否外伤（无第三方责任）", "injury (no third party)"),
    "answers.label.hospital_level": ("医院等级 1/2/3", "hospital grade 1/2/3"),
    "answers.label.filed": ("是否已备案", "filed"),
    "answers.label.filed_on": ("备案日期", "filed on"),
    "answers.label.referral": ("是否有转诊证明", "referral certificate"),
    "answers.label.settled": ("是否已出院结算", "discharged and settled"),
    "answers.label.discharge_date": ("出院日期", "discharge date"),
    "answers.label.cost": ("总费用（元）", "total cost (yuan)"),
    "answers.label.out_of_catalog": ("目录外自费（元或百分比）", "out of catalogue (yuan or share)"),
    "answers.label.deductible": ("自己的起付线（元）", "own deductible (yuan)"),
    "answers.label.ratio": ("自己的报销比例", "own payment ratio"),
    "answers.label.cap": ("自己的封顶线（元）", "own annual cap (yuan)"),
    "answers.label.reduction_points": ("跨省降低的百分点", "cross-province reduction (points)"),
    # ------------------------------------------------------------ errors
    # ------------------------------------------------------------ the command line (--help; medins_cli/options.py)
    "cmd.root": ("medins — 异地就医助手：要办什么、在哪办、哪天之前办、大约自付多少。单独运行 medins 即进入问答向导。",
                 "medins — out-of-region medical insurance advisor (异地就医): what to file, where, by when, and roughly what you will pay. Run medins alone for the guided questions."),
    "cmd.check": ("一次性查询一个情况：要办的备案、截止日期和自付估算。", "Check one case: filings, deadlines and an out-of-pocket estimate."),
    "cmd.wizard": ("在终端里回答几个问题（不带参数运行 medins 时的默认方式）。", "Answer a few questions in the terminal (the default when medins runs without arguments)."),
    "cmd.batch": ("批量查询：每行一个答案对象（JSON Lines 或 CSV），按输入顺序每行输出一份建议。", "Check many cases: answers objects in (JSON Lines or CSV), one advice per line out, in input order."),
    "cmd.policies": ("查看政策数据：地区列表、某地参数、校验文件、覆盖情况、待复核项。", "Inspect the policy data: list regions, show a region's parameters, validate files, coverage, review."),
    "cmd.policies.list": ("31 个省级地区和每个有政策文件的城市，以及各文件提供了什么。", "The 31 provincial-level regions and every city with a policy file, with what each file supplies."),
    "cmd.policies.show": ("某地区某日生效的参数，每项注明来源和出处。", "The parameters in force for one region on a date, each with its source and where it comes from."),
    "cmd.policies.validate": ("校验政策文件：结构、日期、来源、已知参数、取值范围、时段；有问题时退出码 1。", "Check policy files: structure, dates, sources, known keys, value ranges, periods. Exit 1 on problems."),
    "cmd.policies.coverage": ("按地区和核心参数列出：有来源、全国规则，还是默认值。", "Per region and core parameter: sourced, national rule, or default (nothing sourced)."),
    "cmd.policies.review": ("需要复核的：已到期且无后续的年度数值、陈旧数值、仅有转载来源的数值。", "What to re-check: yearly figures that ended with no successor, old values, third-party-only values."),
    # Each command's own exit codes (1 means "action required" for check, "problems found" for validate).
    "cmd.exit.check": ("退出码：0 无需办理 · 1 需要办理 · 2 输入有误 · 3 已过截止日期 · 130 已取消（见 docs/exit-codes.md）。",
                       "Exit codes: 0 nothing to do · 1 action required · 2 bad input · 3 a deadline has passed · 130 cancelled (docs/exit-codes.md)."),
    "cmd.exit.batch": ("退出码：有一行输入有误为 2（该行输出错误记录，其余行照常）；否则取各行中最重的：3 已过截止日期 · 1 需要办理 · 0 无需办理（见 docs/batch.md）。",
                       "Exit codes: 2 if any input line was bad (that line gets an error record, the others still run); otherwise the worst of the lines: 3 a deadline has passed · 1 action required · 0 nothing to do (docs/batch.md)."),
    "cmd.exit.policies": ("退出码：0 正常 · 1 validate 发现问题 · 2 输入有误（未知地区、日期有误、路径不存在）或政策数据无法加载（见 docs/exit-codes.md）。",
                          "Exit codes: 0 ok · 1 validate found problems · 2 bad input (unknown region, bad date, missing path) or policy data that does not load (docs/exit-codes.md)."),
    "cmd.exit.policies.validate": ("退出码：0 没有问题 · 1 发现问题（每个问题一行）· 2 路径不存在或用法有误（见 docs/exit-codes.md）。",
                                   "Exit codes: 0 no problems · 1 problems found (one line each) · 2 missing path or usage error (docs/exit-codes.md)."),
    "cmd.exit.policies.show": ("退出码：0 正常 · 2 输入有误（未知地区、日期有误）或政策数据无法加载（见 docs/exit-codes.md）。",
                               "Exit codes: 0 ok · 2 bad input (unknown region, bad date) or policy data that does not load (docs/exit-codes.md)."),
    "cmd.exit.policies.read": ("退出码：0 正常 · 2 日期有误或政策数据无法加载（见 docs/exit-codes.md）。",
                               "Exit codes: 0 ok · 2 bad date or policy data that does not load (docs/exit-codes.md)."),
    "cmd.completion": ("Shell 补全：eval \"$(medins --completion bash)\"（zsh 用 --completion zsh）。",
                       "Shell completion: eval \"$(medins --completion bash)\" (zsh: --completion zsh)."),
    "opt.scenario": ("情况：long-term 长期居住 | emergency 急诊 | referral 转诊 | pharmacy 购药 | pharmacy-account 个人账户 | temporary 临时外出（也可写 异地长期居住、急诊、转诊、跨省购药、个人账户、临时外出…）",
                     "long-term | emergency | referral | pharmacy | pharmacy-account | temporary (or 异地长期居住, 急诊, 转诊, 跨省购药, 个人账户, 临时外出…)"),
    "opt.insured_in": ("参保地：江苏 / 江苏省 / jiangsu / 320000 / 南京", "Where you are insured (参保地): 江苏 / 江苏省 / jiangsu / 320000 / 南京"),
    "opt.treated_in": ("就医地，写法同 --insured-in", "Where you are treated (就医地), same forms as --insured-in"),
    "opt.insurance": ("医保类型：employee 职工 | resident 城乡居民；默认 employee", "employee (职工) | resident (城乡居民); default employee"),
    "opt.retired": ("已退休（--retired）或在职（--in-service）", "Retired (退休, --retired) or in service (--in-service)"),
    "opt.long_term_kind": ("长期居住类别：retiree 异地安置退休 | living 异地长期居住 | working 常驻异地工作", "retiree (异地安置退休) | living (异地长期居住) | working (常驻异地工作)"),
    "opt.tier": ("缴费档次 1 | 2 | 3，参保地按档次定待遇时填写（如重庆城乡居民一档/二档）", "缴费档次 (contribution tier) 1 | 2 | 3, where the insured region's benefits depend on it (e.g. 重庆 城乡居民 一档/二档)"),
    "opt.injury": ("外伤就医（--injury）或不是（--no-injury）：提示《外伤无第三方责任承诺书》（经办规程第三十五条）",
                   "Care for an injury (外伤, --injury) or not (--no-injury): adds the no-third-party pledge step "
                   "(经办规程 article 35)"),
    "opt.hospital_level": ("医院等级 1 | 2 | 3（一级/二级/三级；医院牌子上的 三级甲等、三甲、二乙 等也可以）；默认 3",
                           "Hospital level 1 | 2 | 3 (一级/二级/三级; the grade on the hospital's sign, such as "
                           "三级甲等, 三甲 or 二乙, works too); default 3"),
    "opt.stay": ("今年第几次住院：1、2、3……（第二次起起付线常更低）；默认第一次", "Which stay of the year this is (年度内第几次住院): 1, 2, 3 …; later stays often have a lower 起付线; default first"),
    "opt.event_date": ("入院、急诊或计划出行的日期：2026-11-20、2026/11/20、11-20（取最近的那一天）、今天；默认今天",
                       "Admission, emergency or planned trip date: 2026-11-20, 2026/11/20, 11-20 (the nearer one), "
                       "today; default today"),
    "opt.filed": ("已备案（--filed）或未备案（--not-filed）", "Filed (已备案, --filed) or not (--not-filed)"),
    "opt.filed_on": ("备案日期（给出即视为已备案；11-20 指已过去的那一天）",
                     "Date the filing was made (implies --filed; 11-20 means the last such date)"),
    "opt.referral": ("持有转诊证明（--referral）或没有（--no-referral）", "Holds a referral certificate (转诊证明, --referral) or not (--no-referral)"),
    "opt.settled": ("已出院结算（--settled）或尚未（--not-settled）", "Already discharged and settled (已出院结算, --settled) or not (--not-settled)"),
    "opt.discharge_date": ("出院日期（已结算时）", "Discharge date, if settled"),
    "opt.chronic_disease": ("门诊慢特病名称，如 糖尿病（购药情况）", "门诊慢特病 name, e.g. 糖尿病 (pharmacy scenario)"),
    "opt.cost": ("总费用（元）", "Total cost in yuan"),
    "opt.out_of_catalog": ("目录外自费部分（元），或比例如 15%", "目录外 (out-of-catalogue) part in yuan, or a share like 15%"),
    "opt.deductible": ("您的起付线（元，见待遇明白卡）", "Your 起付线 (deductible) in yuan, from your benefits card"),
    "opt.ratio": ("您在本地的报销比例，85% 或 0.85（1 即 100%；0.01%–100%）",
                  "Your local payment ratio, 85% or 0.85 (1 is 100%; 0.01%–100%)"),
    "opt.cap": ("您的年度基金最高支付限额（封顶线，元）", "Your annual fund cap (封顶线) in yuan"),
    "opt.reduction_points": ("跨省报销比例降低的百分点（0 表示不降）", "Cross-province ratio reduction in points (0 for none)"),
    "opt.answers": ("重放答案文件（YAML 或 JSON）；这里给出的参数优先", "Replay a saved answers file (YAML or JSON); flags given here override it"),
    "opt.today": ("把今天当作这个日期（2026-11-20 等）", "Pretend today is this date (2026-11-20 etc.)"),
    "opt.as_json": ("输出一个 JSON 文档（契约 v1，见 docs/json-contract.md）", "Print one JSON document (contract v1, docs/json-contract.md)"),
    "opt.lang": ("语言 zh | en（默认取 MEDINS_LANG 或 LANG，中文优先）", "zh | en (default from MEDINS_LANG / LANG, Chinese first)"),
    "opt.no_color": ("不用颜色（也认 NO_COLOR 环境变量）", "No colours (NO_COLOR is honoured too)"),
    "opt.save_answers": ("把答案写入此文件（.yaml 或 .json），以便重放", "Write the answers to this file (.yaml or .json) for replay"),
    "opt.ics": ("把截止日期写成带提醒的日历事件（.ics）", "Write the deadlines as calendar events with reminders (.ics)"),
    "opt.export": ("把清单导出为 FILE.md 或 FILE.html", "Write the checklist as FILE.md or FILE.html"),
    "opt.file": ("JSON Lines（或 CSV）答案文件；- 或省略则读标准输入", "JSON Lines (or CSV) file of answers objects; - or nothing reads standard input"),
    "opt.input_format": ("输入格式：jsonl（每行一个 JSON 对象）| csv（表头为答案项）；不写时按文件名：.csv、.tsv 为 csv，其余为 jsonl",
                         "jsonl (one JSON object per line) | csv (header row = answer keys); when left out, from the "
                         "file name: .csv and .tsv are csv, anything else jsonl"),
    "opt.output_format": ("输出格式：jsonl（每行一份建议）| csv", "jsonl (one advice document per line) | csv"),
    "opt.columns": ("CSV 输出的列：输出 JSON 中的路径，逗号分隔，如 line,id,status.exit_code,cost.out_of_pocket,filings.0.deadline；另有 next.date、next.kind、todo 等（见 docs/batch.md）", "CSV output: comma-separated paths into the advice, e.g. line,id,status.exit_code,cost.out_of_pocket,filings.0.deadline; also next.date, next.kind, todo and more (docs/batch.md)"),
    "opt.output": ("把结果写入此文件（原子写入，仅本人可读），而不是标准输出", "Write the results to this file (atomically, readable only by you) instead of standard output"),
    "opt.jobs": ("工作进程数（输出顺序不变）", "Worker processes (output order is kept)"),
    "opt.date": ("参数生效的日期 YYYY-MM-DD；默认今天", "The date the parameters are in force on, YYYY-MM-DD; default today"),
    "opt.region": ("地区：江苏 / jiangsu / 320000 / 南京", "Region: 江苏 / jiangsu / 320000 / 南京"),
    "opt.path": ("政策目录（national.yaml、regions/、regions.json）或单个政策文件；默认当前使用的政策数据", "A policy directory (national.yaml, regions/, regions.json) or one policy file; default the active policy data"),
    "opt.years": ("标出已生效超过这么多年的数值（默认 3）", "Flag values in force for longer than this many years (default 3)"),
    "opt.version": ("显示版本并退出", "Show the version and exit"),
    "opt.completion": ("打印 bash 或 zsh 的补全脚本", "Print a bash or zsh completion script"),
    "opt.help": ("显示此帮助并退出", "Show this help and exit"),
    "usage.prefix": ("用法错误", "usage error"),
    "usage.see_help": ("查看帮助：{command} --help", "See {command} --help"),
    "usage.commands": ("命令", "commands"),
    "usage.missing_command": ("缺少命令，可选：{options}", "missing command; choose from: {options}"),
    "usage.bad_int": ("应为 {low} 到 {high} 之间的整数，而不是 {value}", "must be a whole number from {low} to {high}, not {value}"),
    "error.prefix": ("错误", "error"),
    "region_empty": ("{field} 不能为空。", "{field} is empty."),
    "region_unknown_code": ("{field}：未知的行政区划代码 “{value}”。", "{field}: unknown region code '{value}'."),
    "region_ambiguous": ("{field}：“{value}” 有多个匹配：{options}。请写全称、加上所在省市（如 {example}）或写代码。",
                         "{field}: '{value}' matches several regions: {options}. Write the full name, add the "
                         "province or city (e.g. {example}), or use the code."),
    "region.option": ("{name}（{where}，{code}）", "{name} ({where}, {code})"),
    "region.option_provincial": ("{name}（{code}）", "{name} ({code})"),
    "region.place": ("{name}（{where}）", "{name} ({where})"),
    "region_unknown_suggest": ("{field}：未知地区 “{value}”。是否指：{options}？",
                               "{field}: unknown region '{value}'. Did you mean: {options}?"),
    "region_unknown": ("{field}：未知地区 “{value}”。", "{field}: unknown region '{value}'."),
    "bad_date": ("{field}：看不懂日期 “{value}”，请写 2026-11-20、2026/11/20、11-20、今天或昨天。",
                 "{field}: cannot read the date '{value}'; write 2026-11-20, 2026/11/20, 11-20, today or "
                 "yesterday."),
    "bad_amount": ("{field}：金额 “{value}” 无效，请写数字（元）。", "{field}: invalid amount '{value}'; give a "
                                                              "number of yuan."),
    "negative_amount": ("{field}：金额不能为负数（{value}）。", "{field}: amount cannot be negative ({value})."),
    "amount_too_large": ("{field}：金额 {value} 过大，应在 0 到 {limit} 元之间。",
                         "{field}: amount {value} is too large; give 0 to {limit} yuan."),
    "bad_ratio": ("{field}：比例 “{value}” 无效，请写 0 到 1 之间的小数或百分数（如 0.85 或 85%）。",
                  "{field}: invalid ratio '{value}'; give a fraction 0-1 or a percentage (0.85 or 85%)."),
    "ratio_bare_number": ("{field}：“{value}” 大于 1，看不出是百分之几；比例请写 85% 或 0.85（1 即 100%）。",
                          "{field}: '{value}' is above 1, so it is unclear which percentage is meant; write 85% "
                          "or 0.85 (1 means 100%)."),
    "ratio_range": ("{field}：比例 {value} 超出范围，应在 {low} 到 100% 之间（如 85% 或 0.85）。",
                    "{field}: ratio {value} is out of range; give {low} to 100% (e.g. 85% or 0.85)."),
    "bad_points": ("{field}：降幅 “{value}” 无效，请写 0 到 100 之间的百分点数。",
                   "{field}: invalid reduction '{value}'; give percentage points from 0 to 100."),
    "bad_stay": ("{field}：“{value}” 无效，请写今年第几次住院：1、2、3……", "{field}: invalid value '{value}'; give "
                 "which stay of the year this is: 1, 2, 3 …"),
    "level_options": ("1, 2, 3（也可写 一级/二级/三级，或医院牌子上的 三级甲等、三甲、二级乙等、二乙 等）",
                      "1, 2, 3 (or 一级/二级/三级, or the grade on the hospital's sign: 三级甲等, 三甲, 二级乙等, 二乙…)"),
    "bad_choice": ("{field}：“{value}” 无效，可选：{options}。", "{field}: invalid value '{value}'; choose from: "
                                                                "{options}."),
    "ooc_exceeds_cost": ("--out-of-catalog（{ooc}）不能大于 --cost（{cost}）。",
                         "--out-of-catalog ({ooc}) cannot exceed --cost ({cost})."),
    "ooc_without_cost": ("--out-of-catalog 需要同时提供 --cost。", "--out-of-catalog needs --cost."),
    "conflict": ("选项冲突：{detail}", "Conflicting options: {detail}"),
    "conflict.retired_resident": ("--retired 与 --insurance resident 矛盾：退休与否只适用于职工医保"
                                  "（--insurance employee），城乡居民医保不分在职退休。",
                                  "--retired contradicts --insurance resident: retirement applies only to employee "
                                  "insurance (--insurance employee)."),
    "conflict.filed_on_not_filed": ("给了 --filed-on 却选了 --not-filed。", "--filed-on given with --not-filed."),
    "conflict.injury_pharmacy": ("--injury（外伤）用于就医，不用于跨省购药（--scenario pharmacy）。",
                                 "--injury (injury care) applies to treatment, not to --scenario pharmacy."),
    "conflict.stay_pharmacy": ("--stay（第几次住院）不用于跨省购药。", "--stay (which stay of the year) does not apply "
                               "to --scenario pharmacy."),
    "conflict.chronic_scenario": ("--chronic-disease 只用于跨省购药（--scenario pharmacy）。",
                                  "--chronic-disease is only for --scenario pharmacy."),
    "conflict.long_term_kind": ("--long-term-kind 只用于长期居住或购药场景。",
                                "--long-term-kind is only for the long-term and pharmacy scenarios."),
    "conflict.settled_future": ("已出院结算（--settled），但就医日期 {date} 在今天 {today} 之后。",
                                "--settled, but the event date {date} is after today {today}."),
    "conflict.discharge_before_event": ("出院日期 {discharge} 早于就医日期 {date}。",
                                        "Discharge date {discharge} is before the event date {date}."),
    "conflict.discharge_future": ("出院日期 {discharge} 在今天 {today} 之后。",
                                  "Discharge date {discharge} is after today {today}."),
    "conflict.filed_on_future": ("备案日期 {filed_on} 在今天 {today} 之后。",
                                 "Filing date {filed_on} is after today {today}."),
    "conflict.retiree_in_service": ("{kind}（异地安置退休人员）就是已退休，与 --in-service（在职）矛盾；请去掉其中一个。",
                                    "{kind} (relocated retiree) means retired, which contradicts --in-service; "
                                    "drop one of them."),
    "conflict.kind_scenario": ("--scenario {scenario} 与 --long-term-kind {kind} 说的是不同的长期居住类别；请只写一个。",
                               "--scenario {scenario} and --long-term-kind {kind} name different long-term kinds; "
                               "give one."),
    "conflict.resident_account": ("--insurance resident（城乡居民医保）没有个人账户，与 --scenario {scenario}"
                                  "（个人账户购药）矛盾；城乡居民跨省购药请用 --scenario pharmacy --chronic-disease。",
                                  "--insurance resident (城乡居民) has no personal account, which contradicts "
                                  "--scenario {scenario} (personal-account purchase); residents use --scenario "
                                  "pharmacy --chronic-disease."),
    "conflict.account_chronic": ("--scenario {scenario}（个人账户购药）与 --chronic-disease（门诊慢特病）是两种购药方式；"
                                 "请只写一个。",
                                 "--scenario {scenario} (personal-account purchase) and --chronic-disease (门诊慢特病) "
                                 "are two different ways to buy medicine; give one."),
    "conflict.opposite_flags": ("{yes} 与 {no} 同时给出，互相矛盾；请只写一个。",
                                "{yes} and {no} contradict each other; give one."),
    "missing_option": ("缺少必填选项 {option}。", "Missing required option {option}."),
    "unknown_scenario": ("未知场景 “{value}”，可选：{options}。", "Unknown scenario '{value}'; choose from: "
                                                               "{options}."),
    "date_out_of_range": ("{field}：日期 {value} 超出支持范围（{low} 至 {high}）。",
                          "{field}: date {value} is outside the supported range ({low} to {high})."),
    "no_policy_on_date": ("{date} 时全国跨省异地就医规则尚未生效（medins 收录的规则自2023-01-01起）。",
                          "No cross-province rules in force on {date} (the rules medins carries start on "
                          "2023-01-01)."),
    "policy_bad_yaml": ("政策文件 {file} 第 {line} 行 YAML 格式错误：{problem}",
                        "Policy file {file}, line {line}: bad YAML: {problem}"),
    "policy_not_mapping": ("政策文件 {file} 顶层必须是映射。", "Policy file {file}: the top level must be a mapping."),
    "policy_bad_region": ("政策文件 {file}：region 必须是6位代码，而不是 {value}。",
                          "Policy file {file}: region must be a 6-digit code, not {value}."),
    "policy_source_incomplete": ("政策文件 {where}：来源缺少 title。", "Policy file {where}: source has no title."),
    "policy_bad_date": ("政策文件 {where}：日期 {value} 无效。", "Policy file {where}: invalid date {value}."),
    "policy_bad_node": ("政策文件 {where}：应为映射或取值列表。", "Policy file {where}: expected a mapping or a "
                                                                "list of values."),
    "policy_bad_key": ("政策文件 {where}：键 {key} 必须是字符串（YAML 会把 on/no/日期 变成其他类型，请加引号）。",
                       "Policy file {where}: key {key} must be a string (YAML turns on/no/dates into other "
                       "types; quote it)."),
    "policy_missing_field": ("政策文件 {where}：缺少字段 {field}。", "Policy file {where}: missing field {field}."),
    "policy_bad_reason": ("政策文件 {where}：reason 应为含 zh 和 en 两项非空文字的映射。",
                          "Policy file {where}: reason must be a mapping of zh and en, both non-empty text."),
    "policy_duplicate_period": ("政策文件 {where}：生效日期 {date} 重复。",
                                "Policy file {where}: duplicate effective_from {date}."),
    "policy_unknown_source": ("政策文件 {where}：未定义的来源 {source}。", "Policy file {where}: unknown source "
                                                                       "{source}."),
    "policy_bad_value": ("政策文件 {where}.value：{problem}（medins policies validate 可列出全部问题）",
                         "Policy file {where}.value: {problem} (medins policies validate lists every problem)"),
    "policy_bad_enum": ("政策文件 {where}：取值 {value} 无效。", "Policy file {where}: invalid value {value}."),
    "policy_calendar_bad": ("放假安排文件 {file}：{field}：{problem}（medins policies validate 可列出全部问题）",
                            "Holiday schedule file {file}: {field}: {problem} (medins policies validate lists "
                            "every problem)"),
    "policy_unreadable": ("无法读取政策文件 {file}：{problem}", "Cannot read policy file {file}: {problem}"),
    "policy_not_utf8": ("政策文件 {file} 不是 UTF-8 编码。", "Policy file {file} is not UTF-8."),
    "policy_regions_bad": ("政策数据的地区表 {file} 无法使用：{problem}",
                           "The region table {file} of the policy data cannot be used: {problem}"),
    "policy_regions_shape": ("应为 {\"regions\": [{\"code\", \"name\", \"short\", \"pinyin\", \"kind\"}, …]}",
                             "expected {\"regions\": [{\"code\", \"name\", \"short\", \"pinyin\", \"kind\"}, …]}"),
    "policy_root_missing": ("找不到政策数据目录 {path}（缺少 national.yaml）。",
                            "Policy data not found at {path} (no national.yaml)."),
    "policy_region_mismatch": ("政策文件 {file} 的 region 是 {value}，应为 {expected}。",
                               "Policy file {file} has region {value}, expected {expected}."),
    "regions_unreadable": ("无法读取地区表 {file}：{problem}", "Cannot read the region table {file}: {problem}"),
    # ---- policies command (issue 4)
    # validate: one problem per line, "FILE:LINE: FIELD: message" (the message is the part below)
    "policies.problem.bad_yaml": ("YAML 格式错误：{problem}", "bad YAML: {problem}"),
    "policies.problem.too_big": ("{value} 超出范围（上限 {limit}）", "{value} is out of range (at most {limit})"),
    "policies.problem.yaml_depth": ("YAML 嵌套超过 {limit} 层", "YAML nested deeper than {limit} levels"),
    "policies.problem.yaml_size": ("YAML 通过别名展开后超过 {limit} 个节点（YAML 炸弹？）",
                                   "YAML expands through aliases to more than {limit} nodes (a YAML bomb?)"),
    "policies.problem.yaml_aliases": ("YAML 别名（*）超过 {limit} 个", "more than {limit} YAML aliases (*)"),
    "policies.problem.yaml_recursive": ("YAML 别名指向包含它自己的节点（递归）",
                                        "a YAML alias refers to a node that contains it (recursive)"),
    "policies.problem.not_regular": ("不是普通文件（设备、管道、套接字或目录），不读取",
                                     "not a regular file (a device, pipe, socket or directory); not read"),
    "policies.problem.too_large": ("文件太大（上限 {limit} 字节）", "the file is too large (limit {limit} bytes)"),
    "policies.problem.timeout": ("管道在 {seconds} 秒内没有读完", "a pipe that did not deliver within {seconds} s"),
    "policies.problem.not_utf8": ("文件不是 UTF-8 编码", "the file is not UTF-8"),
    "policies.problem.unreadable": ("无法读取：{problem}", "cannot read the file: {problem}"),
    "policies.problem.missing_file": ("文件不存在", "file not found"),
    "policies.problem.regions_bad": ("地区表无法读取：{problem}", "the region table cannot be read: {problem}"),
    "policies.problem.not_mapping": ("顶层必须是映射（schema、region、sources、parameters）",
                                     "the top level must be a mapping (schema, region, sources, parameters)"),
    "policies.problem.unknown_top": ("未知的顶层字段 {key}", "unknown top-level field {key}"),
    "policies.problem.duplicate_key": ("键 {key} 重复（第一次在第 {first} 行）；YAML 只保留最后一个",
                                       "duplicate key {key} (first on line {first}); YAML keeps only the last"),
    "policies.problem.bad_key": ("键 {key} 必须是字符串，但 YAML 把它读成 {value}：请加引号（'{key}'）",
                                 "key {key} must be a string, but YAML reads it as {value}: quote it ('{key}')"),
    "policies.problem.schema_missing": ("缺少 schema（应为 {expected}）", "missing schema (expected {expected})"),
    "policies.problem.schema_bad": ("schema 应为 {expected}，而不是 {value}", "schema must be {expected}, not {value}"),
    "policies.problem.region_missing": ("缺少 region（6位行政区划代码）", "missing region (a 6-digit region code)"),
    "policies.problem.region_format": ("region 必须是带引号的6位代码，而不是 {value}",
                                       "region must be a quoted 6-digit code, not {value}"),
    "policies.problem.region_national": ("national.yaml 的 region 必须是 {expected}，而不是 {value}",
                                         "national.yaml must have region {expected}, not {value}"),
    "policies.problem.region_unknown": ("未知的地区代码 {value}（不在 regions.json 中）",
                                        "unknown region code {value} (not in regions.json)"),
    "policies.problem.file_name": ("文件名 {name} 必须以地区代码 {value} 开头",
                                   "file name {name} must start with the region code {value}"),
    "policies.problem.duplicate_region_file": ("地区 {value} 已有文件 {other}", "region {value} already has a file: {other}"),
    "policies.problem.not_string": ("{value} 应为字符串", "{value} must be a string"),
    "policies.problem.bad_date": ("日期 {value} 无效（应为 YYYY-MM-DD）", "invalid date {value} (use YYYY-MM-DD)"),
    "policies.problem.sources_not_mapping": ("sources 必须是映射（来源 id → 来源）",
                                             "sources must be a mapping (source id → source)"),
    "policies.problem.source_not_mapping": ("来源必须是映射（title、url……）", "a source must be a mapping (title, url, …)"),
    "policies.problem.source_no_title": ("来源缺少 title", "the source has no title"),
    "policies.as_of": ("截至 {date}", "as of {date}"),
    "policies.copy_mark": ("（转载）", "(copy)"),
    "policies.problem.source_no_kind": (
        "来源缺少 kind：official（发布机关自己的网页或账号）或 copy（转载、镜像、新闻、论坛、医院、高校、百科等）",
        "the source has no kind: official (the issuing body's own page or account) or copy (repost, mirror, news, "
        "forum, hospital, university, SEO page)"),
    "policies.problem.copy_not_low": (
        "来源 {source} 是转载（kind: copy），可信度只能是 low，而不是 {value}",
        "source {source} is a copy (kind: copy): its confidence must be low, not {value}"),
    "policies.problem.source_url": ("url 必须是字符串或 null，而不是 {value}", "url must be a string or null, not {value}"),
    "policies.problem.calendar_not_mapping": ("放假安排文件的顶层必须是映射（year、source、holidays、workdays）",
                                              "the top level must be a mapping (year, source, holidays, workdays)"),
    "policies.problem.calendar_file_name": ("文件名 {name} 必须是年份 {value}.yaml", "the file name {name} must be the year: {value}.yaml"),
    "policies.problem.calendar_not_list": ("{name} 必须是列表", "{name} must be a list"),
    "policies.problem.calendar_holiday_shape": ("每个假期应为含 name、from（和可选 to）的映射",
                                                "each holiday must be a mapping with name, from (and optional to)"),
    "policies.problem.calendar_outside_year": ("日期 {value} 不在 {year} 年内（跨年的假期写入各自年份的文件）",
                                               "date {value} is not in {year} (a break across a year end goes into each year's file)"),
    "policies.problem.calendar_workday_not_weekend": ("调休上班日 {value} 不是周末", "the 调休 working day {value} is not a weekend day"),
    "policies.problem.calendar_workday_in_holiday": ("调休上班日 {value} 在假期 {name} 之内", "the 调休 working day {value} lies inside the {name} break"),
    "policies.problem.calendar_statutory_missing": ("法定节假日 {value}（{name}，《全国年节及纪念日放假办法》）不在任何假期内：核对录入",
                                                    "the statutory holiday {value} ({name}, 全国年节及纪念日放假办法) is in no break: check the entry"),
    "policies.problem.unknown_field": ("未知字段 {name}", "unknown field {name}"),
    "policies.problem.unknown_field_suggest": ("未知字段 {name}；是否指 {suggestion}？",
                                               "unknown field {name}; did you mean {suggestion}?"),
    "policies.problem.bad_enum": ("取值 {value} 无效，可选：{options}", "invalid value {value}; allowed: {options}"),
    "policies.problem.bad_node": ("应为映射或取值列表（- effective_from: …）",
                                  "expected a mapping or a list of dated values (- effective_from: …)"),
    "policies.problem.unknown_param": ("未登记的参数键 {key}（键表见 docs/policies.md）",
                                       "unknown parameter key {key} (see the key registry in docs/policies.md)"),
    "policies.problem.unknown_param_suggest": ("未登记的参数键 {key}；是否指 {suggestion}？",
                                               "unknown parameter key {key}; did you mean {suggestion}?"),
    "policies.problem.not_used_key": ("参数 {key} 不能列在 not_used 下：估算只能对这些参数说明“有来源但未使用”：{allowed}",
                                      "{key} cannot be listed under not_used: the estimate can say “found but not used” "
                                      "only for {allowed}"),
    "policies.problem.not_used_null": ("not_used 下的 value 不能为 null：应填找到的数字",
                                       "a value under not_used cannot be null: give the figure found"),
    "policies.problem.cite_empty": ("cite 应为来源中的一句原话（不能为空）", "cite must be a phrase quoted from the source (not empty)"),
    "policies.problem.reason_shape": ("reason 应为映射，含 zh 和 en 两项文字（为什么找到了却不用）",
                                      "reason must be a mapping with zh and en text (why the figure found is not used)"),
    "policies.problem.reason_missing": ("reason 缺少 {lang} 文字（zh 和 en 都要写）",
                                        "reason has no {lang} text (write both zh and en)"),
    "policies.problem.no_periods": ("取值列表为空", "the list of dated values is empty"),
    "policies.problem.row_not_mapping": ("取值记录必须是映射（effective_from、value、source……）",
                                         "a dated value must be a mapping (effective_from, value, source, …)"),
    "policies.problem.missing_field": ("缺少必填字段 {name}", "missing required field {name}"),
    "policies.problem.unknown_source": ("未定义的来源 {source}（本文件和 national.yaml 的 sources 中都没有）",
                                        "unknown source {source} (not under sources in this file or national.yaml)"),
    "policies.problem.duplicate_period": ("生效日期 {date} 重复（已在第 {other} 行）",
                                          "duplicate effective_from {date} (already on line {other})"),
    "policies.problem.overlap": ("期间截止于 {end}，与第 {other} 行自 {next} 起的期间重叠",
                                 "period ending {end} overlaps the period from {next} on line {other}"),
    "policies.problem.end_before_start": ("effective_to {end} 早于 effective_from {start}",
                                          "effective_to {end} is before effective_from {start}"),
    "policies.problem.ratio_range": ("比例 {value} 超出 0–1（写 0.85，不要写 85）",
                                     "ratio {value} is outside 0–1 (write 0.85, not 85)"),
    "policies.problem.ratio_type": ("{value} 不是比例：应为 0–1 的数或分段列表",
                                    "{value} is not a ratio: give a number 0–1 or a list of bands"),
    "policies.problem.band_shape": ("分段应为只含 upto 和 ratio 的映射（最后一段可不写 upto）",
                                    "a band must be a mapping of upto and ratio (the last may omit upto)"),
    "policies.problem.band_open_not_last": ("只有最后一段可以不写 upto", "only the last band may omit upto"),
    "policies.problem.band_upto": ("upto {value} 应为正数（元）", "upto {value} must be a positive number of yuan"),
    "policies.problem.band_order": ("分段上限应递增：{value} 不大于前一段的 {previous}",
                                    "bands must ascend: upto {value} is not above the previous {previous}"),
    "policies.problem.not_number": ("{value} 不是数字", "{value} is not a number"),
    "policies.problem.negative": ("金额 {value} 不能为负", "amount {value} must not be negative"),
    "policies.problem.positive_int": ("{value} 应为正整数", "{value} must be a positive integer"),
    "policies.problem.nonneg_int": ("{value} 应为非负整数", "{value} must be a whole number, 0 or more"),
    "policies.problem.boolean": ("{value} 应为 true 或 false", "{value} must be true or false"),
    "policies.problem.month_day": ("{value} 应为带引号的 \"MM-DD\" 日期", "{value} must be a quoted \"MM-DD\" date"),
    "policies.problem.year_start": ("{value} 应为带引号的 \"MM-DD\" 日期，且每年都有（不能是 02-29）",
                                    "{value} must be a quoted \"MM-DD\" date that every year has (not 02-29)"),
    "policies.problem.reduction_shape": ("降幅应为 points（0–100）、factor（0–1）或 self_pay_first（0–1）中的一项",
                                         "a reduction must be one of points (0–100), factor (0–1) or "
                                         "self_pay_first (0–1)"),
    "policies.problem.reduction_range": ("{kind} {value} 超出 {low}–{high}", "{kind} {value} is outside {low}–{high}"),
    "policies.problem.cap_not_above_deductible": ("封顶线 {cap} 不高于起付线 {deductible}（{key}，{date}）",
                                                  "cap {cap} is not above the deductible {deductible} ({key}, on "
                                                  "{date})"),
    # summaries and tables
    "policies.validate.ok": ("已检查 {files} 个文件：没有问题。", "{files} file(s) checked: no problems."),
    "policies.validate.problems": ("已检查 {files} 个文件：发现 {count} 个问题。",
                                   "{files} file(s) checked: {count} problem(s) found."),
    "policies.path_missing": ("路径不存在：{path}", "no such file or directory: {path}"),
    "policies.list.title": ("地区与政策文件（{date}）", "Regions and policy files ({date})"),
    "policies.list.summary": ("{regions} 个地区（{provinces} 个省级），其中 {files} 个有政策文件；核心参数 {core} 项。",
                              "{regions} regions ({provinces} provincial-level), {files} with a policy file; "
                              "{core} core parameters."),
    "policies.list.legend": ("各列：本文件 = 本地区文件中当日生效的参数条数；继承 = 取自省级或地市文件的参数条数；"
                             "有来源 / 国家 / 默认 = {core} 项核心参数（每个地区估算都要用的数字：起付线、报销比例、封顶线、期限等）中，"
                             "有地方来源的（转载也算，可信度低）、按国家规定的、没有任何来源的各几项（没有来源时建议中会注明按什么处理）。"
                             "一条参数可以满足几项核心参数（如不分医院等级的起付线算三项），不属于核心参数的条目（如跨省就医专用的起付线）只计入前两列。",
                             "Columns: Own = parameters in force from the region's own file; Inherited = parameters taken "
                             "from its province or prefecture file; sourced / national / default = of the {core} core "
                             "parameters (the figures every estimate needs: deductible, payment ratio, cap, time limits…), "
                             "how many have a local source (a copy counts, at low confidence), follow a national rule, or have no source at all (the advice "
                             "then says what it assumes). One parameter may meet several core ones (a deductible for all "
                             "hospital levels counts as three); parameters outside the core set (such as deductibles for "
                             "cross-province care only) count only in the first two columns."),
    "policies.show.title": ("{name}（{code}）{date} 生效的参数", "Parameters in force for {name} ({code}) on {date}"),
    "policies.show.summary": ("表中 {total} 行：{count} 项参数有取值（本地区文件 {own} 项，省级或地市文件 {inherited} 项，"
                              "国家规定 {national} 项）；另 {default} 行是没有任何来源的核心参数（每个地区估算都要用的 {core} 项数字之一），"
                              "标为“无（默认）”，建议中会注明按什么处理。",
                              "{total} rows: {count} parameters with a value ({own} from this region's file, {inherited} "
                              "from its province or prefecture file, {national} national); the other {default} rows are "
                              "core parameters (of the {core} figures every estimate needs) with no source at all, marked "
                              "\"none (default)\": the advice says what it assumes instead."),
    "policies.show.not_used": ("另有 {count} 行是找到了来源、但政策文件说明估算不用的数字（not_used），标为“有来源，估算不用”；原因见 JSON 输出的 reason 字段。",
                               "{count} more row(s) are figures found with a source that the policy file says the estimate "
                               "does not use (not_used), marked \"found, not used by the estimate\"; the reason is in "
                               "the JSON output (reason)."),
    "policies.coverage.title": ("核心参数覆盖情况（{date}）", "Core parameter coverage ({date})"),
    "policies.coverage.summary": ("{date}：{regions} 个地区 × {core} 项核心参数：有来源 {sourced}，国家规定 {national}，"
                                  "默认 {default}；{with_sourced} 个地区至少有一项有来源。",
                                  "{date}: {regions} regions × {core} core parameters: sourced {sourced}, national "
                                  "{national}, default {default}; {with_sourced} regions have at least one "
                                  "sourced."),
    "policies.review.title": ("待复核的参数（{date}；生效超过 {years} 年为“较旧”）",
                              "Values to re-check ({date}; \"old\" = in force for more than {years} years)"),
    "policies.review.summary": ("已结束且无后续 {ended} 项（需补当年数值）；生效超过 {years} 年 {old} 项；仅有第三方来源 {low} 项。",
                                "{ended} ended with nothing after them (enter this year's figure); {old} in force for "
                                "more than {years} years; {low} resting on a third-party source only."),
    "policies.review.ended": ("已结束", "ended"),
    "policies.review.old": ("较旧", "old"),
    "policies.review.low": ("第三方来源", "third-party"),
    "policies.col.to": ("截止", "To"),
    "policies.col.reasons": ("原因", "Why"),
    "policies.col.code": ("代码", "Code"),
    "policies.col.name": ("名称", "Name"),
    "policies.field.region": ("要查看的地区", "region to show"),
    "policies.col.level": ("级别", "Level"),
    "policies.col.file": ("文件", "File"),
    "policies.col.own": ("本文件", "Own"),
    "policies.col.inherited": ("继承", "Inherited"),
    "policies.col.key": ("参数", "Key"),
    "policies.col.value": ("取值", "Value"),
    "policies.col.from": ("生效", "From"),
    "policies.col.origin": ("出处", "Origin"),
    "policies.col.source": ("来源", "Source"),
    "policies.col.sourced_keys": ("有来源的核心参数", "Sourced core parameters"),
    "policies.status.sourced": ("有来源", "sourced"),
    "policies.status.national": ("国家", "national"),
    "policies.status.default": ("默认", "default"),
    "policies.origin.region": ("本地区", "this region"),
    "policies.origin.province": ("省级文件", "province file"),
    "policies.origin.prefecture": ("地市文件", "prefecture file"),
    "policies.origin.national": ("国家", "national"),
    "policies.not_used_mark": ("（有来源，估算不用）", "(found, not used by the estimate)"),
    "policies.origin.default": ("无（默认）", "none (default)"),
    "policies.level.province": ("省级", "province"),
    "policies.level.prefecture": ("地级", "prefecture"),
    "policies.level.county": ("县级", "county"),
    "policies.comment_only": ("仅注释", "comments only"),
    "policies.none": ("—", "—"),
}
CATALOGUE.update(param_labels.CATALOGUE)  # plain names of parameter keys (param_labels.py holds the words)
