// The red flags as a section of the market report: one table per indicator that flagged
// something, and a chart of how many processes and parties each flagged.

#include "echarts.h"
#include "marketsections.h"
#include "redflagpass.h"

namespace td::analytics {

namespace {

const char* const indicatorCodes[] = {"R003", "R018", "R024", "R025", "R028", "R030",
                                      "R035", "R036", "R038", "R048", "R058"};

} // namespace

ReportSection redFlagsSection(const SectionContext& c)
{
    // The report shows the indicators with cardinal's defaults; `redflags --settings` tunes them.
    const RedFlagResult result = findRedFlagsOn(c.db, RedFlagSettings{}, c.filter, c.cancelled);
    ReportSection section{QStringLiteral("red_flags"),
                          c.labels.text("redFlags"),
                          c.labels.text("redFlagsText"),
                          {},
                          {}};
    QStringList codes;
    echarts::Series processes{c.labels.text("flaggedProcesses"), {}};
    echarts::Series parties{c.labels.text("flaggedParties"), {}};
    for (const char* code : indicatorCodes) {
        const QString id = QString::fromLatin1(code);
        ReportTable table{QStringLiteral("red_flags_") + id.toLower(),
                          id + QStringLiteral(" ") + c.labels.forCode("flagTitles", id),
                          {column("group", c.labels.text("flagGroup"), ColumnKind::Text),
                           column("id", c.labels.text("flagId"), ColumnKind::Text),
                           column("name", c.labels.text("flagName"), ColumnKind::Text),
                           column("value", c.labels.text("flagValue"), ColumnKind::Decimal)},
                          {}};
        qint64 processCount = 0;
        qint64 partyCount = 0;
        for (const RedFlag& f : result.flags) {
            if (f.code != id)
                continue;
            (f.group == FlagGroup::Ocid ? processCount : partyCount) += 1;
            table.rows.append(
                {c.labels.forCode("flagGroups", flagGroupKey(f.group)), f.id, f.label, f.value});
        }
        codes.append(id);
        processes.data.append(
            echarts::item(double(processCount), QStringLiteral("code=%1").arg(id)));
        parties.data.append(echarts::item(double(partyCount), {}));
        if (!table.rows.isEmpty())
            section.tables.append(table);
    }
    section.chart = echarts::categoryChart(c.labels.text("redFlags"), codes, {processes, parties},
                                           true, c.labels.text("flags"));
    return section;
}

} // namespace td::analytics
