#pragma once

#include "domain/tender.h"

namespace td::test {

// A tender that passes every check: an open tender published on 2025-03-03 with a 21-day bid
// period, one lot, six criteria summing to 100 with a 30% price weight.
inline Tender validTender()
{
    Tender t;
    t.reference = QStringLiteral("SGCC-2025-GAI-0000001");
    t.title = QStringLiteral("国家电网智能客服知识库大模型采购项目");
    t.buyerId = 1;
    t.method = ProcurementMethod::OpenTender;
    t.budgetCeiling = Money::yuan(500'000'000);
    t.publishedAt = QDateTime(QDate(2025, 3, 3), QTime(1, 0), Qt::UTC);
    t.clarificationDeadline = t.publishedAt.addDays(10);
    t.bidDeadline = t.publishedAt.addDays(21);
    t.openingAt = t.bidDeadline;
    t.workload.contractedTokensPerYear = 2'000'000'000;
    t.lots = {Lot{0, 1, QStringLiteral("模型及推理平台"), Money::yuan(500'000'000)}};
    t.criteria = {{0, QStringLiteral("price"), QStringLiteral("价格"), 30},
                  {0, QStringLiteral("technical"), QStringLiteral("技术方案"), 30},
                  {0, QStringLiteral("benchmarkAccuracy"), QStringLiteral("基准测试准确率"), 15},
                  {0, QStringLiteral("benchmarkPerformance"), QStringLiteral("基准测试性能"), 10},
                  {0, QStringLiteral("security"), QStringLiteral("安全与国产化"), 10},
                  {0, QStringLiteral("service"), QStringLiteral("售后服务与培训"), 5}};
    return t;
}

} // namespace td::test
