#include "benchmarkrunrepository.h"

#include "benchmarkresultjson.h"
#include "domain/error.h"
#include "store/auditlog.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace td::bench {

namespace {

QVariant nullableInt(qint64 value)
{
    return value >= 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

qint64 intOrMinusOne(const QVariant& value)
{
    return value.isNull() ? -1 : value.toLongLong();
}

QString joinGaps(const QList<qint32>& gaps)
{
    QString text;
    text.reserve(gaps.size() * 6);
    for (qint32 gap : gaps) {
        if (!text.isEmpty())
            text += u',';
        text += QString::number(gap);
    }
    return text;
}

QList<qint32> splitGaps(const QString& text)
{
    QList<qint32> gaps;
    for (QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts))
        gaps.append(part.toInt());
    return gaps;
}

void insertSamples(const QSqlDatabase& db, qint64 runId, const QList<RequestSample>& samples)
{
    QSqlQuery q = sql::prepare(
        db, QStringLiteral("INSERT INTO benchmark_samples (run_id, seq, phase, started_at_us, "
                           "ttfb_us, ttft_us, last_token_us, e2e_us, input_tokens, output_tokens, "
                           "streamed_chunks, itl_us, warmup, error) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // seq is unique per run; a sweep numbers each step's requests from 0, so steps are offset.
    int seq = 0;
    for (const RequestSample& s : samples) {
        sql::bind(q, {runId, seq++, s.phase, s.startUs, nullableInt(s.ttfbUs),
                      nullableInt(s.ttftUs), nullableInt(s.lastTokenUs), nullableInt(s.e2eUs),
                      nullableInt(s.promptTokens), nullableInt(s.outputTokens), s.streamedChunks,
                      joinGaps(s.itlUs), s.warmup ? 1 : 0,
                      s.ok() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.error)});
        sql::exec(q);
    }
    q.finish();
}

QList<RequestSample> readSamples(const QSqlDatabase& db, qint64 runId)
{
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT seq, phase, started_at_us, ttfb_us, ttft_us, last_token_us, e2e_us, "
                       "input_tokens, output_tokens, streamed_chunks, itl_us, warmup, error "
                       "FROM benchmark_samples WHERE run_id = ? ORDER BY seq"),
        {runId});
    QList<RequestSample> samples;
    while (q.next()) {
        RequestSample s;
        s.seq = q.value(0).toInt();
        s.phase = q.value(1).toInt();
        s.startUs = q.value(2).toLongLong();
        s.ttfbUs = intOrMinusOne(q.value(3));
        s.ttftUs = intOrMinusOne(q.value(4));
        s.lastTokenUs = intOrMinusOne(q.value(5));
        s.e2eUs = intOrMinusOne(q.value(6));
        s.promptTokens = int(intOrMinusOne(q.value(7)));
        s.outputTokens = int(intOrMinusOne(q.value(8)));
        s.streamedChunks = q.value(9).toInt();
        s.itlUs = splitGaps(q.value(10).toString());
        s.warmup = q.value(11).toInt() != 0;
        s.error = q.value(12).toString();
        samples.append(s);
    }
    return samples;
}

const QString headerColumns = QStringLiteral(
    "SELECT id, bid_id, endpoint, model, suite, load_shape, started_at, status, summary_json "
    "FROM benchmark_runs ");

BenchmarkRunHeader readHeader(const QSqlQuery& q)
{
    BenchmarkRunHeader h;
    h.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        h.bidId = q.value(1).toLongLong();
    h.baseUrl = q.value(2).toString();
    h.model = q.value(3).toString();
    h.suite = q.value(4).toString();
    h.startedAt = sql::toDateTime(q.value(6));
    h.status = runStatusFromCode(q.value(7).toString()).value_or(RunStatus::Failed);
    // What the list shows comes from the stored summary, read as a whole run reads it: the
    // label in the reader's language (the load_shape column keeps the stable code).
    const BenchmarkResult run =
        benchmarkResultFromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
    h.loadLabel = run.config.loadLabel();
    h.outputTokensPerS = run.load.outputTokensPerS;
    h.ttftP50Ms = run.load.ttftMs.p50;
    h.errorRate = run.load.errorRate;
    if (run.accuracy && !std::isnan(run.accuracy->accuracy))
        h.accuracy = run.accuracy->accuracy;
    return h;
}

} // namespace

