#pragma once

#include "analytics/reporttable.h"

#include <QObject>
#include <QString>
#include <QWebEngineView>

#include <memory>

class QWebChannel;
class QWebEngineProfile;

namespace td {
class LocalOnlyInterceptor;
}

namespace td::ui {

// What a report page tells C++: the data item of a chart that was clicked. Its one method is
// called from the page through QWebChannel.
class ReportPageBridge : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // `label` names the clicked item as the chart shows it ("Knowledge assistant · 2024-01").
    Q_INVOKABLE void drill(const QString& section, const QString& drillKey,
                           const QString& label = {});

Q_SIGNALS:
    void drillRequested(const QString& section, const QString& drillKey, const QString& label);
};

// A report drawn in WebEngine: the dashboards of the Market workspace and the preview of an
// export. The page runs only its own script and the vendored ECharts from our resources; its
// profile is off the record and blocks every network request (LocalOnlyInterceptor). A click on
// a chart's data item that stands for tenders (one with a "drill" string) is reported by
// drillRequested().
class ReportView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit ReportView(QWidget* parent = nullptr);
    ~ReportView() override;

    // Shows `report`; tables cut to `maxTableRows` rows (-1: all). ready() follows once its
    // charts are drawn.
    void showReport(const analytics::Report& report, int maxTableRows = -1);
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void drillRequested(const QString& section, const QString& drillKey, const QString& label);
    void ready();
    // The page could not draw its charts: `reason` for the log and the user.
    void failed(const QString& reason);

private:
    void pollReady(quint64 generation);

    // In this order so that the page goes before its profile, the profile before its
    // interceptor (see HtmlPdfPrinter).
    std::unique_ptr<LocalOnlyInterceptor> m_interceptor;
    std::unique_ptr<QWebEngineProfile> m_profile;
    ReportPageBridge* m_bridge;
    QWebChannel* m_channel;
    quint64 m_generation = 0;
    bool m_ready = false;
};

} // namespace td::ui
