#pragma once
// An evaluated tender made by hand, field by field, for the report's tests: what the evaluation
// desk would load, with every number the report prints worked out in the comments. The scoring
// itself is scoring::evaluate()'s.
//
// One lot, ceiling and budget 1,000,000.00 CNY. Criteria: price 30, technical 50, service 20.
// Settings: the defaults (domestic deduction 20%, no SME deduction, MOF ratios 50/50/45%),
// with the highest and lowest score left out.
//
// Bids (raw price; cost-to-serve without / with the compute voucher):
//   101 深度求索  900,000.00, domestic; costs 950,000.00 / 850,000.00
//   102 智谱华章  800,000.00;           no benchmark run
//   103 低价科技  420,000.00;           costs 500,000.00 / 400,000.00
//   104 迟到公司  850,000.00, received after the deadline: fails "late"
// The panel overturned 102's failed service-level check, with a justification.
//
// Flags, on the compliant bids 101, 102, 103 at their raw prices:
//   MOF average: 0.5 x (900 + 800 + 420)k / 3 = 353,333.33: none below.
//   MOF second-lowest: 420k < 0.5 x 800k = 400k? no.
//   MOF ceiling: 0.45 x 1,000,000.00 = 450,000.00: 103 (420,000.00) is below.
//   Below cost: 101 (900k < 950k) and 103 (420k < 500k).
//   Italian: 3 offers, fewer than 5: not applied. R058: no market threshold.
//   ProZorro, on the winner 101 against 102 (103 is rejected): 900k is not at or below
//   0.6 x 800k = 480k nor 0.7 x 800k = 560k.
// The panel accepted 101's explanation and rejected 103.
//
// Valid bids 101 and 102. Evaluation prices: 101 900,000.00 x 0.8 = 720,000.00 (domestic);
// 102 800,000.00. Benchmark 720,000.00. Price score: 101 720/720 x 30 = 30.00; 102 720/800 x 30
// = 27.00.
// Sheets of 张伟, 李娜, 王芳, 刘洋, 陈静 (five: the extremes are left out):
//   101 technical 40, 43.5, 45, 38, 47: without 38 and 47, (40 + 43.5 + 45) / 3 = 42.83
//   101 service   15, 16, 17, 18, 14:   without 14 and 18, (15 + 16 + 17) / 3 = 16.00
//   102 technical 40 x 5 = 40.00;  102 service 18 x 5 = 18.00
// Technical: 101 42.8333 + 16 = 58.83, 102 58.00. Total: 101 30 + 58.8333 = 88.83; 102 85.00.
// Ranking: 101 first (recommended), 102 second; 103 (rejected) and 104 (late) not ranked.
// Award to 101 at 900,000.00: below its cost without the voucher (950,000.00) but not with it
// (850,000.00): "voucherOnly".
#include "evaluation/evaluationdesk.h"
#include "scoring/evaluation.h"

#include <QTimeZone>

namespace td::test {

inline QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2030, month, day), QTime(hour, minute), QTimeZone::utc());
}

inline const QString trickyTitle = QStringLiteral("大模型知识库问答平台 <b>&\"</b> {{flags}}");
inline const QString overrideJustification =
    QStringLiteral("复测首token时延为 950 毫秒，满足要求。<script>x</script>");
inline const QString acceptedExplanation =
    QStringLiteral("我方自有算力集群，设备折旧已摊销完毕，故报价低于标准服务成本。");
inline const QString acceptedOpinion = QStringLiteral("说明合理，证明材料充分，接受报价。");
inline const QString rejectedOpinion = QStringLiteral("未在时限内提供成本证明，不接受。");

inline ComplianceFinding passed(const char* code)
{
    ComplianceFinding f;
    f.code = QLatin1String(code);
    return f;
}

inline BidCompliance compliance(qint64 bidId, const QString& vendor, const QString& failing = {},
                                const QString& detail = {})
{
    BidCompliance bid;
    bid.bidId = bidId;
    bid.vendorName = vendor;
    for (const char* code : {"late", "aboveBudget", "domesticShare", "excludedAccelerator",
                             "missingDocument", "serviceLevels", "unsealing"}) {
        ComplianceFinding f = passed(code);
        if (failing == QLatin1String(code)) {
            f.automaticPass = false;
            f.detail = detail;
        }
        bid.findings.append(f);
    }
    return bid;
}

