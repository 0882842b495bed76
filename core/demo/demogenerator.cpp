#include "demogenerator.h"

#include "deployments.h"
#include "domain/error.h"
#include "domain/uscc.h"
#include "marketcatalog.h"
#include "marketpanel.h"
#include "marketwriter.h"
#include "rng.h"
#include "scoring/evaluation.h"
#include "scoring/quantiles.h"
#include "store/acceleratorrepository.h"
#include "store/auditlog.h"
#include "store/costcatalogrepository.h"
#include "store/organizationrepository.h"
#include "store/sql.h"
#include "store/tenderreader.h"
#include "store/tenderwriter.h"
#include "store/transaction.h"
#include "tenderfactory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcDemo, "tenderdesk.core.demo", QtWarningMsg)

namespace td::demo {
namespace {

// A valid unified social credit code for a demo organisation: "91" (an enterprise), the
// city's division code, then nine characters drawn from the seed, then the check character.
QString demoUscc(Rng& rng, const QString& city)
{
    static const QHash<QString, QString> divisions = {
        {QStringLiteral("北京"), QStringLiteral("110000")},
        {QStringLiteral("上海"), QStringLiteral("310000")},
        {QStringLiteral("广州"), QStringLiteral("440100")},
        {QStringLiteral("深圳"), QStringLiteral("440300")},
        {QStringLiteral("杭州"), QStringLiteral("330100")},
        {QStringLiteral("武汉"), QStringLiteral("420100")},
        {QStringLiteral("合肥"), QStringLiteral("340100")}};
    static const QLatin1StringView alphabet("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString code = QStringLiteral("91") + divisions.value(city, QStringLiteral("100000"));
    for (int i = 0; i < 9; ++i)
        code += QLatin1Char(alphabet.at(rng.between(0, i < 8 ? 9 : 30)));
    return code + uscc::checkCharacter(code);
}

// R058's market threshold is known once the market is: the demo takes it from its first tenders,
// scored first without it, and keeps their quartiles as the market's figures.
constexpr qint64 thresholdSample = 2000;

} // namespace

DemoGenerator::DemoGenerator(const Database& database, DemoOptions options)
    : m_database(database)
    , m_options(options)
{}

DemoSummary DemoGenerator::run(const Progress& progress)
{
    if (m_options.tenders < 1 || m_options.tenders > 10'000'000)
        throw Error(QCoreApplication::translate("Demo", "The demo market holds between 1 and "
                                                        "10,000,000 tenders; %1 was asked for.")
                        .arg(m_options.tenders));
    QSqlDatabase db = m_database.connection();
    TenderReader reader(db);
    if (const qint64 existing = reader.count(); existing > 0)
        throw Error(QCoreApplication::translate("Demo",
                                                "The database already holds %1 tenders; a demo "
                                                "market is only loaded into an empty database. "
                                                "Choose a new file with --database.")
                        .arg(existing));
    const MarketCatalog catalog = MarketCatalog::builtIn();

    // Bulk-load settings for this connection, restored however the load ends.
    for (const QString& statement : m_database.dialect().bulkLoadBegin())
        sql::execute(db, statement);
    const auto restore = qScopeGuard([&] {
        for (const QString& statement : m_database.dialect().bulkLoadEnd())
            QSqlQuery(db).exec(statement);
    });

    Transaction transaction(db);
    AcceleratorRepository(db).addMissing(catalog.accelerators);
    // The cost model's catalogs, as costOfBid will read them.
    CostCatalogRepository costCatalogs(db);
    costCatalogs.addMissing(CostCatalogRepository::builtInVouchers());
    costCatalogs.addMissing(CostCatalogRepository::builtInHostingOptions());
    OrganizationRepository organizations(db);
    Rng rng(m_options.seed);
    MarketIds ids;
    for (const MarketBuyer& b : catalog.buyers) {
        Organization o{0,
                       b.name,
                       b.nameEnglish,
                       b.shortName,
                       demoUscc(rng, b.city),
                       OrganizationKind::CentralSoe,
                       b.city,
                       false};
        organizations.insert(o);
        ids.buyers.append(o.id);
    }
    for (const MarketVendor& v : catalog.vendors) {
        Organization o{0,      v.name, v.nameEnglish, v.shortName, demoUscc(rng, v.city),
                       v.kind, v.city, v.sme};
        organizations.insert(o);
        ids.vendors.append(o.id);
    }

    // The vendors' deployments, each benchmarked once: its run is stored before any bid offers
    // it.
    const MarketDeployments deployments(catalog, AcceleratorRepository(db).all(),
                                        costCatalogs.hostingOptions(), costCatalogs.vouchers(),
                                        m_options.seed, m_options.year);
    MarketWriter extras(db);
    const QList<qint64> runIds = extras.insertRuns(deployments);

    const TenderFactory factory(catalog, ids, m_options.seed, m_options.year, &deployments);
    const MarketPanel panel(catalog, &deployments, m_options.seed);
    const auto sheetsFor = [&](qint64 i) {
        return i < m_options.sheetTenders;
    };
    QList<double> discounts;
    for (qint64 i = 0; i < std::min(m_options.tenders, thresholdSample); ++i) {
        MarketTender sample = factory.make(i);
        discounts += panel.evaluate(sample, i, sheetsFor(i), std::nullopt);
    }
    const scoring::EvaluationSettings defaults;
    const std::optional<double> threshold =
        scoring::marketThreshold(discounts, defaults.r058IqrFactor);
    if (threshold) {
        const QVariant at = sql::fromDateTime(QDateTime::currentDateTimeUtc());
        sql::run(db,
                 QStringLiteral("INSERT INTO market_figures (name, value, computed_at) VALUES "
                                "('r058.q1', ?, ?), ('r058.q3', ?, ?)"),
                 {scoring::quantileType8(discounts, 0.25), at,
                  scoring::quantileType8(discounts, 0.75), at});
    }

    TenderWriter writer(db, m_database.dialect());
    DemoSummary summary;
    summary.organizations = ids.buyers.size() + ids.vendors.size();
    summary.benchmarkRuns = runIds.size();
    for (qint64 i = 0; i < m_options.tenders; ++i) {
        MarketTender market = factory.make(i);
        panel.evaluate(market, i, sheetsFor(i), threshold);
        extras.insert(writer, market, runIds);
        const Tender& tender = market.tender;
        ++summary.tenders;
        summary.bids += tender.bids.size();
        summary.awards += tender.awards.size();
        if (progress && (i % 500 == 0 || i + 1 == m_options.tenders) &&
            !progress(i + 1, m_options.tenders))
            throw Error(QCoreApplication::translate("Demo", "Loading the demo market was "
                                                            "cancelled; nothing was written."));
    }
    const QJsonObject payload{{QStringLiteral("seed"), QString::number(m_options.seed)},
                              {QStringLiteral("tenders"), summary.tenders},
                              {QStringLiteral("bids"), summary.bids},
                              {QStringLiteral("benchmarkRuns"), summary.benchmarkRuns}};
    AuditLog(db, m_database.dialect())
        .append(QStringLiteral("tenderdesk"), QStringLiteral("demo.loaded"),
                QStringLiteral("database"), QString(),
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    transaction.commit();
    qCInfo(lcDemo) << "demo market written:" << summary.tenders << "tenders," << summary.bids
                   << "bids";
    return summary;
}

} // namespace td::demo
