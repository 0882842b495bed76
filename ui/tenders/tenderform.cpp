#include "tenderform.h"

#include "biddocumentspage.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace td::ui {
namespace {

// Fields whose consecutive edits merge into one undo step (typing a word, spinning a box).
enum FieldId
{
    NoMerge = -1,
    TitleField = 1,
    DescriptionField,
    CeilingField,
    PublishedField,
    ClarificationField,
    BidDeadlineField,
    OpeningField,
    DomesticShareField,
    TokensField,
    UsersField,
    PeakField,
    TtftField,
    TpotField,
    AvailabilityField,
};

const QStringList criterionCodes = {QStringLiteral("price"),
                                    QStringLiteral("technical"),
                                    QStringLiteral("benchmarkAccuracy"),
                                    QStringLiteral("benchmarkPerformance"),
                                    QStringLiteral("security"),
                                    QStringLiteral("service")};

QDateTimeEdit* dateTimeEdit(QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    // The edit shows the wall-clock time of the tender's zone; the spec is only a container.
    edit->setTimeSpec(Qt::UTC);
    return edit;
}

template <typename E> void fillCodes(QComboBox* box)
{
    for (E value : Codes<E>::all())
        box->addItem(nameOf(value), codeOf(value));
}

} // namespace

TenderForm::TenderForm(bool draft, QList<Organization> buyers, QList<Accelerator> accelerators,
                       QStringList benchmarkSuites, Edit edit, QWidget* parent)
    : QTabWidget(parent)
    , m_draft(draft)
    , m_buyers(std::move(buyers))
    , m_accelerators(std::move(accelerators))
    , m_benchmarkSuites(std::move(benchmarkSuites))
    , m_edit(std::move(edit))
{
    addTab(buildGeneralPage(), tr("&General"));
    addTab(buildTimelinePage(), tr("&Timeline"));
    addTab(buildLotsPage(), tr("&Lots"));
    addTab(buildCriteriaPage(), tr("&Criteria"));
    addTab(buildRequirementsPage(), tr("&Hardware and service levels"));
    m_bidDocuments = new BidDocumentsPage(
        [this](const QString& text, const std::function<void(Tender&)>& change) {
            this->edit(text, NoMerge, change);
        },
        this);
    addTab(m_bidDocuments, tr("Bid &documents"));
    connectFields();
}

