#include "bidform.h"

#include "biddocumentsmodel.h"
#include "bideditcommand.h"
#include "breakdownmodel.h"
#include "choicedelegate.h"
#include "hardwarelinesmodel.h"
#include "wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace td::ui {

namespace {

QTableView* smallTable(QAbstractItemModel* model, const QString& objectName, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->setMinimumHeight(110);
    return view;
}

// What the column needs to show its header and cells, without making it narrower.
int fittedWidth(QTableView* view, int column)
{
    const int width = view->columnWidth(column);
    view->resizeColumnToContents(column);
    const int fitted = view->columnWidth(column);
    view->setColumnWidth(column, width);
    return fitted;
}

// An amount as typed so far: "" is zero and "1234." is 1234, so that a field being typed in is
// never judged (or rewritten) half way.
std::optional<Money> typedAmount(QString text, const QString& currency)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return Money::parse(text.isEmpty() ? QStringLiteral("0") : text, currency);
}

int selectedRow(const QTableView* view)
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

} // namespace

BidForm::BidForm(QWidget* parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_breakdown(new BreakdownModel(this))
    , m_hardware(new HardwareLinesModel(this))
    , m_acceleratorDelegate(new ChoiceDelegate(this))
    , m_documents(new BidDocumentsModel(this))
    , m_kindDelegate(new ChoiceDelegate(this))
{
    setObjectName(QStringLiteral("bidForm"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createOfferGroup());
    layout->addWidget(createModelGroup());
    layout->addWidget(createHardwareGroup());
    layout->addWidget(createBenchmarkGroup());
    layout->addWidget(createDocumentsGroup());
    layout->addStretch(1);
    showContent();
}

QLineEdit* BidForm::textField(const QString& objectName, Field field,
                              const std::function<void(BidContent&, const QString&)>& write)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::textEdited, this, [this, field, write](const QString& text) {
        this->edit(tr("Edit the bid"), field, [&](BidContent& b) { write(b, text); });
    });
    return edit;
}

QLineEdit* BidForm::moneyField(const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAlignment(Qt::AlignRight);
    // Digits with optional thousands separators and at most two decimals: what Money::parse
    // reads in CNY; anything else cannot be typed.
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9][0-9,]{0,17}(\\.[0-9]{0,2})?")), edit));
    edit->setPlaceholderText(QStringLiteral("0.00"));
    return edit;
}

QWidget* BidForm::createOfferGroup()
{
    auto* group = new QGroupBox(tr("Offer"), this);
    m_lot = new QComboBox(group);
    scrollPastUnlessFocused(m_lot);
    m_lot->setObjectName(QStringLiteral("lot"));
    connect(m_lot, &QComboBox::activated, this, [this](int index) {
        const int number = m_lot->itemData(index).toInt();
        edit(tr("Choose the lot"), LotField, [number](BidContent& b) { b.lot = number; });
    });
    m_total = moneyField(QStringLiteral("totalPrice"));
    m_currency = new QLabel(group);
    connect(m_total, &QLineEdit::textEdited, this, [this](const QString& text) {
        const Money amount = typedAmount(text, currency()).value_or(Money(0, currency()));
        edit(tr("Edit the total price"), TotalField,
             [amount](BidContent& b) { b.totalPrice = amount; });
    });
    auto* total = new QHBoxLayout;
    total->addWidget(m_total, 1);
    total->addWidget(m_currency);

    m_breakdownView = smallTable(m_breakdown, QStringLiteral("breakdown"), group);
    m_breakdownView->setMinimumHeight(170);
    connect(m_breakdown, &BreakdownModel::edited, this, [this] {
        const QList<PriceItem> items = m_breakdown->breakdown();
        edit(tr("Edit the price breakdown"), BreakdownField,
             [items](BidContent& b) { b.breakdown = items; });
    });
    m_breakdownSum = new QLabel(group);
    m_breakdownSum->setObjectName(QStringLiteral("breakdownSum"));

    m_perMillion = moneyField(QStringLiteral("pricePerMillionTokens"));
    connect(m_perMillion, &QLineEdit::textEdited, this, [this](const QString& text) {
        const std::optional<Money> amount =
            text.isEmpty() ? std::nullopt : typedAmount(text, currency());
        edit(tr("Edit the price per million tokens"), PerMillionField,
             [amount](BidContent& b) { b.pricePerMillionTokens = amount; });
    });

    auto* form = new QFormLayout(group);
    form->addRow(tr("&Lot:"), m_lot);
    auto* totalLabel = new QLabel(tr("&Total price:"), group);
    totalLabel->setBuddy(m_total);
    form->addRow(totalLabel, total);
    auto* breakdownLabel = new QLabel(tr("&Breakdown:"), group);
    breakdownLabel->setBuddy(m_breakdownView);
    form->addRow(breakdownLabel, m_breakdownView);
    form->addRow(QString(), m_breakdownSum);
    form->addRow(tr("Price per &million tokens:"), m_perMillion);
    return group;
}

