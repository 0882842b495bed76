#include "pdfworker.h"

namespace td::ui {

PdfWorker::PdfWorker(const QByteArray& pdf)
    : m_pdf(pdf)
{
    m_pool.setMaxThreadCount(1);
    // Keep the thread while the document is open: a new thread would be no cheaper.
    m_pool.setExpiryTimeout(-1);
}

PdfWorker::~PdfWorker()
{
    m_closing = true;
    m_pool.clear();
    m_pool.waitForDone();
}

const LoadedPdf& PdfWorker::loaded()
{
    if (!m_loaded)
        m_loaded = std::make_unique<LoadedPdf>(PdfLoader::load(m_pdf));
    return *m_loaded;
}

} // namespace td::ui
