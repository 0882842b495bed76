#include "marketsource.h"

#include "store/database.h"

namespace td::ui {

namespace {

// The market functions take a Database& although they only read through it (a connection per
// thread); the workspace holds the const Database every workspace is given.
Database& reading(const Database& database)
{
    return const_cast<Database&>(database);
}

} // namespace

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
        return analytics::marketReport(reading(database), filter, language, sections, cancelled);
    };
    source.drillDown = [](const Database& database, const analytics::MarketFilter& filter,
                          const QString& section, const QString& drillKey) {
        return analytics::drillDown(reading(database), filter, section, drillKey);
    };
    return source;
}

} // namespace td::ui
