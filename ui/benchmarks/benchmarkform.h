#pragma once

#include "bench/benchmarkconfig.h"
#include "domain/tender.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace td {
class DatabaseWorker;
}

namespace td::ui {

class ApiKeyStore;

// The settings of a benchmark run: which bid of which tender it is for (picking a bid takes the
// suite and objectives from its tender), the endpoint (base URL, model, API key), the suite and
// the load. Checked as the user types; the last values, never the key, are remembered.
class BenchmarkForm : public QWidget
{
    Q_OBJECT

public:
    BenchmarkForm(DatabaseWorker& worker, QWidget* parent = nullptr);

    // The run these settings describe, with the API key.
    bench::BenchmarkConfig config() const;
    // Why the run cannot start, empty when it can.
    QString problem() const { return m_problem; }
    std::optional<qint64> bidId() const;
    // Keeps the key as the user asked (keychain or session) before a run.
    void keepApiKey();
    // While a run goes, the settings stay as they are.
    void setRunning(bool running);

    void restoreSettings();
    void saveSettings() const;

    // Loads the tender with that reference and offers its bids (for tests and the list).
    void showTender(const QString& reference, std::optional<qint64> selectBid = std::nullopt);

Q_SIGNALS:
    void changed();
    void bidChanged(std::optional<qint64> bidId);

private:
    struct FetchedModels
    {
        QStringList models;
        QString error;
    };

    QWidget* buildEndpointGroup();
    QWidget* buildLoadGroup();
    void validate();
    void setTender(const std::optional<Tender>& tender, const QString& reference,
                   std::optional<qint64> selectBid);
    void bidPicked();
    void baseUrlEntered();
    void fetchModels();
    void modelsFetched();
    void showStatus(const QString& text, bool error);

    DatabaseWorker& m_worker;
    ApiKeyStore* m_keys;
    QLineEdit* m_tender;
    QComboBox* m_bid;
    QLabel* m_tenderStatus;
    QLineEdit* m_baseUrl;
    QComboBox* m_model;
    QPushButton* m_fetch;
    QLineEdit* m_apiKey;
    QCheckBox* m_remember;
    QComboBox* m_api;
    QComboBox* m_suite;
    QComboBox* m_shape;
    QStackedWidget* m_shapeValue;
    QSpinBox* m_concurrency;
    QDoubleSpinBox* m_rate;
    QSpinBox* m_sweepMax;
    QSpinBox* m_requests;
    QSpinBox* m_warmup;
    QSpinBox* m_maxTokens;
    QCheckBox* m_randomPrefix;
    QSpinBox* m_sloTtft;
    QSpinBox* m_sloTpot;
    QLabel* m_status; // endpoint: fetched models, keychain
    QLabel* m_problemLabel;
    QString m_problem;
    std::optional<Tender> m_tenderShown;
    QString m_keyFilledFor;    // the URL whose key the key field holds from the store
    QString m_keychainProblem; // why the keychain cannot keep keys, once it has failed
    QFutureWatcher<FetchedModels> m_fetchWatcher;
};

} // namespace td::ui
