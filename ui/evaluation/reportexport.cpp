#include "reportexport.h"

#include "print/htmlpdfprinter.h"
#include "store/databaseworker.h"

#include <QDir>
#include <QSaveFile>

namespace td::ui {

ReportExport::ReportExport(DatabaseWorker& worker, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
{}

void ReportExport::fail(const QString& message)
{
    m_busy = false;
    Q_EMIT failed(message);
}

void ReportExport::save(const QString& reference, DocumentLanguage language, const QString& outPath)
{
    if (!m_source.html) {
        Q_EMIT failed(tr("This build cannot print the evaluation report."));
        return;
    }
    if (m_busy) {
        Q_EMIT failed(tr("A report is still being printed; try again in a moment."));
        return;
    }
    m_busy = true;
    const Database* database = &m_worker.database();
    const auto html = m_source.html;
    m_worker.run<QString>(
        this,
        [database, html, reference, language](QSqlDatabase) {
            return html(*database, reference, language);
        },
        [this, outPath](const QString& page) {
            if (!m_printer)
                m_printer = new HtmlPdfPrinter(this);
            m_printer->disconnect(this); // the connections of the report printed before
            connect(m_printer, &HtmlPdfPrinter::failed, this, &ReportExport::fail);
            connect(m_printer, &HtmlPdfPrinter::finished, this,
                    [this, outPath](const QByteArray& pdf) {
                        QSaveFile file(outPath);
                        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() ||
                            !file.commit()) {
                            fail(tr("Could not write %1: %2. Choose another place.")
                                     .arg(QDir::toNativeSeparators(outPath), file.errorString()));
                            return;
                        }
                        m_busy = false;
                        Q_EMIT saved(outPath);
                    });
            if (!m_printer->print(page, m_source.baseUrl))
                fail(tr("A report is still being printed; try again in a moment."));
        },
        [this](const QString& message) { fail(message); });
}

} // namespace td::ui