QWidget* BidForm::createModelGroup()
{
    auto* group = new QGroupBox(tr("Model offered"), this);
    m_family = textField(QStringLiteral("modelFamily"), FamilyField,
                         [](BidContent& b, const QString& t) { b.model.family = t; });
    m_family->setPlaceholderText(QStringLiteral("DeepSeek-V3"));
    m_version = textField(QStringLiteral("modelVersion"), VersionField,
                          [](BidContent& b, const QString& t) { b.model.version = t; });
    m_parameters = textField(QStringLiteral("modelParameters"), ParametersField,
                             [](BidContent& b, const QString& t) { b.model.parameters = t; });
    m_parameters->setPlaceholderText(QStringLiteral("671B"));
    m_licence = textField(QStringLiteral("modelLicence"), LicenceField,
                          [](BidContent& b, const QString& t) { b.model.licence = t; });
    m_quantisation = textField(QStringLiteral("modelQuantisation"), QuantisationField,
                               [](BidContent& b, const QString& t) { b.model.quantisation = t; });
    m_quantisation->setPlaceholderText(QStringLiteral("INT8"));
    auto* form = new QFormLayout(group);
    form->addRow(tr("&Family:"), m_family);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("&Parameters:"), m_parameters);
    form->addRow(tr("Li&cence:"), m_licence);
    form->addRow(tr("&Quantisation:"), m_quantisation);
    return group;
}

QWidget* BidForm::createHardwareGroup()
{
    auto* group = new QGroupBox(tr("Hardware"), this);
    m_delivers = new QCheckBox(tr("&Delivers the hardware to the buyer's premises"), group);
    m_delivers->setObjectName(QStringLiteral("deliversHardware"));
    connect(m_delivers, &QCheckBox::clicked, this, [this](bool checked) {
        edit(tr("Change who owns the hardware"), DeliversField,
             [checked](BidContent& b) { b.deliversHardware = checked; });
    });
    m_hardwareView = smallTable(m_hardware, QStringLiteral("hardwareLines"), group);
    m_hardwareView->setItemDelegateForColumn(HardwareLinesModel::AcceleratorColumn,
                                             m_acceleratorDelegate);
    connect(m_hardware, &HardwareLinesModel::edited, this, [this] {
        const QList<HardwareLine> lines = m_hardware->lines();
        edit(tr("Edit the hardware lines"), HardwareField,
             [lines](BidContent& b) { b.hardware = lines; });
    });
    auto* add = new QPushButton(tr("&Add accelerator"), group);
    add->setObjectName(QStringLiteral("addHardware"));
    connect(add, &QPushButton::clicked, this, [this] { m_hardware->addLine(); });
    auto* remove = new QPushButton(tr("Remove"), group);
    connect(remove, &QPushButton::clicked, this,
            [this] { m_hardware->removeLine(selectedRow(m_hardwareView)); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_delivers);
    layout->addWidget(m_hardwareView);
    layout->addLayout(buttons);
    return group;
}

QWidget* BidForm::createBenchmarkGroup()
{
    auto* group = new QGroupBox(tr("Declared figures and people"), this);
    const auto spin = [this, group](QDoubleSpinBox* box, const QString& name, double maximum,
                                    Field field, double DeclaredBenchmarks::*member) {
        box->setObjectName(name);
        box->setRange(0, maximum);
        box->setDecimals(1);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, field, member](double value) {
            if (!m_showing)
                edit(tr("Edit the declared figures"), field,
                     [&](BidContent& b) { b.declaredBenchmarks.*member = value; });
        });
        Q_UNUSED(group)
    };
    const auto intSpin = [this](QSpinBox* box, const QString& name, int maximum, Field field,
                                int DeclaredBenchmarks::*member) {
        box->setObjectName(name);
        box->setRange(0, maximum);
        box->setSuffix(tr(" ms"));
        connect(box, &QSpinBox::valueChanged, this, [this, field, member](int value) {
            if (!m_showing)
                edit(tr("Edit the declared figures"), field,
                     [&](BidContent& b) { b.declaredBenchmarks.*member = value; });
        });
    };
    m_accuracy = new QDoubleSpinBox(group);
    spin(m_accuracy, QStringLiteral("declaredAccuracy"), 100, AccuracyField,
         &DeclaredBenchmarks::accuracyPercent);
    m_accuracy->setSuffix(QStringLiteral(" %"));
    m_throughput = new QDoubleSpinBox(group);
    spin(m_throughput, QStringLiteral("declaredThroughput"), 1e7, ThroughputField,
         &DeclaredBenchmarks::outputTokensPerSecond);
    m_ttft = new QSpinBox(group);
    intSpin(m_ttft, QStringLiteral("declaredTtft"), 600'000, TtftField,
            &DeclaredBenchmarks::ttftP95Ms);
    m_tpot = new QSpinBox(group);
    intSpin(m_tpot, QStringLiteral("declaredTpot"), 60'000, TpotField,
            &DeclaredBenchmarks::tpotP95Ms);
    for (QWidget* box : {static_cast<QWidget*>(m_accuracy), static_cast<QWidget*>(m_throughput),
                         static_cast<QWidget*>(m_ttft), static_cast<QWidget*>(m_tpot)})
        scrollPastUnlessFocused(box);
    m_manager = textField(QStringLiteral("projectManager"), ManagerField,
                          [](BidContent& b, const QString& t) { b.projectManager = t; });
    m_account = textField(QStringLiteral("securityAccount"), AccountField,
                          [](BidContent& b, const QString& t) { b.securityAccount = t; });
    auto* form = new QFormLayout(group);
    form->addRow(tr("Accurac&y:"), m_accuracy);
    form->addRow(tr("Output tokens per &second:"), m_throughput);
    form->addRow(tr("Time to first toke&n, p95:"), m_ttft);
    form->addRow(tr("Time per o&utput token, p95:"), m_tpot);
    form->addRow(tr("Pro&ject manager:"), m_manager);
    form->addRow(tr("Bid security acc&ount:"), m_account);
    return group;
}

