"""Language rules: vague terms in any prose, Chinese (both scripts) and English.

One rule per family; the message names the term and the concrete wording to use
instead, in the script of the text (Traditional help for Traditional text). A
word that is only present — defined, quoted, an example, negated, a heading, a
term of art (see :mod:`termsmith.lint.uses`) — is not reported, nor one that forms
a single expression with its quantity ("每月定期巡检", "提前5个工作日"); a word bounded
elsewhere in its own clause by the right kind of quantity ("尽快处理，最迟不超过4小时";
see :mod:`termsmith.lint.bounds`) is reported as info.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from termsmith import regex_cache
from termsmith.diagnostics import Severity
from termsmith.lint.definitions import defined_terms, is_defined
from termsmith.lint.en_forms import EN_THROUGH_DEFINITIONS, not_carved_out
from termsmith.lint.en_hedge_copula import HEDGES, hedge_describes
from termsmith.lint.en_hedge_subject import (
    WORDS as _EN_SUBJECT_HEDGES,
    commits_nobody,
    glosses_a_noun,
    normally_as_manner,
)
from termsmith.lint.lexicon.demoted import DEMOTED, Demoted, documented
from termsmith.lint.matcher import Hit, Term, lower_same_length, scan_terms
from termsmith.lint.registry import Rule, register
from termsmith.lint.zh_support_bound import NAME as _ZH_SUPPORT, support_bound

VT001 = register(
    Rule(
        code="VT001",
        name="unbounded-time",
        severity=Severity.WARNING,
        message="time word without a deadline",
        what="Flags words that promise speed or regularity without a number: 及时, 尽快 / 儘快 / 盡快, 立即, 即时 / 即時, "
        "即刻, 快速, 迅速, 第一时间, 随时, 提前, 定期, 持续, 不断, promptly, as soon as possible, timely, immediately, "
        "regular(ly), periodically, from time to time, when practical, as time permits, short notice, off-peak hours. "
        "A deadline in the word's own clause (30分钟内即刻…), or a period for a period word (每月定期巡检), lowers the "
        "finding to info; a price, a percentage or a deadline that belongs to another clause does not. "
        "In English a notice with no period (notified prior to, advance notice, communicated in advance) and a delivery as things become "
        "available (when available, once released, as soon as they are published) count too; a right to end (can immediately end the agreement) does not. "
        "So do a priority with no measure (priority is always given to contract clients) and keeping anybody informed "
        "with no period (we update our customers, keep the client informed), a delivery as things come up or at no "
        "stated time (as they arise, soon after release, eventually); a deadline in another item of an inline "
        'list ((i) … within 8 hours (ii) escalate promptly) does not bound the word, and "immediate" grading an impact '
        "(may be causing an immediate stoppage) describes, it sets no deadline; nor does an alert from a monitor whose "
        "period the sentence states (monitored every 5 minutes … immediate notification of downtime). A condition written without a comma "
        "ends where a new subject takes a modal (If a part must be ordered the repair will take a few days: flagged). "
        "Hours named are open with any modifiers between (normal UK business hours, normal technical support business "
        "hours). "
        "In Chinese a "
        "request to the reader (请及时与我公司联系) or the customer's own option (您可以隨時停止使用) sets the "
        "customer's timing, not the vendor's, and is not flagged; an invitation to reach the vendor at any time "
        "(客户可随时致电…, 请随时与我们联系) promises the vendor's availability and is. Advice to the customer (建議用戶定期備份, or "
        "the vendor encouraging the customer: “Adobe鼓勵客戶儘快升級。”, adobe-commerce lifecycle policy, zh-TW) "
        "is no term, but 建議 as a noun is no advice (如果您有任何建議或回饋，請隨時與我們聯絡: flagged). A purpose "
        "phrase says why, not what is promised, and that includes what a channel is for, so that the customer can "
        "(…提供技术支持热线,方便用户可以及时联络到我们 · 便於客戶隨時查詢維修進度). "
        "(lintsla) In English “at any time” "
        "held as a right by the customer or by the parties is not flagged, whether fronted (At any time, you may create a "
        "Support Ticket) or after their modal (Both contractual partners may request amendments … at any time); the "
        "vendor's own right (dxw may vary these terms at any time) is. A cap or a gloss that gives the time in the next "
        "clause bounds the word like a deadline in its own (patched as soon as possible but no more than a week after "
        "the root cause is found · in a timely manner, (i.e. 24 hours before the start of the outage) · 及时通知甲方，即在"
        "故障发生后2小时内通知); a gloss with no time (亦即優先處理) does not. A time word on a verb of taking effect "
        "says when a change or a period applies, not how fast a party performs, and is not flagged (更新的版本将在发布后"
        "立即取代任何以前的版本 · 新版收費標準於公告後即時取代舊版 · Changes will take effect immediately upon their "
        "posting · Immediately follows the Maintenance Support period). A continuity word held for the agreement's "
        "own term is bounded by it (在本协议有效期内持续保持具备…经营资质 · 在有效會員期內: info), as by a stated period. "
        "定时 and 及时 before 间 are read across a word boundary and are not the word (在協定時間內 · 一定时间 · "
        '约定时间内 · 节约人力及时间, where 及 is "and"). '
        "In English, as in Chinese, a time word on paying or renewing a fee is the fee terms' due date, whoever pays "
        "(Continued support requires timely renewal of license fees · shall pay invoices promptly), and is not flagged."
        ' In English a notice given as a maximum (up to 12 months advance written notice) sets no period; "at any time" with a notice period or both sides\' agreement stated in its sentence is a right with its terms, and hours that a published document states (published standard support hours) are bounded by it. A future release named by coordinated kinds (for a future maintenance or scheduled major product release) is flagged like "future release".'
        " (linten10) Work waiting for free time (as time allows, if time permits) is flagged; a request to the customer in the passive (Customers are requested to …) and what an obstacle prevents (limitations preventing the speedy repair) are not."
        " (lint32B) So is a notice issued, shared, sent, posted or published in advance, and notifying or emailing the customer ahead of an event (Observed holidays and planned closures are shared in advance · We'll send you an email in advance of your license expiring); a deposit sent in advance announces nothing and is not."
        " (linten11) A notice with no period after with/upon prior notice (with prior notification) is flagged; an offer for sale (priority telephone support packages are available for purchase) and a belief about sites in general (We believe that a web site that is regularly maintained …) are not."
        " (linten12) Hours named but never stated (normal or standard business, support, office or working hours) are "
        "flagged also where they set the clock of a bounded commitment (For calls logged during normal support hours, a return "
        "call within 30 minutes) or sit in a condition (if an Error arrives outside of normal business hours); hours stated in "
        "the clause, or a clock-time range the same text states as its hours (Monday to Friday, 9:00 AM - 6:00 PM), lower the "
        "finding to info. A reference to a named part of the agreement later in the "
        "sentence, with no verb of its own between (regular updates, security monitoring, and performance checks as outlined in "
        'the plan details), bounds the word; the product\'s documentation and "as defined in" do not.'
        " (linten13) A speed given as a manner (correct the Error on an expedited basis, on a priority basis) is flagged "
        "like a prompt response; a period (on a monthly basis) is not a speed."
        " (linten16) The next release as the time of a fix or a delivery (may include the Fix in the next major release ·"
        " available with the next maintenance release) is flagged: when it comes is not said; a release named by its"
        " cadence (the next quarterly release) is not."
        " (linten19) A quantity inside a modifier of another noun measures that noun and bounds no word (respond promptly"
        " to requests received within 30 days · notify you promptly of any outage longer than 15 minutes · adequate staff"
        " for projects over 10 days: flagged); the term's own noun keeps its bound (regular updates scheduled every"
        ' month), and a next clause that opens with "at least" clarifies the word as "at most" does (applied'
        " regularly, at least once a month). (lintmech14) In English a quantity after the word that follows a verb"
        " coordinated after it measures that verb (reply promptly and send an engineer within 6 hours: flagged);"
        ' "and" before a clarifier or the quantity itself keeps the bound (promptly and in any event within 6 hours).'
        " In Chinese a deadline after 并 and a verb still bounds the word before it (及时响应并在6小时内到场: info)."
        " A clause reference after a noun brought in by of/for/to names which thing and measures no time word"
        " (inform the vendor as soon as possible of any dispute under clause 7.2: flagged)."
        " (lint22S) A right to change the terms reserved with a time word before the verb counts also when the change"
        " is named by its noun after a light verb (NAVEX Global may from time to time make changes to the Online"
        " Courses · dxw may at any time make changes to GovPress: flagged); a right to act (we may from time to time"
        " monitor your use) is not."
        " (s15) A clock of coverage says when the service runs, not how fast it answers, and bounds no speed word:"
        " 7×24小时及时响应 · 工作日8:00-18:00及时响应 · 全年無休，每天24小時儘快處理 · respond promptly, 24 hours a day"
        " (flagged); a deadline beside it still bounds (7×24小时服务，2小时内及时响应), and it measures availability"
        " words (7×24小时随时响应)."
        ' (lint22S) "regular" before a fixed thing (a window, a time, a process, a price or fee, the operation of a'
        " system) means the standard one and is not flagged (The regular maintenance window is between 12:00 A.M. and"
        " 6:00 A.M. daily · Regular price $150.00); before an activity (regular backups, regular updates) it is."
        " (lintclosure16) In English the family's other forms and near-synonyms count inside a promise as its"
        " speed words do (we will reply at once · fixes are deployed straight away · we will routinely back up your"
        " data · we guarantee promptness: flagged; all files are uploaded at once: not). In Chinese a speed in a 得"
        " complement counts where the sentence binds a party (乙方保证问题解决得很快 · 我們會把問題處理得非常快:"
        " flagged; 这台电脑运行得很快: not). (lint22C) 持续性 / 持續性 is a noun of continuity (服務持續性 · 持續性變更),"
        " named as a property like 全面性, not a timing promised (乙方将持续优化服务: flagged)." + documented("VT"),
        why="A deadline the parties cannot measure cannot be breached. When the server is down, "
        '"乙方应及时响应" lets the vendor answer after 24 hours and still claim it complied.',
        example="乙方应及时响应甲方的报修，并尽快修复。\nThe Vendor shall respond promptly.",
        instead="乙方应在收到报修后 2 小时内（7×24）响应，24 小时内修复。\n"
        "The Vendor shall respond within 2 hours (7×24) of a report and resolve within 24 hours.",
        real=(
            "“NAVEX Global may from time to time make changes to the Online Courses.” — flagged: one side's change, at no"
            " stated time or notice (NAVEX, Client-Tracked Exhibit A)",
            "“The regular maintenance window is between 12:00 A.M. and 6:00 A.M. daily.” — not flagged: the standard "
            "window, stated; its sibling “Regular software updates” is (BoardBook, Reseller Support terms)",
            "“Priority P3 and P4 Incidents - Applatix may include the Fix for the Error in the next major release of the "
            "Product.” — flagged: the next release, with no schedule (werevamp/blogs, Applatix Support and Maintenance terms)",
            "“Once we have made the fix, it will become available with the next maintenance release.” — flagged: the "
            "document gives no release schedule (orderscout.net, Maintenance Releases and Support Policy)",
            "“Assigns specialist(s) to correct the Error on an expedited basis.” — flagged: a speed with no measure "
            "(Alfresco/docs-alfresco, Support Severity Definitions)",
            "“For operational reasons we may suspend the Services or vary the technical specification of the Services with prior notification.” — flagged: a notice with no period (abs.ae, Data Centre SLA)",
            "“Notice of such Planned Outages will be issued in advance to Customers.” — flagged: a notice with no"
            " period, issued rather than given (Capita, library support service hours) (lint32B)",
            "“Premium priority telephone support packages are available for purchase.” — not flagged: an offer for sale (browserhawk.com, Support and Maintenance FAQ)",
            "“This may be in the form of a tested permanent patch or a completely new release depending upon what the problem requires and time allows.” — flagged: the work waits for free time, and for what the problem requires (markettransfer.info, Response Expectations clause)",
            "“Others may have technical limitations preventing the speedy repair of the issues.” — not flagged: what an obstacle prevents is no promise (mmtsoftware.com, Bug Response Procedure)",
            "“Customers are requested to back up their data regularly.” — not flagged: a request to the customer (mis.hk, Terms of service for IT maintenance)",
            "“Product Management, along with representatives in Support and Client Advocacy, will prioritize Licensee’s alleged "
            "defect for a future maintenance or scheduled major product release, unless the defect has left Licensee unable to "
            "use the Software.” — flagged: a future release with no date (exagobi.com, Support Services Plan)",
            "“Licensor shall provide up to 12 months advance written notice prior to retirement of any Software.” — flagged: a "
            "notice given as a maximum sets no period (sapper.ai, Maintenance terms)",
            "“At any time, you may create a Support Ticket.” — not flagged: a right the customer holds (dxw/contracts, "
            "GovPress Terms of Service)",
            "“Major vulnerabilities are patched as soon as possible but no more than a week after the root cause is "
            "found.” — info: the cap bounds the word (cds-snc/platform-forms-client, GC Forms Service-level agreement)",
            "“The maintenance agreement may be cancelled by either Small Business Web Support, or the Client, at any time, with "
            "one weeks notice.” — not flagged: a right with its notice stated (smallbusinesswebsupport.co.uk, Terms and Conditions)",
            "“*All response time goals are based upon EWS published standard support hours.” — not flagged: hours a published "
            "document states (ewsgroup.com, Response Time Goals)",
            "“Use commercially reasonable efforts to correct within a reasonable period of time any reported Software "
            "Error;” — flagged: a period with no figure (solutionxchg.com, Support Terms and Conditions)",
            "“prompt notice of any errors;” — flagged: a speed word on a notice, an item of the customer's duties (nojumi.com, "
            "Service Levels)",
            "“In such cases, the vendor will provide notice and necessary guidance for transitioning to the new system or "
            "software …” — flagged: a notice with no period (creovai.com, On-Prem SLA)",
            "“创建请求后立即通过电子邮件和移动应用(如有)发送通知。” — flagged: 请求 is the request, not a request to the "
            "reader (4rounds.com, 服务等级协议)",
            "“(2)定期付款(如程式定期費用);” — not flagged: a kind of payment, not a periodic act (mingyanjiaju.org, "
            "機器服務合約)",
            "“• 上班時間提供電話技術支援服務。” — flagged: business hours the notice never states (i-freelancer.net, QBoss "
            "延長保固費用調整通知)",
            "“2.1.2 运营商应在正常营业时间内收到客户通知后的 48 小时内对客户报告的任何错误做出回应。” — flagged on its own; "
            "not when the whole policy is linted, whose 2.3 states the hours (thaiscorner.com, 支持级别政策)",
            "“營業時間計畫由Adobe客戶支援團隊主導。” — not flagged: the name of a program, not a window anyone works in "
            "(AdobeDocs/support-resources.zh-Hant, 企業支援資料表)",
            "“Professional: 工作時間優先回應” — not flagged: a tier's feature named by the hours, whose table states them "
            "(ilyi1116/auto-video-generation-fold6, 技術支援指南)",
            "“3.1.1 您的帳戶必須按時支付所有費用。” — not flagged: on time by the agreement's own billing dates "
            "(varidata.com, 服務條款)",
            "“(3)安全更新:乙方在获悉影响软件安全的漏洞时,应及时向甲方提供安全补丁或升级版本。” — flagged "
            "(max.book118.com, 软件维护服务合同协议2025年维护版)",
            "“租約到期前本公司將以電子郵件的方式通知續約。” — flagged: a notice timed only before expiry (vgohosts.com, 服務政策)",
            "“在发生影响客户业务的事件时,将及时通知客户,并在事件解决之前每 1 小时提供更新。” — flagged: the updates' frequency is no deadline for the notice (corebyte.com, 服务支持)",
            "“若客戶未事先通知購買額外流量,網站在超過流量限制後將被系統暫停使用,客戶得隨時加購流量以恢復網站使用。” — not flagged: the customer's own option (vgohosts.com, 服務政策)",
            "“2. 郵件咨詢:甲方可以通過Email方式提出問題,而技術支持人員將隨時通過Email將問題的解決方法及相關文檔等發送到用戶的郵箱里。” "
            "— flagged (zheinei.com, 維護服務的承諾書)",
            "“…GSI shall promptly commence an investigation into the reported error…” — flagged "
            "(lawinsider.com, Maintenance Services sample clauses)",
            "“乙方須於接獲甲方通知後30分鐘內即刻協助排除問題” — not flagged: the deadline is part of the same "
            "expression (law.sme.gov.tw, 維護合約第四條)",
            "“This Agreement may be terminated by JH Web Designs (i) immediately if Client fails to pay any fees "
            "hereunder…” — not flagged: termination, a term of art (jhwebdesigns.com.au)",
            "“1 Errors – SIMPA shall (i) provide an Initial Response within four (4) to eight (8) Business Hours (ii) "
            "initiate Management Escalation promptly; …” — flagged: the hours belong to item (i) (simpa.net.nz, terms and "
            "conditions)",
            "“If a question requires extensive research or configuration of hardware/software the resolution time will "
            "lengthen to a few days.” — flagged: the condition ends at “the resolution time will” (esricanada.com, "
            "Support Policies)",
            "“… ACSC will provide an initial response … within forty-eight (48) hours of notification during its normal "
            "technical support business hours.” — flagged: the hours named, not stated; the 48 hours bound the response, "
            "not the clock (markettransfer.info, Program Support and Maintenance clause)",
            "“Update WordPress and plugins when available.” — flagged: a delivery tied to availability, no time "
            "(ladygeekgeek.com, Website Care Agreement)",
            "“Uptime Monitoring: We will monitor the uptime of your website every 5 minutes to ensure continuity of service "
            "and to provide immediate notification in the event of site downtime.” — not flagged: the monitor's period "
            "measures the alert (thelonelypixel.co.uk, Maintenance Terms)",
            "“Priority is always given to clients with a support contract.” — flagged: a priority with no measure "
            "(radix.co.uk, Terms and Rates)",
            "“The problem is time-sensitive and may be causing an immediate functional stoppage.” — not flagged: a severity "
            "level's impact described (markettransfer.info, Prioritization of Support Services clause)",
            "“You will be notified prior to such a planned maintenance event.” — flagged: a notice with no period "
            "(townlife.com, Service Level Agreement)",
            "“For calls logged during normal support hours, a return call must be made to the Client during the same "
            "business day.” — flagged: the deadline is measured only inside hours the document never states "
            "(edespatch.com, Support)",
            "“Unless otherwise agreed to in writing by the parties hereto, if an Error arrives outside of K2view’s normal "
            "business hours, the response time frame will begin at the start of the next business day, …” — flagged: a "
            "condition leaves the hours unstated (k2view.com, Maintenance and Support)",
            "““Normal Business Hours” means 9.00 am to 5.30 pm local UK time, each business day. … Email support will be "
            "provided during normal business hours to all authorised users.” — info: the same document states the hours "
            "(effectivecommand.com, Standard Support Services Policy)",
            "“The maintenance plans include regular updates, security monitoring, and performance checks as outlined in the "
            "plan details.” — info: the plan details state the period (siteninestudios.com, WP Maintenance & Security Plans)",
            "“完工後請即時付款,接受現金、PayMe、轉數快、銀行入數、支票。” — not flagged: a request to the customer, "
            "not a vendor's promise (singjetsgarage.com, 車房條款及細則)",
            "“如果发现加密狗及安装光盘有问题的,请及时与我公司联系” — not flagged: a request to the customer "
            "(csxysoft.com, 软件服务)",
            "“客户可根据自身需求,使用软件内置的数据备份功能进行定期数据备份。” — not flagged: the customer's own option "
            "(cn.gaossi.com, 软件销售售后政策)",
            "“本平台是作為宿舍或租屋的用電相關資訊,包括即時資訊、及相關紀錄。” — not flagged: a medium named by its speed "
            "(clh25.dae.tw, 台科電雲端平台服務條款)",
            "“當有懷疑濫發電郵之活動發生時,本公司可以即時暫停有關懷疑濫發電郵客戶之戶口而不作事前通知。” — not flagged: "
            "a sanction on the customer's account, not a service timing (hk-webdesign.net, Dhost 使用條款)",
            "“3.2甲方應按照本合同約定的付款方式及時向乙方支付服務費用。” — not flagged: the customer's payment as the "
            "agreement's terms fix it (bhygbaby.com, 軟件維護與功能優化)",
            "“我们偶尔会透过电子邮件通知您本协议的变更或修改,…” — flagged: an occasional act, no frequency (adanaa.com, "
            "正威网路行销工作室 虚拟主机使用者服务条款)",
            "“您的付款或持續使用我們的服務表示您接受Homura Network Limited的TOS。” — not flagged: the customer's "
            "acceptance of the terms (docs.homura.network, 服務條款)",
            "“Microsoft 了解即時提供合格專業人員的技術支援是雲端服務的重點優勢。” — not flagged: what the writer "
            "believes, a recital (isabella232/OfficeDocs-O365ServiceDescriptions-pr.zh-TW, Office 365 平台服務說明：支援)",
            "“9. 工作完成後顧客需即時全數繳清服務及工程費用予技術人員。” — not flagged: timely payment is payment by its "
            "due date (acclean.com.hk, 冷氣機清洗服務 條款)",
            "“2.1 乙方应按照协商的价格和支付方式,及时足额支付服务器托管费用。” — not flagged: the same, whoever pays "
            "(360docs.net, 服务器托管合同样书 第1篇)",
            "“您应当按照服务规则及时、足额支付费用。” — not flagged: the same with the adverbs coordinated "
            "(tencentyun/qcloud-documents, 腾讯云智能保险助手服务条款)",
            "“服務持續性規定是系統設計的一部分。” — not flagged: continuity as a property of the design, not a timing "
            "(isabella232/OfficeDocs-O365ServiceDescriptions-pr.zh-TW, 服務健康狀況和持續性)",
        ),
    )
)
VE001 = register(
    Rule(
        code="VE001",
        name="efforts-standard",
        severity=Severity.WARNING,
        message="efforts standard instead of a committed result",
        what="Flags efforts standards: 尽力, 尽最大努力, 尽可能, 力争, 努力, 积极, best efforts, reasonable efforts, "
        'commercially reasonable efforts, endeavour to, attempt to. A number does not cure them: "commercially '
        'reasonable efforts to arrive within 4 hours" still promises only the effort. In English the class goes by '
        "construction: an efforts noun after any adjective (diligent efforts), a trying verb in any inflection "
        "(strives, seeks to), an aim (our objective is to), to the best of its ability, everything possible, "
        "everything in our power, every care, a hope (we hope to)."
        ' So does an effort verb whose "to" follows a parenthetical (shall attempt, based upon …, to recreate).'
        ' "make an effort" is flagged like "make every effort".'
        " (linten16) An aim verb (aim to, strive to) reaching for a stated figure in its own clause (We aim to respond"
        " within 2 business days · strives to maintain a 99.9% network uptime) is not flagged: the figure is what the SLA"
        " measures. An efforts standard (reasonable endeavours … within the target times) is flagged whatever it reaches"
        " for, and an aim with no figure (strive to address all critical issues promptly) is flagged."
        " (lint23R) An effort noun a party makes, takes or exercises, in either voice, is the same promise of trying:"
        " take every precaution, take steps, make all attempts, All attempts will be made to …, extra precautions are"
        " put in place, and care as the manner of the work (with due care, handled with care). Not: the steps the"
        " clause lists (take the following steps), taking care of a service, a care plan."
        " (lint24E) A negation reaches no further than a coordinated clause with its own subject and modal or a"
        " coordinated verb of the same subject: in '… are not to exceed 36 hours … and best efforts will be made to"
        " schedule maintenance outside …' the second clause is a promise of trying and is flagged." + documented("VE"),
        why="An efforts clause promises activity, not a result: the vendor is in breach only if the "
        "client can prove it did not try, which it almost never can.",
        example="乙方将尽最大努力恢复系统。\nThe Vendor will use best efforts to restore the service.",
        instead="乙方应在 4 小时内恢复系统；逾期每小时扣减当月服务费的 1%。\n"
        "The Vendor will restore the service within 4 hours; each further hour credits 1% of the monthly fee.",
        real=(
            "“Maintenance or upgrades are not to exceed thirty-six (36) hours in duration in a single month and best "
            "efforts will be made to schedule maintenance outside of Monday through Friday, between the hours of 7:00 "
            "a.m. and 8:00 p.m. Central Standard Time.” — flagged: the negation stops at 'and'; the second clause "
            "promises only effort (CleryEdge, Service Level Agreement)",
            "“We aim to respond within 2 business days.” — not flagged: an aim at a stated time (cowwoc/docker, Support "
            "Policy 1.0)",
            "“All attempts will be made to get the system diagnosed and operational within 24 hours.” — flagged: an "
            "effort made, passive; the 24 hours bound the attempts, not a result (flexihost.co.nz, Service Level "
            "Agreement)",
            "“Although S&S will take every precaution to preserve all data and software on the computer, I acknowledge "
            "that occasionally data loss will occur …” — flagged: an effort taken (stewartandson.com, Remote Support Agreement)",
            "“All work is carried out professionally and with due care; however, specific results … cannot be "
            "guaranteed.” — flagged: care as the manner of the work (thanetcomputersolutions.co.uk, terms and conditions)",
            "“The Provider strives to maintain a 99.9% network uptime.” — not flagged: an aim at a stated uptime figure "
            "(sitesdiscovery.com, hosting and maintenance agreement)",
            "“While we strive to address all critical issues promptly, response times during out-of-hours periods may vary "
            "depending on availability.” — flagged: an aim with no figure (techwisesupport.com, emergency support terms)",
            "“While we make an effort to repair all bugs, some applications may no longer be open to modification by us.” — flagged: an effort with no result (mmtsoftware.com, Bug Response Procedure)",
            "“When Licensee reports a suspected Defect in the Platform to Licensor, Licensor shall attempt, based upon information "
            "provided by Licensee, to recreate the suspected Defect.” — flagged: the effort verb's “to” after a parenthetical "
            "(lawinsider.com, Defect Correction Support clause)",
            "“我们将积极跟进客户的需求,以最快的速度解决问题。” — flagged (doczj.com, 售后服务体系情况和承诺说明)",
            "“响应将包括确认收到请求的通知,并在可能的情况下提供初步解决方案。” — flagged: a possibility hedge (corebyte.com, 服务支持)",
            "“數貝環球致力於提供高品質的支持,以確保流暢的購物體驗。” — flagged: an aspiration, no result (xoobay.com, 支持政策)",
            "“盛夏海芋有限公司將努力使所有網站在所有不同的操作系統中運行” — flagged (shengxiahaiyu.com, 條款與細則)",
            "“During the License Term, shall use commercially reasonable efforts to provide support services to "
            "Customer, as described below.” — flagged (bizlia.com, Support and Maintenance Agreement)",
            "“Commercially Reasonable Efforts: the same degree of priority and diligence with which the Supplier meets "
            "the support needs of its other similar customers.” — not flagged: a definition",
        ),
    )
)
VQ001 = register(
    Rule(
        code="VQ001",
        name="unmeasured-quality",
        severity=Severity.WARNING,
        message="quality word without a measure",
        what="Flags quality words with no measure: 合理, 适当, 良好, 满意, 优质, 专业的, 完善, 全面, 合适, 针对性, 常见, "
        "行业标准, 稳定运行, 重大 / 较大 / 大范围 / 少量 left undefined, reasonable, adequate, satisfactory, quality "
        "services, industry standard(s), best practice, material. Terms of art stay silent (reasonable attorneys' fees in every spelling, a policy's own name: "
        "fair use policy, reasonable use policy, "
        "beyond its reasonable control, material breach), and so do the words inside a definition or a severity "
        "description; a word under a negation or a condition is silent, but an aside in brackets ((if any), (if "
        "applicable)) conditions nothing ((b) the Support Services (if any) shall be performed with reasonable care: "
        "flagged). In Chinese a grade is found by its shape as well: a degree word (较强, 最佳, 相对保守; not one "
        "that compares things the sentence names: 您比我们更专业, 以較長者為準, 相較之下, …低于…按照较低的定价, nor one "
        "on the writer's attitude or on what a thing is worth: 我們非常樂意提供支援, 對您來說非常寶貴), an "
        "evaluative word on a promised service (提供优惠的维修服务), conformity to an expectation (符合甲方品牌形象). "
        "In English a degree word on an outcome with no figure counts inside a promise (ensure maximum uptime, "
        "minimise disruption, keep … in order), competence with no measure (qualified technicians, experienced engineers, a qualified representative) "
        "and conformity with no measure (substantially in accordance with the documentation), a substitute graded with no "
        "measure (equivalent items will be supplied, we will find an alternative) and a marketing grade on a service (flexible and bespoke support), a state one side ensures "
        "with no measure (I'll ensure your website continues to perform well, ensures your site stays fresh) and "
        "expertise sold with no measure (expert support); "
        "a word in another sense (outstanding hours, any outstanding issues: remaining, before any noun that is no "
        "service, person or result) is no grade, nor a grade left to the customer's own judgment (it is up to you to "
        "confirm that this is satisfactory); a purpose adjunct that opens a sentence (To ensure consistent "
        "service, …) and a question commit nobody. "
        "A manner adverb in -地 on a promised act (认真地予以维修, 正確、安全地操作) counts when the sentence binds a party."
        ' In English "appropriate" before an organisational unit (the appropriate support department) names which unit; a sentence describing a named severity level\'s impact, an opening "for" adjunct of purpose (For peace of mind, …) and a norm as a remark (…, this is industry standard practice) promise nothing. A count or amount graded with no figure (a limited number of accounts, a small amount of your time) is flagged, except in a clause about an impact (a bug affecting a small number of users).'
        " (linten11) A sentence that only names what a table below measures (The response times for …, advising on an appropriate fix, … are set out below:) promises nothing; with will or shall it does."
        ' (linten12) Help or information owed "as reasonably required" is flagged like any other reasonable standard (a customer duty'
        " with an unmeasured standard is as vague as the vendor's); in a condition (If requested and reasonably required, …) it is not."
        " (linten14) How the product runs, as the aim of a task the sentence states (patches to keep things going smoothly, we check"
        " the live site to ensure things are working smoothly), grades no service; after a verb of effort (we work to keep your"
        " site running smoothly) or as the task itself (Ensure the services are running properly) it does."
        " (linten15) A line that opens with an article and no verb of obligation reads as a glossary entry and promises"
        " nothing (A defined performance standard …, typically expressed as …), but an item a party supplies (a detailed"
        " description of the incident) is a line of a list of what to send, and a sentence with should is a duty: both count."
        " What one side must send, graded by clarity or brevity with no measure (Client to provide clear instructions,"
        " include a brief description of the issue, orders should be clearly stated) is flagged; a clear report the"
        " vendor shares, a clear policy or a brief interruption is not."
        " (linten17) Expertise claimed with no measure, as knowledge (engineers with expert knowledge about running …,"
        " experts with deep technical and infrastructure knowledge), or skill two words before the people it grades"
        " (highly-skilled NWA software engineers), is flagged like expert support and skilled staff; experts named but"
        " not graded (reach our experts via support tickets), and what engineers are stated to be capable of, are not."
        " (lintclosure16) Near-synonyms of the grades count inside a promise as the grades do (we provide top notch"
        " support · first-rate maintenance · the highest quality software · work to a high standard: flagged);"
        " exemplary damages in a liability clause is a term of art, not a grade. In Chinese the near-synonyms of 妥善"
        " and 认真 count where the sentence binds a party (乙方将妥当处理甲方数据 · 乙方將精心維護系統: flagged;"
        " 本软件设计精心: not). (lint22C) 正常运行时间 / 正常運行時間 names uptime, the metric an SLA states with its"
        " percentage, not a grade, and is not flagged; 确保系统正常运行 is. 重大 in a condition of occurrence"
        " (若/如果/如…出现/发生 重大X) grades which event triggers the term, not a quality promised (若产品出现重大质量问题,可拨打"
        "…报修 · 如出現重大問題,試運行期重新計算: not flagged); a guarantee against it (保证不出现重大故障) and a severity"
        " that sets a deadline with no condition (重大问题三天内解决) are flagged."
        " (lint23R) English: the vendor's commitment as a noun (our commitment to providing …), a pride with its grade"
        " (takes great pride in) and the standard it holds itself to (we hold ourselves to …) mark a promise, as"
        " committed to does: a grade on the service inside them is flagged."
        " (lint24E) A grade by rank among rivals or by the buyer it fits, in every spelling of the compound"
        " (industry-leading, market-leading, class-leading, best of breed, award-winning, enterprise-grade,"
        " carrier-grade), counts inside a promise as world-class does (ArcBlock offers industry-leading service"
        " levels: flagged); outside one (a goal the vendor states, a heading) it does not."
        " (lint24Q) What the client supplies graded by thoroughness or clarity with no list of its content, alone or"
        " coordinated with another grade (Provide accurate and detailed information · Submit work requests via Jira"
        " with detailed information · based on clear and detailed step-by-step instructions), is flagged after a verb"
        " of supplying; information the vendor points the customer to (contact customer service for detailed"
        " information), or names as missing, is not, and accurate alone is true or false, not a grade."
        " The people who contact support made ready with no measure (must be trained on the Software, and"
        " knowledgeable about the incident · ensuring that users are appropriately trained) are flagged; a fact"
        " stated (Authorized Contacts are trained on the product) or an expectation (we expect our users to be"
        " familiar with it) is not. Truthful, like accurate, is true or false, not a grade (Users must provide"
        " accurate and truthful information: not flagged)." + documented("VQ"),
        why='"合理费用" and "industry-standard security" leave the figure to whoever sends the invoice '
        "or writes the excuse; disputes over them end in expert opinions, not in the contract.",
        example="功能开发按合理价格收费。\nFees for new features shall be reasonable.",
        instead="功能开发按 3,000 元/人天收费，开工前书面确认人天估算。\n"
        "New features are charged at CNY 3,000 per person-day, with the estimate confirmed in writing before work starts.",
        real=(
            "“This Service Level Agreement represents our unwavering commitment to providing you with exceptional "
            "service, robust platform performance and dedicated support.” — flagged: grades inside the vendor's "
            "commitment (louper.io, Enterprise SLA)",
            "“As your trusted partner, we hold ourselves to the highest standards of service delivery and customer "
            "success.” — flagged (louper.io, Enterprise SLA)",
            "“ArcBlock offers industry-leading service levels to host your web-based digital assets including "
            "websites, databases, code, applications and content.” — flagged: a rank among rivals nobody can check "
            "(ArcBlock, Service Levels)",
            "“Hosting Cloud’s goal is to achieve an 100% service availability across all services provided to "
            "customers and uses a fully redundant network, enterprise grade switching, routing, firewall and server "
            "technology to best achieve this goal.” — not flagged: a goal described, not a promise (Hosting Cloud, Performance SLA)",
            "“We operate a fair use policy on all hosting packages.” — not flagged: the policy's name, not a grade "
            "(mycloudwebsolutions.com, Fair Usage Policy)",
            "“Provide dedicated experts with deep technical and infrastructure knowledge” — flagged: how deep is not said "
            "(Sourcegraph, Managed Services terms)",
            "“With Basic support, you already have integrated mail support and can reach our experts via support tickets.” "
            "— not flagged: experts named, not graded (OpenProject, Enterprise support)",
            "“Customer will provide information and cooperation to The Conover Company as reasonably required for The "
            "Conover Company to provide Support.” — flagged: a customer duty with an unmeasured standard (Conover "
            "Company, Support Policy)",
            "“The Licensor shall provide the Licensee with all assistance reasonably required by the Licensee to enable the "
            "Licensee to implement the use of the corrected version of the Current Release.” — flagged (rtf2fo.com, "
            "Support Service Agreement)",
            "“The maintenance fee comprises a limited number of service desk accounts depending on the customer´s license "
            "count.” — flagged: a count with no figure (markettransfer.info, Software Support Service clauses)",
            "“Tickets are routed to the appropriate support department and resolved per our SLA.” — not flagged: which unit, not "
            "a grade (novexsys.com, Software Support)",
            "“When you select Severity B you confirm that the issue has moderate impact to your business with loss and degradation "
            "of services, but workarounds enable reasonable, albeit temporary, business continuity.” — not flagged: a severity "
            "level described (support.skuflic.com, Scope and Responsiveness)",
            "“Monthly WordPress security updates, fixes and patches to keep things going smoothly” — not flagged: the "
            "updates are the service, the smooth running their aim (saccitytech.com, Monthly Website Care Plan Terms)",
            "“Ensure the appropriate services are running properly” — flagged: the state is the task itself (t-plus.com, "
            "I.T. Maintenance)",
            "“a detailed description of the incident, including any measures taken by Customer to resolve the issue;” — "
            "flagged: an item of what the customer sends, graded with no measure (Cumulocity platform SLA, "
            "SoftwareAG/c8y-docs)",
            "“A defined performance standard for support delivery, typically expressed as a maximum response time …” — not "
            "flagged: a glossary entry (business-in-a-box.com, Support Agreement template)",
            "“Client to provide clear instructions of updates required.” — flagged: what the customer sends, graded with "
            "no measure (targetink.co.uk, Website Maintenance and Service Level Agreement)",
            "“Provide accurate and detailed information about issues or support requests.” — flagged: how detailed is "
            "left to the side that receives it (David Gentile, Service Level Agreement, diva-D/diva-D.github.io)",
            "“… users have the right to know about this, and can contact JD Cloud's customer service personnel for "
            "detailed information.” — not flagged: information the vendor points to, not a duty (JD Cloud, Virtual "
            "Machine SLA, English edition)",
            "“Customer personnel contacting Run:ai for support must be trained on the Software, and knowledgeable about "
            "the incident.” — flagged: trained how, and knowledgeable enough for whom, is not said (Run:ai, support terms)",
            "“At our request you will provide your truthful contact information and keep it updated at all times.” — "
            "not flagged: true or false, not a degree (ZITADEL / CAOS, Support Services terms)",
            "“Customer Authorized Contacts are trained on the use and administration of Applatix product and service.” — "
            "not flagged: a fact stated, not a duty (Applatix, Support and Maintenance Services Terms)",
            "“In your email, include a brief description of the issue in the subject and include a priority level "
            "[P1-P4].” — flagged: brief enough for whom is not said (Particle, Enterprise Support Handbook, particle-iot/docs)",
            "“This service ensures your website stays fresh, functional, and aligned with your evolving business needs.” "
            "— flagged: a state promised with no measure (reech.agency, Website Care)",
            "“We'll start with an initial audit to understand the codebase, current health, and any outstanding issues.” "
            "— not flagged: outstanding means remaining (ayritech.com, care plan FAQ)",
            "“After each visit, the management will be given a detailed report of the visit …” — flagged: a deliverable "
            "graded, its content not stated (t-plus.com, I.T. Maintenance)",
            "“… in the event items are not available then equivalent  items will be supplied” — flagged: a substitute "
            "with no measure of what is equivalent (computercare.co.uk, terms)",
            "“4、客户数据资料的备份及最大限度的修复。” — flagged: a degree with no measure (m.stra.cn, 电脑维护服务协议)",
            "“5、常用系统软件及应用软件的安装、升级、操作使用指导。” — flagged: which software is usual is left open "
            "(m.stra.cn, 电脑维护服务协议)",
            "“Outstanding hours will be calculated on a pro-rata basis” — not flagged: outstanding means remaining "
            "(networking-services.info, E-IT Solutions contract terms)",
            "“Regular Technical Support is provided for the lowest possible cost.” — flagged (r-tag.com, Support Fair Use "
            "Policy)",
            "“Using support in a way that a reasonable person wouldn’t regard as ordinary …” — not flagged: a term of art "
            "(deswik.com, Reasonable Use Policy)",
            "“2. 服务质量承诺:公司承诺提供优质的售后服务,确保客户反馈的问题得到及时解决。” — flagged "
            "(doczj.com, 服务承诺)",
            "“我们将谨慎科学地做好东亚三环的弱电维保服务” — flagged: a four-character manner adverb (360docs.net, 弱电维保解决方案)",
            "“对于业务影响严重的事件,将提供更频繁的更新,以确保客户了解事件的进展和解决方案的状态。” — flagged: a comparative with no baseline (corebyte.com, 服务支持)",
            "“在購買或付款前,您可先充分閱讀以下關於退費的說明:” — not flagged: the customer's own option (my3cs.com.tw, 退費說明)",
            "“按內容需要配置合理數量之 section” — flagged (ownit-web-4me.pages.dev, 網站設計服務條款)",
            "“如果沒有問題,乙方也應該每月至少上門服務一次,對所有電腦進行一次系統的檢測,以保證電腦的正常使用。” — not "
            "flagged: a purpose phrase says why, not what is promised (mingyanjiaju.org, 網路維護契約)",
            "“GSI shall maintain the Web site so that it functions in a reasonably error free manner.” — flagged "
            "(lawinsider.com, Maintenance Services sample clauses)",
            "“Factors outside Provider’s reasonable control (Force Majeure);” — not flagged: a term of art "
            "(infinitygit.com, Service Level Agreement)",
            "“3. 较强的沟通能力” — flagged: a degree word grades with no scale (biz.doczj.com, IT 运维外包合同书)",
            "“答:我们是建站行业的专家,针对您行业的业务,您比我们更专业,所以需要上传提交的资料,由您提供。” — not flagged: the "
            "degree word compares with a named baseline (xbwebyun.com, 委托建站 常见问答)",
            "“相較之下，AKS 提供了全包式的 Kubernetes 部署” — not flagged: 相較 compares, it grades nothing "
            "(changeworld/azure-docs.zh-tw, Azure Kubernetes Service 的支援原則)",
            "“如果用户业务相对稳定,通过lims系统本身的自定义功能可完成需求维护” — not flagged: a degree word in a condition "
            "grades a state (motonews.cn, 过保服务)",
            "“At MCCOWN WEB SERVICES, we will monitor your website to ensure maximum UP-time and help avoid any issues "
            "that may occur.” — flagged: a degree word with no figure (mccownweb.com, Maintenance Agreements)",
            "“To ensure consistent service, no third-party modifications to the site should be made during the "
            "maintenance period.” — not flagged: a purpose adjunct (siteninestudios.com, WP Maintenance terms)",
            "“(4)为甲方提供工业机器人操作和维护人员的培训服务,确保其能够正确、安全地操作和维护机器人;” — flagged: a manner "
            "adverb with no measure (renrendoc.com, 工业机器人维保服务提供合同)",
            "“1.维护服务须遵循国家及行业相关技术规范,采用行业认可的检测工具和方法,保证维修质量。” — flagged: a trade norm, "
            "unnamed (renrendoc.com, 服务周期内产品维护责任承诺书)",
            "“…這里有您最關注的服務信息,您將得到周到的服務。” — flagged (49028c.com, 科汛網絡 軟件產品服務手冊)",
            "“6. 用戶必須要確認有沒有指令碼會使用伺服器大量的CPU資源或記憶體資源…” — flagged: an amount with no threshold "
            "(thancloud.com, HKHosT 客戶服務協定)",
            "“本售后政策旨在明确…售后服务内容、流程及双方权利义务,保障客户在软件使用过程中获得优质支持,确保软件稳定运行…” — "
            "not flagged: the document's stated aim (cn.gaossi.com, 软件销售售后政策)",
            "“免费质保期内乙方负责所有因设备质量问题而产生的费用。” — not flagged: 设备 is equipment, not a grade "
            "(lawinsider.com/zh, 运行维护 样本条款)",
            "“一、基本义务” — not flagged: a title (renrendoc.com, 服务周期内产品维护责任承诺书)",
            "“乙方需按照以下标准提供服务,确保IT系统稳定运行:” — not flagged: the standards listed below the colon say what "
            "stable means (max.book118.com, 2025年IT系统维护服务合同)",
            "“本售后服务政策旨在保障客户权益,提升客户满意度,确保软件产品的正常使用和服务质量。” — not flagged: a stated "
            "aim, each clause opening with an aim verb (chaojijiapei.com, 超级加配 售后服务政策)",
            "“濫發電郵被界定為在互聯網上充斥某電子信息的大量複本,而該信息是未經收件人許可而發出的。” — not flagged: a "
            "definition (hk-webdesign.net, Dhost 使用條款)",
            "“用户在购买或使用服务器前,应仔细阅读并充分理解本条例的全部条款。” — not flagged: the customer reads the "
            "agreement (xiaoxiupeng.com, 秀朋云永久型服务器服务使用条款)",
            "“請注意,當您勾選下列同意事項時,即視為您已充分審閱、瞭解及同意本服務條款,並同意遵守本服務條款之約定。” — not "
            "flagged: the same, reviewed (審閱) or named as the contract (合同, 合約, 契約) (famishop.fami.life, 好開店服務條款)",
            "“本公司為維護客戶合法權益、提升服務品質,特制定本客戶權益政策,藉由建立完善的申訴與服務改善機制,…” — not "
            "flagged: a policy's preamble (ghtinc.com, 客戶權益政策)",
            "“我們了解到,現行提供的功能有時難以滿足企業的需求。” — not flagged: what the writer has understood, no "
            "party bound (help.firstline.cc, FIRST LINE 客服中心)",
            "“…只有优秀的服务和良好的信誉才是公司得以成长的关键。” — not flagged: what the writer says matters "
            "(360docs.net, 关于软件升级、维护的承诺)",
            "“1.2 甲方将负责对服务器设备进行维护、监控、保护及备份工作,确保服务器设备的安全性和稳定性。” — flagged: a "
            "state guaranteed with no measure (360docs.net, 服务器托管合同样书 第1篇)",
            "“1. 乙方应保证提供的保养服务符合相关法律法规要求,保障电梯的安全运行。” — flagged: the same (doczj.com, "
            "电梯保养合同书)",
            "“核心理念:以客户为中心,提供7*24小时响应服务,确保系统稳定性和数据安全。” — not flagged: a motto under its "
            "label (laosuntou666.com, 软件售后都有哪些方案)",
            "“HostifyX 承诺为符合条件的服务提供如下所述的月度正常运行时间百分比。” — not flagged: uptime, the metric the "
            "SLA states as a percentage (hostifyx.com, 服务等级协议)",
            "“4、若产品出现重大质量问题,可拨打全国客服热线进行报修。” — not flagged: the severity says which event "
            "the hotline is for (lhcaraudio.com, 售后服务细则)",
            "“严重性 C：较低的业务影响性。” — not flagged: a severity level defined under its label, binding nobody "
            "(Azure 中国 支持计划); “严重性 A：我们将以较快的速度响应。” (own) — flagged: a vendor bound in it",
        ),
    )
)
VS001 = register(
    Rule(
        code="VS001",
        name="open-scope",
        severity=Severity.WARNING,
        message="open-ended scope",
        what='Flags lists left open (等 as "etc.", 等等, 包括但不限于, 所有有关…, etc., and so on, not limited to) '
        "and catch-all service names (基础维护, 日常维护, 技术支持, 相关资料, basic maintenance, routine support, "
        "technical support). An open list in an opening adjunct of circumstance names the occasion, not the scope "
        "(Whilst performing backups and other maintenance tasks, …). A count after the list (电话、邮件等至少3种渠道) or a reference to the list (如下, 见附件二, "
        "Schedule 2) bounds it; examples after 例如 / such as, a quoted mention, and a service name used as the name "
        "of a team or a line (技术支持团队, 技術支持工程師) are not flagged; nor is 技术支持 named beside other items "
        "(提供系统升级和技术支持) rather than promised as the whole service (乙方负责技术支持). In Chinese, a purpose "
        "phrase (…，以确保系统正常运行), a prohibition (不得…等) and the subject of an exclusion (配件等易损品不在保修范围内) "
        "are not commitments either, nor a list of causes (…改造等引起的損壞), nor the items of a list of exclusions, "
        "whether its lead-in ends in a colon or is a sentence (以下內容均不在保固範圍之內。) or a heading (6. 免除責任), "
        "and whether or not the items kept their bullets. "
        "Nor is a list of natural events closed by 等 and named by its class (地震、颱風、洪水等自然災害), nor a bracket "
        "of examples after force majeure (因不可抗拒力造成损坏的(雷击、雨淋等)): they say what force majeure is. "
        "In English an open class of issues (common … issues) counts; a kind of service named (IT related services), "
        "an open scope bounded by a reference to the document (as specified herein) and a question (Need "
        "occasional content edits or support?) and a template's options in square brackets ([Gold, Silver, etc.]) "
        "do not."
        " Technical support as the last item of a coordination (new versions and technical support) or after a preposition is named in passing."
        ' An open scope under a contracted negation (we cannot always guarantee to resolve all issues) and "or more" after a measured quantity (for a decade or more) are not flagged.'
        " (linten10) An open list in brackets that glosses the object of a verb of specifying (will specify the version (OS, ORACLE, etc.)) is closed by the specification and not flagged."
        " (linten11) The need of the customer a plan is for (is for websites that need occasional updates) and a quoted defined term that is based on a kind of work are not flagged."
        " (linten12) An open promise followed, in another clause of its sentence, by a reference to a named schedule or table of the agreement (…, in accordance with the following error resolution schedule) is bounded by it."
        " (linten18) An open list (including but not limited to, without limitation, etc.) after a negation or a"
        ' "beyond / outside … control" in its sentence lists what an exclusion or a disclaimer leaves out, not what'
        " is promised (will not … provide any service not specified …, including but not limited to: · Software that is"
        " not covered … (including, without limitation, …)), and is not flagged."
        " (lintsla) A Chinese open list is read as a commitment when a party is bound beside it; a noun that holds a"
        " binding word's character binds nobody (會員資格(含一般續約、預付續約等之會員)不得私下轉讓: not flagged; 会员,"
        " 社会, 负责人, 按…的要求), while the verbs do (乙方会提供安装、调试等服务: flagged). 包括但不限于 that spells out"
        " a cause or a circumstance named right before it (不可抗力，包括但不限于… · 基础运营商原因，包括但不限于… · 该状况"
        "包括但不限于) lists what excuses or triggers a term, not what is owed; 服务包括但不限于 and 这些手段包括但不限于 stay"
        " flagged."
        " (lintclosure16) The near-synonyms of etc. close a list as it does (we repair printers, scanners and similar"
        " devices · support covers, inter alia, updates · et cetera, and suchlike: flagged; the word etcetera is a mention); after a negation"
        " or such as they do not."
        " (lint22Z) A Chinese open list inside brackets glosses the noun before them with examples"
        " (机械部件(转子、密封圈、轴承等)更换与调校 · 更換或維修組件(包括但不限於機殼、底座及散熱片)): what is owed is that"
        " noun, and the list is not flagged — unless a party is bound or named in the sentence outside the brackets"
        " (乙方負責機房設備(伺服器、交換機等)的維護 · 因不可抗力造成的损失(服务器、网络等)由乙方负责修复: flagged), a scope"
        " labels the sentence before a colon (软件系统维护:操作系统(WindowsServer、Linux等)…的运行监控), or the line is"
        " an item under a lead-in that commits."
        " Nor is a list that is what a report carries: the object of 将/把 with 报告/告知/通知 right after it"
        " (我方将原因、补救措施…等报告给最终用户 · 將故障原因、處理過程等以書面形式通知甲方); 等方式通知 names a channel and"
        " stays flagged." + documented("VS"),
        why='A scope that ends in "etc." or hides behind "basic maintenance" is the source of the '
        "classic dispute: the client thinks a fix is included, the vendor bills it as new work.",
        example="免费维护包括基础维护、技术支持等。\nFree maintenance covers basic maintenance, etc.",
        instead="免费维护仅包括：缺陷修复、浏览器与微信版本兼容性更新、安全补丁；不包括新功能开发与内容录入。\n"
        "Free maintenance covers only: defect fixes, browser and WeChat compatibility updates, security patches; "
        "it excludes new features and content entry.",
        real=(
            "“Technical support to resolve any errors in the Services, in accordance with the following error resolution "
            "schedule.” — info: the schedule that follows states the times (GovTech SHIP-HATS, Service Level Agreement)",
            "“'Plan B' is for websites that need occasional updates.” — not flagged: the need of the customer the plan is for (speakinwebs.com, Maintenance Plan B)",
            "“Licensor will specify the third party version (operating system, ORACLE, etc.) required for each MaxxSystem Program release.” — not flagged: examples of what will be specified; the specification closes the list (lawinsider.com, Software Update Service clause)",
            "“2. Due to the complex nature of technology, we cannot always guarantee to resolve all issues.” — not flagged: a "
            "negated guarantee (alcom-it.co.uk, Terms and Conditions of Work)",
            "“We recognize that many of our customers have program support needs that extend for many years; sometimes for a "
            "decade or more.” — not flagged: a minimum (adlinktech.com, Support Lifecycle)",
            "“The SOFTWARE Maintenance includes receiving new SOFTWARE versions and technical support.” — not flagged: the last "
            "item of a coordination, named in passing (markettransfer.info, Service and Maintenance clause)",
            "“… the customer must maintain their software on one of the two latest versions within that major version, "
            "including all security patches and minor updates.” — not flagged: minor beside major is a release level "
            "(creovai.com, On-Prem SLA)",
            "“If you elect not to host on our server, we cannot be responsible for … or any other hosting-related matter.” "
            "— not flagged: a disclaimer (designsbydaveo.com, Terms and Conditions)",
            "“1.2维护服务的具体范围包括但不限于:” — flagged (max.book118.com, 软件维护服务合同协议2025年维护版)",
            "“簡單問題:大多數查詢,例如訂單跟踪或一般問題,會在24小時內解決。” — info: a quantifier with no number, "
            "a word the real-text corpus finds more often describing than promising (lint26D; xoobay.com, 支持政策)",
            "“1. 技術支援” — not flagged: a heading that names the service (ma.jcsys.tw, 交易流程說明)",
            "“周一至周五9:00-18:00,乙方专值技术人员提供技术支持服务;” — info: 技术支持 bounded by its window of hours "
            "(wendangku.net, 网络运维外包服务合同); “同时安排6名二线工程师提供技术支持。” — info: bounded by a headcount "
            "in its own clause (bidcis.com, 政府网站运维项目); “软件故障三个月免费维护,终身 技术支持服务。” — "
            "flagged: the months bound the maintenance in the clause before, not the support (economiclaws, 電腦保固條款)",
            "“1、甲方以邮件方式或是ftp上传、qq等网络通讯形式向乙方提供更换的资料;” — not flagged: the means of the client's act (100ky.cn, 网站维护合同)",
            "“本服務為根據客戶需求提供之網站客製化開發,包括視覺設計、前端頁面、後端功能、系統整合等。” — flagged "
            "(a-do.tw, 專案網站客製開發購物須知)",
            "“在維護期內,如甲方要求進行軟件升級,乙方應向甲方免費提供系統軟件升級和技術支持。” — not flagged: 技術支持 "
            "named beside another item, not promised as the whole service (zheinei.com, 維護服務的承諾書)",
            "“Chargeable services include but are not limited to:” — flagged (attache.help, Support Agreement)",
            "“Unless otherwise agreed, dxw will not, under this contract, provide any service not specified in clause 4.1, "
            "4.2 or 4.3 unless it is specified in the Proposal, including but not limited to:” — not flagged: the list of "
            "what is not provided (dxw/contracts, GovPress Terms of Service)",
            "“Software that is not covered under a current and valid Subscription Contract (including, without "
            "limitation, third-party software not licensed by 128 Technology)” — not flagged: an exclusion "
            "(128technology/docs, Services Description Document)",
            "“Our hourly rate for IT related services can vary (depending on the hardware, software and service) from 40.00 GBP "
            "to 140.00 GBP per hour.” — not flagged: a kind of service named (createtheweb.co.uk, IT support services)",
            "“Tesora shall make available to Licensee technical staff … to assist Licensee in resolving any problems with "
            "the Software as specified herein.” — info: bounded by the document's own terms (tesora.com, Tesora "
            "Support Policy)",
            "“簽約後由雙方確認時程、里程碑及交付項目,客戶須配合提供必要素材(如LOGO、文案、圖片等)。” — not flagged: "
            "examples (a-do.tw)",
            "“在线支持:客户可通过官方网站在线客服、售后支持邮箱等渠道提交软件使用过程中遇到的问题。” — flagged: which "
            "channels the vendor keeps open is left open (cn.gaossi.com, 软件销售售后政策)",
            "“h) 本公司不負責承擔因本產品之品質問題所造成的其他間接損失、花費及其它附帶損害,包括但不限於資訊遺失,"
            "預期利益損失等等。” — not flagged: the list spells out an exclusion (thinkinggroup.com, 維修和保用服務條款)",
            "“…Provider shall maintain the Software according to its _ [Platinum, Gold, Tinfoil, etc.] Maintenance "
            "Plan…” — not flagged: a template's options (techcontracts.com, Maintenance clauses)",
            "“●摄像机保养:乙方至少每季度1次对摄像机外表进展清洁、除垢,对遮挡“视线〞的物体进展去除〔必要时由甲方出面协调〕,"
            "时间为每季度第一个月15号内,雨天等顺延。” — flagged: an open list of what delays the work; the quote closed by 〞 "
            "quotes nothing after it (max.book118.com, 监控维保合同范本)",
            "“1、天翼云将根据SLA承诺响应工单,但您的工单问题处理时间受问题状况、技术条件、网络状态等因素的影响和约束,天翼云不承诺"
            "问题处理时间;” — not flagged: the causes a disclaimer names (ctyun.cn, 客户支持计划 备注)",
            "“因地震、火灾等自然灾害、战争、罢工、停电、停网、政府行为、官方关闭端口等不可抗力因素造成合同不能履行的，合同自动终止。” "
            "— not flagged: the natural events named by their class (zhaozhikang157/suanzao-live, 龙链科技 微信附加增值服务合作协议)",
            "“5、因不可抗拒力造成损坏的(雷击、雨淋等)。” — not flagged: examples of the force majeure in brackets "
            "(cmicable.com, 服务政策)",
            "“本服務有時可能會出現中斷或故障等現象，或許將造成您使用上的不便、資料喪失、錯誤等情形。” — not flagged: what "
            "may happen, named as occurrences (SWCTaipei/SWCWeb, 臺北市水土保持申請書件管理平台服務條款)",
            "“为用户正常使用软件提供支持,如疑难解答,操作指导,系统恢复等。” — not flagged: examples written one to a clause "
            "(360wenmi.com, 软件项目服务承诺书)",
            "“本政策適用於本公司及其子公司於提供服務過程中與客戶之各項互動行為,包括但不限於軟體服務、保固及維護等相關業務。” "
            "— not flagged: what a policy applies to (ghtinc.com, 客戶權益政策)",
            "“2.人为造成的产品损坏,包括烧芯片、PCB底板、整机底板、屏蔽盖损坏、射频头损坏等;” — not flagged: damage the "
            "customer caused, listed (biz.doczj.com, 产品保修条款)",
            "“詐騙行為 - 金錢詐騙、身份冒用等” — not flagged: misconduct listed (shdctw.com, SHD Cloud 服務條款)",
            "“6. 本服務計劃具體服務條款及免責條款等見背面內容。” — not flagged: the items are on the page it cites "
            "(sagroup.com.hk, SA Care 服務計劃 條款及細則)",
            "“系统维护工作完成后,都应提交如下的报告、记录等文档资料:” — not flagged: the lead-in announces the list that "
            "spells the documents out (fdragon.cn, 系统维护服务流程与服务内容)",
            "“1、受托方维保人员对电梯进行例行巡检保养工作和电梯故障维修工作,按照受托方《保养施工要求》进行。” — info: "
            "bounded by the named procedure the routine follows (wk.yl1001.com, 电梯维保合同)",
            "“消費者可於服務完成後享有免費技術支援(期限依合約為準)。” — info: bounded by the agreement "
            "(ma.jcsys.tw, 交易模式流程說明)",
            "“網路的相關問題，例如 Azure CNI、kubenet，或其他網路存取和功能問題。” — flagged: “other … problems” "
            "closes the supported scope open (changeworld/azure-docs.zh-tw, Azure Kubernetes Service 的支援原則)",
            "“(7) 由於其他硬體引起的兼容性問題;” — not flagged: “other hardware” names a cause of what is excluded "
            "(economiclaws.net, 電腦保修條例)",
            "“2)車輛的維修和保養服務可以由世譽汽車有限公司或其他第三方服務提供商。” — not flagged: a provider, not a "
            "service (ora.com.hk, ORA保用服務)",
            "“当用户因为其他软硬件问题和错误配置的情况下，SLA将不适用。” — not flagged: “other problems” after 因为 "
            "names the cause of an exclusion (meng-qing/ss-panel-v3-mod, Fast云加速 SLA)",
            "“机械部件(转子、密封圈、轴承等)更换与调校” — not flagged: examples in brackets gloss the parts named "
            "(quanwangremai.com, 大容量离心机 7×24 小时服务支持)",
            "“更換或維修組件(包括但不限於機殼、底座及散熱片);” — not flagged: the same, in Traditional script "
            "(carrier.com, 開利(香港) 續保條款及細則)",
            "“在修理之后，我方将原因、补救措施、完成修理及恢复正常的时间和日期等报告给最终用户。” — not flagged: what the "
            "report carries (shenganck.com, 售后服务承诺)",
            "“用户…对原文件可实现压缩,转码,水印等数据处理功能, …详细介绍见七牛云官网…” — not flagged: what a product "
            "has, its head noun with a modifier (七牛云 智能多媒体数据处理 SLA)",
        ),
    )
)
VD001 = register(
    Rule(
        code="VD001",
        name="discretion-clause",
        severity=Severity.WARNING,
        message="discretion or escape clause",
        what="Flags words that leave a term to later agreement, one side's judgment or a hedge: 原则上, 通常, "
        "一般情况下, 往往, 视情况 / 视…而定, 酌情, 必要时, 特殊情况, 另行协商, 另行报价, 另行收费, 另外再议, 酌收, 市场价, "
        "where necessary, as needed, if needed, when required, as appropriate, whenever possible, typically, to be "
        "agreed, mutually agreeable, will be agreed, price upon request, then-current rates, at X's (sole) discretion. "
        "In Chinese a charge is open by its shape too (均收維修費用, 按客户提出要求时的服务费标准收费, 保有最後核決權力), "
        "whatever the words, and so is one side's right to change the terms (保留隨時修改…的權利, 可以不時修訂本協議, "
        "any act of its own say held as a right, kept or owned: 拥有制订及调整服务资费的权利, 保留對會員篩選之權利, "
        "保留以任何原因拒绝…的权利; a change made one-sided, 本平台单方修改服务的相关规则, but not a party barred from it, "
        "任何一方不得单方面修改, nor a right bounded by a full refund, "
        "恕不另行通知, 價格可能…有所調整, 零件價格如有更改: a price changed with no notice period after it), one side's judgment (決定將是最終, 認為不適宜維修, 以本網站發佈的資訊為準) and "
        "a repair or test fee the customer bears with no amount (客戶須自行負擔修復費用), a paid service offered with "
        "no price (提供有償維修服務) and coverage hedged for unnamed items (某些零件可能設有保用期). A charge measured as a share "
        "of a known fee (收取該次服務的全數費用, 50%費用, 按比例收費) is not open, and 額外…費 does not reach into 消費 "
        "(額外附加於相關消費者保護法的權益 names no fee). A right reserved to end or suspend the customer's account or "
        "membership on a condition the sentence names (若您使用虛偽不正之方式進行「儲值」，…保留隨時終止您會員資格…之權利 · "
        "我們保留在以下情況下暫停或終止帳戶的權利) is a sanction, like one after a breach; so is a step without notice "
        "against a breach named anywhere in the sentence or as the consequence of the customer's failure "
        "(不另行通知停用違反以上規範的使用者帳號 · …內取回該產品,否則本公司將自行處理而不作通知). A right to change or end the "
        'service itself, or one with no condition, is still flagged. In English "or as agreed" after a stated term (a '
        "figure, a period, a named order or schedule: in the next billing period, or as agreed otherwise between the "
        "Parties) is the alternative to it and is not flagged; with nothing stated before it, it is. An agreement "
        "reached (双方协商一致提前终止的) is an event, not a term left open (超出范围的费用由双方协商确定 is flagged). "
        "A price left open is bounded by an amount, a cap or a price list in its own clause (按附件二价格表另行收费), "
        "or by the document named beside it that states the price (依照…收费介绍、订单…收取服务费用 · 收取該頁面所顯示之收費 · "
        "收費列於「導師收費說明」中); a "
        "hedge or a discretion is never bounded (原则上24小时内解决 is still hedged). In English the classes go by "
        "construction: a price tier named but not stated (at a premium rate, billed at regular rate), a price by "
        "comparison (at a discount, costs more, for a nominal fee), terms on request, arrangements and negotiations left open (will "
        "negotiate in good faith, can be arranged), a hedge on most cases (under most circumstances) and a limit "
        "of ability (to the extent reasonably practicable, where commercially practicable, as short as possible, for as "
        "long as may be required), a deadline one side sets (within the timeframe specified by the vendor) and an opinion "
        "condition (if we consider, if appropriate), or a figure that depends on an unmeasured factor (varies with the "
        "complexity, depends on the amount of time), a payment the customer may owe with no amount (may incur fees, you "
        "may be required to pay), one side's final say (will make the final determination, determined exclusively by the vendor), a time left to agreement "
        "(times agreeable to both parties, charges are agreed), a limit left to need (no longer than necessary) and a "
        "time disclaimed (not always possible to guarantee a timescale; response times cannot be guaranteed), a hedge "
        "over most of any kind of case (in the majority of cases, for most requests) and a grade one side gives (if "
        "the issue is deemed non-critical by the vendor). A reserved "
        "right to charge keeps the open price in it (reserves the right to charge … at its then-current rates); a "
        "price-list line states its amount after the colon (Standard rate for labour, travel and support: £80 / Hour), and "
        "a charge at cost is a formula. A hedge adverb commits only over a promise, a figure (a frequency in words "
        "counts: usually, once or twice a month) "
        "or a party's service (Critical problems typically involve … describes); a negation ends at a coordinated "
        "verb led by a hedge (requests that do not affect the site and typically receive a response: flagged); and a negated charge (without "
        "additional charge) is not flagged."
        " In English a price basis with no rate (on a time and materials basis) is flagged; a judgment the customer holds (at your discretion, we recommend that you consider training), a rate quoted, and cover withdrawn after the customer's own acts (If the client has made unauthorised changes …, this agreement may not apply) are not."
        ' A rate card named by "standard" with a modifier (our standard labour rates) and a further charge with no amount are flagged; a hedge that opens an appositive or purpose phrase (…, usually as a rate per hour, …) or stands before a verb of happening (releases typically occur every 12-24 months), a default with its exception (unless otherwise specified by Customer) and a hedged "may vary" whose subject is the customer\'s situation (needs may vary) are not.'
        " (linten10) An outcome left to a condition nobody measures (will depend on the number of requests, depending upon what the problem requires, dependent on current risks, depending on our schedule) is flagged; a choice the customer makes (depending on the package you choose) and a hedge on what the customer is able to do (Customers usually can document …) are not."
        " (linten11) The necessary service the vendor alone judges (provide customers with necessary after-sales service) is flagged; a hedge on an estimate stated as a range (usually completed within 0-4 business days) and a fee whose amount a named schedule states (additional license fees set forth in this Exhibit A) are not."
        ' (linten13) A reserved right to charge for a service (We reserve the right to charge for this service) is flagged; a computed sum (reserve the right to invoice the difference) is not. (lintsla) A right reserved to decide alone (We reserve the right to make the final determination as to how long each task will take · to determine the severity) is flagged too, while a right to act (to contact the Customer) is no promise. A rate or cost named by its usual level (at the usual costs per hour, our standard charges for labour) is flagged; "per hour" alone states no price, only its basis. A delay hedged as a consequence (may result in longer turnaround times) is flagged like "may take longer". A quote offered for additional work (we would be happy to provide a quote for additional services) is flagged like a separate quote.'
        " (linten15) Emergency maintenance carved out of the downtime an availability figure counts, with no cap or notice in"
        ' its own clause (excluding planned downtimes and emergency maintenance; "Maintenance" means … or reasonable'
        " emergency maintenance), is flagged, in a definition too: the provider decides what is an emergency. Counted as"
        " downtime (Emergency maintenance time is included in SLA calculations) or capped (of up to 2 hours per month) it"
        " is not, nor is a defined Emergency Maintenance."
        " (linten16) What one side must supply or do, graded by what is necessary after the noun (The Client shall"
        " provide all information, data and documents necessary for the execution of the order · take measures, which"
        " are necessary for …) or before access items (Necessary passwords and credentials are made available to us) is"
        " flagged, as the necessary resources are; what the vendor receives or gets (within 48 hours of receiving all of"
        " the necessary information · We will contact you to get the necessary information) binds nobody to a standard"
        " and is not."
        " (linten17) Scheduled maintenance as a bare item of what the availability figure leaves out (SLA excludes: …"
        " Scheduled maintenance · Scheduled Downtime for maintenance.), with no window, cap or notice, is flagged: the"
        " provider decides how much downtime it schedules. With a notice after it (Scheduled maintenance (notified 72"
        " hours in advance)) or in a sentence of its own it is not, nor is a title-case heading."
        " (lintmech15) A charge is read where it arises, with no price in its clause: a party that may or will charge"
        " for something (we may charge for diagnostics), something that becomes billable (may result in additional"
        " billable time · it will be a billable event), a quote or a cost estimate still to come (we'll provide a"
        " discounted quote · we will send a cost estimate), a fee named by its article alone (for a fee · at a"
        " pre-agreed rate) and the vendor's travel expenses passed on (plus all travel expenses). An amount, a rate"
        " card or a reference in the clause bounds it (shall charge $50/hr for customization); an invoice for fees"
        " due and interest on late payment are payment terms and are not read."
        " (lint22Z) A Chinese price floor with no price list, an amount followed by 起 (上门收费最低40元起 · 定制新软件版本"
        " 2000起 · 維修費用1500元起), is a price left open; a date or an ordinal (自2025年起 · 第3天起) is not."
        " So is a price or a time left to later agreement in the forms: quoted on top (需另外報價 · 另外估价), set by both"
        " sides later (具体延长时间由双方协定 · 收费标准另定; not 甲乙双方协定如下), raised to match with no rate (相应增加报价和工期 ·"
        " 相應調整費用), or settled at whatever is spent (交通费用(实报实销) · 据实结算)."
        " 收费 that names a kind of service or a receipt (提供单次收费的上门维护服务 · 收费凭证) is not a charge made."
        " (lint22S) In English a ticket's priority decided by the vendor is one side's judgment, in either voice and with"
        " any verb of setting or changing it (Support priority is assigned solely by Cost Center · Priority is assessed"
        " on impact and urgency · we will assign a priority level based on impact and urgency · Support may reduce the"
        " priority level); not when the clause points at the definitions or table that decide it, names the level it"
        " moves to (will be lowered to High if there is a workaround), or the customer sets it (You can set the"
        " priority); a ticket that is assigned a priority (assigned a priority and handled as follows) is not flagged."
        " A hedge (typically, generally, usually, normally) on a copula whose complement is a noun phrase, a phrase of"
        ' kind or an -ing form, or opening "there is/are", says what something usually is and is lowered to info'
        " (These are typically for significant bug fixes · It's generally a good idea to let us know · Typically there"
        " are no security patches); on a participle, a time or a state of the service it still hedges (are typically"
        " completed within 48 business hours · are typically within 4 business hours · is usually available)."
        " So is a hedge or time word whose clause has a thing, not a party, as its subject and an active verb (Changes"
        " made by dxw … will normally have no detectable effect · Use of Managed Services will typically entail VPN"
        " access): no party is committed. A party, a role or a proper name as subject, a passive, or a verb of"
        ' receiving (issues typically receive a response within 48 hours) keeps the finding. "Normally" after a verb'
        " of working with no time after it (are functioning normally · Operating normally) is the manner of working,"
        " lowered to info; before the verb or a time (we normally respond · normally within 7 days) it hedges. A"
        " bracket opened by the hedge and a participle glosses the noun before it (only minor releases (typically"
        " related to security) are updated automatically): info; a bracket of a time (usually on the same business"
        " day) still hedges."
        " (lint24E) A negation reaches no further than a coordinated verb of the same subject: in 'does not"
        " guarantee support availability and reserves the right to modify support hours at any time' the right is"
        " flagged."
        " (lint32A) A charge with no price in the forms the lexicon lacked: a charge that applies or is incurred"
        " (After hours rates apply · a labour charge will apply · Late payments will incur a fee), a price asked for or"
        " still to be quoted (Please contact us for upgrade pricing · request pricing · we'll quote a project price), a"
        " price left to later agreement (The price is negotiated · Rates are as agreed prior to job · at agreed rate ·"
        " billing as quoted), and a cost added with no amount (Part costs are additional · a deposit will be required"
        " · charged hourly · billed as separate projects · according to our day rate · may assess late payment fees)."
        ' An amount after it (charged hourly, currently $200/hr), "as above", "this rate" or "no … charge" keeps it'
        " quiet."
        " (lint33A) A right reserved with no criterion, notice or figure is a discretion clause like a right to change"
        " the terms: to refuse or decline (We reserve the right to decline to take on a requested service for any"
        " reason), to re-estimate, to require payment in advance, to subcontract, to force or accelerate a change, or to"
        " act without a reason or notice or as it sees fit. A remedy for a stated cause (to suspend the hosting if an"
        " invoice is unpaid) and a refusal of what lies outside the scope or what a clause names stay quiet."
        + documented("VD"),
        why='"费用另行协商" is an agreement to agree: unenforceable, and the moment the client '
        "needs the work it has no price to hold the vendor to.",
        example="超出范围的服务费用由双方另行协商。\nOut-of-scope work is charged at rates to be agreed.",
        instead="超出范围的服务按附件二价格表收费，单项超过 5,000 元须书面确认。\n"
        "Out-of-scope work is charged per the rate card in Schedule 2; items over CNY 5,000 need written approval.",
        real=(
            "“However, a labour charge will apply.” — flagged: a charge with no amount (Laptopa, Terms of Service);"
            " “Please contact us for upgrade pricing.” — flagged: the price is asked for, not stated (UltraBac, Upgrade"
            " Policy) (lint32A)",
            "“If the scope of the project changes, WebStop Web Design reserves the right to re-estimate the job.” —"
            " flagged: a right reserved with no figure or criterion (WebStop Web Design, Special Conditions); “We reserve"
            " the right to decline to take on a requested service for any reason.” — flagged (1201, Terms and"
            " Conditions) (lint33A)",
            "“SCOPEOS does not guarantee support availability and reserves the right to modify support hours at any "
            "time.” — flagged: the negation stops at the coordinated verb 'reserves' (SCOPEOS, Support Services & "
            "FAQs)",
            "“These are typically for significant bug fixes or security issues.” — info: what WordPress's maintenance"
            " releases usually are, nobody is committed (EasyPress, SLA)",
            "“Changes made by dxw under this clause will normally have no detectable effect on the operation of your"
            " website.” — info: the changes, not a party, are the subject (dxw, GovPress Terms of Service); “We"
            " typically respond within 1-2 business days.” — flagged: the vendor is the subject (rdcpartner, GoTime"
            " Support)",
            "“We can, however, help to confirm whether all of our systems … are functioning normally to help you"
            " isolate the problem.” — info: the manner of working, not a hedge (greenhostit, Statement of Support)",
            "“Licensed software (generally paid for) such as Microsoft Office cannot be reinstalled unless the Client"
            " provides a licence …” — info: the bracket glosses the noun (wearegeek, Terms)",
            "“Support priority is assigned solely by Cost Center.” — flagged: the vendor decides the level, and with it"
            " the response time (costcenter, SLA); “Support requests will be assigned a priority and handled as"
            " follows:” — not flagged: the table decides (ARX Networks, Service Levels Agreement)",
            "“Accordingly, we may charge for Diagnostics or At-Counter Assistance.” — flagged: a charge with no price in "
            "its clause (pinedalecomputer.com, Terms of Service)",
            "“If the issue requires more involved analysis and investigation, we will send a cost estimate to investigate "
            "and resolve the issue.” — flagged: the price is the vendor's to state later (sitecare.com, Pricing FAQ)",
            "“Additional pages, posts, and graphic design offered for an additional fee of $35/hr (min. 1 hour).” — info: "
            "the amount in its clause bounds the fee (atlantawebdesignsolutions.com, Terms and Conditions of the Maintenance Plan)",
            "“Scheduled maintenance” — flagged: an item after “SLA excludes:”, scheduled maintenance left out of the "
            "SLA with no window, cap or notice (regolo-ai/regoloai-doc, Regolo.ai SLA & Enterprise Support)",
            "“Scheduled maintenance (notified 72 hours in advance via email/dashboard).” — not flagged: the notice is "
            "stated (staynium.com, Service Level Agreement)",
            "“The Client shall provide all information, data and documents necessary for the execution of the order in the "
            "form requested by the Contractor, …” — flagged: necessary by whose judgment is not said (mapa17/"
            "manuelpasieka.com, General Terms and Conditions for IT services)",
            "“I will make the updates to your website within 48 hours of receiving all of the necessary information.” — not "
            "flagged: what the vendor receives binds nobody to a standard (speakinwebs.com, Maintenance Option B)",
            "“We can provide a backup service at the usual costs per hour for such a service but cannot guarantee if any "
            "data is lost due to faulty equipment.” — flagged: a cost named by its usual level; “per hour” states no amount "
            "(mobile-pc-repairs.net, Terms and Conditions)",
            "“If the operating system or any software is required to be installed after part replacement, our standard "
            "charges for labour applicable at the time will be charged.” — flagged: a rate card named, not stated "
            "(wearegeek.uk, Terms and Conditions)",
            "“We reserve the right to charge for this service.” — flagged: a reserved right to charge, with no amount "
            "(wearegeek.uk, Terms and Conditions)",
            "“Where the re investigation charges exceed previous charges, we reserve the right to invoice the difference.” "
            "— not flagged: a computed sum (mobile-pc-repairs.net, Terms and Conditions)",
            "“The service availability of the service component for a month is the share of minutes the service component "
            "is available, excluding planned downtimes and emergency maintenance.” — flagged: emergency maintenance carved "
            "out of availability with no cap (Cumulocity platform SLA, SoftwareAG/c8y-docs)",
            "“Emergency maintenance time is included in SLA calculations.” — not flagged: counted as downtime (Aegis-DB "
            "Support Terms, AutomataNexus/Aegis-DB)",
            "“Advanced programming may result in longer turnaround times.” — flagged: a delay hedged, with no measure "
            "(ironpaper.ca, Website Support Terms and Conditions)",
            "“The following are not included in care plans, however, we would be happy to provide a quote for additional "
            "services.” — flagged: the price of additional work left to a later quote (wpcareplans.au, WooCommerce "
            "maintenance plans scope)",
            "“The Company shall provide customers with necessary after-sales service according to the warranty period specified in the contract, and shall not charge any fees for the replacement or repair of the products within the warranty period.” — flagged: the necessary service, judged by the vendor alone (annwed.com, after-sales repair and service terms)",
            "“Most smaller tasks are usually completed within 0-4 business days.” — not flagged: a hedge on a stated range (summitwebdev.com, Maintenance Plans)",
            "“經技術員判斷為非人為損壞,保用期內將免費維修及更換零件。” — flagged: what the warranty covers is the vendor's "
            "technician's call (good-century.com, 冠恒 保養條款)",
            "“8. 如維修商判定為非保養項目(如災難性損毁,請參考條款中的3.非保養項目)而引致的損失、費用和責任,本司恕不理賠。” — "
            "flagged: the repairer decides what falls outside the plan (sagroup.com.hk, SA Care 服務計劃 條款及細則)",
            "“Inclusion will depend on the number of requests we receive and whether it falls in line with future product strategy.” — flagged: an outcome left to a condition nobody measures (fax2send.com, Support and bug policy)",
            "“Customers usually can document the details of the problem so we can duplicate it with the latest software.” — not flagged: a hedge on what the customer is able to do (smlib.com, FAQ)",
            "“The time required to do this is charged in accordance with our standard labour rates and is in addition to any "
            "estimated time we may have given you already.” — flagged: a rate card named, not stated (alcom-it.co.uk, Terms and "
            "Conditions of Work)",
            "“Major Version Releases (e.g. a transition from v5.x to v6.x) typically occur every 12-24 months.” — not flagged: "
            "how often releases happen, described (adlinktech.com, Support Lifecycle)",
            "“Severity 3 (Serious) is the default severity level to which all cases are initially set unless otherwise specified "
            "by Customer (the Customer Set Initial Severity Level) or support engineer.” — not flagged: the default stated "
            "(safe-t.com, Support Policy)",
            "“If a request for Maintenance reveals that the cause of the problem is not an Error, defect, or malfunction in the "
            "unmodified Software, Customer may pay Licensor to fix the problem on a time and materials basis, plus Expenses.” — "
            "flagged: a price basis with no rate (sapper.ai, Maintenance terms)",
            "“You therefore control the agreement and have the right to invoke the clause at your discretion.” — not flagged: "
            "the customer's own discretion (your-it-director.co.uk, Plain English Support Agreement)",
            "“Any work that has already been completed for that month will be charged at the standard hourly rate quoted.” — "
            "not flagged: the rate is the one quoted (smallbusinesswebsupport.co.uk, Terms and Conditions)",
            "“Normal priority issues are defined as requests that do not affect the current appearance or operation of a "
            "site and typically receive a response within 48 hours.” — flagged: the negation ends at “and typically "
            "receive” (help.bloxcms.com, TownNews Customer Support policy)",
            "“Usually, once or twice a month.” — flagged: a hedge over a frequency, under “Update WordPress and plugins” "
            "(ladygeekgeek.com, Website Care Agreement)",
            "“Tesora reserves the right to charge Licensee for professional services (in accordance with Tesora’s "
            "then-current rates and policies) fees associated with implementing any Upgrade …” — flagged: a reserved right "
            "to charge at open rates (tesora.com, Tesora Support Policy)",
            "“You may be required to pay on-going license fees for various hardware of software that we deploy.” — flagged: "
            "a payment the customer may owe, with no amount (createtheweb.co.uk, IT support services)",
            "“SISW will make the final determination of the priority class of an Incident …” — flagged: one side's final "
            "say (markettransfer.info, Prioritization of Support Services clause)",
            "“Standard rate for additional on-site labour, in-house work and telephone support: £80 / Hour” — info: "
            "the price-list line states the amount (radix.co.uk, Terms and Rates)",
            "“Upon prior arrangement support can be provided on Saturday.” — info: an arrangement left open, a class "
            "the real-text corpus finds more often harmless than not (lint26D; people-trak.com, Annual Maintenance "
            "Agreement)",
            "“If this task exceeds 3 hours, it may be continued to be billed at an hourly rate” — flagged: a rate named, "
            "not stated (t-plus.com, I.T. Maintenance)",
            "“It may be reviewed at any point, by mutual agreement.” — flagged: terms left to later agreement "
            "(kyoceradocumentsolutionshk.shop, IT Service Contract)",
            "“We reserve the right to apply our Reasonable Use Policy at our discretion, and on a case-by-case basis.” — "
            "flagged: a right reserved to act at one's discretion (deswik.com, Reasonable Use Policy)",
            "“Throughout this document, reference is made to our current hourly rate.” — not flagged: the document about its "
            "own wording (designsbydaveo.com, Terms and Conditions)",
            "“Any changes that fall outside the 3 month period of any nature will be quoted for separately and not fixed "
            "within the 3 month warranty.” — flagged: the price is the vendor's to quote later (wordpresswebsitebuilder.biz, "
            "Three Month bug fix warranty)",
            "“Any call over 15 minutes will require a house call billed at the hourly rate.” — flagged: a rate named by "
            "its article, not stated (the-computerdoc.biz, hourly rates)",
            "“Implementation Support is billed by the hour” — flagged: time is charged at no stated rate "
            "(calltrackingmetrics.com, Billable Time Policy)",
            "“Any items not included in your plan will get charged on an hourly rate / quoted as a project upon "
            "request.” — flagged: the negation names the items, the main verb charges them (ssit.com.au, Terms and "
            "Conditions)",
            "“We may offer assistance for excluded issues at our discretion or under a separate professional services "
            "agreement.” — flagged: “excluded” names the issues, not the discretion (ddswireless.com, Support Terms)",
            "“Clients without a maintenance plan can request fixes on a time-and-materials basis at our standard hourly "
            "rate.” — flagged: the client chooses to ask, the rate stays the vendor's (advisoryapps.com, FAQ on bug "
            "fixes after launch)",
            "“…保修期后的具体服务价格双方另行协商。” — flagged (588k.com, 售后服务承诺书)",
            "“在客戶無法提供網際網路線路之情形下,得酌收車馬費。” — flagged (softworker.net, 保固範圍)",
            "“若需追加服務或進階優化,可另行洽談並簽訂補充協議。” — flagged: left to later negotiation (ma.jcsys.tw, 交易流程說明)",
            "“从事件或事件触发到补救的时间将根据事件的严重性和复杂性而定。” — flagged: fixed later by circumstance (corebyte.com, 服务支持)",
            "“依照原廠維修中心所判定的保固方式為主。” — flagged: one side's judgment settles it (buycellphone01.com, 售後服務說明)",
            "“本公司可能會在更新本文時修訂這些條款。” — flagged: one side may change the terms (ec2biz.com, 退款保障計劃條款)",
            "“我們有權隨時終止或更改此服務及本條款及細則而不作另行通知。” — flagged: a right to change the service at will "
            "(hkcsl.com, 中小企專享支援服務 條款及細則)",
            "“但實際使用期約仍以本公司內部資料為準。” — flagged: one side's own records settle it (unternehmen.com, "
            "虛擬伺服器租用合約)",
            "“雙方同意按照當時有效的新產品體系、名稱或價格執行。” — flagged: the then-current price (varidata.com, 服務條款)",
            "“特别会议局网络设立的服务费另行计算。” — flagged: the price reckoned later (28fanwen.com, 计算机维护合同)",
            "“如需改善產品以符合其他安全審核或要求,歡迎聯絡本公司銷售人員索取報價。” — flagged: a price on request "
            "(igears.com.hk, 條款及細則)",
            "“- 首次申請主機代管服務享有7天鑑賞期,自服務開通日起算(以本公司系統紀錄為準)。” — not flagged: a bracketed "
            "reference for a date (site.ooin1.life, 退款規範)",
            "“第四條 收費及付款” — not flagged: a heading (mingyanjiaju.org, 機器服務合約)",
            "“换货时间不迟于责任生产日起 15 天或不迟于双方同意的另一时间。” — flagged: an open alternative to a fixed time (docduoduo.com, 质量保证与售后服务)",
            "“甲方超出服务合同以外的技术工作费用双方另外协商。” — flagged: left for the parties to settle later "
            "(xuexiting.com, 网络维护合同)",
            "“(如有特殊意外,双方调解处理)。” — flagged: left for the parties to settle later (xuexiting.com, 网络维护合同)",
            "“3. 假如舊軟件不是科汛網絡開發的產品…并需另付升級費用。” — flagged: a charge on top with no amount "
            "(49028c.com, 科汛網絡 軟件產品服務手冊)",
            "“[公司]可根据其自己的判断,设计有偿订购的SaaS维护和支持方案…” — flagged: one side's own judgment "
            "(120fl.com, 软件及服务(SaaS)支持政策和条款)",
            "“4.3.3 在接到甲方的故障信息并确认需要服务时,将区别缓急予以响应。” — flagged: a priority with no levels "
            "(lawinsider.com/zh, 运行维护 样本条款)",
            "“此类维护和支持的持续时间及相关费用将在[公司]与客户签署的协议中确认。” — not flagged: the price is fixed in the "
            "agreement the parties sign (120fl.com)",
            "“- 信用卡/第三方支付:5~10 個工作天(依銀行作業時間而定)。” — not flagged: the range bounds it (anyob.com, 退款及退費政策)",
            "“本公司的主機服務絕對禁止濫發廣告信,如有發現一律會不事先通知並直接刪除網站。” — not flagged: a sanction for the customer's breach (vgohosts.com, 服務政策)",
            "“*** 以上提供的資料僅供參考,如有需要,請諮詢獨立技術顧問的意見。” — not flagged: the condition of a request to the reader (ec2biz.com, 退款保障計劃條款)",
            "“2.乙方根据甲方使用的实际情况,每月定期上门为机器设备而进行维修保养工作。” — info: the sentence states "
            "the figure decided, 每月 (fanwen.aixue.net, 保养合约)",
            "“…Customer must compensate Vyve for the service call at Vyve’s then prevailing rates.” — flagged "
            "(lawinsider.com, Maintenance Support sample clauses)",
            "“則依服務時數酌收服務費及車馬費〔請參照收費標準〕” — info: bounded by the price list it names "
            "(softworker.net)",
            "“5. 自行拆裝、任意變更規格或非本公司原廠之配件所引起之故障與損壞,均收維修費用或不予維修。” — flagged: a charge "
            "with no amount, rate or price list (ideali.com.tw, 產品維修與保固注意事項)",
            "“- 乙方有权按照合同约定收取服务费用。” — not flagged: the contract sets the price (360docs.net, "
            "运维服务协议合同范本)",
            "“一、產品或服務系依下列一種或多種方式收費:” — not flagged: the ways of charging are the list below the colon "
            "(mingyanjiaju.org, 機器服務合約)",
            "“Weekends and holidays are available for emergency updates, at a premium rate.” — info: a price tier "
            "named, not stated, a class the real-text corpus finds more often harmless than not (lint26D; "
            "joomla-maintenance.com, Maintenance Policy)",
            "“Under most circumstances, updates are done within 24 hours, except on weekends or holidays.” — flagged: "
            "a hedge over a figure (joomla-maintenance.com)",
            "“The parties will negotiate in good faith regarding the customization service.” — flagged (apnlink.com, "
            "Support Policies)",
            "“Critical problems typically involve core processing failures, application crashes, or serious "
            "calculative errors.” — not flagged: a hedge in a description (edespatch.com, Support)",
            "“我們保留隨時修改、暫停或終止本服務(或其任何部分)的權利,恕不另行通知。” — flagged: one side may change the "
            "service with no notice (zktw.cix3752i.com, 智客通客訴管理系統 服務條款)",
            "“我司有可能不进行预告的前提下改变本契约,服务内容及价格。” — flagged: terms and price changed without notice "
            "(forum8.co.jp, FORUM8 订阅服务契约)",
            "“·對非本公司制造質量問題造成的損壞或質保期外的損壞,我公司提供有償維修服務。” — flagged: a paid service "
            "with no price (doudingwang.cn, 售後服務承諾)",
            "“但如遇下列情況,不包含在產品保固範圍內,客戶須自行負擔修復費用。” — flagged: a repair fee with no amount "
            "(unbox.tw, unbox 產品保固服務)",
            "“如客戶在約定的服務時間 48小時內 更改或取消預約 本公司有權向客戶收取該次之服務的50%費用。” — info: "
            "the charge is a share of the booked fee (tongtuning.com, 調音服務 條款和細則)",
            "“• 已過保多年之客戶,本公司保留是否接受延長保固訂單之權利。” — flagged: a right reserved to decide whether to "
            "act at all (i-freelancer.net, QBoss 延長保固費用調整通知)",
            "“本平台拥有制订及调整服务资费的权利。” — flagged: the vendor owns the right to set and change its prices, "
            "with no notice or cap (mf.zhilanit.com, 服务器租用协议)",
            "“您了解并同意本平台单方修改服务的相关规则,而无须征得您的同意,服务规则应以您使用服务时的页面提示为准,…” — "
            "flagged: a one-sided change (mf.zhilanit.com, 服务器租用协议)",
            "“基於活動品質考量，寰宇家庭保有增刪活動之權利。” — flagged: a right held to add or drop what is offered "
            "(eason-wfe/wfc_gulp, 寰宇家庭俱樂部 會員須知)",
            "“5.2 未经双方书面同意,任何一方不得单方面修改本协议。” — not flagged: a bar on either side "
            "(360docs.net, 服务器托管合同样书)",
            "“買家在完成付款後,但因故無法正常供應出貨時,本賣場保有取消訂單並全額退費之權力。” — not flagged: the right "
            "is bounded by a full refund (gapple3c.net, 條款與細則)",
            "“5.在包换期内的产品,如因停产或其他特殊原因无法提供同型号新品的,公司以不低于原产品的同档次新产品更换。” — "
            "flagged: an exception left open (biz.doczj.com, 产品保修条款)",
            "“2. 如果因甲方违反本合同的约定,导致维保工作无法正常进行或造成损失,甲方将承担相应的责任。” — flagged: a "
            "liability whose extent is left unstated (360docs.net, 电梯维护保养合同 第1篇)",
            "“複雜問題:更複雜的問題,例如技術問題或爭議,可能需要3-5個工作日才能解決。” — flagged: a time hedged by "
            "可能, its figure no bound (xoobay.com, 數貝環球 支持政策)",
            "“國定假日期間回應時間可能延長” — flagged: the same (UTK-TW/.github, 環友科技 支援指南)",
            "“2. 若因履行本合同发生争议,甲乙双方应友好协商解决。” — not flagged: the dispute clause, a term of art "
            "(360docs.net, 电梯维保合同范文 第1篇)",
            "“1、本合同在履行中发生争议，双方协商解决，协商解决不成的，任何一方可向有管辖权的人民法院提起诉讼；” — not "
            "flagged: the same, with its fallback (zjt0428/myGitProjectRemote, 塔式起重机 维修保养合同)",
            "“零件費將於 5 個工作天內報價,零件價格如有更改不設通知。” — flagged: a price said to change with no notice "
            "period (manyprofit.lemanspace.cc, 萬利嘉 家庭電器保用細則)",
            "“本公司各項服務費率將依市場環境與營運條件進行調整,並以書面方式通知用戶。” — flagged: the same, notice with no "
            "period (sabretn.com.tw, 第二類電信服務 用戶權利與義務)",
            "“服务价格如需调整,乙方须提前30日书面通知甲方。” — info: the notice period after the change bounds it",
            "“如有爭議,雙方調解處理。” — not flagged: a dispute clause naming mediation, like negotiation (the corpus "
            "guide's third set of decisions)",
            "“上门收费最低40元起。” — flagged: a floor, the price itself left open (usbmi.com, 电脑服务收费标准)",
            "“如有缺陷发生，质保期应相应延长，具体延长时间由双方协定。” — flagged: the time left to later agreement "
            "(shenganck.com, 售后服务承诺)",
            "“需求说明文档没有提及,在开发或验收之前,客户提出增加、修改、删除的,及需求变更,相应增加报价和工期;” — flagged: "
            "raised to match, with no rate (yesoft.com.cn, e公平电脑摇号软件定制服务说明)",
            "“海外運費：依照國家與寄送方式需另外報價，只提供ATM轉帳付款。” — flagged: quoted on top (eddy7697/kls, 凱麗斯 "
            "KLS 旅行箱包專賣店 購物須知)",
            "“我公司为监控系统比较简单且监控点少的客户提供单次收费的上门维护服务” — not flagged: a kind of service named "
            "(360docs.net, 监控维护维保收费标准)",
        ),
    )
)

RULES_BY_FAMILY: dict[str, Rule] = {"VT": VT001, "VE": VE001, "VQ": VQ001, "VS": VS001, "VD": VD001}

# sentence ends: CJK and ASCII terminators, and a line break unless the next line
# continues an English sentence (starts with a lower-case letter)
_END = r"(?:[。；;！？!?]|\.(?<!\be\.g\.)(?<!\bi\.e\.)(?=\s|$)|\n(?![ \t]*[a-z]))"  # e.g. / i.e. end no sentence
_WINDOW = 400  # a sentence longer than this is cut, for the bound search only
_DEFINITION_AFTER_RE = r"[\"”」]\s*(?:means|shall mean|是指|系指|指)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Sentence end, last sentence end before a term (matched on the text before
    it), and "defined here". Compiled on first use: a spec without a vague term
    never needs them, and a cold 'termsmith lint' should not pay for them."""
    return (
        regex_cache.compile(_END),
        regex_cache.compile(r".*" + _END, re.DOTALL),
        regex_cache.compile(_DEFINITION_AFTER_RE),
    )


