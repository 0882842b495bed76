#include "marketsource.h"

#include "store/database.h"

namespace td::ui {

MarketSource MarketSource::fromCore()
{
    MarketSource source;
    source.sectionIds = [] {
        return analytics::marketSectionIds();
    };
    source.choices = [](const Database& database) {
        return analytics::marketFilterChoices(database);
    };
    source.report = [](const Database& database, const analytics::MarketFilter& filter,
                       const QString& language, const QStringList& sections,
                       const std::function<bool()>& cancelled) {
        return analytics::marketReport(database, filter, language, sections, cancelled);
    };
    source.drillDown = [](const Database& database, const analytics::MarketFilter& filter,
                          const QString& section, const QString& drillKey) {
        return analytics::drillDown(database, filter, section, drillKey);
    };
    return source;
}

} // namespace td::ui
