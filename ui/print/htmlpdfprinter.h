#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPageLayout>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>

class QWebEnginePage;
class QWebEngineProfile;

namespace td {

class LocalOnlyInterceptor;

// Prints HTML to PDF with Qt WebEngine, without blocking: loads the HTML in a page of its own
// (off the record, no network, and no script unless setReadyCheck() asks for it), then prints it
// with the page layout, A4 by default. One document at a time. Needs a QGuiApplication; see
// preparePdfPrinting() in pdfprinting.h.
class HtmlPdfPrinter : public QObject
{
    Q_OBJECT

public:
    explicit HtmlPdfPrinter(QObject* parent = nullptr);
    ~HtmlPdfPrinter() override;

    // resources/documents, where the documents' stylesheets are: qrc:/documents/.
    static QUrl defaultBaseUrl();
    // A4 portrait with the 20 mm margins of the documents' stylesheets.
    static QPageLayout a4Layout();

    void setPageLayout(const QPageLayout& layout) { m_layout = layout; }
    // How long loading and printing may take together before failed() gives up; 60 s by default.
    void setTimeout(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool isBusy() const { return m_busy; }
    // Pages that draw with script (the reports' charts) set `check`, a JavaScript expression:
    // their own script then runs, and printing waits until `check` gives true (polled), or
    // fails with the text it gives instead. Empty, the default, runs no script at all.
    void setReadyCheck(const QString& check);

    // Starts printing `html`; relative URLs in it (stylesheets, images) resolve against
    // `baseUrl`. Ends with finished() or failed(). Returns false, and does nothing, while a
    // document is still printing.
    bool print(const QString& html, const QUrl& baseUrl = defaultBaseUrl());
    // Stops the document being printed; neither finished() nor failed() follows.
    void cancel();

Q_SIGNALS:
    void finished(const QByteArray& pdf);
    void failed(const QString& message);

private:
    void createPage();
    void loaded(bool ok);
    void pollReady(quint64 job);
    void startPrinting();
    void printed(const QByteArray& pdf);
    void fail(const QString& message);

    // Declared in this order so that they are destroyed page first: a profile must outlive its
    // pages, an interceptor its profile.
    std::unique_ptr<LocalOnlyInterceptor> m_interceptor;
    std::unique_ptr<QWebEngineProfile> m_profile;
    std::unique_ptr<QWebEnginePage> m_page;
    QList<QPointer<QWebEnginePage>> m_retiredPages; // deleted later, but before the profile
    QPageLayout m_layout;
    QString m_readyCheck;
    QTimer m_timer;
    quint64 m_job = 0; // a result for an older job (cancelled, timed out) is dropped
    bool m_busy = false;
};

} // namespace td