QWidget* BidForm::createDocumentsGroup()
{
    auto* group = new QGroupBox(tr("Documents"), this);
    m_documentsView = smallTable(m_documents, QStringLiteral("documents"), group);
    m_documentsView->setItemDelegateForColumn(BidDocumentsModel::KindColumn, m_kindDelegate);
    connect(m_documents, &BidDocumentsModel::edited, this, [this] {
        const QList<BidDocumentRef> documents = m_documents->documents();
        edit(tr("Edit the documents"), DocumentsField,
             [documents](BidContent& b) { b.documents = documents; });
    });
    connect(m_documentsView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == BidDocumentsModel::FileColumn)
            choosePdf(index.row());
    });
    auto* choose = new QPushButton(tr("C&hoose PDF…"), group);
    choose->setObjectName(QStringLiteral("choosePdf"));
    connect(choose, &QPushButton::clicked, this,
            [this] { choosePdf(selectedRow(m_documentsView)); });
    auto* add = new QPushButton(tr("Add &document"), group);
    connect(add, &QPushButton::clicked, this, [this] { m_documents->addDocument(); });
    auto* remove = new QPushButton(tr("Remove"), group);
    connect(remove, &QPushButton::clicked, this,
            [this] { m_documents->removeDocument(selectedRow(m_documentsView)); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_documentsView);
    layout->addLayout(buttons);
    return group;
}

void BidForm::choosePdf(int row)
{
    if (row < 0 || row >= m_documents->rowCount())
        return;
    const QModelIndex index = m_documents->index(row, BidDocumentsModel::FileColumn);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the PDF"), index.data(Qt::EditRole).toString(), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        m_documents->setData(index, path, Qt::EditRole);
}

void BidForm::setTender(const Tender& tender, const QList<Accelerator>& catalog)
{
    m_tender = tender;
    m_showing = true;
    m_lot->clear();
    for (const Lot& lot : tender.lots)
        m_lot->addItem(tr("Lot %1: %2 (budget %3)")
                           .arg(lot.number)
                           .arg(lot.title, lot.budget.toDisplayString()),
                       lot.number);
    m_showing = false;
    QHash<QString, bool> domestic;
    ChoiceDelegate::Choices accelerators;
    for (const Accelerator& a : catalog) {
        domestic.insert(a.model, a.domestic);
        accelerators.append({a.model, a.model});
    }
    m_hardware->setCatalog(domestic);
    m_acceleratorDelegate->setChoices(accelerators);
    m_documents->setRequirements(tender.bidDocuments);
    ChoiceDelegate::Choices kinds;
    for (const BidDocumentRequirement& r : tender.bidDocuments)
        kinds.append({r.title.isEmpty() ? nameOf(r.kind) : r.title, codeOf(r.kind)});
    if (kinds.isEmpty())
        for (BidDocumentKind kind : Codes<BidDocumentKind>::all())
            kinds.append({nameOf(kind), codeOf(kind)});
    m_kindDelegate->setChoices(kinds);
}

