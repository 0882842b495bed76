#pragma once

#include "analytics/marketfilter.h"
#include "analytics/marketfilterchoices.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace td::ui {

// The filters above the Market workspace's dashboards: the period (from, to), and one buyer,
// category, vendor, model family and accelerator, each "All" by default. The choices come from
// the database (analytics::marketFilterChoices); the last filters are kept between sessions.
class MarketFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit MarketFilterBar(QWidget* parent = nullptr);

    analytics::MarketFilter filter() const;
    // Fills the combos; a choice made before (or restored) stays chosen when it still occurs.
    void setChoices(const analytics::MarketFilterChoices& choices);
    // The filters as settings values, and back.
    QVariantMap saveState() const;
    void restoreState(const QVariantMap& state);

    QComboBox* buyerCombo() const { return m_buyer; }
    QComboBox* categoryCombo() const { return m_category; }
    QComboBox* vendorCombo() const { return m_vendor; }
    QComboBox* modelFamilyCombo() const { return m_modelFamily; }
    QComboBox* acceleratorCombo() const { return m_accelerator; }
    QCheckBox* periodCheck() const { return m_period; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

Q_SIGNALS:
    void filterChanged();

private:
    void emitChanged();

    QCheckBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_buyer;
    QComboBox* m_category;
    QComboBox* m_vendor;
    QComboBox* m_modelFamily;
    QComboBox* m_accelerator;
    QVariantMap m_wanted; // restored values that wait for their combo's choices
    bool m_filling = false;
};

} // namespace td::ui
