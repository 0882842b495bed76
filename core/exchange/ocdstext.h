#pragma once

#include "domain/tender.h"
#include "domain/tenderrelease.h"

#include <QList>
#include <QString>

// The fixed sentences an OCDS release writes around the tender's own text, in the language the
// release declares: Chinese for "zh" (and "zh-..."), English for any other. Not tr(): a published
// release is an immutable record, and must read the same whatever language the desk that
// publishes it happens to run in.
namespace td::ocds::text {

enum class Language
{
    Chinese,
    English
};

Language languageOf(const QString& code);

// "公开招标（openTender）": the Chinese method, which OCDS's four methods only approximate.
QString procurementMethodDetails(Language language, ProcurementMethod method);
// The scoring method and each criterion with its weight: "综合评分法：价格（price）30%；...".
QString awardCriteriaDetails(Language language, bool priceOnly, const QList<Criterion>& criteria);
// What the winner's deployment must meet: the accelerator rules, the service levels, the
// contracted volume and the benchmark suite its accuracy is measured on. Empty when the tender
// sets none of them.
QString eligibilityCriteria(Language language, const HardwareRules& rules, const Workload& workload,
                            const QString& benchmarkSuite);
// Bids are submitted electronically, sealed to the key with this fingerprint.
QString submissionMethodDetails(Language language, const QString& sealingKeyFingerprint);
QString bidOpeningTitle(Language language);
// "第1包（模型及推理平台）中标人：<supplier>", or without a lot "中标人：<supplier>".
QString awardTitle(Language language, const Lot* lot, const QString& supplierName);
// "变更：bidDeadline：A → B；..." for an amendment's description.
QString amendmentDescription(Language language, const QList<FieldChange>& changes);

} // namespace td::ocds::text
