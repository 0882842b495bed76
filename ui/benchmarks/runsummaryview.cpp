#include "runsummaryview.h"

#include "benchmarkrunlistmodel.h"

#include <QLocale>

#include <cmath>

namespace td::ui {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 1) + QStringLiteral("%");
}

QString section(const QString& title)
{
    return QStringLiteral("<h3 style='margin-top:12px;margin-bottom:4px'>%1</h3>").arg(esc(title));
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style='color:#666;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString tableHead(const QStringList& headers)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' "
                                  "style='border-collapse:collapse'><tr style='background:#eee'>");
    bool first = true;
    for (const QString& h : headers) {
        html += QStringLiteral("<th align='%1'>%2</th>")
                    .arg(first ? QStringLiteral("left") : QStringLiteral("right"), esc(h));
        first = false;
    }
    return html + QStringLiteral("</tr>");
}

QString cells(const QString& first, const QStringList& numbers)
{
    QString html = QStringLiteral("<tr><td>%1</td>").arg(esc(first));
    for (const QString& n : numbers)
        html += QStringLiteral("<td align='right'>%1</td>").arg(esc(n));
    return html + QStringLiteral("</tr>");
}

QString languageName(const QString& code)
{
    if (code == QLatin1String("zh_CN"))
        return RunSummaryView::tr("Chinese");
    if (code == QLatin1String("en"))
        return RunSummaryView::tr("English");
    return code;
}

QString accuracyText(const bench::AccuracyCounts& a)
{
    const QString share =
        std::isnan(a.accuracy) ? RunSummaryView::tr("not scored") : percent(a.accuracy);
    return RunSummaryView::tr("%1 (%2 of %3 correct; %4 wrong, %5 unanswered, %6 not scored, "
                              "%7 failed)")
        .arg(share)
        .arg(a.correct)
        .arg(a.items - a.notScored - a.errors)
        .arg(a.wrong)
        .arg(a.unanswered)
        .arg(a.notScored)
        .arg(a.errors);
}

QString latencyTable(const bench::LoadSummary& s)
{
    QString h = tableHead({QString(), RunSummaryView::tr("p50"), RunSummaryView::tr("p90"),
                           RunSummaryView::tr("p95"), RunSummaryView::tr("p99"),
                           RunSummaryView::tr("mean"), RunSummaryView::tr("n")});
    const auto distribution = [](const QString& name, const bench::Distribution& d) {
        const int decimals = d.p99 < 10 ? 2 : 1;
        return cells(name, {number(d.p50, decimals), number(d.p90, decimals),
                            number(d.p95, decimals), number(d.p99, decimals),
                            number(d.mean, decimals), QLocale().toString(d.count)});
    };
    h += distribution(RunSummaryView::tr("TTFB (ms)"), s.ttfbMs);
    h += distribution(RunSummaryView::tr("TTFT (ms)"), s.ttftMs);
    h += distribution(RunSummaryView::tr("TPOT (ms)"), s.tpotMs);
    h += distribution(RunSummaryView::tr("ITL (ms)"), s.itlMs);
    h += distribution(RunSummaryView::tr("E2E (ms)"), s.e2eMs);
    h += distribution(RunSummaryView::tr("Output tok/s per request"), s.requestOutputTokensPerS);
    h += QStringLiteral("</table>");
    return h;
}

} // namespace

RunSummaryView::RunSummaryView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("runSummary"));
    setOpenLinks(false);
    showNothingSelected(false);
}

void RunSummaryView::showMessage(const QString& text)
{
    setHtml(QStringLiteral("<p style='color:#777;margin:24px'>%1</p>").arg(esc(text)));
}

void RunSummaryView::showNothingSelected(bool anyRuns)
{
    showMessage(anyRuns ? tr("Select a run to see its latency, throughput, accuracy and errors.")
                        : tr("A finished run shows its latency, throughput, accuracy and errors "
                             "here."));
}

void RunSummaryView::showLoading()
{
    showMessage(tr("Loading the run…"));
}

void RunSummaryView::showError(const QString& message)
{
    setHtml(QStringLiteral("<p style='color:#b3261e;margin:24px'>%1</p>").arg(esc(message)));
}

void RunSummaryView::showRun(const bench::BenchmarkResult& run)
{
    setHtml(html(run));
}