@cache
def _scripts() -> tuple[frozenset[str], frozenset[str]]:
    """Characters found only in Simplified, and only in Traditional, text."""
    from termsmith.lint.lexicon.variants import HANS_ONLY, HANT_ONLY

    return frozenset(HANS_ONLY), frozenset(HANT_ONLY)


@cache
def _zh_pattern_names() -> frozenset[str]:
    """Chinese pattern terms: what they match is no spelling of their name (判定为准 finds 判定; lintzh6)."""
    from termsmith.lint.lexicon.terms import ZH_PATTERN_TERMS

    return frozenset(name for name, *_ in ZH_PATTERN_TERMS)


_OPEN_QUOTES = '"“「'


@dataclass(frozen=True, slots=True)
class Finding:
    """A vague term, its rule, the quantity that bounds it (if any), and whether the
    text around it is in Traditional script."""

    hit: Hit
    rule: Rule
    bound: str | None
    hant: bool = False


def language_findings(text: str, extra_defined: frozenset[str] = frozenset()) -> list[Finding]:
    """Vague terms used in ``text``, minus defined terms, each checked for a bound."""
    rules = RULES_BY_FAMILY
    return [
        Finding(Hit(start, end, found, term), rules[term.family], bound, hant)
        for start, end, found, term, bound, hant in bounded_spans(text, extra_defined)
    ]