QWidget* TenderForm::buildGeneralPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_reference = new QLineEdit(page);
    m_reference->setReadOnly(true);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_buyer = new QComboBox(page);
    for (const Organization& o : m_buyers)
        m_buyer->addItem(o.shortName.isEmpty() ? o.name : o.shortName, o.id);
    m_buyer->setEnabled(m_draft);
    m_category = new QComboBox(page);
    fillCodes<TenderCategory>(m_category);
    m_purchaseKind = new QComboBox(page);
    m_purchaseKind->setObjectName(QStringLiteral("purchaseKindBox"));
    fillCodes<PurchaseKind>(m_purchaseKind);
    m_purchaseKind->setToolTip(
        tr("Whether the tender buys goods, services or both (a model deployed on hardware the "
           "winner delivers is both). MOF Order 87 sets a higher minimum price weight for goods "
           "than for services."));
    m_method = new QComboBox(page);
    fillCodes<ProcurementMethod>(m_method);
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_ceiling = new QLineEdit(page);
    m_ceiling->setObjectName(QStringLiteral("ceilingEdit"));
    m_ceiling->setToolTip(tr("The amount in yuan, e.g. 3800000.00"));
    m_timeZone = new QComboBox(page);
    for (const char* zone : {"Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "UTC"})
        m_timeZone->addItem(QString::fromLatin1(zone), QString::fromLatin1(zone));
    // Published times stay where they were published; an amendment moves deadlines, not zones.
    m_timeZone->setEnabled(m_draft);
    form->addRow(tr("Reference:"), m_reference);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Buyer:"), m_buyer);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("Purchase &kind:"), m_purchaseKind);
    form->addRow(tr("Procurement &method:"), m_method);
    form->addRow(tr("Budget &ceiling (CNY):"), m_ceiling);
    form->addRow(tr("Time &zone of deadlines:"), m_timeZone);
    form->addRow(tr("&Description:"), m_description);
    return page;
}

QWidget* TenderForm::buildTimelinePage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_published = dateTimeEdit(page);
    m_published->setObjectName(QStringLiteral("publishedEdit"));
    m_clarificationDeadline = dateTimeEdit(page);
    m_clarificationDeadline->setObjectName(QStringLiteral("clarificationDeadlineEdit"));
    m_bidDeadline = dateTimeEdit(page);
    m_bidDeadline->setObjectName(QStringLiteral("bidDeadlineEdit"));
    m_opening = dateTimeEdit(page);
    m_opening->setObjectName(QStringLiteral("openingEdit"));
    m_published->setEnabled(m_draft);
    auto* note = new QLabel(tr("Times are in the tender's time zone (General page). A publication "
                               "time in the past means: publish now."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("&Publication:"), m_published);
    form->addRow(tr("&Clarification deadline:"), m_clarificationDeadline);
    form->addRow(tr("&Bid deadline:"), m_bidDeadline);
    form->addRow(tr("Bid &opening:"), m_opening);
    return page;
}

QWidget* TenderForm::buildLotsPage()
{
    auto* page = new QWidget(this);
    m_lots = new QTableWidget(0, 2, page);
    m_lots->setObjectName(QStringLiteral("lotsTable"));
    m_lots->setHorizontalHeaderLabels({tr("Title"), tr("Budget (CNY)")});
    m_lots->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* add = new QPushButton(tr("Add lot"), page);
    auto* remove = new QPushButton(tr("Remove lot"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        edit(tr("add a lot"), NoMerge, [this](Tender& t) {
            const int number = t.lots.isEmpty() ? 1 : t.lots.constLast().number + 1;
            t.lots.append(
                Lot{0, number, tr("Lot %1").arg(number), Money(0, t.budgetCeiling.currency())});
        });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_lots->currentRow();
        if (row < 0 || row >= m_tender.lots.size())
            return;
        edit(tr("remove lot %1").arg(m_tender.lots.at(row).number), NoMerge,
             [row](Tender& t) { t.lots.removeAt(row); });
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_lots);
    layout->addLayout(buttons);
    return page;
}

QWidget* TenderForm::buildCriteriaPage()
{
    auto* page = new QWidget(this);
    m_criteria = new QTableWidget(0, 3, page);
    m_criteria->setObjectName(QStringLiteral("criteriaTable"));
    m_criteria->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Weight (%)")});
    m_criteria->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_weightSum = new QLabel(page);
    m_weightSum->setObjectName(QStringLiteral("weightSum"));
    auto* add = new QPushButton(tr("Add criterion"), page);
    auto* remove = new QPushButton(tr("Remove criterion"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        QString code;
        for (const QString& candidate : criterionCodes) {
            const bool used = std::any_of(m_tender.criteria.cbegin(), m_tender.criteria.cend(),
                                          [&](const Criterion& c) { return c.code == candidate; });
            if (!used) {
                code = candidate;
                break;
            }
        }
        if (code.isEmpty())
            code = QStringLiteral("criterion%1").arg(m_tender.criteria.size() + 1);
        edit(tr("add a criterion"), NoMerge, [code](Tender& t) {
            t.criteria.append(Criterion{0, code, code, 0});
        });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_criteria->currentRow();
        if (row < 0 || row >= m_tender.criteria.size())
            return;
        edit(tr("remove criterion %1").arg(m_tender.criteria.at(row).name), NoMerge,
             [row](Tender& t) { t.criteria.removeAt(row); });
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(m_weightSum);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_criteria);
    layout->addLayout(buttons);
    return page;
}

QWidget* TenderForm::buildRequirementsPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_domesticShare = new QSpinBox(page);
    m_domesticShare->setObjectName(QStringLiteral("domesticShareEdit"));
    m_domesticShare->setRange(0, 100);
    m_domesticShare->setSuffix(QStringLiteral(" %"));
    m_excluded = new QListWidget(page);
    m_excluded->setObjectName(QStringLiteral("excludedModels"));
    for (const Accelerator& a : m_accelerators) {
        auto* item = new QListWidgetItem(a.domestic ? a.model : tr("%1 (imported)").arg(a.model),
                                         m_excluded);
        item->setData(Qt::UserRole, a.model);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_tokensPerYear = new QLineEdit(page);
    m_tokensPerYear->setObjectName(QStringLiteral("tokensEdit"));
    m_concurrentUsers = new QSpinBox(page);
    m_concurrentUsers->setRange(0, 10'000'000);
    m_peakRequests = new QSpinBox(page);
    m_peakRequests->setObjectName(QStringLiteral("peakRequestsSpin"));
    m_peakRequests->setRange(0, 10'000'000);
    //: Shown in place of 0 peak concurrent requests: the cost model derives the peak.
    m_peakRequests->setSpecialValueText(tr("Derived: one in ten users"));
    m_peakRequests->setToolTip(
        tr("Requests in flight at the busiest moment, which the deployment must answer within "
           "its service levels. Left at its lowest, one concurrent user in ten is taken."));
    m_sloTtft = new QSpinBox(page);
    m_sloTtft->setRange(0, 600'000);
    m_sloTtft->setSuffix(tr(" ms"));
    m_sloTpot = new QSpinBox(page);
    m_sloTpot->setRange(0, 60'000);
    m_sloTpot->setSuffix(tr(" ms"));
    m_sloAvailability = new QDoubleSpinBox(page);
    m_sloAvailability->setRange(50, 100);
    m_sloAvailability->setDecimals(3);
    m_sloAvailability->setSuffix(QStringLiteral(" %"));
    m_suite = new QComboBox(page);
    m_suite->addItem(tr("(none)"), QString());
    for (const QString& suite : m_benchmarkSuites)
        m_suite->addItem(suite, suite);
    form->addRow(tr("Minimum &domestic accelerator share:"), m_domesticShare);
    form->addRow(tr("E&xcluded accelerator models:"), m_excluded);
    form->addRow(tr("Contracted output &tokens per year:"), m_tokensPerYear);
    form->addRow(tr("Concurrent &users:"), m_concurrentUsers);
    form->addRow(tr("Peak concurrent re&quests:"), m_peakRequests);
    form->addRow(tr("SLO: p95 time to first token:"), m_sloTtft);
    form->addRow(tr("SLO: p95 time per output token:"), m_sloTpot);
    form->addRow(tr("SLO: availability:"), m_sloAvailability);
    form->addRow(tr("&Benchmark suite:"), m_suite);
    return page;
}

void TenderForm::connectFields()
{
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) {
        edit(tr("edit the title"), TitleField, [text](Tender& t) { t.title = text; });
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_description->toPlainText();
        if (text != m_tender.description)
            edit(tr("edit the description"), DescriptionField,
                 [text](Tender& t) { t.description = text; });
    });
    connect(m_buyer, &QComboBox::activated, this, [this] {
        const qint64 id = m_buyer->currentData().toLongLong();
        edit(tr("change the buyer"), NoMerge, [id](Tender& t) { t.buyerId = id; });
    });
    connect(m_category, &QComboBox::activated, this, [this] {
        const auto c = parseCode<TenderCategory>(m_category->currentData().toString());
        edit(tr("change the category"), NoMerge,
             [c](Tender& t) { t.category = c.value_or(t.category); });
    });
    connect(m_purchaseKind, &QComboBox::activated, this, [this] {
        const auto k = parseCode<PurchaseKind>(m_purchaseKind->currentData().toString());
        edit(tr("change what the tender buys"), NoMerge,
             [k](Tender& t) { t.purchaseKind = k.value_or(t.purchaseKind); });
    });
    connect(m_method, &QComboBox::activated, this, [this] {
        const auto m = parseCode<ProcurementMethod>(m_method->currentData().toString());
        edit(tr("change the procurement method"), NoMerge,
             [m](Tender& t) { t.method = m.value_or(t.method); });
    });
    connect(m_ceiling, &QLineEdit::textEdited, this, [this](const QString& text) {
        const std::optional<Money> amount =
            Money::parse(text.trimmed(), m_tender.budgetCeiling.currency());
        if (!amount) {
            Q_EMIT inputChanged(); // the editor says that the text is not an amount
            return;
        }
        edit(tr("edit the budget ceiling"), CeilingField,
             [amount](Tender& t) { t.budgetCeiling = *amount; });
    });
    connect(m_timeZone, &QComboBox::activated, this, [this] {
        const QString zone = m_timeZone->currentData().toString();
        // The deadlines keep their wall-clock times in the new zone.
        edit(tr("change the time zone"), NoMerge, [zone](Tender& t) {
            const QTimeZone z(zone.toUtf8());
            const auto move = [&](QDateTime& utc) {
                if (!utc.isValid())
                    return;
                const QDateTime wall = utc.toTimeZone(QTimeZone(t.timeZone.toUtf8()));
                utc = QDateTime(wall.date(), wall.time(), z).toUTC();
            };
            move(t.publishedAt);
            move(t.clarificationDeadline);
            move(t.bidDeadline);
            move(t.openingAt);
            t.timeZone = zone;
        });
    });
    const auto connectTime = [this](QDateTimeEdit* e, int field, const QString& text,
                                    QDateTime Tender::*member) {
        connect(e, &QDateTimeEdit::dateTimeChanged, this, [this, e, field, text, member] {
            const QDateTime utc = fromEdit(e);
            if (utc != m_tender.*member)
                edit(text, field, [utc, member](Tender& t) { t.*member = utc; });
        });
    };
    connectTime(m_published, PublishedField, tr("change the publication time"),
                &Tender::publishedAt);
    connectTime(m_clarificationDeadline, ClarificationField,
                tr("change the clarification deadline"), &Tender::clarificationDeadline);
    connectTime(m_bidDeadline, BidDeadlineField, tr("change the bid deadline"),
                &Tender::bidDeadline);
    connectTime(m_opening, OpeningField, tr("change the opening time"), &Tender::openingAt);

    connect(m_lots, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_refreshing || item->row() >= m_tender.lots.size())
            return;
        const int row = item->row();
        if (item->column() == 0) {
            const QString title = item->text();
            edit(tr("rename lot %1").arg(row + 1), NoMerge,
                 [row, title](Tender& t) { t.lots[row].title = title; });
            return;
        }
        const std::optional<Money> budget =
            Money::parse(item->text().trimmed(), m_tender.budgetCeiling.currency());
        if (!budget) {
            QMessageBox::warning(this, window()->windowTitle(),
                                 tr("'%1' is not an amount. Write the budget in yuan, e.g. "
                                    "1200000.00.")
                                     .arg(item->text()));
            refreshLots();
            return;
        }
        edit(tr("change the budget of lot %1").arg(row + 1), NoMerge,
             [row, budget](Tender& t) { t.lots[row].budget = *budget; });
    });
    connect(m_criteria, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_refreshing || item->row() >= m_tender.criteria.size())
            return;
        const int row = item->row();
        const QString text = item->text().trimmed();
        switch (item->column()) {
        case 0:
            if (text.isEmpty()) {
                QMessageBox::warning(this, window()->windowTitle(),
                                     tr("A criterion needs its code, such as price or "
                                        "technical."));
                refreshCriteria();
                return;
            }
            edit(tr("change a criterion's code"), NoMerge,
                 [row, text](Tender& t) { t.criteria[row].code = text; });
            break;
        case 1:
            edit(tr("rename a criterion"), NoMerge,
                 [row, text](Tender& t) { t.criteria[row].name = text; });
            break;
        default: {
            bool ok = false;
            const int weight = text.toInt(&ok);
            if (!ok || weight < 0 || weight > 100) {
                QMessageBox::warning(this, window()->windowTitle(),
                                     tr("A weight is a whole number of percent from 0 to 100, "
                                        "not '%1'.")
                                         .arg(text));
                refreshCriteria();
                return;
            }
            edit(tr("change the weight of %1").arg(m_tender.criteria.at(row).name), NoMerge,
                 [row, weight](Tender& t) { t.criteria[row].weight = weight; });
        }
        }
    });

    connect(m_domesticShare, &QSpinBox::valueChanged, this, [this](int value) {
        if (value != m_tender.hardwareRules.minimumDomesticSharePercent)
            edit(tr("change the minimum domestic share"), DomesticShareField,
                 [value](Tender& t) { t.hardwareRules.minimumDomesticSharePercent = value; });
    });
    connect(m_excluded, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_refreshing)
            return;
        const QString model = item->data(Qt::UserRole).toString();
        const bool exclude = item->checkState() == Qt::Checked;
        edit(exclude ? tr("exclude %1").arg(model) : tr("allow %1").arg(model), NoMerge,
             [model, exclude](Tender& t) {
                 t.hardwareRules.excludedModels.removeAll(model);
                 if (exclude)
                     t.hardwareRules.excludedModels.append(model);
             });
    });
    connect(m_tokensPerYear, &QLineEdit::textEdited, this, [this](const QString& text) {
        bool ok = false;
        const qint64 tokens = QString(text).remove(QLatin1Char(',')).trimmed().toLongLong(&ok);
        if (ok && tokens >= 0)
            edit(tr("change the contracted tokens"), TokensField,
                 [tokens](Tender& t) { t.workload.contractedTokensPerYear = tokens; });
        else
            Q_EMIT inputChanged();
    });
    const auto connectInt = [this](QSpinBox* box, int field, const QString& text,
                                   int Workload::*member) {
        connect(box, &QSpinBox::valueChanged, this, [this, field, text, member](int value) {
            if (value != m_tender.workload.*member)
                edit(text, field, [value, member](Tender& t) { t.workload.*member = value; });
        });
    };
    connectInt(m_concurrentUsers, UsersField, tr("change the concurrent users"),
               &Workload::concurrentUsers);
    connectInt(m_peakRequests, PeakField, tr("change the peak concurrent requests"),
               &Workload::peakConcurrentRequests);
    connectInt(m_sloTtft, TtftField, tr("change the time-to-first-token SLO"),
               &Workload::sloTimeToFirstTokenMs);
    connectInt(m_sloTpot, TpotField, tr("change the time-per-output-token SLO"),
               &Workload::sloTimePerOutputTokenMs);
    connect(m_sloAvailability, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (!qFuzzyCompare(value, m_tender.workload.sloAvailabilityPercent))
            edit(tr("change the availability SLO"), AvailabilityField,
                 [value](Tender& t) { t.workload.sloAvailabilityPercent = value; });
    });
    connect(m_suite, &QComboBox::activated, this, [this] {
        const QString suite = m_suite->currentData().toString();
        edit(tr("change the benchmark suite"), NoMerge,
             [suite](Tender& t) { t.benchmarkSuite = suite; });
    });
}

