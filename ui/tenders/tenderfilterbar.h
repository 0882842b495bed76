#pragma once

#include "domain/organization.h"
#include "store/tenderquery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace td::ui {

// Search box and filters above the tender list. Typing is debounced so that a query runs
// once the user pauses, not on every key.
class TenderFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit TenderFilterBar(QWidget* parent = nullptr);

    TenderFilter filter() const;
    void setBuyers(const QList<Organization>& buyers);
    void setYears(int first, int last);
    void setResultCount(qint64 count, bool loading);
    void focusSearch();
    QLineEdit* searchField() const { return m_search; }

Q_SIGNALS:
    void filterChanged(const td::TenderFilter& filter);

private:
    void emitChanged();

    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_category;
    QComboBox* m_buyer;
    QComboBox* m_year;
    QLabel* m_count;
    QTimer m_debounce;
};

} // namespace td::ui
