"""Whom a change of each spec term favours: pattern → rule.

Rules (the first whose pattern matches applies; every pattern here is exact):

- ``more-vendor`` / ``more-client``: a larger value (duration, deadline, count, money, percent)
  favours that side. A vendor's deadline: more time favours the vendor. Notice the client must give
  the vendor: longer favours the vendor. Notice the vendor must give the client, time the client
  has to act, a period the client is protected for: longer favours the client.
- ``true-client`` / ``true-vendor``: switching the commitment on favours that side.
- ``frequent-client``: more often favours the client (a cadence).
- ``owner``: the party named (client or vendor) is favoured.
- ``added-client`` / ``added-vendor``: an item, a section or a list entry added favours that side
  (removed: the other).
- ``rank-client:a,b``: the enum's values from least to most favourable to the client.
- ``none: <reason>``: decided, not forgotten: the direction is not determinate, and why.

``tests/diff`` walks the spec model and fails for any term without a rule that fits its type.
"""

from __future__ import annotations


def _each(rule: str, *patterns: str) -> tuple[tuple[str, str], ...]:
    return tuple((p, rule) for p in patterns)


_IDENTITY = "none: who and what the agreement is about, not a term that gives either side more or less"
_WORDING = "none: free text; what it says, not how much, decides whom it serves"
_KEY = "none: the item's identity, which is how it is matched; a new id is an item removed and one added"
_MUTUAL = "none: binds both parties alike, so each gains as much from it as the other"
_FORUM = "none: the law and forum serve whichever party is nearer to them, which the spec does not say"

