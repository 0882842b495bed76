#include "benchmarkform.h"

#include "apikeystore.h"
#include "bench/streamdriver.h"
#include "domain/error.h"
#include "exchange/benchmarksuite.h"
#include "store/databaseworker.h"
#include "store/tenderreader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace td::ui {
namespace {

const QString group = QStringLiteral("benchmarks/form");

// "8 × Huawei Ascend 910B + 2 × …": what a bid declares it serves on.
QString hardwareText(const QList<HardwareLine>& hardware)
{
    QStringList lines;
    for (const HardwareLine& line : hardware)
        lines.append(QStringLiteral("%1 × %2").arg(line.count).arg(line.acceleratorModel));
    return lines.join(QStringLiteral(" + "));
}

QSpinBox* spin(QWidget* parent, const QString& name, int min, int max, int value)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setValue(value);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

BenchmarkForm::BenchmarkForm(DatabaseWorker& worker, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_keys(new ApiKeyStore(this))
    , m_tender(new QLineEdit(this))
    , m_bid(new QComboBox(this))
    , m_tenderStatus(new QLabel(this))
    , m_baseUrl(new QLineEdit(this))
    , m_model(new QComboBox(this))
    , m_fetch(new QPushButton(tr("&Fetch models"), this))
    , m_apiKey(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the &keychain"), this))
    , m_api(new QComboBox(this))
    , m_suite(new QComboBox(this))
    , m_shape(new QComboBox(this))
    , m_shapeValue(new QStackedWidget(this))
    , m_concurrency(spin(this, QStringLiteral("concurrencySpin"), 1, 20000, 8))
    , m_rate(new QDoubleSpinBox(this))
    , m_sweepMax(spin(this, QStringLiteral("sweepMaxSpin"), 1, 20000, 1024))
    , m_requests(spin(this, QStringLiteral("requestsSpin"), 1, 1'000'000, 100))
    , m_warmup(spin(this, QStringLiteral("warmupSpin"), 0, 100'000, 4))
    , m_maxTokens(spin(this, QStringLiteral("maxTokensSpin"), 1, 1'000'000, 256))
    , m_randomPrefix(new QCheckBox(tr("Random &prefix"), this))
    , m_sloTtft(spin(this, QStringLiteral("sloTtftSpin"), 0, 3'600'000, 0))
    , m_sloTpot(spin(this, QStringLiteral("sloTpotSpin"), 0, 3'600'000, 0))
    , m_status(new QLabel(this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("benchmarkForm"));
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildEndpointGroup(), 3);
    columns->addWidget(buildLoadGroup(), 2);
    m_problemLabel->setObjectName(QStringLiteral("formProblem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color:#b3261e"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns);
    // Lines that come and go under the fields, so that hidden ones take no room.
    layout->addWidget(m_tenderStatus);
    layout->addWidget(m_status);
    layout->addWidget(m_problemLabel);

    connect(m_keys, &ApiKeyStore::found, this,
            [this](const QString& baseUrl, const QByteArray& key, bool fromKeychain) {
                // The user may have moved on to another URL, or typed a key meanwhile.
                if (ApiKeyStore::entryName(baseUrl) != ApiKeyStore::entryName(m_baseUrl->text()))
                    return;
                if (!m_apiKey->text().isEmpty() && m_keyFilledFor.isEmpty())
                    return;
                m_apiKey->setText(QString::fromUtf8(key));
                m_keyFilledFor = ApiKeyStore::entryName(baseUrl);
                if (fromKeychain) {
                    m_remember->setChecked(true);
                    showStatus(tr("API key read from the system keychain."), false);
                }
            });
    connect(m_keys, &ApiKeyStore::status, this, [this](const QString& message) {
        if (m_keys->keychainAvailable()) {
            showStatus(message, false);
            return;
        }
        // A missing keychain only matters to someone who asked to remember the key.
        m_keychainProblem = message;
        if (m_remember->isChecked())
            showStatus(message, true);
    });
    connect(m_remember, &QCheckBox::toggled, this, [this](bool remember) {
        if (remember && !m_keychainProblem.isEmpty())
            showStatus(m_keychainProblem, true);
        else if (!remember && m_status->text() == m_keychainProblem)
            showStatus(QString(), false);
    });
    connect(&m_fetchWatcher, &QFutureWatcher<FetchedModels>::finished, this,
            &BenchmarkForm::modelsFetched);

    for (QSpinBox* box :
         {m_concurrency, m_sweepMax, m_requests, m_warmup, m_maxTokens, m_sloTtft, m_sloTpot})
        connect(box, &QSpinBox::valueChanged, this, &BenchmarkForm::validate);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &BenchmarkForm::validate);
    for (QComboBox* combo : {m_api, m_suite})
        connect(combo, &QComboBox::currentIndexChanged, this, &BenchmarkForm::validate);
    connect(m_shape, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_shapeValue->setCurrentIndex(index);
        validate();
    });
    connect(m_model, &QComboBox::editTextChanged, this, &BenchmarkForm::validate);
    connect(m_baseUrl, &QLineEdit::textChanged, this, [this] {
        if (!m_keyFilledFor.isEmpty() &&
            m_keyFilledFor != ApiKeyStore::entryName(m_baseUrl->text())) {
            // The key read for the previous URL is not this one's.
            m_apiKey->clear();
            m_keyFilledFor.clear();
            m_remember->setChecked(false);
        }
        validate();
    });
    connect(m_baseUrl, &QLineEdit::editingFinished, this, &BenchmarkForm::baseUrlEntered);
    connect(m_apiKey, &QLineEdit::textEdited, this, [this] { m_keyFilledFor.clear(); });
    connect(m_randomPrefix, &QCheckBox::toggled, this, &BenchmarkForm::validate);
    connect(m_tender, &QLineEdit::editingFinished, this, [this] {
        const QString reference = m_tender->text().trimmed();
        if (!m_tenderShown || m_tenderShown->reference != reference)
            showTender(reference);
    });
    connect(m_bid, &QComboBox::activated, this, &BenchmarkForm::bidPicked);
    connect(m_fetch, &QPushButton::clicked, this, &BenchmarkForm::fetchModels);
    validate();
}

QWidget* BenchmarkForm::buildEndpointGroup()
{
    auto* box = new QGroupBox(tr("Deployment"), this);
    m_tender->setObjectName(QStringLiteral("tenderEdit"));
    m_tender->setPlaceholderText(tr("Tender reference, e.g. SGCC-2024-GAI-000001"));
    m_tender->setClearButtonEnabled(true);
    m_bid->setObjectName(QStringLiteral("bidCombo"));
    m_bid->addItem(tr("No bid: a run of its own"));
    m_bid->setEnabled(false);
    m_bid->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bid->setMinimumContentsLength(20);
    m_tenderStatus->setObjectName(QStringLiteral("tenderStatus"));
    m_tenderStatus->setWordWrap(true);
    m_tenderStatus->setStyleSheet(QStringLiteral("color:#b3261e"));
    m_tenderStatus->hide();
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setPlaceholderText(QStringLiteral("http://10.0.0.5:8000/v1"));
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(16);
    m_model->lineEdit()->setPlaceholderText(tr("as the server lists it"));
    m_fetch->setObjectName(QStringLiteral("fetchModelsButton"));
    m_fetch->setToolTip(tr("Ask the server which models it serves (GET /v1/models)"));
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("none"));
    m_remember->setObjectName(QStringLiteral("rememberKeyCheck"));
    m_remember->setToolTip(tr("Keep the key in the system keychain for this base URL. Keys are "
                              "never written to the settings or the database."));
    m_api->setObjectName(QStringLiteral("apiCombo"));
    m_api->addItem(tr("Chat completions"), int(bench::Api::ChatCompletions));
    m_api->addItem(tr("Completions"), int(bench::Api::Completions));
    m_status->setObjectName(QStringLiteral("endpointStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_fetch);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_remember);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Tender:"), m_tender);
    form->addRow(tr("&Bid:"), m_bid);
    form->addRow(tr("Base &URL:"), m_baseUrl);
    // Rows whose field is a layout: the label's mnemonic goes to the first widget.
    auto* modelLabel = new QLabel(tr("&Model:"), box);
    modelLabel->setBuddy(m_model);
    form->addRow(modelLabel, modelRow);
    auto* keyLabel = new QLabel(tr("API &key:"), box);
    keyLabel->setBuddy(m_apiKey);
    form->addRow(keyLabel, keyRow);
    form->addRow(tr("&API:"), m_api);
    return box;
}

QWidget* BenchmarkForm::buildLoadGroup()
{
    auto* box = new QGroupBox(tr("Load"), this);
    m_suite->setObjectName(QStringLiteral("suiteCombo"));
    m_suite->addItem(tr("none (no accuracy pass)"), QString());
    for (const QString& name : benchmarkSuiteNames())
        m_suite->addItem(name, name);
    m_suite->setToolTip(tr("The accuracy suite: its prompts make the load, and one pass over its "
                           "items measures accuracy after the load."));
    m_shape->setObjectName(QStringLiteral("shapeCombo"));
    m_shape->addItem(tr("Concurrency"), int(bench::LoadShape::Concurrency));
    m_shape->addItem(tr("Rate"), int(bench::LoadShape::Rate));
    m_shape->addItem(tr("Sweep"), int(bench::LoadShape::Sweep));
    m_shape->setToolTip(tr("Concurrency: N requests in flight. Rate: R new requests per second "
                           "(Poisson). Sweep: rising concurrency up to N, to find the highest "
                           "that meets the objectives."));
    m_concurrency->setSuffix(tr(" in flight"));
    m_rate->setObjectName(QStringLiteral("rateSpin"));
    m_rate->setRange(0.01, 100000);
    m_rate->setDecimals(2);
    m_rate->setValue(4);
    m_rate->setSuffix(tr(" per s"));
    m_sweepMax->setPrefix(tr("up to "));
    m_shapeValue->addWidget(m_concurrency);
    m_shapeValue->addWidget(m_rate);
    m_shapeValue->addWidget(m_sweepMax);
    m_shapeValue->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_requests->setToolTip(tr("Counted requests; a sweep sends this many at each step."));
    m_warmup->setToolTip(tr("Requests sent first and not counted: they warm the server's "
                            "caches and connections."));
    m_maxTokens->setToolTip(tr("The output token limit of each request of the load."));
    m_randomPrefix->setObjectName(QStringLiteral("randomPrefixCheck"));
    m_randomPrefix->setChecked(true);
    m_randomPrefix->setToolTip(
        tr("Starts each prompt with a random prefix, so that the server's prefix cache cannot "
           "answer repeated prompts faster than real, varied traffic would be answered."));
    for (QSpinBox* slo : {m_sloTtft, m_sloTpot}) {
        slo->setSpecialValueText(tr("not set"));
        slo->setSuffix(tr(" ms"));
    }
    m_sloTtft->setToolTip(tr("Time to first token that 95% of requests must meet."));
    m_sloTpot->setToolTip(tr("Time per output token that 95% of requests must meet."));

    // Two fields to a row where they belong together: the form stays short enough to leave
    // room for the live charts and the results below it.
    const auto label = [box](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, box);
        l->setBuddy(buddy);
        return l;
    };
    auto* grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->addWidget(label(tr("&Suite:"), m_suite), 0, 0);
    grid->addWidget(m_suite, 0, 1, 1, 3);
    grid->addWidget(label(tr("L&oad:"), m_shape), 1, 0);
    grid->addWidget(m_shape, 1, 1);
    grid->addWidget(m_shapeValue, 1, 2, 1, 2);
    grid->addWidget(label(tr("&Requests:"), m_requests), 2, 0);
    grid->addWidget(m_requests, 2, 1);
    grid->addWidget(label(tr("&Warm-up:"), m_warmup), 2, 2);
    grid->addWidget(m_warmup, 2, 3);
    grid->addWidget(label(tr("Max &tokens:"), m_maxTokens), 3, 0);
    grid->addWidget(m_maxTokens, 3, 1);
    grid->addWidget(m_randomPrefix, 3, 2, 1, 2);
    grid->addWidget(label(tr("SLO TTFT p&95:"), m_sloTtft), 4, 0);
    grid->addWidget(m_sloTtft, 4, 1);
    grid->addWidget(label(tr("TP&OT p95:"), m_sloTpot), 4, 2);
    grid->addWidget(m_sloTpot, 4, 3);
    grid->setRowStretch(5, 1);
    return box;
}

bench::BenchmarkConfig BenchmarkForm::config() const
{
    bench::BenchmarkConfig c;
    c.endpoint.baseUrl = m_baseUrl->text().trimmed();
    c.endpoint.model = m_model->currentText().trimmed();
    c.endpoint.apiKey = m_apiKey->text().trimmed().toUtf8();
    c.endpoint.api = bench::Api(m_api->currentData().toInt());
    c.shape = bench::LoadShape(m_shape->currentData().toInt());
    c.concurrency = m_concurrency->value();
    c.ratePerS = m_rate->value();
    c.sweepMaxConcurrency = m_sweepMax->value();
    c.requests = m_requests->value();
    c.warmup = m_warmup->value();
    c.maxTokens = m_maxTokens->value();
    c.randomPrefix = m_randomPrefix->isChecked();
    c.suite = m_suite->currentData().toString();
    c.accuracy = !c.suite.isEmpty();
    c.objectives.ttftMs = m_sloTtft->value();
    c.objectives.tpotMs = m_sloTpot->value();
    c.bidId = bidId();
    return c;
}

std::optional<qint64> BenchmarkForm::bidId() const
{
    const QVariant id = m_bid->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void BenchmarkForm::validate()
{
    m_problem = config().problem();
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    Q_EMIT changed();
}

void BenchmarkForm::setRunning(bool running)
{
    for (QWidget* child : findChildren<QGroupBox*>())
        child->setEnabled(!running);
}

void BenchmarkForm::keepApiKey()
{
    m_keys->keep(m_baseUrl->text(), m_apiKey->text().trimmed().toUtf8(), m_remember->isChecked());
}

void BenchmarkForm::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color:#b3261e") : QString());
    m_status->setVisible(!text.isEmpty());
}

void BenchmarkForm::baseUrlEntered()
{
    if (m_apiKey->text().isEmpty() || !m_keyFilledFor.isEmpty())
        m_keys->lookUp(m_baseUrl->text());
}

void BenchmarkForm::showTender(const QString& reference, std::optional<qint64> selectBid)
{
    m_tender->setText(reference);
    if (reference.isEmpty()) {
        setTender(std::nullopt, reference, std::nullopt);
        return;
    }
    m_tenderStatus->hide();
    m_worker.run<std::optional<Tender>>(
        this, [reference](QSqlDatabase db) { return TenderReader(db).byReference(reference); },
        [this, reference, selectBid](const std::optional<Tender>& tender) {
            if (m_tender->text().trimmed() != reference)
                return; // typed on meanwhile
            setTender(tender, reference, selectBid);
        },
        [this](const QString& message) {
            m_tenderStatus->setText(message);
            m_tenderStatus->show();
        });
}

void BenchmarkForm::setTender(const std::optional<Tender>& tender, const QString& reference,
                              std::optional<qint64> selectBid)
{
    const std::optional<qint64> before = bidId();
    m_tenderShown = tender;
    m_bid->clear();
    m_bid->addItem(tr("No bid: a run of its own"));
    if (!tender) {
        m_bid->setEnabled(false);
        m_tender->setToolTip(QString());
        m_tenderStatus->setText(tr("There is no tender %1 in this database.").arg(reference));
        m_tenderStatus->setVisible(!reference.isEmpty());
    } else {
        for (const Bid& bid : tender->bids) {
            QString text =
                QStringLiteral("%1 — %2").arg(bid.vendorName, bid.totalPrice.toDisplayString());
            if (!bid.hardware.isEmpty())
                text += QStringLiteral(" — ") + hardwareText(bid.hardware);
            m_bid->addItem(text, bid.id);
            m_bid->setItemData(m_bid->count() - 1,
                               tr("%1\nModel offered: %2").arg(text, bid.modelOffered),
                               Qt::ToolTipRole);
        }
        m_bid->setEnabled(!tender->bids.isEmpty());
        m_tender->setToolTip(tender->title);
        m_tenderStatus->setText(tr("%1 has no bids yet: the run will not be attached to a bid.")
                                    .arg(tender->reference));
        m_tenderStatus->setVisible(tender->bids.isEmpty());
        if (selectBid) {
            const int index = m_bid->findData(*selectBid);
            if (index >= 0) {
                m_bid->setCurrentIndex(index);
                bidPicked();
            }
        }
    }
    validate();
    if (bidId() != before)
        Q_EMIT bidChanged(bidId());
}

void BenchmarkForm::bidPicked()
{
    if (m_tenderShown && bidId()) {
        // A bid is measured against its tender: the tender's suite and objectives.
        const Tender& t = *m_tenderShown;
        const int suite = m_suite->findData(t.benchmarkSuite);
        if (suite >= 0)
            m_suite->setCurrentIndex(suite);
        m_sloTtft->setValue(t.workload.sloTimeToFirstTokenMs);
        m_sloTpot->setValue(t.workload.sloTimePerOutputTokenMs);
    }
    validate();
    Q_EMIT bidChanged(bidId());
}

void BenchmarkForm::fetchModels()
{
    if (m_fetchWatcher.isRunning())
        return;
    bench::Endpoint endpoint;
    endpoint.baseUrl = m_baseUrl->text().trimmed();
    endpoint.apiKey = m_apiKey->text().trimmed().toUtf8();
    endpoint.readTimeoutMs = 15000;
    m_fetch->setEnabled(false);
    showStatus(tr("Asking %1 for its models…").arg(endpoint.baseUrl), false);
    // Blocking network work: on the thread pool, never on the GUI thread.
    m_fetchWatcher.setFuture(QtConcurrent::run([endpoint] {
        FetchedModels fetched;
        try {
            fetched.models = bench::fetchModels(endpoint);
        } catch (const Error& e) {
            fetched.error = e.message();
        }
        return fetched;
    }));
}

void BenchmarkForm::modelsFetched()
{
    m_fetch->setEnabled(true);
    const FetchedModels fetched = m_fetchWatcher.result();
    if (!fetched.error.isEmpty()) {
        showStatus(tr("The models could not be fetched: %1").arg(fetched.error), true);
        return;
    }
    const QString typed = m_model->currentText();
    m_model->clear();
    m_model->addItems(fetched.models);
    m_model->setEditText(typed.isEmpty() && !fetched.models.isEmpty() ? fetched.models.first()
                                                                      : typed);
    showStatus(fetched.models.isEmpty()
                   ? tr("The server lists no models.")
                   : tr("The server serves %n model(s).", nullptr, int(fetched.models.size())),
               fetched.models.isEmpty());
    validate();
}

void BenchmarkForm::restoreSettings()
{
    QSettings s;
    s.beginGroup(group);
    m_baseUrl->setText(s.value(QStringLiteral("baseUrl")).toString());
    m_model->setEditText(s.value(QStringLiteral("model")).toString());
    m_api->setCurrentIndex(std::max(0, m_api->findData(s.value(QStringLiteral("api"), 0))));
    m_suite->setCurrentIndex(
        std::max(0, m_suite->findData(s.value(QStringLiteral("suite"), QString()).toString())));
    m_shape->setCurrentIndex(std::max(0, m_shape->findData(s.value(QStringLiteral("shape"), 0))));
    m_concurrency->setValue(s.value(QStringLiteral("concurrency"), 8).toInt());
    m_rate->setValue(s.value(QStringLiteral("rate"), 4.0).toDouble());
    m_sweepMax->setValue(s.value(QStringLiteral("sweepMax"), 1024).toInt());
    m_requests->setValue(s.value(QStringLiteral("requests"), 100).toInt());
    m_warmup->setValue(s.value(QStringLiteral("warmup"), 4).toInt());
    m_maxTokens->setValue(s.value(QStringLiteral("maxTokens"), 256).toInt());
    m_randomPrefix->setChecked(s.value(QStringLiteral("randomPrefix"), true).toBool());
    m_sloTtft->setValue(s.value(QStringLiteral("sloTtftMs"), 0).toInt());
    m_sloTpot->setValue(s.value(QStringLiteral("sloTpotMs"), 0).toInt());
    m_remember->setChecked(s.value(QStringLiteral("rememberKey"), false).toBool());
    const QString reference = s.value(QStringLiteral("tender")).toString();
    const QVariant bid = s.value(QStringLiteral("bid"));
    s.endGroup();
    if (!reference.isEmpty())
        showTender(reference,
                   bid.isValid() ? std::optional<qint64>(bid.toLongLong()) : std::nullopt);
    if (!m_baseUrl->text().isEmpty())
        m_keys->lookUp(m_baseUrl->text());
    validate();
}

void BenchmarkForm::saveSettings() const
{
    QSettings s;
    s.beginGroup(group);
    s.setValue(QStringLiteral("baseUrl"), m_baseUrl->text().trimmed());
    s.setValue(QStringLiteral("model"), m_model->currentText().trimmed());
    s.setValue(QStringLiteral("api"), m_api->currentData());
    s.setValue(QStringLiteral("suite"), m_suite->currentData());
    s.setValue(QStringLiteral("shape"), m_shape->currentData());
    s.setValue(QStringLiteral("concurrency"), m_concurrency->value());
    s.setValue(QStringLiteral("rate"), m_rate->value());
    s.setValue(QStringLiteral("sweepMax"), m_sweepMax->value());
    s.setValue(QStringLiteral("requests"), m_requests->value());
    s.setValue(QStringLiteral("warmup"), m_warmup->value());
    s.setValue(QStringLiteral("maxTokens"), m_maxTokens->value());
    s.setValue(QStringLiteral("randomPrefix"), m_randomPrefix->isChecked());
    s.setValue(QStringLiteral("sloTtftMs"), m_sloTtft->value());
    s.setValue(QStringLiteral("sloTpotMs"), m_sloTpot->value());
    s.setValue(QStringLiteral("rememberKey"), m_remember->isChecked());
    s.setValue(QStringLiteral("tender"), m_tender->text().trimmed());
    if (const std::optional<qint64> bid = bidId())
        s.setValue(QStringLiteral("bid"), *bid);
    else
        s.remove(QStringLiteral("bid"));
    // The API key is never written here: it lives in the keychain or in memory only.
    s.endGroup();
}

} // namespace td::ui
