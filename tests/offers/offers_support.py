"""Texts shared by the offer tests: an offer cut from tests/validate/minimal-valid.yaml and a deal head."""

from __future__ import annotations

OFFER = """\
apiVersion: termsmith/v1
kind: ServiceOffer
metadata:
  name: shop-standard
  version: 1.2.0
spec:
  parties:
    - role: vendor
      legal_name: 厦门云帆软件科技有限公司
  languages:
    output: [zh-Hans]
  term:
    length: 12 months
  scope:
    included:
      - id: defects
        kind: defect-fixes
        name: 缺陷修复
        description: 修复交付程序本身的缺陷
      - id: backups
        kind: backups
        name: 数据备份
        description: 每日增量备份
  calendars:
    - id: cn-business
      working_days: [mon, tue, wed, thu, fri]
      hours: "09:00-18:00"
  severity_levels:
    - id: P0
      tier: emergency
      name: 紧急
      definition: 系统整体不可用
      response: 30m
      resolution: 4h
    - id: P2
      tier: general
      name: 一般
      definition: 个别页面显示异常
      clock: cn-business
      response: 4h
      resolution: 3 business days
  free_maintenance:
    start_event: acceptance
    length: 12 months
    covers: [defect-fixes]
  fees:
    currency: CNY
    tax:
      rate: 6%
      included: true
    recurring:
      - id: retainer
        name: 年度运维服务费
        amount: 6000.00 CNY
        period: year
    rate_card:
      - id: feature-work
        name: 新功能开发
        unit: person-day
        price: 3000.00 CNY
    one_off:
      - id: ssl-ov
        name: SSL 证书升级
        amount: 800.00 CNY
  payment:
    recurring:
      billing: in-advance
      due_days: 10
    on_acceptance:
      due_days: 15
    milestones:
      - name: 签约后支付
        trigger: signing
        percent: 50%
        due_days: 10
      - name: 验收后支付
        trigger: completion
        percent: 50%
        due_days: 15
  intellectual_property:
    source_code_owner: client
  penalties:
    items:
      - event: 乙方逾期交付源代码，每逾期一日
        percent: 0.1%
    cap: 10%
  disputes:
    governing_law: 中华人民共和国法律
    negotiation_period: 15 days
    court:
      name: 甲方住所地有管辖权的人民法院
"""

DEAL_HEAD = """\
apiVersion: termsmith/v1
kind: ServiceSpec
offer: ../offers/shop.yaml
metadata:
  name: shop-deal
spec:
  agreement:
    number: MIN-001
    signing_date: 2026-01-10
  parties:
    - role: client
      legal_name: 福州闽油能源有限公司
      credit_code: 91350100M000100Y43
  project:
    name: 加油站小程序
    kind: mini-program
    value: 200000.00 CNY
  term:
    start: 2026-01-10
"""