QDateTime TenderForm::fromEdit(const QDateTimeEdit* e) const
{
    const QDateTime wall = e->dateTime();
    return QDateTime(wall.date(), wall.time(), QTimeZone(m_tender.timeZone.toUtf8())).toUTC();
}

void TenderForm::toEdit(QDateTimeEdit* e, const QDateTime& utc) const
{
    const QDateTime local = utc.isValid() ? utc.toTimeZone(QTimeZone(m_tender.timeZone.toUtf8()))
                                          : QDateTime::currentDateTimeUtc();
    e->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
}

void TenderForm::showTender(const Tender& tender)
{
    m_tender = tender;
    refreshWidgets();
}

void TenderForm::refreshWidgets()
{
    m_refreshing = true;
    const auto keepCursor = [](QLineEdit* line, const QString& text) {
        if (line->text() != text)
            line->setText(text);
    };
    m_reference->setText(m_tender.reference);
    keepCursor(m_title, m_tender.title);
    if (m_description->toPlainText() != m_tender.description)
        m_description->setPlainText(m_tender.description);
    m_buyer->setCurrentIndex(m_buyer->findData(m_tender.buyerId));
    m_category->setCurrentIndex(m_category->findData(codeOf(m_tender.category)));
    m_purchaseKind->setCurrentIndex(m_purchaseKind->findData(codeOf(m_tender.purchaseKind)));
    m_method->setCurrentIndex(m_method->findData(codeOf(m_tender.method)));
    const std::optional<Money> shown =
        Money::parse(m_ceiling->text().trimmed(), m_tender.budgetCeiling.currency());
    if (!shown || *shown != m_tender.budgetCeiling)
        m_ceiling->setText(m_tender.budgetCeiling.toPlainString());
    m_timeZone->setCurrentIndex(m_timeZone->findData(m_tender.timeZone));
    toEdit(m_published, m_tender.publishedAt);
    toEdit(m_clarificationDeadline, m_tender.clarificationDeadline);
    toEdit(m_bidDeadline, m_tender.bidDeadline);
    toEdit(m_opening, m_tender.openingAt);
    refreshLots();
    refreshCriteria();
    m_bidDocuments->showDocuments(m_tender.bidDocuments);
    m_domesticShare->setValue(m_tender.hardwareRules.minimumDomesticSharePercent);
    for (int i = 0; i < m_excluded->count(); ++i) {
        QListWidgetItem* item = m_excluded->item(i);
        item->setCheckState(
            m_tender.hardwareRules.excludedModels.contains(item->data(Qt::UserRole).toString())
                ? Qt::Checked
                : Qt::Unchecked);
    }
    bool tokensOk = false;
    const qint64 tokensShown =
        QString(m_tokensPerYear->text()).remove(QLatin1Char(',')).toLongLong(&tokensOk);
    if (!tokensOk || tokensShown != m_tender.workload.contractedTokensPerYear)
        m_tokensPerYear->setText(QString::number(m_tender.workload.contractedTokensPerYear));
    m_concurrentUsers->setValue(m_tender.workload.concurrentUsers);
    m_peakRequests->setValue(m_tender.workload.peakConcurrentRequests);
    m_sloTtft->setValue(m_tender.workload.sloTimeToFirstTokenMs);
    m_sloTpot->setValue(m_tender.workload.sloTimePerOutputTokenMs);
    m_sloAvailability->setValue(m_tender.workload.sloAvailabilityPercent);
    int suite = m_suite->findData(m_tender.benchmarkSuite);
    if (suite < 0) {
        m_suite->addItem(m_tender.benchmarkSuite, m_tender.benchmarkSuite);
        suite = m_suite->count() - 1;
    }
    m_suite->setCurrentIndex(suite);
    m_refreshing = false;
}