void BidForm::setContent(const BidContent& content)
{
    m_undo->clear();
    m_content = content;
    showContent();
}

void BidForm::edit(const QString& text, Field field, const std::function<void(BidContent&)>& change)
{
    if (m_showing)
        return;
    BidContent after = m_content;
    change(after);
    m_undo->push(new BidEditCommand(text, field, m_content, after,
                                    [this](const BidContent& c) { apply(c); }));
}

void BidForm::apply(const BidContent& content)
{
    m_content = content;
    showContent();
    Q_EMIT contentChanged();
}

QString BidForm::currency() const
{
    if (m_content.totalPrice.isValid())
        return m_content.totalPrice.currency();
    for (const Lot& lot : m_tender.lots)
        if (lot.number == m_content.lot && lot.budget.isValid())
            return lot.budget.currency();
    return m_tender.budgetCeiling.isValid() ? m_tender.budgetCeiling.currency()
                                            : QStringLiteral("CNY");
}

void BidForm::showContent()
{
    // Setting a widget to what it shows already keeps its cursor: typing is never disturbed.
    m_showing = true;
    const auto setText = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    const auto amountText = [](const std::optional<Money>& m) {
        return m && m->minorUnits() != 0 ? m->toPlainString() : QString();
    };
    m_lot->setCurrentIndex(qMax(0, m_lot->findData(m_content.lot)));
    // A field being typed in keeps what was typed ("12." reads as 12): only a change from
    // elsewhere (undo, a draft) rewrites it.
    const auto setAmount = [&](QLineEdit* edit, const std::optional<Money>& m) {
        const std::optional<Money> shown = typedAmount(edit->text(), currency());
        const qint64 shownMinor = shown ? shown->minorUnits() : -1;
        if (shownMinor != (m ? m->minorUnits() : 0))
            setText(edit, amountText(m));
    };
    setAmount(m_total, m_content.totalPrice);
    m_currency->setText(currency());
    m_breakdown->setBreakdown(m_content.breakdown, currency());
    setAmount(m_perMillion, m_content.pricePerMillionTokens);
    setText(m_family, m_content.model.family);
    setText(m_version, m_content.model.version);
    setText(m_parameters, m_content.model.parameters);
    setText(m_licence, m_content.model.licence);
    setText(m_quantisation, m_content.model.quantisation);
    m_delivers->setChecked(m_content.deliversHardware);
    m_hardware->setLines(m_content.hardware);
    m_accuracy->setValue(m_content.declaredBenchmarks.accuracyPercent);
    m_throughput->setValue(m_content.declaredBenchmarks.outputTokensPerSecond);
    m_ttft->setValue(m_content.declaredBenchmarks.ttftP95Ms);
    m_tpot->setValue(m_content.declaredBenchmarks.tpotP95Ms);
    setText(m_manager, m_content.projectManager);
    setText(m_account, m_content.securityAccount);
    m_documents->setDocuments(m_content.documents);
    // Accelerator names, labels and document kinds in full; the last column takes the rest.
    for (QTableView* view : {m_breakdownView, m_hardwareView, m_documentsView})
        for (int c = 0; c < view->model()->columnCount() - 1; ++c)
            view->setColumnWidth(c, qMax(view->columnWidth(c), fittedWidth(view, c)));
    m_showing = false;
    showBreakdownSum();
}

void BidForm::showBreakdownSum()
{
    const Money sum = m_breakdown->sum();
    const bool matches = sum.minorUnits() == m_content.totalPrice.minorUnits();
    m_breakdownSum->setText(
        matches ? tr("Adds up to %1, the total price.").arg(sum.toDisplayString())
                : tr("Adds up to %1; the total price is %2.")
                      .arg(sum.toDisplayString(),
                           Money(m_content.totalPrice.minorUnits(), currency()).toDisplayString()));
}

} // namespace td::ui
