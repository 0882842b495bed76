#include "ocdstext.h"

#include <QStringList>

namespace td::ocds::text {
namespace {

// Chinese or English text, picked by the release's language.
QString pick(Language language, const QString& chinese, const QString& english)
{
    return language == Language::Chinese ? chinese : english;
}

// Joins the non-empty parts between a lead and an end; empty when every part is.
QString sentence(const QString& lead, QStringList parts, const QString& separator,
                 const QString& end)
{
    parts.removeAll(QString());
    return parts.isEmpty() ? QString() : lead + parts.join(separator) + end;
}

} // namespace

Language languageOf(const QString& code)
{
    return code == QLatin1String("zh") || code.startsWith(QLatin1String("zh-")) ? Language::Chinese
                                                                                : Language::English;
}

QString procurementMethodDetails(Language language, ProcurementMethod method)
{
    QString chinese;
    QString english;
    switch (method) {
    case ProcurementMethod::OpenTender:
        chinese = QStringLiteral("公开招标");
        english = QStringLiteral("Open tender");
        break;
    case ProcurementMethod::InvitedTender:
        chinese = QStringLiteral("邀请招标");
        english = QStringLiteral("Invited tender");
        break;
    case ProcurementMethod::CompetitiveNegotiation:
        chinese = QStringLiteral("竞争性谈判");
        english = QStringLiteral("Competitive negotiation");
        break;
    case ProcurementMethod::CompetitiveConsultation:
        chinese = QStringLiteral("竞争性磋商");
        english = QStringLiteral("Competitive consultation");
        break;
    case ProcurementMethod::SingleSource:
        chinese = QStringLiteral("单一来源采购");
        english = QStringLiteral("Single source");
        break;
    case ProcurementMethod::RequestForQuotation:
        chinese = QStringLiteral("询价");
        english = QStringLiteral("Request for quotation");
        break;
    }
    return pick(language, QStringLiteral("%1（%2）"), QStringLiteral("%1 (%2)"))
        .arg(pick(language, chinese, english), codeOf(method));
}

QString awardCriteriaDetails(Language language, bool priceOnly, const QList<Criterion>& criteria)
{
    QStringList parts;
    for (const Criterion& c : criteria)
        parts.append(pick(language, QStringLiteral("%1（%2）%3%"), QStringLiteral("%1 (%2) %3%"))
                         .arg(c.name, c.code, QString::number(c.weight)));
    const QString lead = priceOnly ? pick(language, QStringLiteral("最低评标价法："),
                                          QStringLiteral("Lowest evaluated price: "))
                                   : pick(language, QStringLiteral("综合评分法："),
                                          QStringLiteral("Comprehensive scoring method: "));
    return sentence(lead, parts, pick(language, QStringLiteral("；"), QStringLiteral("; ")),
                    pick(language, QStringLiteral("。"), QStringLiteral(".")));
}

QString eligibilityCriteria(Language language, const HardwareRules& rules, const Workload& workload,
                            const QString& benchmarkSuite)
{
    const bool zh = language == Language::Chinese;
    const QString end = zh ? QStringLiteral("。") : QStringLiteral(".");
    QStringList sentences;
    if (rules.minimumDomesticSharePercent > 0)
        sentences.append(
            pick(language, QStringLiteral("服务所用加速卡中，国产加速卡数量占比不低于%1%。"),
                 QStringLiteral("At least %1% of the accelerators serving the model, by count, "
                                "must be domestically produced."))
                .arg(QString::number(rules.minimumDomesticSharePercent)));
    sentences.append(sentence(pick(language, QStringLiteral("不得使用以下加速卡型号："),
                                   QStringLiteral("Excluded accelerator models: ")),
                              rules.excludedModels,
                              zh ? QStringLiteral("、") : QStringLiteral(", "), end));

    QStringList levels;
    if (workload.sloTimeToFirstTokenMs > 0)
        levels.append(pick(language, QStringLiteral("首字延迟（第95百分位）不超过%1毫秒"),
                           QStringLiteral("time to first token at most %1 ms (95th percentile)"))
                          .arg(QString::number(workload.sloTimeToFirstTokenMs)));
    if (workload.sloTimePerOutputTokenMs > 0)
        levels.append(pick(language, QStringLiteral("每个输出词元时间（第95百分位）不超过%1毫秒"),
                           QStringLiteral("time per output token at most %1 ms (95th percentile)"))
                          .arg(QString::number(workload.sloTimePerOutputTokenMs)));
    if (workload.sloAvailabilityPercent > 0)
        levels.append(pick(language, QStringLiteral("可用性不低于%1%"),
                           QStringLiteral("availability of at least %1%"))
                          .arg(QString::number(workload.sloAvailabilityPercent)));
    sentences.append(sentence(pick(language, QStringLiteral("模型部署须满足："),
                                   QStringLiteral("The deployment must meet: ")),
                              levels, zh ? QStringLiteral("；") : QStringLiteral("; "), end));

    QStringList volume;
    if (workload.contractedTokensPerYear > 0)
        volume.append(
            pick(language, QStringLiteral("每年%1个词元"), QStringLiteral("%1 tokens per year"))
                .arg(QString::number(workload.contractedTokensPerYear)));
    if (workload.concurrentUsers > 0)
        volume.append(
            pick(language, QStringLiteral("%1个并发用户"), QStringLiteral("%1 concurrent users"))
                .arg(QString::number(workload.concurrentUsers)));
    if (!workload.peakIsDerived())
        volume.append(pick(language, QStringLiteral("峰值%1个并发请求"),
                           QStringLiteral("a peak of %1 concurrent requests"))
                          .arg(QString::number(workload.peakConcurrentRequests)));
    sentences.append(sentence(
        pick(language, QStringLiteral("合同服务量："), QStringLiteral("Contracted volume: ")),
        volume, zh ? QStringLiteral("，") : QStringLiteral(", "), end));

    if (!benchmarkSuite.isEmpty())
        sentences.append(pick(language, QStringLiteral("准确率以基准测试集“%1”测评。"),
                              QStringLiteral("Accuracy is measured on the benchmark suite "
                                             "\"%1\"."))
                             .arg(benchmarkSuite));
    sentences.removeAll(QString());
    return sentences.join(zh ? QString() : QStringLiteral(" "));
}

QString submissionMethodDetails(Language language, const QString& sealingKeyFingerprint)
{
    return pick(language,
                QStringLiteral("投标文件以电子方式提交，并须使用SHA-256指纹为%1的公钥加密封存。"),
                QStringLiteral("Bids are submitted electronically, sealed to the public key whose "
                               "SHA-256 fingerprint is %1."))
        .arg(sealingKeyFingerprint);
}

QString bidOpeningTitle(Language language)
{
    return pick(language, QStringLiteral("开标"), QStringLiteral("Bid opening"));
}

QString awardTitle(Language language, const Lot* lot, const QString& supplierName)
{
    if (!lot)
        return pick(language, QStringLiteral("中标人：%1"), QStringLiteral("Awarded to %1"))
            .arg(supplierName);
    if (lot->title.isEmpty())
        return pick(language, QStringLiteral("第%1包中标人：%2"),
                    QStringLiteral("Lot %1 awarded to %2"))
            .arg(QString::number(lot->number), supplierName);
    return pick(language, QStringLiteral("第%1包（%2）中标人：%3"),
                QStringLiteral("Lot %1 (%2) awarded to %3"))
        .arg(QString::number(lot->number), lot->title, supplierName);
}

QString amendmentDescription(Language language, const QList<FieldChange>& changes)
{
    const QString empty = pick(language, QStringLiteral("（空）"), QStringLiteral("(empty)"));
    QStringList parts;
    for (const FieldChange& c : changes)
        parts.append(pick(language, QStringLiteral("%1：%2 → %3"), QStringLiteral("%1: %2 → %3"))
                         .arg(c.field, c.before.isEmpty() ? empty : c.before,
                              c.after.isEmpty() ? empty : c.after));
    return sentence(pick(language, QStringLiteral("变更："), QStringLiteral("Changed: ")), parts,
                    pick(language, QStringLiteral("；"), QStringLiteral("; ")),
                    pick(language, QStringLiteral("。"), QStringLiteral(".")));
}

} // namespace td::ocds::text
