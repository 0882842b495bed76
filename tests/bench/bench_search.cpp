// Full-text search latency over a tender database, as the tender list runs it: the count of
// matches and the first page of rows. Prints every query's time, then the median and p95.
// Usage: bench_search DATABASE [REPEATS]
#include "benchclock.h"
#include "store/database.h"
#include "store/tenderquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_search DATABASE [REPEATS]\n";
        return 2;
    }
    const int repeats = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    const td::Database db(td::DatabaseLocation::parse(QString::fromLocal8Bit(argv[1])));
    // Common and rare words, Chinese phrases and a single character, as analysts type them.
    const QStringList queries = {QStringLiteral("知识库"),
                                 QStringLiteral("代码"),
                                 QStringLiteral("国家电网"),
                                 QStringLiteral("智能客服 知识库"),
                                 QStringLiteral("报销审核"),
                                 QStringLiteral("安全生产"),
                                 QStringLiteral("遗留系统代码迁移"),
                                 QStringLiteral("二期"),
                                 QStringLiteral("财务报表"),
                                 QStringLiteral("H20"),
                                 QStringLiteral("党建"),
                                 QStringLiteral("航天科技 数据")};
    QList<double> latencies;
    for (int round = 0; round < repeats; ++round) {
        for (const QString& words : queries) {
            td::TenderFilter filter;
            filter.text = words;
            const td::TenderQuery query(db.dialect(), filter, td::TenderOrder{});
            QElapsedTimer timer;
            timer.start();
            const qint64 matches = query.count(db.connection());
            const auto rows = query.page(db.connection(), std::nullopt, 0, 256);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            latencies.append(ms);
            if (round == 0)
                out << "query '" << words << "': " << matches << " matches, first page "
                    << rows.size() << " rows, " << QString::number(ms, 'f', 1) << " ms\n";
        }
    }
    out << "queries " << latencies.size() << "\n"
        << "median_ms " << QString::number(td::bench::percentile(latencies, 50), 'f', 1) << "\n"
        << "p95_ms " << QString::number(td::bench::percentile(latencies, 95), 'f', 1) << "\n";
    return 0;
}
