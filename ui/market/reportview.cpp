#include "reportview.h"

#include "analytics/reporthtml.h"
#include "print/localonlyinterceptor.h"

#include <QPointer>
#include <QTimer>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace td::ui {

namespace {

// The bridge's script: QWebChannel's own (built into WebEngine, served from qrc:), then a click
// on a data item with a "drill" string calls the bridge. tenderdeskDrill is also what a test
// calls when it cannot click.
const char* const bridgeHead = "<script src=\"qrc:///qtwebchannel/qwebchannel.js\"></script>\n";

const char* const bridgeScript = R"(
  window.tenderdeskDrill = function (section, key, label) {
    if (window.tenderdeskBridge) window.tenderdeskBridge.drill(section, key, label || '');
  };
  new QWebChannel(qt.webChannelTransport, function (channel) {
    window.tenderdeskBridge = channel.objects.report;
  });
  window.tenderdeskCharts.forEach(function (c) {
    c.chart.on('click', function (p) {
      if (p.data && p.data.drill !== undefined) {
        // What the reader clicked, in the chart's own words: the series and the item.
        var label = [p.seriesName, p.name].filter(function (t) {
          return t && String(t).indexOf('series') !== 0;
        }).join(' · ');
        window.tenderdeskDrill(c.section, String(p.data.drill), label);
      }
    });
  });
)";

} // namespace

void ReportPageBridge::drill(const QString& section, const QString& drillKey, const QString& label)
{
    Q_EMIT drillRequested(section, drillKey, label);
}

ReportView::ReportView(QWidget* parent)
    : QWebEngineView(parent)
    , m_interceptor(std::make_unique<LocalOnlyInterceptor>())
    , m_profile(std::make_unique<QWebEngineProfile>()) // no storage name: off the record
    , m_bridge(new ReportPageBridge(this))
    , m_channel(new QWebChannel(this))
{
    m_profile->setUrlRequestInterceptor(m_interceptor.get());
    auto* page = new QWebEnginePage(m_profile.get(), this);
    QWebEngineSettings* settings = page->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    m_channel->registerObject(QStringLiteral("report"), m_bridge);
    page->setWebChannel(m_channel);
    setPage(page);
    setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_bridge, &ReportPageBridge::drillRequested, this, &ReportView::drillRequested);
    connect(page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok) {
            Q_EMIT failed(tr("The report page could not be shown."));
            return;
        }
        pollReady(m_generation);
    });
}

ReportView::~ReportView()
{
    // The page belongs to this view but uses the profile: delete it while the profile lives.
    delete page();
}

void ReportView::showReport(const analytics::Report& report, int maxTableRows)
{
    analytics::HtmlReportOptions options;
    options.chartLibrary = analytics::HtmlReportOptions::ChartLibrary::Linked;
    options.maxTableRows = maxTableRows;
    options.chartHeight = 300;
    options.extraHead = QString::fromUtf8(bridgeHead);
    options.extraScript = QString::fromUtf8(bridgeScript);
    ++m_generation;
    m_ready = false;
    setHtml(analytics::reportHtml(report, options), QUrl(QStringLiteral("qrc:/web/")));
}

void ReportView::pollReady(quint64 generation)
{
    const QPointer<ReportView> self(this);
    // Ready once the charts are drawn and the bridge is connected, so that a click counts.
    static const QString check = QStringLiteral(
        "(window.tenderdeskChartsReady === true && !!window.tenderdeskBridge) ? true : "
        "(window.tenderdeskChartsError || false)");
    page()->runJavaScript(check, [self, generation](const QVariant& result) {
        if (!self || self->m_generation != generation)
            return;
        if (result.typeId() == QMetaType::Bool && result.toBool()) {
            self->m_ready = true;
            Q_EMIT self->ready();
        } else if (result.typeId() == QMetaType::QString && !result.toString().isEmpty()) {
            Q_EMIT self->failed(result.toString());
        } else {
            QTimer::singleShot(50, self.data(), [self, generation] {
                if (self)
                    self->pollReady(generation);
            });
        }
    });
}

} // namespace td::ui
