#include "sampletender.h"

#include "domain/uscc.h"
#include "store/organizationrepository.h"
#include "store/transaction.h"

namespace td::test {
namespace {

QString usccFor(int n)
{
    const QString first17 = QStringLiteral("91110000MA%1").arg(n, 7, 10, QLatin1Char('0'));
    return first17 + uscc::checkCharacter(first17);
}

} // namespace

SampleMarket writeSampleOrganizations(const Database& db)
{
    Transaction transaction(db.connection());
    OrganizationRepository repository(db.connection());
    const auto add = [&](const QString& name, const QString& shortName, OrganizationKind kind,
                         int n) {
        Organization o{0, name, QString(), shortName, usccFor(n), kind, QStringLiteral("北京")};
        repository.insert(o);
        return o.id;
    };
    SampleMarket m;
    m.buyerId = add(QStringLiteral("国家电网有限公司"), QStringLiteral("国家电网"),
                    OrganizationKind::CentralSoe, 1);
    m.otherBuyerId = add(QStringLiteral("中国移动通信集团有限公司"), QStringLiteral("中国移动"),
                         OrganizationKind::CentralSoe, 2);
    m.vendorA = add(QStringLiteral("杭州深度求索人工智能基础技术研究有限公司"),
                    QStringLiteral("DeepSeek"), OrganizationKind::ModelVendor, 3);
    m.vendorB = add(QStringLiteral("北京智谱华章科技有限公司"), QStringLiteral("智谱"),
                    OrganizationKind::ModelVendor, 4);
    m.vendorC = add(QStringLiteral("浪潮电子信息产业股份有限公司"), QStringLiteral("浪潮信息"),
                    OrganizationKind::Integrator, 5);
    transaction.commit();
    return m;
}

Tender sampleTender(const SampleMarket& market, int n)
{
    Tender t;
    t.reference = QStringLiteral("SGCC-2024-GAI-%1").arg(n, 4, 10, QLatin1Char('0'));
    t.title = n % 2 ? QStringLiteral("国家电网智能客服知识库大模型采购项目%1").arg(n)
                    : QStringLiteral("DeepSeek code assistant rollout %1").arg(n);
    t.buyerId = n % 3 ? market.buyerId : market.otherBuyerId;
    t.category = n % 2 ? TenderCategory::KnowledgeAssistant : TenderCategory::CodeGeneration;
    t.method = ProcurementMethod::OpenTender;
    t.description = QStringLiteral("年调用量约20亿输出 tokens，国产算力占比不低于50%。");
    t.budgetCeiling = Money::yuan(qint64(1'000'000'00) + n * 1'000'00);
    t.publishedAt = QDateTime(QDate(2024, 1, 1).addDays(n * 3), QTime(2, 0), Qt::UTC);
    t.clarificationDeadline = t.publishedAt.addDays(10);
    t.bidDeadline = t.publishedAt.addDays(21);
    t.openingAt = t.bidDeadline;
    t.status = TenderStatus::Complete;
    t.hardwareRules.minimumDomesticSharePercent = 60;
    t.hardwareRules.excludedModels = {QStringLiteral("AMD Instinct MI308"),
                                      QStringLiteral("NVIDIA H20")};
    t.workload = Workload{2'000'000'000, 500, 1500, 80, 99.95, 64};
    t.bidDocuments = {{BidDocumentKind::Technical, QStringLiteral("技术方案"), true},
                      {BidDocumentKind::BenchmarkReport, QString(), true},
                      {BidDocumentKind::Service, QStringLiteral("培训方案"), false}};
    t.lots = {Lot{0, 1, QStringLiteral("第1包：模型及推理平台"), Money::yuan(60'000'000)},
              Lot{0, 2, QStringLiteral("第2包：算力硬件"), Money::yuan(40'000'000)}};
    t.criteria = {{0, QStringLiteral("price"), QStringLiteral("价格"), 30},
                  {0, QStringLiteral("technical"), QStringLiteral("技术方案"), 30},
                  {0, QStringLiteral("benchmarkAccuracy"), QStringLiteral("基准测试准确率"), 15},
                  {0, QStringLiteral("benchmarkPerformance"), QStringLiteral("基准测试性能"), 10},
                  {0, QStringLiteral("security"), QStringLiteral("安全与国产化"), 10},
                  {0, QStringLiteral("service"), QStringLiteral("售后服务与培训"), 5}};
    Clarification c;
    c.askedAt = t.publishedAt.addDays(2);
    c.askerId = market.vendorA;
    c.question = QStringLiteral("国产算力占比是否按加速卡数量计算？");
    c.answer = QStringLiteral("按加速卡数量计算。");
    c.answeredAt = t.publishedAt.addDays(3);
    t.clarifications = {c};
    const auto bid = [&](qint64 vendor, qint64 lot, qint64 price, QList<HardwareLine> hw) {
        Bid b;
        b.vendorId = vendor;
        b.lotId = lot;
        b.submittedAt = t.bidDeadline.addSecs(-3600 * (1 + vendor));
        b.totalPrice = Money::yuan(price);
        b.breakdown = {{QStringLiteral("模型授权"), Money::yuan(price / 2)},
                       {QStringLiteral("集成服务"), Money::yuan(price - price / 2)}};
        b.modelOffered = QStringLiteral("DeepSeek-V3 671B (INT8)");
        b.hardware = std::move(hw);
        b.status = BidStatus::Valid;
        return b;
    };
    t.bids = {bid(market.vendorA, -1, 45'000'000, {{QStringLiteral("Huawei Ascend 910B"), 16}}),
              bid(market.vendorB, -1, 52'000'000,
                  {{QStringLiteral("Huawei Ascend 910B"), 8}, {QStringLiteral("NVIDIA L20"), 8}}),
              bid(market.vendorC, -2, 38'000'000, {{QStringLiteral("NVIDIA H20"), 16}})};
    t.bids[2].status = BidStatus::Disqualified;
    Award award;
    award.lotId = -1;
    award.bidId = -1;
    award.vendorId = market.vendorA;
    award.amount = Money::yuan(45'000'000);
    award.status = AwardStatus::Active;
    award.decidedAt = t.openingAt.addDays(10);
    t.awards = {award};
    return t;
}

} // namespace td::test
