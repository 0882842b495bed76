// TEMPORARY, for the branches that build before the market report's SQL arrives (branch
// `analytics` implements marketreport.h in marketreport.cpp). CMakeLists.txt compiles this file
// only while marketreport.cpp does not exist; delete it, and the condition, at the merge.
// Until then the programs link and say plainly that the report is not there yet.
#include "domain/error.h"
#include "marketreport.h"

#include <QCoreApplication>

namespace td::analytics {
namespace {

Error notInThisBuild()
{
    return Error(QCoreApplication::translate(
        "td::analytics", "This build of TenderDesk does not include the market figures yet. "
                         "Install a newer build."));
}

} // namespace

QStringList marketSectionIds()
{
    throw notInThisBuild();
}

Report marketReport(Database&, const MarketFilter&, const QString&, const QStringList&,
                    const std::function<bool()>&)
{
    throw notInThisBuild();
}

QList<DrillTender> drillDown(Database&, const MarketFilter&, const QString&, const QString&, int)
{
    throw notInThisBuild();
}

} // namespace td::analytics