class _StatedInText(str):
    """A bound found elsewhere in the text, not in the term's clause: the hours a document states (linten12)."""

    __slots__ = ()


class _Describes(str):
    """(lint22S) Not a bound: a hedge on a copula that describes (These are typically for …), lowered to info."""

    __slots__ = ()


class _Manner(str):
    """(lint23H) Not a bound: "normally" as the manner of working (are functioning normally), lowered to info."""

    __slots__ = ()


BoundedSpan = tuple[int, int, str, Term, "str | None", bool]  # start, end, text, term, bound, Traditional?


def bounded_spans(text: str, extra_defined: frozenset[str] = frozenset()) -> list[BoundedSpan]:
    """``language_findings`` as plain tuples (the fast path): each vague term used as
    a commitment, with the quantity bounding it in its clause (``None``:
    unbounded) and the script of its sentence. Sentences are found once per
    sentence that holds a term, not once per term."""
    lower = lower_same_length(text)
    spans = scan_terms(text, lower)
    if not spans:
        return []
    from termsmith.lint.bounds import document_hours, find_bound  # only text with a vague word needs these
    from termsmith.lint.uses import (
        clause_of,
        is_mention,
        sentence_is_no_commitment,
        sentence_marks,
        zh_in_excluded_list,
        zh_lead_in_ends,
    )

    defined = defined_terms(text) | extra_defined
    out: list[BoundedSpan] = []
    append = out.append
    quotes = _OPEN_QUOTES
    after_quote = _patterns()[2].match
    lo, hi, skip, hant, marks = -1, -1, -1, None, []  # the sentence of the previous term (skip: its excused part ends)
    excluded: bool | None = None  # the sentence is an item of a list of exclusions (Chinese)
    lead_ins: list[int] | None = None  # where the first line that may open a list of exclusions ends
    stated_hours: str | None = None  # the hours the text states, "" for none (looked for once, at the first hours term)
    for start, end, found, term in spans:
        if defined and is_defined(found, defined):
            continue
        if start and text[start - 1] in quotes and after_quote(text, end, end + 16):
            continue  # the defining occurrence itself: ``"Reasonable Efforts" means``
        if not lo <= start < hi:
            lo, hi = _sentence(text, start)
            skip, hant, excluded = sentence_is_no_commitment(text, lower, lo, hi), None, None
            marks = [] if skip >= hi else sentence_marks(lower, lo, hi)
        if start < skip or (skip > lo and term.lang == "en"):
            if term.term not in EN_THROUGH_DEFINITIONS:
                continue  # (an English word keeps a Chinese recital's whole-sentence reach: English findings unchanged)
            if not marks:  # (linten15) emergency maintenance carved out of downtime, even in a definition
                marks = sentence_marks(lower, lo, hi)
        if term.lang == "zh" and term.family != "VD":
            if excluded is None:
                if lead_ins is None:
                    lead_ins = zh_lead_in_ends(text) if "\n" in text else []
                excluded = bool(lead_ins) and lead_ins[0] < lo and zh_in_excluded_list(text, lo)
            if excluded:
                continue
        span, sentence = (start, end), (lo, hi)
        clause_span = clause_of(marks, start, end, sentence)
        if (
            not_carved_out(text, lower, found, span, sentence)  # (linten15) its exclusion is what makes it vague
            if term.term in EN_THROUGH_DEFINITIONS
            else is_mention(text, lower, term, found, span, clause_span, sentence, marks)
        ):
            continue
        kind = term.bound  # ("never": nothing bounds an efforts standard or a hedge, no call)
        bounded = None if kind == "never" else find_bound(kind, text, lower, span, clause_span, sentence)
        if bounded is not None and bounded[1]:
            continue  # a quantified expression (每月定期, 提前5个工作日): nothing vague
        bound = bounded[0] if bounded else None
        if bound is None and term.term in HEDGES and hedge_describes(lower, span, sentence):
            bound = _Describes(found)  # (lint22S) These are typically for …: what something is, not a promise
        if bound is None and term.term in _EN_SUBJECT_HEDGES and glosses_a_noun(lower, span, sentence):
            bound = _Describes(found)  # (lint23H) Licensed software (generally paid for): a gloss of the noun
        if bound is None and term.term in _EN_SUBJECT_HEDGES and commits_nobody(text, lower, span, sentence):
            bound = _Describes(found)  # (lint23H) Changes … will normally have no effect: no party is the subject
        if bound is None and term.term == "normally" and normally_as_manner(lower, span, sentence):
            bound = _Manner(found)  # (lint23H) the systems are functioning normally: a manner, not a hedge
        if bound is None and term.term == _ZH_SUPPORT:
            bound = support_bound(text, clause_span, sentence)  # (lint23H) 周一至周五9:00-18:00…提供技术支持
        if bound is None and term.term in DEMOTED:
            bound = Demoted(found)  # (lint26D) a plan name, a noun, a platform described: more often than a promise
        if bound is None and kind == "hours":
            if stated_hours is None:
                stated_hours = document_hours(text, lower)
            bound = _StatedInText(stated_hours) if stated_hours else None  # (linten12) hours the text states
        if term.lang == "zh" and hant is None:
            hant = _is_traditional(text, found, term, lo, hi)
        append((start, end, found, term, bound, bool(hant) and term.lang == "zh"))
    return out