void TenderForm::refreshLots()
{
    const bool wasRefreshing = std::exchange(m_refreshing, true);
    m_lots->setRowCount(int(m_tender.lots.size()));
    for (int row = 0; row < m_tender.lots.size(); ++row) {
        const Lot& lot = m_tender.lots.at(row);
        m_lots->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(lot.number)));
        m_lots->setItem(row, 0, new QTableWidgetItem(lot.title));
        auto* budget = new QTableWidgetItem(lot.budget.toPlainString());
        budget->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lots->setItem(row, 1, budget);
    }
    m_refreshing = wasRefreshing;
}

void TenderForm::refreshCriteria()
{
    const bool wasRefreshing = std::exchange(m_refreshing, true);
    m_criteria->setRowCount(int(m_tender.criteria.size()));
    int sum = 0;
    for (int row = 0; row < m_tender.criteria.size(); ++row) {
        const Criterion& c = m_tender.criteria.at(row);
        m_criteria->setItem(row, 0, new QTableWidgetItem(c.code));
        m_criteria->setItem(row, 1, new QTableWidgetItem(c.name));
        auto* weight = new QTableWidgetItem(QString::number(c.weight));
        weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_criteria->setItem(row, 2, weight);
        sum += c.weight;
    }
    m_weightSum->setText(tr("Sum of weights: %1 of 100").arg(sum));
    m_weightSum->setStyleSheet(sum == 100 ? QString() : QStringLiteral("color: #b00020;"));
    m_refreshing = wasRefreshing;
}