inline TenderEvaluation handmadeEvaluation()
{
    TenderEvaluation e;
    Tender& t = e.tender;
    t.id = 7;
    t.reference = QStringLiteral("TD-2030-EVAL-0001");
    t.title = trickyTitle;
    t.buyerName = QStringLiteral("国家电网有限公司");
    t.budgetCeiling = Money::yuan(100'000'000);
    t.openingAt = utc(6, 23, 1, 30);
    t.status = TenderStatus::Awarded;
    t.lots = {Lot{11, 1, QStringLiteral("知识库问答"), Money::yuan(100'000'000)}};
    t.criteria = {Criterion{1, QStringLiteral("price"), QStringLiteral("价格"), 30},
                  Criterion{2, QStringLiteral("technical"), QStringLiteral("技术方案"), 50},
                  Criterion{3, QStringLiteral("service"), QStringLiteral("售后服务与培训"), 20}};
    const QStringList vendors{QStringLiteral("深度求索"), QStringLiteral("智谱华章"),
                              QStringLiteral("低价科技"), QStringLiteral("迟到公司")};
    const qint64 prices[] = {90'000'000, 80'000'000, 42'000'000, 85'000'000};
    for (int i = 0; i < 4; ++i) {
        Bid bid;
        bid.id = 101 + i;
        bid.tenderId = t.id;
        bid.lotId = 11;
        bid.vendorId = 201 + i;
        bid.vendorName = vendors.at(i);
        bid.submittedAt = utc(6, 22, 8 + i);
        bid.totalPrice = Money::yuan(prices[i]);
        t.bids.append(bid);
        e.names.vendors.insert(bid.id, bid.vendorName);
    }
    Award award;
    award.id = 1;
    award.tenderId = t.id;
    award.lotId = 11;
    award.bidId = 101;
    award.vendorId = 201;
    award.amount = Money::yuan(90'000'000);
    award.status = AwardStatus::Active;
    award.decidedAt = utc(7, 1, 2);
    award.standstillEndsAt = utc(7, 4, 2);
    award.costVerdict = QStringLiteral("voucherOnly");
    award.costWithoutVoucher = Money::yuan(95'000'000);
    award.costWithVoucher = Money::yuan(85'000'000);
    t.awards = {award};

    e.settings.dropExtremes = true;

    e.compliance.bids = {
        compliance(101, vendors.at(0)),
        compliance(102, vendors.at(1), QStringLiteral("serviceLevels"),
                   QStringLiteral("p95 TTFT 1,200 ms > 1,000 ms")),
        compliance(103, vendors.at(2)),
        compliance(104, vendors.at(3), QStringLiteral("late"),
                   QStringLiteral("received 2030-06-23 09:35 > deadline 09:30")),
    };
    ComplianceOverride o;
    o.passes = true;
    o.justification = overrideJustification;
    o.decidedBy = QStringLiteral("张伟");
    o.decidedAt = utc(6, 24, 3);
    e.compliance.bids[1].findings[5].override = o;
    e.compliance.confirmedAt = utc(6, 24, 4);
    e.compliance.confirmedBy = QStringLiteral("张伟");

    const QStringList panel{QStringLiteral("张伟"), QStringLiteral("李娜"), QStringLiteral("王芳"),
                            QStringLiteral("刘洋"), QStringLiteral("陈静")};
    for (int i = 0; i < panel.size(); ++i)
        e.panel.append(Evaluator{i + 1, panel.at(i),
                                 i == 0 ? QStringLiteral("chair") : QStringLiteral("member"),
                                 utc(6, 25, 2 + i)});
    e.names.evaluators = panel;
    e.names.currency = QStringLiteral("CNY");

    LowPriceReview accepted;
    accepted.bidId = 101;
    accepted.vendorName = vendors.at(0);
    accepted.rules = {QStringLiteral("belowCost")};
    accepted.explanation = acceptedExplanation;
    accepted.explainedAt = utc(6, 26, 1);
    accepted.attachments = {QStringLiteral("成本说明.pdf")};
    accepted.decision = scoring::LowPriceDecision::Accepted;
    accepted.opinion = acceptedOpinion;
    accepted.decidedBy = QStringLiteral("张伟");
    accepted.decidedAt = utc(6, 27, 2);
    LowPriceReview rejected;
    rejected.bidId = 103;
    rejected.vendorName = vendors.at(2);
    rejected.rules = {QStringLiteral("mofCeiling"), QStringLiteral("belowCost")};
    rejected.decision = scoring::LowPriceDecision::Rejected;
    rejected.opinion = rejectedOpinion;
    rejected.decidedBy = QStringLiteral("张伟");
    rejected.decidedAt = utc(6, 27, 3);
    e.reviews = {accepted, rejected};

    scoring::EvaluationInput& in = e.input;
    in.settings = e.settings;
    in.criteria = {{1, QStringLiteral("price"), QStringLiteral("价格"), 30},
                   {2, QStringLiteral("technical"), QStringLiteral("技术方案"), 50},
                   {3, QStringLiteral("service"), QStringLiteral("售后服务与培训"), 20}};
    in.ceilingMinor = 100'000'000;
    in.lots = {{11, 100'000'000}};
    const auto bidInput = [&](int i) {
        scoring::BidInput b;
        b.id = 101 + i;
        b.lotId = 11;
        b.priceMinor = prices[i];
        b.receivedAt = utc(6, 22, 8 + i);
        return b;
    };
    scoring::BidInput b101 = bidInput(0);
    b101.domestic = true;
    b101.sheetPoints = {{}, {40, 43.5, 45, 38, 47}, {15, 16, 17, 18, 14}};
    b101.costWithoutVoucherMinor = 95'000'000;
    b101.costWithVoucherMinor = 85'000'000;
    b101.lowPriceDecision = scoring::LowPriceDecision::Accepted;
    scoring::BidInput b102 = bidInput(1);
    b102.sheetPoints = {{}, {40, 40, 40, 40, 40}, {18, 18, 18, 18, 18}};
    scoring::BidInput b103 = bidInput(2);
    b103.sheetPoints = {{}, {30, 30, 30, 30, 30}, {10, 10, 10, 10, 10}};
    b103.costWithoutVoucherMinor = 50'000'000;
    b103.costWithVoucherMinor = 40'000'000;
    b103.lowPriceDecision = scoring::LowPriceDecision::Rejected;
    scoring::BidInput b104 = bidInput(3);
    b104.compliant = false;
    in.bids = {b101, b102, b103, b104};
    e.result = scoring::evaluate(in);
    return e;
}

} // namespace td::test
