#include "htmlpdfprinter.h"

#include "localonlyinterceptor.h"

#include <QPageSize>
#include <QPointer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace td {

HtmlPdfPrinter::HtmlPdfPrinter(QObject* parent)
    : QObject(parent)
    , m_interceptor(std::make_unique<LocalOnlyInterceptor>())
    , m_profile(std::make_unique<QWebEngineProfile>()) // no storage name: off the record
    , m_layout(a4Layout())
{
    m_profile->setUrlRequestInterceptor(m_interceptor.get());
    m_timer.setSingleShot(true);
    m_timer.setInterval(60000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const int seconds = m_timer.interval() / 1000;
        fail(tr("Printing the document to PDF took longer than %n second(s) and was stopped. "
                "Try again when the computer is less busy.",
                nullptr, seconds));
    });
    createPage();
}

HtmlPdfPrinter::~HtmlPdfPrinter()
{
    // A page that is destroyed answers its pending print with an empty result: drop it here,
    // while this object is still whole.
    ++m_job;
    m_page.reset();
    for (const QPointer<QWebEnginePage>& page : std::as_const(m_retiredPages))
        delete page.data();
}

QUrl HtmlPdfPrinter::defaultBaseUrl()
{
    return QUrl(QStringLiteral("qrc:/documents/"));
}

QPageLayout HtmlPdfPrinter::a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 22),
                       QPageLayout::Millimeter);
}

void HtmlPdfPrinter::createPage()
{
    m_page = std::make_unique<QWebEnginePage>(m_profile.get());
    QWebEngineSettings* settings = m_page->settings();
    // Documents are static HTML: nothing in them needs script, and none may reach out. Reports
    // draw their charts with the page's own script (setReadyCheck), never anything remote.
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, !m_readyCheck.isEmpty());
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::PrintElementBackgrounds, true);
    connect(m_page.get(), &QWebEnginePage::loadFinished, this, &HtmlPdfPrinter::loaded);
    connect(m_page.get(), &QWebEnginePage::renderProcessTerminated, this, [this] {
        if (m_busy)
            fail(tr("The page renderer stopped while printing the document. Try again."));
    });
}

void HtmlPdfPrinter::setReadyCheck(const QString& check)
{
    if (check == m_readyCheck)
        return;
    m_readyCheck = check;
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, !check.isEmpty());
}

bool HtmlPdfPrinter::print(const QString& html, const QUrl& baseUrl)
{
    if (m_busy)
        return false;
    m_busy = true;
    ++m_job;
    m_timer.start();
    // setHtml passes the document as a data: URL, limited to 2 MB; tender documents and
    // reports are far smaller, and their images come from the base URL.
    m_page->setHtml(html, baseUrl);
    return true;
}

void HtmlPdfPrinter::cancel()
{
    if (!m_busy)
        return;
    m_busy = false;
    ++m_job;
    m_timer.stop();
    // A fresh page: the old one may still be printing, and a page prints one job at a time. The
    // old one goes later, since this may run inside one of its signals.
    QWebEnginePage* old = m_page.release();
    old->disconnect(this);
    old->deleteLater();
    m_retiredPages.removeIf([](const QPointer<QWebEnginePage>& page) { return page.isNull(); });
    m_retiredPages.append(old);
    createPage();
}

void HtmlPdfPrinter::loaded(bool ok)
{
    if (!m_busy)
        return;
    if (!ok) {
        fail(tr("The document could not be prepared for printing. Try again; if it keeps "
                "failing, reinstall TenderDesk."));
        return;
    }
    if (m_readyCheck.isEmpty())
        startPrinting();
    else
        pollReady(m_job);
}

void HtmlPdfPrinter::pollReady(quint64 job)
{
    const QPointer<HtmlPdfPrinter> self(this);
    m_page->runJavaScript(m_readyCheck, [self, job](const QVariant& result) {
        if (!self || !self->m_busy || self->m_job != job)
            return;
        if (result.typeId() == QMetaType::Bool && result.toBool()) {
            self->startPrinting();
        } else if (result.typeId() == QMetaType::QString && !result.toString().isEmpty()) {
            self->fail(tr("The page could not draw its charts (%1). Try again; if it keeps "
                          "failing, reinstall TenderDesk.")
                           .arg(result.toString()));
        } else {
            // Not drawn yet: look again shortly (the overall timeout still applies).
            QTimer::singleShot(50, self.data(), [self, job] {
                if (self && self->m_busy && self->m_job == job)
                    self->pollReady(job);
            });
        }
    });
}

void HtmlPdfPrinter::startPrinting()
{
    const quint64 job = m_job;
    const QPointer<HtmlPdfPrinter> self(this);
    m_page->printToPdf(
        [self, job](const QByteArray& pdf) {
            if (self && self->m_busy && self->m_job == job)
                self->printed(pdf);
        },
        m_layout);
}

void HtmlPdfPrinter::printed(const QByteArray& pdf)
{
    if (pdf.isEmpty()) {
        fail(tr("Printing the document to PDF produced nothing. Try again; if it keeps failing, "
                "reinstall TenderDesk."));
        return;
    }
    m_busy = false;
    m_timer.stop();
    Q_EMIT finished(pdf);
}

void HtmlPdfPrinter::fail(const QString& message)
{
    cancel();
    Q_EMIT failed(message);
}

} // namespace td