QWidget* TenderForm::fieldWidget(const QString& field) const
{
    if (field == QLatin1String("title"))
        return m_title;
    if (field == QLatin1String("buyer"))
        return m_buyer;
    if (field == QLatin1String("description"))
        return m_description;
    if (field == QLatin1String("budgetCeiling"))
        return m_ceiling;
    if (field == QLatin1String("publishedAt"))
        return m_published;
    if (field == QLatin1String("clarificationDeadline"))
        return m_clarificationDeadline;
    if (field == QLatin1String("bidDeadline"))
        return m_bidDeadline;
    if (field == QLatin1String("openingAt"))
        return m_opening;
    if (field.startsWith(QLatin1String("lots")))
        return m_lots;
    if (field.startsWith(QLatin1String("criteria")))
        return m_criteria;
    if (field.startsWith(QLatin1String("bidDocuments")))
        return m_bidDocuments->table();
    if (field == QLatin1String("hardwareRules"))
        return m_domesticShare;
    if (field == QLatin1String("workload"))
        return m_tokensPerYear;
    return nullptr;
}

QList<ValidationIssue> TenderForm::inputIssues() const
{
    QList<ValidationIssue> issues;
    if (!Money::parse(m_ceiling->text().trimmed(), m_tender.budgetCeiling.currency()))
        issues.append({ValidationIssue::Severity::Error, QStringLiteral("budgetCeiling"),
                       tr("'%1' is not an amount: write the ceiling in yuan, e.g. 3800000.00.")
                           .arg(m_ceiling->text())});
    bool tokensOk = false;
    QString(m_tokensPerYear->text()).remove(QLatin1Char(',')).trimmed().toLongLong(&tokensOk);
    if (!tokensOk)
        issues.append({ValidationIssue::Severity::Error, QStringLiteral("workload"),
                       tr("'%1' is not a number of tokens.").arg(m_tokensPerYear->text())});
    return issues;
}