BenchmarkRunRepository::BenchmarkRunRepository(QSqlDatabase db, const Dialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

BenchmarkRunRepository::BenchmarkRunRepository(const QSqlDatabase& db)
    : BenchmarkRunRepository(db, Dialect::of(db))
{}

void BenchmarkRunRepository::insert(BenchmarkResult& result, const QString& actor)
{
    Transaction transaction(m_db);
    const std::optional<qint64> bid = result.config.bidId;
    if (bid &&
        !sql::scalar(m_db, QStringLiteral("SELECT id FROM bids WHERE id = ?"), {*bid}).isValid())
        throw Error(QCoreApplication::translate(
                        "td::bench", "There is no bid %1 to attach the benchmark to. Check the "
                                     "bid number in the Bids workspace or with "
                                     "\"tenderdesk-cli tenders show\".")
                        .arg(*bid));
    const QJsonObject summary = toJson(result, false);
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO benchmark_runs (bid_id, endpoint, model, suite, load_shape, "
                       "started_at, finished_at, status, summary_json) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {bid ? QVariant(*bid) : QVariant(QMetaType::fromType<qint64>()),
         result.config.endpoint.baseUrl, result.config.endpoint.model, result.config.suite,
         loadShapeCode(result.config.shape), sql::fromDateTime(result.startedAt),
         sql::fromDateTime(result.finishedAt), runStatusCode(result.status),
         QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact))});
    q.next();
    result.id = q.value(0).toLongLong();
    q.finish(); // SQLite refuses to commit while a statement is still open
    insertSamples(m_db, result.id, result.samples);
    const QJsonObject audit{{QStringLiteral("endpoint"), result.config.endpoint.baseUrl},
                            {QStringLiteral("model"), result.config.endpoint.model},
                            {QStringLiteral("bid"), bid ? QJsonValue(*bid) : QJsonValue()},
                            {QStringLiteral("status"), runStatusCode(result.status)},
                            {QStringLiteral("outputTokensPerS"), result.load.outputTokensPerS}};
    AuditLog(m_db, m_dialect)
        .append(actor, QStringLiteral("benchmark"), QStringLiteral("benchmark_run"),
                QString::number(result.id),
                QString::fromUtf8(QJsonDocument(audit).toJson(QJsonDocument::Compact)));
    transaction.commit();
}

QList<BenchmarkRunHeader> BenchmarkRunRepository::list(std::optional<qint64> bidId) const
{
    QSqlQuery q =
        bidId
            ? sql::run(m_db,
                       headerColumns + QStringLiteral("WHERE bid_id = ? ORDER BY started_at DESC, "
                                                      "id DESC"),
                       {*bidId})
            : sql::run(m_db, headerColumns + QStringLiteral("ORDER BY started_at DESC, id DESC"));
    QList<BenchmarkRunHeader> headers;
    while (q.next())
        headers.append(readHeader(q));
    return headers;
}

std::optional<BenchmarkResult> BenchmarkRunRepository::load(qint64 id, bool withSamples) const
{
    const QVariant summary = sql::scalar(
        m_db, QStringLiteral("SELECT summary_json FROM benchmark_runs WHERE id = ?"), {id});
    if (!summary.isValid())
        return std::nullopt;
    BenchmarkResult result =
        benchmarkResultFromJson(QJsonDocument::fromJson(summary.toString().toUtf8()).object());
    result.id = id;
    if (withSamples)
        result.samples = readSamples(m_db, id);
    return result;
}

std::optional<BenchmarkResult> BenchmarkRunRepository::latestForBid(qint64 bidId) const
{
    const QVariant id =
        sql::scalar(m_db,
                    QStringLiteral("SELECT id FROM benchmark_runs WHERE bid_id = ? AND status = ? "
                                   "ORDER BY started_at DESC, id DESC LIMIT 1"),
                    {bidId, runStatusCode(RunStatus::Completed)});
    if (!id.isValid())
        return std::nullopt;
    return load(id.toLongLong(), false);
}

std::optional<BenchmarkResult> BenchmarkRunRepository::latestForBid(qint64 bidId,
                                                                    LoadShape shape) const
{
    const QVariant id = sql::scalar(
        m_db,
        QStringLiteral("SELECT id FROM benchmark_runs WHERE bid_id = ? AND status = ? AND "
                       "load_shape = ? ORDER BY started_at DESC, id DESC LIMIT 1"),
        {bidId, runStatusCode(RunStatus::Completed), loadShapeCode(shape)});
    if (!id.isValid())
        return std::nullopt;
    return load(id.toLongLong(), false);
}

std::optional<BenchmarkResult>
BenchmarkRunRepository::latestWithoutBid(const QString& suite, std::optional<LoadShape> shape) const
{
    const QVariant id =
        shape ? sql::scalar(m_db,
                            QStringLiteral("SELECT id FROM benchmark_runs WHERE bid_id IS NULL AND "
                                           "suite = ? AND status = ? AND load_shape = ? ORDER BY "
                                           "started_at DESC, id DESC LIMIT 1"),
                            {suite, runStatusCode(RunStatus::Completed), loadShapeCode(*shape)})
              : sql::scalar(m_db,
                            QStringLiteral("SELECT id FROM benchmark_runs WHERE bid_id IS NULL AND "
                                           "suite = ? AND status = ? ORDER BY started_at DESC, id "
                                           "DESC LIMIT 1"),
                            {suite, runStatusCode(RunStatus::Completed)});
    if (!id.isValid())
        return std::nullopt;
    return load(id.toLongLong(), false);
}

} // namespace td::bench