RULES: tuple[tuple[str, str], ...] = (
    # ---------------------------------------------------------------- identity and wording
    *_each(
        _IDENTITY,
        "agreement.number",
        "agreement.title",
        "agreement.signing_date",
        "parties",
        "parties.*",
        "parties.*.role",
        "parties.*.legal_name",
        "parties.*.short_name",
        "parties.*.credit_code",
        "parties.*.registration_number",
        "parties.*.address",
        "parties.*.representative",
        "parties.*.contacts",
        "parties.*.contacts.*",
        "parties.*.contacts.*.name",
        "parties.*.contacts.*.role",
        "parties.*.contacts.*.phone",
        "parties.*.contacts.*.email",
        "project.name",
        "project.kind",
        "project.platforms",
        "project.description",
        "project.delivery_contract",
        "project.accepted_on",
        "project.live_on",
        "languages.output",
        "languages.prevailing",
        "signatures.signatories",
        "signatures.signatories.*",
        "signatures.signatories.*.party",
        "signatures.signatories.*.name",
        "signatures.signatories.*.title",
        "signatures.signatories.*.place",
        "signatures.counterparts",
        "signatures.place",
        "fees.currency",
    ),
    *_each(
        _WORDING,
        "scope.included.*.name",
        "scope.included.*.description",
        "scope.excluded.*.name",
        "scope.excluded.*.description",
        "calendars.*.name",
        "support_channels.*.address",
        "support_channels.*.note",
        "severity_levels.*.name",
        "severity_levels.*.definition",
        "severity_levels.*.examples",
        "free_maintenance.notes",
        "fees.tax.invoice",
        "fees.recurring.*.name",
        "fees.recurring.*.description",
        "fees.rate_card.*.name",
        "fees.rate_card.*.basis",
        "fees.one_off.*.name",
        "fees.one_off.*.description",
        "payment.milestones.*.name",
        "payment.method",
        "change_control.confirmation_form",
        "intellectual_property.background_licence",
        "operations.inspections.*.name",
        "data_protection.data_location",
        "data_protection.personal_information.purpose",
        "data_protection.personal_information.method",
        "data_protection.personal_information.categories",
        "training.sessions.*.audience",
        "training.sessions.*.method",
        "penalties.items.*.event",
    ),
    *_each(
        _KEY,
        "scope.included.*.id",
        "scope.included.*.kind",
        "scope.excluded.*.id",
        "scope.excluded.*.kind",
        "calendars.*.id",
        "support_channels.*.kind",
        "severity_levels.*.id",
        "fees.recurring.*.id",
        "fees.rate_card.*.id",
        "fees.one_off.*.id",
        "intellectual_property.handover.*.item",
        "service_credits.rules.*.level",
        "service_credits.rules.*.breach",
    ),
    *_each(
        _FORUM,
        "disputes.governing_law",
        "disputes.court",
        "disputes.court.name",
        "disputes.arbitration",
        "disputes.arbitration.institution",
        "disputes.arbitration.seat",
        "disputes.arbitration.rules",
    ),
    *_each(
        _MUTUAL,
        "term.renewal.notice",  # either party stops or asks for a renewal
        "termination.convenience_notice",  # either party may end the agreement
        "notice_periods.contact_change",  # either party's contact details
        "notice_periods.courier_receipt",  # notices go both ways
        "disputes.negotiation_period",  # both must negotiate before going to the forum
        "payment.milestones.*.deposit",  # a deposit binds both ways (Civil Code art. 587)
    ),
    # ---------------------------------------------------------------- not determinate, each for its reason
    ("agreement.quote_valid_days", "more-client"),  # the vendor's offer stays open longer
    (
        "project.value",
        "none: the base of shares of the contract value, which the spec's penalties apply to either party",
    ),
    ("term.start", "none: a start date is neither side's advantage by itself"),
    ("term.length", "none: a longer term assures the client of service and the vendor of revenue alike"),
    ("term.renewal.mode", "none: automatic renewal keeps both parties bound; which one wants that is not in the spec"),
    ("calendars", "none: a calendar matters only through the deadlines and channels that run on it"),
    ("calendars.*", "none: a calendar matters only through the deadlines and channels that run on it"),
    ("calendars.*.time_zone", "none: a time zone shifts the hours, it does not lengthen or shorten them"),
    ("calendars.*.hours", "none: spans of the day cannot be ordered in general (earlier versus longer)"),
    ("calendars.*.holidays", "none: one jurisdiction's holiday calendar is not shorter than another's in general"),
    ("support_channels.*.clock", "none: a clock is a calendar id; calendars cannot be ordered in general"),
    ("severity_levels.*.tier", "none: a tier selects checklist requirements; the level's deadlines carry the terms"),
    ("severity_levels.*.clock", "none: a clock is a calendar id; calendars cannot be ordered in general"),
    ("operations.monitoring.clock", "none: a clock is a calendar id; calendars cannot be ordered in general"),
    ("free_maintenance.start_event", "none: which event comes first depends on the project's schedule"),
    ("free_maintenance.start_date", "none: a start date is neither side's advantage by itself"),
    ("fees.tax.rate", "none: the rate is the law's; who bears a change depends on whether prices include tax"),
    ("fees.recurring.*.period", "none: the amount is per period; amount and period are reported each on its own"),
    *_each(
        "none: a listed price lets the vendor charge for the work and also fixes what the client pays for it",
        "fees.rate_card",
        "fees.rate_card.*",
    ),
    ("fees.rate_card.*.unit", "none: a price per hour and a price per incident cannot be ordered"),
    ("fees.rate_card.*.negotiable", "none: a negotiated price may come out higher or lower than a listed one"),
    ("fees.rate_card.*.estimate", "none: an estimated quantity for the quote, not a commitment of either side"),
    ("payment.recurring", "none: follows the recurring fees; its billing and due days are compared on their own"),
    ("payment.on_acceptance", "none: follows the rate card; its due days are compared on their own"),
    ("payment.milestones", "none: a schedule of shares; whether it moves money earlier needs the whole schedule"),
    ("payment.milestones.*", "none: a schedule of shares; whether it moves money earlier needs the whole schedule"),
    ("payment.milestones.*.trigger", "none: which event comes first depends on the project's schedule"),
    ("payment.milestones.*.percent", "none: a larger share here is a smaller share in another instalment"),
    ("intellectual_property.handover.*.when", "none: which event comes first depends on the project's schedule"),
    ("data_protection.personal_information.processed", "none: a fact of the service, not a concession"),
    ("data_protection.personal_information.period", "none: the processing period follows the service's need"),
    ("upgrades.major", "none: more releases bring fixes sooner and also more change to absorb"),
    ("upgrades.minor", "none: more releases bring fixes sooner and also more change to absorb"),
    ("upgrades.grey_release", "none: a larger first group finds problems sooner and exposes more users to them"),
    ("penalties", "none: liquidated damages bind whichever party is in breach"),
    ("penalties.items", "none: an item may bind either party; its event says which"),
    ("penalties.items.*", "none: an item may bind either party; its event says which"),
    ("penalties.payable_within", "none: the party in breach pays, and the items bind either party"),
    ("liability", "none: a cap limits the vendor's liability, its carve-outs widen it"),
    # ---------------------------------------------------------------- the vendor's commitments: added favours the client
    *_each(
        "added-client",
        "scope.included",
        "scope.included.*",
        "support_channels",
        "support_channels.*",
        "severity_levels",
        "severity_levels.*",
        "calendars.*.working_days",
        "calendars.*.extra_working_days",
        "free_maintenance.covers",
        "free_maintenance.methods",
        "change_control",
        "intellectual_property.handover",
        "intellectual_property.handover.*",
        "operations",
        "operations.monitoring",
        "operations.monitoring.metrics",
        "operations.inspections",
        "operations.inspections.*",
        "operations.compatibility_targets",
        "data_protection",
        "data_protection.backups",
        "data_protection.personal_information",
        "data_protection.personal_information.protection_measures",
        "security",
        "upgrades",
        "training",
        "training.sessions",
        "training.sessions.*",
        "training.documents",
        "reporting",
        "reporting.contents",
        "service_credits",
        "service_credits.rules",
        "service_credits.rules.*",
        "liability.carve_outs",
    ),
    *_each(
        "added-vendor",
        "scope.excluded",
        "scope.excluded.*",
        "calendars.*.extra_holidays",
        "fees.recurring",
        "fees.recurring.*",
        "fees.one_off",
        "fees.one_off.*",
    ),
    # ---------------------------------------------------------------- the vendor's deadlines: more time favours the vendor
    *_each(
        "more-vendor",
        "severity_levels.*.response",
        "severity_levels.*.resolution",
        "severity_levels.*.recovery_plan",
        "severity_levels.*.progress_updates",
        "severity_levels.*.on_site",
        "severity_levels.*.incident_report",
        "change_control.quote_within",
        "change_control.plan_within",
        "intellectual_property.handover.*.within",
        "intellectual_property.open_source_list_within",
        "intellectual_property.handover_check_within",
        "intellectual_property.redelivery_within",
        # the vendor is the party holding the other's confidential information (data, accounts, keys)
        "confidentiality.disclosure_notice",
        "confidentiality.return_within",
        "operations.monitoring.alert_analysis_within",
        "operations.compatibility_report_within",
        "data_protection.backups.rpo",
        "data_protection.backups.rto",
        "data_protection.backups.restore_report_within",
        "data_protection.logs_within",
        "data_protection.access_revoke_within",
        "data_protection.dr_drill_report_within",
        "data_protection.personal_information.return_or_delete_within",
        "data_protection.personal_information.rights_request_within",
        "data_protection.personal_information.review_records_within",
        "security.critical_fix_within",
        "security.high_fix_within",
        "security.scan_report_within",
        "security.penetration_report_within",
        "security.audit_report_within",
        "upgrades.rollback_within",
        "upgrades.effect_report_within",
        "training.qa_response_within",
        "training.documents_within",
        "training.documents_update_within",
        "reporting.complaint_response_within",
        "reporting.report_within",
        "reporting.survey_results_within",
        "reporting.complaint_analysis_within",
        "service_credits.refund_within",
        "termination.handover_within",
        "termination.refund_within",
        "termination.transition_answer_within",
        "termination.cure_period",  # mostly the vendor's service that is cured
        # the party prevented is the one performing the service: the vendor
        "force_majeure.notice_within",
        "force_majeure.evidence_within",
        "force_majeure.resume_within",
        "force_majeure.terminate_after",  # the client stays bound to a service not performed
        "notice_periods.data_breach_notice",
        "notice_periods.data_breach_report",
        "notice_periods.severity_agreement",  # after it, the client's severity level applies
    ),
    # ---------------------------------------------------------------- notice the client gives the vendor
    *_each("more-vendor", "free_maintenance.training_notice", "training.session_notice"),
    # ---------------------------------------------------------------- what the client pays, and thresholds that spare the vendor
    *_each(
        "more-vendor",
        "fees.recurring.*.amount",
        "fees.rate_card.*.price",
        "fees.rate_card.*.cap",
        "fees.one_off.*.amount",
        "fees.one_off.*.quantity",
        "change_control.upfront",
        "payment.late_interest",
        "operations.monitoring.cpu_alert",  # alert later
        "operations.monitoring.cpu_sustained",  # alert later
        "termination.repeated_failures",  # more failures before the client may terminate
    ),
    # ---------------------------------------------------------------- the client's time, protection and remedies
    *_each(
        "more-client",
        "free_maintenance.length",
        "free_maintenance.free_trainings",
        "payment.recurring.due_days",
        "payment.on_acceptance.due_days",
        "payment.milestones.*.due_days",
        "confidentiality.survives",  # the strict checklist asks for at least 2 years
        "data_protection.backups.versions_kept",
        "data_protection.dr_drills_per_year",
        "data_protection.log_retention",
        "training.sessions.*.sessions",
        "service_credits.rules.*.credit",
        "service_credits.monthly_cap",
        "penalties.items.*.amount",
        "penalties.items.*.percent",
        "penalties.cap",
        "liability.cap",
        "liability.cap_amount",
        "liability.cap_period",  # the fees paid in a longer period: a higher cap
        "termination.transition_support",
        "termination.repeated_failures_period",  # failures counted over a longer window
    ),
    # ---------------------------------------------------------------- notice the vendor gives the client, the client's time to act
    *_each(
        "more-client",
        "data_protection.dr_drill_notice",
        "security.ssl_renewal_before",  # renewed longer before the certificate expires
        "upgrades.release_notice",
        "training.materials_before",
        "notice_periods.channel_change",
        "notice_periods.account_change",
        "notice_periods.manager_change",
        "notice_periods.invoice_before_due",
        "notice_periods.invoice_dispute",
        "notice_periods.resolution_objection",
        "notice_periods.paid_work_acceptance",
    ),
    # ---------------------------------------------------------------- cadences of the vendor's work
    *_each(
        "frequent-client",
        "operations.inspections.*.cadence",
        "operations.compatibility_tests",
        "data_protection.backups.incremental",
        "data_protection.backups.full",
        "data_protection.backups.restore_test",
        "security.vulnerability_scans",
        "security.penetration_tests",
        "security.third_party_audit",
        "reporting.cadence",
        "reporting.satisfaction_survey",
    ),
    # ---------------------------------------------------------------- commitments switched on
    *_each(
        "true-client",
        "fees.tax.included",  # the prices already include the tax
        "change_control.written_confirmation",
        "change_control.no_unilateral_price_change",
        "change_control.no_forced_bundling",
        "intellectual_property.open_source_disclosure",
        "intellectual_property.no_lock_in",
        "data_protection.backups.off_site",
        "data_protection.encryption_in_transit",
        "data_protection.encryption_at_rest",
        "data_protection.access_control",
        "data_protection.operation_logs",
        "security.ssl_renewal",
        "upgrades.changelog",
        "upgrades.backward_compatible",
    ),
    *_each("true-vendor", "service_credits.sole_remedy", "liability.excludes_indirect"),
    # ---------------------------------------------------------------- who owns and holds
    *_each(
        "owner",
        "intellectual_property.source_code_owner",
        "intellectual_property.documents_owner",
        "intellectual_property.deliverables_owner",
        "intellectual_property.accounts.mini_program_appid",
        "intellectual_property.accounts.domain",
        "intellectual_property.accounts.icp_filing",
        "intellectual_property.accounts.cloud_accounts",
        "intellectual_property.accounts.payment_merchant",
    ),
    # ---------------------------------------------------------------- enums with an order
    ("fees.recurring.*.starts", "rank-client:signing,after-free-period"),  # billed only after the free period
    ("payment.recurring.billing", "rank-client:in-advance,in-arrears"),  # paid for service already given
)