void TenderForm::markErrors(const QList<ValidationIssue>& issues)
{
    // A field with an error gets a red frame where the user types.
    const QString errorStyle = QStringLiteral("border: 1px solid #b00020;");
    for (QWidget* w :
         {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_ceiling),
          static_cast<QWidget*>(m_bidDeadline), static_cast<QWidget*>(m_clarificationDeadline),
          static_cast<QWidget*>(m_opening), static_cast<QWidget*>(m_tokensPerYear)})
        w->setStyleSheet(QString());
    for (const ValidationIssue& issue : issues)
        if (issue.isError())
            if (QWidget* w = fieldWidget(issue.field);
                w && (qobject_cast<QLineEdit*>(w) || qobject_cast<QDateTimeEdit*>(w)))
                w->setStyleSheet(errorStyle);
}

void TenderForm::showField(const QString& field)
{
    if (QWidget* w = fieldWidget(field)) {
        for (int i = 0; i < count(); ++i)
            if (widget(i)->isAncestorOf(w))
                setCurrentIndex(i);
        w->setFocus();
    }
}

void TenderForm::edit(const QString& text, int fieldId, const std::function<void(Tender&)>& change)
{
    if (!m_refreshing)
        m_edit(text, fieldId, change);
}

} // namespace td::ui
