#include "codes.h"

#include <QCoreApplication>

#include <array>

namespace td {
namespace {

template <typename E> struct Entry
{
    E value;
    const char* code;
    const char* name; // English source text; translated in the "Codes" context
};

template <typename E, std::size_t N> struct Table
{
    std::array<Entry<E>, N> entries;

    const Entry<E>* find(E value) const
    {
        for (const auto& e : entries)
            if (e.value == value)
                return &e;
        return nullptr;
    }
};

constexpr Table<TenderStatus, 10> tenderStatuses{{{
    {TenderStatus::Draft, "draft", QT_TRANSLATE_NOOP("Codes", "Draft")},
    {TenderStatus::Published, "published", QT_TRANSLATE_NOOP("Codes", "Published")},
    {TenderStatus::Tendering, "tendering", QT_TRANSLATE_NOOP("Codes", "Tendering")},
    {TenderStatus::BidDeadlinePassed, "bidDeadlinePassed",
     QT_TRANSLATE_NOOP("Codes", "Bid deadline passed")},
    {TenderStatus::Opened, "opened", QT_TRANSLATE_NOOP("Codes", "Bids opened")},
    {TenderStatus::Evaluated, "evaluated", QT_TRANSLATE_NOOP("Codes", "Evaluated")},
    {TenderStatus::Awarded, "awarded", QT_TRANSLATE_NOOP("Codes", "Awarded")},
    {TenderStatus::Complete, "complete", QT_TRANSLATE_NOOP("Codes", "Complete")},
    {TenderStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Codes", "Cancelled")},
    {TenderStatus::Unsuccessful, "unsuccessful", QT_TRANSLATE_NOOP("Codes", "Unsuccessful")},
}}};

constexpr Table<ProcurementMethod, 6> methods{{{
    {ProcurementMethod::OpenTender, "openTender", QT_TRANSLATE_NOOP("Codes", "Open tender")},
    {ProcurementMethod::InvitedTender, "invitedTender",
     QT_TRANSLATE_NOOP("Codes", "Invited tender")},
    {ProcurementMethod::CompetitiveNegotiation, "competitiveNegotiation",
     QT_TRANSLATE_NOOP("Codes", "Competitive negotiation")},
    {ProcurementMethod::CompetitiveConsultation, "competitiveConsultation",
     QT_TRANSLATE_NOOP("Codes", "Competitive consultation")},
    {ProcurementMethod::SingleSource, "singleSource", QT_TRANSLATE_NOOP("Codes", "Single source")},
    {ProcurementMethod::RequestForQuotation, "requestForQuotation",
     QT_TRANSLATE_NOOP("Codes", "Request for quotation")},
}}};

constexpr Table<TenderCategory, 4> categories{{{
    {TenderCategory::KnowledgeAssistant, "knowledgeAssistant",
     QT_TRANSLATE_NOOP("Codes", "Knowledge assistant")},
    {TenderCategory::CodeGeneration, "codeGeneration",
     QT_TRANSLATE_NOOP("Codes", "Code generation")},
    {TenderCategory::DataAnalysis, "dataAnalysis", QT_TRANSLATE_NOOP("Codes", "Data analysis")},
    {TenderCategory::ProcessAutomation, "processAutomation",
     QT_TRANSLATE_NOOP("Codes", "Process automation")},
}}};

constexpr Table<PurchaseKind, 3> purchaseKinds{{{
    {PurchaseKind::Goods, "goods", QT_TRANSLATE_NOOP("Codes", "Goods")},
    {PurchaseKind::Services, "services", QT_TRANSLATE_NOOP("Codes", "Services")},
    {PurchaseKind::GoodsAndServices, "goodsAndServices",
     QT_TRANSLATE_NOOP("Codes", "Goods and services")},
}}};

constexpr Table<BidStatus, 5> bidStatuses{{{
    {BidStatus::Draft, "draft", QT_TRANSLATE_NOOP("Codes", "Draft")},
    {BidStatus::Pending, "pending", QT_TRANSLATE_NOOP("Codes", "Submitted")},
    {BidStatus::Valid, "valid", QT_TRANSLATE_NOOP("Codes", "Valid")},
    {BidStatus::Disqualified, "disqualified", QT_TRANSLATE_NOOP("Codes", "Disqualified")},
    {BidStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Codes", "Withdrawn")},
}}};

constexpr Table<AwardStatus, 4> awardStatuses{{{
    {AwardStatus::Pending, "pending", QT_TRANSLATE_NOOP("Codes", "Pending")},
    {AwardStatus::Active, "active", QT_TRANSLATE_NOOP("Codes", "Active")},
    {AwardStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Codes", "Cancelled")},
    {AwardStatus::Unsuccessful, "unsuccessful", QT_TRANSLATE_NOOP("Codes", "Unsuccessful")},
}}};

constexpr Table<OrganizationKind, 5> organizationKinds{{{
    {OrganizationKind::CentralSoe, "centralSoe", QT_TRANSLATE_NOOP("Codes", "Central SOE")},
    {OrganizationKind::LocalSoe, "localSoe", QT_TRANSLATE_NOOP("Codes", "Local SOE")},
    {OrganizationKind::ModelVendor, "modelVendor", QT_TRANSLATE_NOOP("Codes", "Model vendor")},
    {OrganizationKind::CloudProvider, "cloudProvider",
     QT_TRANSLATE_NOOP("Codes", "Cloud provider")},
    {OrganizationKind::Integrator, "integrator", QT_TRANSLATE_NOOP("Codes", "Integrator")},
}}};

constexpr Table<PriceItemKind, 5> priceItemKinds{{{
    {PriceItemKind::Licences, "licences", QT_TRANSLATE_NOOP("Codes", "Model licences")},
    {PriceItemKind::Hardware, "hardware", QT_TRANSLATE_NOOP("Codes", "Hardware")},
    {PriceItemKind::Deployment, "deployment",
     QT_TRANSLATE_NOOP("Codes", "Deployment and integration")},
    {PriceItemKind::AnnualService, "annualService", QT_TRANSLATE_NOOP("Codes", "Annual service")},
    {PriceItemKind::Other, "other", QT_TRANSLATE_NOOP("Codes", "Other")},
}}};

constexpr Table<TenderOrigin, 3> tenderOrigins{{{
    {TenderOrigin::Own, "own", QT_TRANSLATE_NOOP("Codes", "This desk's tender")},
    {TenderOrigin::Imported, "imported",
     QT_TRANSLATE_NOOP("Codes", "Another buyer's tender (imported)")},
    {TenderOrigin::OpenData, "openData",
     QT_TRANSLATE_NOOP("Codes", "A published procurement process (OCDS import)")},
}}};

constexpr Table<BidDocumentKind, 7> bidDocumentKinds{{{
    {BidDocumentKind::Technical, "technical", QT_TRANSLATE_NOOP("Codes", "Technical proposal")},
    {BidDocumentKind::Commercial, "commercial",
     QT_TRANSLATE_NOOP("Codes", "Commercial offer and price schedule")},
    {BidDocumentKind::Qualification, "qualification",
     QT_TRANSLATE_NOOP("Codes", "Qualification documents")},
    {BidDocumentKind::BenchmarkReport, "benchmarkReport",
     QT_TRANSLATE_NOOP("Codes", "Benchmark report")},
    {BidDocumentKind::Security, "security",
     QT_TRANSLATE_NOOP("Codes", "Security and localisation statement")},
    {BidDocumentKind::Service, "service", QT_TRANSLATE_NOOP("Codes", "Service plan")},
    {BidDocumentKind::Other, "other", QT_TRANSLATE_NOOP("Codes", "Other document")},
}}};

template <typename E> constexpr const auto& tableFor();
template <> constexpr const auto& tableFor<TenderStatus>()
{
    return tenderStatuses;
}
template <> constexpr const auto& tableFor<ProcurementMethod>()
{
    return methods;
}
template <> constexpr const auto& tableFor<TenderCategory>()
{
    return categories;
}
template <> constexpr const auto& tableFor<PurchaseKind>()
{
    return purchaseKinds;
}
template <> constexpr const auto& tableFor<BidStatus>()
{
    return bidStatuses;
}
template <> constexpr const auto& tableFor<AwardStatus>()
{
    return awardStatuses;
}
template <> constexpr const auto& tableFor<OrganizationKind>()
{
    return organizationKinds;
}
template <> constexpr const auto& tableFor<PriceItemKind>()
{
    return priceItemKinds;
}
template <> constexpr const auto& tableFor<TenderOrigin>()
{
    return tenderOrigins;
}
template <> constexpr const auto& tableFor<BidDocumentKind>()
{
    return bidDocumentKinds;
}

} // namespace

template <typename E> QString Codes<E>::code(E value)
{
    const auto* e = tableFor<E>().find(value);
    return e ? QString::fromLatin1(e->code) : QString();
}

template <typename E> std::optional<E> Codes<E>::fromCode(const QString& code)
{
    for (const auto& e : tableFor<E>().entries)
        if (code == QLatin1String(e.code))
            return e.value;
    return std::nullopt;
}

template <typename E> QString Codes<E>::displayName(E value)
{
    const auto* e = tableFor<E>().find(value);
    return e ? QCoreApplication::translate("Codes", e->name) : QString();
}

template <typename E> QList<E> Codes<E>::all()
{
    QList<E> out;
    for (const auto& e : tableFor<E>().entries)
        out.append(e.value);
    return out;
}

template struct Codes<TenderStatus>;
template struct Codes<ProcurementMethod>;
template struct Codes<TenderCategory>;
template struct Codes<PurchaseKind>;
template struct Codes<BidStatus>;
template struct Codes<AwardStatus>;
template struct Codes<OrganizationKind>;
template struct Codes<PriceItemKind>;
template struct Codes<BidDocumentKind>;
template struct Codes<TenderOrigin>;

QString ocdsTenderStatus(TenderStatus status)
{
    switch (status) {
    case TenderStatus::Draft:
        return QStringLiteral("planning");
    // Once awarded, the tender stage is over: OCDS follows the process on in the awards (and
    // the contracts), as its own award example does with tender.status "complete".
    case TenderStatus::Awarded:
    case TenderStatus::Complete:
        return QStringLiteral("complete");
    case TenderStatus::Cancelled:
        return QStringLiteral("cancelled");
    case TenderStatus::Unsuccessful:
        return QStringLiteral("unsuccessful");
    case TenderStatus::Published:
    case TenderStatus::Tendering:
    case TenderStatus::BidDeadlinePassed:
    case TenderStatus::Opened:
    case TenderStatus::Evaluated:
        break;
    }
    return QStringLiteral("active");
}

QString ocdsProcurementMethod(ProcurementMethod method)
{
    switch (method) {
    case ProcurementMethod::OpenTender:
        return QStringLiteral("open");
    case ProcurementMethod::InvitedTender:
    case ProcurementMethod::RequestForQuotation:
        return QStringLiteral("selective");
    case ProcurementMethod::CompetitiveNegotiation:
    case ProcurementMethod::CompetitiveConsultation:
        return QStringLiteral("limited");
    case ProcurementMethod::SingleSource:
        break;
    }
    return QStringLiteral("direct");
}

QString ocdsMainProcurementCategory(PurchaseKind kind)
{
    return kind == PurchaseKind::Goods ? QStringLiteral("goods") : QStringLiteral("services");
}

QStringList ocdsAdditionalProcurementCategories(PurchaseKind kind)
{
    if (kind == PurchaseKind::GoodsAndServices)
        return {QStringLiteral("goods")};
    return {};
}

} // namespace td
