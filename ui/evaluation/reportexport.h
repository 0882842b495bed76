#pragma once

#include "exchange/documentlanguage.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace td {
class Database;
class DatabaseWorker;
class HtmlPdfPrinter;
} // namespace td

namespace td::ui {

// Saves the evaluation report of a tender as PDF: its HTML is made on the worker (it reads the
// whole evaluation), then printed by WebEngine without blocking, then written in one go (a
// failed save leaves no half-written file).
class ReportExport : public QObject
{
    Q_OBJECT

public:
    // Where the report's HTML comes from: the core's report writer, given by whoever links it.
    struct Source
    {
        std::function<QString(const Database&, const QString& reference, DocumentLanguage)> html;
        QUrl baseUrl;
    };

    ReportExport(DatabaseWorker& worker, QObject* parent = nullptr);

    void setSource(Source source) { m_source = std::move(source); }
    bool isAvailable() const { return bool(m_source.html); }
    bool isBusy() const { return m_busy; }

    void save(const QString& reference, DocumentLanguage language, const QString& outPath);

Q_SIGNALS:
    void saved(const QString& path);
    void failed(const QString& message);

private:
    void fail(const QString& message);

    DatabaseWorker& m_worker;
    Source m_source;
    HtmlPdfPrinter* m_printer = nullptr;
    bool m_busy = false;
};

} // namespace td::ui