QString RunSummaryView::html(const bench::BenchmarkResult& r)
{
    const bench::LoadSummary& s = r.load;
    const bench::BenchmarkConfig& c = r.config;
    QString h;
    h += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>")
             .arg(esc(tr("Run %1: %2").arg(r.id).arg(c.endpoint.model)));
    const QString statusColour = r.status == bench::RunStatus::Completed ? QStringLiteral("#1b5e20")
                                 : r.status == bench::RunStatus::Failed  ? QStringLiteral("#b3261e")
                                                                        : QStringLiteral("#8a6d00");
    h += QStringLiteral("<p style='margin-top:0'><b style='color:%1'>%2</b> · %3 · %4</p>")
             .arg(statusColour, esc(BenchmarkRunListModel::statusText(r.status)),
                  esc(c.endpoint.baseUrl),
                  esc(r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    if (!r.failure.isEmpty())
        h += QStringLiteral("<p style='color:#b3261e'>%1</p>").arg(esc(r.failure));

    h += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    QString load = c.loadLabel();
    load += tr(", %n counted request(s)", nullptr, c.requests);
    if (c.warmup > 0)
        load += tr(" after %n warm-up request(s)", nullptr, c.warmup);
    h += row(tr("Load"), esc(load));
    h += row(tr("Suite"), esc(c.suite.isEmpty() ? tr("none") : c.suite));
    h += row(tr("Max tokens"),
             esc(QLocale().toString(c.maxTokens)) +
                 (c.randomPrefix ? esc(tr(", random prefix")) : esc(tr(", no random prefix"))));
    const QString notSet = tr("not set");
    h +=
        row(tr("Objectives (p95)"),
            esc(tr("TTFT %1, TPOT %2")
                    .arg(c.objectives.ttftMs > 0 ? tr("%1 ms").arg(c.objectives.ttftMs) : notSet,
                         c.objectives.tpotMs > 0 ? tr("%1 ms").arg(c.objectives.tpotMs) : notSet)));
    h += QStringLiteral("</table>");

    h += section(tr("Latency"));
    if (s.succeeded == 0) {
        h += QStringLiteral("<p style='color:#b3261e'>%1</p>")
                 .arg(esc(tr("No request succeeded, so there is no latency to show. The errors "
                             "below say why.")));
    } else {
        h += latencyTable(s);
    }

    h += section(tr("Throughput"));
    h += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    h += row(tr("Requests"),
             esc(tr("%1 counted, %2 succeeded, %3 failed")
                     .arg(QLocale().toString(s.requests), QLocale().toString(s.succeeded),
                          QLocale().toString(s.failed))));
    h += row(tr("Requests/s"), esc(number(s.requestsPerS, 2)));
    h += row(tr("Output tokens/s"),
             QStringLiteral("<b>%1</b>").arg(esc(number(s.outputTokensPerS))));
    h += row(tr("Output tokens"),
             esc(tr("%1 (%2 per request)")
                     .arg(QLocale().toString(s.outputTokens),
                          number(s.succeeded > 0 ? double(s.outputTokens) / s.succeeded : 0.0))));
    h += row(tr("Error rate"), esc(percent(s.errorRate)));
    h += row(tr("Goodput"), esc(tr("%1 requests/s, %2 of requests within the objectives")
                                    .arg(number(s.goodputPerS, 2), percent(s.goodFraction))));
    if (s.usageMismatches > 0)
        h += row(tr("Usage mismatches"),
                 esc(tr("%n request(s) reported another token count than they streamed", nullptr,
                        s.usageMismatches)));
    const std::optional<double> serving = r.servingThroughput();
    h += row(tr("For the cost-to-serve"),
             esc(serving ? tr("%1 output tokens/s").arg(number(*serving))
                 : r.status != bench::RunStatus::Completed
                     ? tr("not used: the run did not complete")
                     : tr("not used: the load did not meet the objectives")));
    h += QStringLiteral("</table>");

    if (!r.sweep.isEmpty()) {
        h += section(tr("Sweep"));
        h += tableHead({tr("Concurrency"), tr("Output tok/s"), tr("TTFT p95 (ms)"),
                        tr("TPOT p95 (ms)"), tr("Meets SLOs")});
        for (int i = 0; i < r.sweep.size(); ++i) {
            const bench::SweepStep& step = r.sweep.at(i);
            QString meets = step.meetsObjectives ? tr("yes") : tr("no");
            if (i == r.sweepBest)
                meets = tr("yes, highest");
            h += cells(QLocale().toString(step.concurrency),
                       {number(step.summary.outputTokensPerS), number(step.summary.ttftMs.p95),
                        number(step.summary.tpotMs.p95), meets});
        }
        h += QStringLiteral("</table>");
    }

    if (r.accuracy) {
        h += section(tr("Accuracy"));
        h += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
        h += row(tr("Overall"), esc(accuracyText(*r.accuracy)));
        QStringList languages = r.accuracy->perLanguage.keys();
        languages.sort();
        for (const QString& language : std::as_const(languages))
            h += row(languageName(language),
                     esc(accuracyText(r.accuracy->perLanguage.value(language))));
        h += QStringLiteral("</table>");
        if (!r.accuracyNote.isEmpty())
            h += QStringLiteral("<p style='color:#8a6d00'>%1</p>").arg(esc(r.accuracyNote));
    } else if (!c.suite.isEmpty() && r.status == bench::RunStatus::Completed) {
        h += section(tr("Accuracy"));
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No accuracy pass in this run.")));
    }

    if (!s.errors.isEmpty()) {
        h += section(tr("Errors"));
        h += tableHead({tr("Error"), tr("Requests")});
        QList<std::pair<QString, int>> byCount;
        for (auto it = s.errors.cbegin(); it != s.errors.cend(); ++it)
            byCount.append({it.key(), it.value()});
        std::stable_sort(byCount.begin(), byCount.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [message, count] : std::as_const(byCount))
            h += cells(message, {QLocale().toString(count)});
        h += QStringLiteral("</table>");
    }
    return h;
}

} // namespace td::ui
