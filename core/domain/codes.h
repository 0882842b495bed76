#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The coded values of the domain. Each has a stable code stored in the database and written to
// files; where OCDS has a codelist the code is OCDS's, and ocds*() gives the OCDS value where
// our lifecycle is finer than OCDS's.
namespace td {

enum class TenderStatus
{
    Draft,
    Published,
    Tendering,
    BidDeadlinePassed,
    Opened,
    Evaluated,
    Awarded,
    Complete,
    Cancelled,
    Unsuccessful,
};

enum class ProcurementMethod
{
    OpenTender,
    InvitedTender,
    CompetitiveNegotiation,
    CompetitiveConsultation,
    SingleSource,
    RequestForQuotation,
};

enum class TenderCategory
{
    KnowledgeAssistant,
    CodeGeneration,
    DataAnalysis,
    ProcessAutomation,
};

// What a tender buys. It decides the minimum price weight under MOF Order 87 (goods and services
// have different minimums) and the OCDS procurement category. An on-premises LLM deployment
// that delivers its hardware buys both; a hosted model service buys services; an appliance
// (a model preinstalled on its servers) buys goods.
enum class PurchaseKind
{
    Goods,
    Services,
    GoodsAndServices,
};

// OCDS bid statuses (bids extension); Draft is a vendor's unsubmitted bid.
enum class BidStatus
{
    Draft,
    Pending,
    Valid,
    Disqualified,
    Withdrawn
};

// OCDS award statuses.
enum class AwardStatus
{
    Pending,
    Active,
    Cancelled,
    Unsuccessful
};

// Kind of organisation, for the market view; roles (buyer, tenderer) follow from what it does.
enum class OrganizationKind
{
    CentralSoe,
    LocalSoe,
    ModelVendor,
    CloudProvider,
    Integrator
};

// What one line of a bid's price breakdown pays for. The cost model takes licences,
// deployment and the annual service as the default fixed costs of delivering the bid.
enum class PriceItemKind
{
    Licences,
    Hardware,
    Deployment,
    AnnualService,
    Other
};

// Where a tender came from: drafted on this desk, or imported from another buyer's tender
// package by a vendor's desk (read-only there: only its buyer can change it), or read from a
// publisher's open data (OCDS) for the market study: read-only too, and never open for bids.
enum class TenderOrigin
{
    Own,
    Imported,
    OpenData
};

// What a document a tender asks bidders for is about; a tender lists the kinds it requires.
enum class BidDocumentKind
{
    Technical,       // 技术方案: the solution, its model and deployment
    Commercial,      // 商务文件: the offer letter, the price schedule
    Qualification,   // 资格证明: business licence, certifications, references
    BenchmarkReport, // 性能测试报告: the vendor's own benchmark of its deployment
    Security,        // 安全与国产化: security, data protection and localisation
    Service,         // 服务方案: support, training and service levels
    Other
};

// Stable code <-> value for every enum above, and a translated name for people.
template <typename E> struct Codes
{
    static QString code(E value);
    static std::optional<E> fromCode(const QString& code);
    static QString displayName(E value);
    static QList<E> all();
};

// OCDS tender.status for our finer lifecycle (planning, active, complete, cancelled, ...).
QString ocdsTenderStatus(TenderStatus status);
// OCDS procurementMethod (open, selective, limited, direct) for the Chinese methods.
QString ocdsProcurementMethod(ProcurementMethod method);
// OCDS tender.mainProcurementCategory (the closed procurementCategory codelist: goods, works,
// services). Goods and services together: "services", since what such a tender contracts for
// is a model deployed and run to service levels, the hardware being a part of it.
QString ocdsMainProcurementCategory(PurchaseKind kind);
// OCDS tender.additionalProcurementCategories: the categories beyond the main one ("goods" for
// goods and services together), empty otherwise.
QStringList ocdsAdditionalProcurementCategories(PurchaseKind kind);

template <typename E> QString codeOf(E value)
{
    return Codes<E>::code(value);
}
template <typename E> QString nameOf(E value)
{
    return Codes<E>::displayName(value);
}
template <typename E> std::optional<E> parseCode(const QString& code)
{
    return Codes<E>::fromCode(code);
}

} // namespace td
