#include "marketfilterbar.h"

#include "domain/codes.h"
#include "domain/tender.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace td::ui {

namespace {

const QString periodKey = QStringLiteral("period");
const QString fromKey = QStringLiteral("from");
const QString toKey = QStringLiteral("to");
const QString buyerKey = QStringLiteral("buyer");
const QString categoryKey = QStringLiteral("category");
const QString vendorKey = QStringLiteral("vendor");
const QString modelFamilyKey = QStringLiteral("modelFamily");
const QString acceleratorKey = QStringLiteral("accelerator");

QComboBox* newCombo(QWidget* parent, const QString& objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMaximumWidth(220);
    return combo;
}

// Refills `combo` with "All" and `items` (text, data), keeping `wanted` chosen if it is there.
void fill(QComboBox* combo, const QList<std::pair<QString, QVariant>>& items,
          const QVariant& wanted)
{
    combo->clear();
    combo->addItem(MarketFilterBar::tr("All"));
    for (const auto& [text, data] : items)
        combo->addItem(text, data);
    const int index = wanted.isValid() ? combo->findData(wanted) : -1;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QString categoryName(const QString& code)
{
    const std::optional<TenderCategory> category = parseCode<TenderCategory>(code);
    return category ? nameOf(*category) : code;
}

} // namespace

MarketFilterBar::MarketFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_period(new QCheckBox(tr("Published from"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_buyer(newCombo(this, QStringLiteral("marketBuyer")))
    , m_category(newCombo(this, QStringLiteral("marketCategory")))
    , m_vendor(newCombo(this, QStringLiteral("marketVendor")))
    , m_modelFamily(newCombo(this, QStringLiteral("marketModelFamily")))
    , m_accelerator(newCombo(this, QStringLiteral("marketAccelerator")))
{
    m_period->setObjectName(QStringLiteral("marketPeriod"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    const QList<std::pair<QString, QComboBox*>> combos = {
        {tr("Buyer"), m_buyer},       {tr("Category"), m_category},       {tr("Vendor"), m_vendor},
        {tr("Model"), m_modelFamily}, {tr("Accelerator"), m_accelerator},
    };
    for (const auto& [label, combo] : combos) {
        layout->addSpacing(8);
        auto* name = new QLabel(label, this);
        name->setBuddy(combo);
        layout->addWidget(name);
        layout->addWidget(combo);
        fill(combo, {}, {});
        connect(combo, &QComboBox::currentIndexChanged, this, &MarketFilterBar::emitChanged);
    }
    layout->addStretch(1);

    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emitChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_period->isChecked())
            emitChanged();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_period->isChecked())
            emitChanged();
    });
}

analytics::MarketFilter MarketFilterBar::filter() const
{
    analytics::MarketFilter filter;
    if (m_period->isChecked()) {
        filter.from = std::min(m_from->date(), m_to->date());
        filter.to = std::max(m_from->date(), m_to->date());
    }
    if (const QVariant buyer = m_buyer->currentData(); buyer.isValid())
        filter.buyers = {buyer.toLongLong()};
    if (const QVariant category = m_category->currentData(); category.isValid())
        filter.categories = {category.toString()};
    if (const QVariant vendor = m_vendor->currentData(); vendor.isValid())
        filter.vendors = {vendor.toLongLong()};
    if (const QVariant family = m_modelFamily->currentData(); family.isValid())
        filter.modelFamilies = {family.toString()};
    if (const QVariant accelerator = m_accelerator->currentData(); accelerator.isValid())
        filter.accelerators = {accelerator.toString()};
    return filter;
}

void MarketFilterBar::setChoices(const analytics::MarketFilterChoices& choices)
{
    // What is chosen now, or was restored and waits for its choices.
    QVariantMap wanted = saveState();
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it)
        if (!wanted.value(it.key()).isValid())
            wanted.insert(it.key(), it.value());
    m_wanted.clear();

    m_filling = true;
    QList<std::pair<QString, QVariant>> buyers;
    for (const analytics::MarketOrganizationChoice& buyer : choices.buyers)
        buyers.append({buyer.name, buyer.id});
    fill(m_buyer, buyers, wanted.value(buyerKey));
    QList<std::pair<QString, QVariant>> categories;
    for (const QString& code : choices.categories)
        categories.append({categoryName(code), code});
    fill(m_category, categories, wanted.value(categoryKey));
    QList<std::pair<QString, QVariant>> vendors;
    for (const analytics::MarketOrganizationChoice& vendor : choices.vendors)
        vendors.append({vendor.name, vendor.id});
    fill(m_vendor, vendors, wanted.value(vendorKey));
    QList<std::pair<QString, QVariant>> families;
    for (const QString& family : choices.modelFamilies)
        families.append({family, family});
    fill(m_modelFamily, families, wanted.value(modelFamilyKey));
    QList<std::pair<QString, QVariant>> accelerators;
    for (const QString& accelerator : choices.accelerators)
        accelerators.append({accelerator, accelerator});
    fill(m_accelerator, accelerators, wanted.value(acceleratorKey));
    if (!m_period->isChecked() && choices.firstPublished.isValid()) {
        m_from->setDate(choices.firstPublished);
        m_to->setDate(choices.lastPublished);
    }
    m_filling = false;
}

QVariantMap MarketFilterBar::saveState() const
{
    QVariantMap state;
    state.insert(periodKey, m_period->isChecked());
    state.insert(fromKey, m_from->date());
    state.insert(toKey, m_to->date());
    state.insert(buyerKey, m_buyer->currentData());
    state.insert(categoryKey, m_category->currentData());
    state.insert(vendorKey, m_vendor->currentData());
    state.insert(modelFamilyKey, m_modelFamily->currentData());
    state.insert(acceleratorKey, m_accelerator->currentData());
    return state;
}

void MarketFilterBar::restoreState(const QVariantMap& state)
{
    m_filling = true;
    if (const QDate from = state.value(fromKey).toDate(); from.isValid())
        m_from->setDate(from);
    if (const QDate to = state.value(toKey).toDate(); to.isValid())
        m_to->setDate(to);
    m_period->setChecked(state.value(periodKey).toBool());
    m_filling = false;
    // The combos are filled later, from the database: their values wait until then.
    m_wanted = state;
}

void MarketFilterBar::emitChanged()
{
    if (!m_filling)
        Q_EMIT filterChanged();
}

} // namespace td::ui