def _sentence(text: str, offset: int) -> tuple[int, int]:
    """The sentence around ``offset`` (within a window)."""
    sentence_end, last_end = _patterns()[:2]
    lo = offset - _WINDOW if offset > _WINDOW else 0
    last = last_end.match(text, lo, offset)
    start = last.end() if last else lo
    nxt = sentence_end.search(text, offset, offset + _WINDOW)
    stop = nxt.end() if nxt else min(len(text), offset + _WINDOW)
    return start, stop


def _is_traditional(text: str, found: str, term: Term, lo: int, hi: int) -> bool:
    """The sentence is Traditional Chinese: the word is spelled in Traditional, or
    the sentence has more Traditional-only than Simplified-only characters (real
    pages mix them: 郵箱里)."""
    if found != term.term and "…" not in term.term and term.term not in _zh_pattern_names():
        return True  # a Traditional spelling (a pattern term's match is not a spelling of its name)
    hans, hant = _scripts()
    sentence = text[lo:hi]
    if hant.isdisjoint(sentence):
        return False  # most sentences hold no Traditional-only character: no set to build (0 > n never holds)
    chars = set(sentence)
    return len(chars & hant) > len(chars & hans)


def message_for(finding: Finding) -> tuple[str, str, Severity | None]:
    """Message, help text and (when bounded) the lowered severity of a finding."""
    return message_parts(finding.rule, finding.hit.term, finding.hit.text, finding.bound, finding.hant)


def message_parts(
    rule: Rule, term: Term, text: str, bound: str | None, hant: bool = False
) -> tuple[str, str, Severity | None]:
    """Message, help text and lowered severity for ``text``, a match of ``term``;
    ``hant``: the help is given in Traditional script."""
    q = ("“", "”") if term.lang == "zh" else ('"', '"')
    message = f"{rule.message}: {q[0]}{text}{q[1]}"
    hint = f"write instead: {term.replacement_hant if hant else term.replacement}"
    if isinstance(bound, _Manner):
        return message + " (the manner of working, not a hedge on a promise)", hint, Severity.INFO
    if isinstance(bound, Demoted):
        return (
            message + " (more often a name or a description than a promise in real contracts: read it)",
            hint,
            Severity.INFO,
        )
    if isinstance(bound, _Describes):
        return message + " (describes what something usually is; no party is committed)", hint, Severity.INFO
    if bound is not None:
        where = "elsewhere in the text" if isinstance(bound, _StatedInText) else "in the same clause"
        message += f" (already bounded by {q[0]}{bound}{q[1]} {where})"
        return message, hint, Severity.INFO
    return message, hint, None
