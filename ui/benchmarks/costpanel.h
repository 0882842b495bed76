#pragma once

#include "cost/bidcost.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace td {
class DatabaseWorker;
}

namespace td::ui {

// The cost-to-serve of a bid beside its benchmark: whether the price covers the cost (a
// loss-making, subsidy-dependent or profitable banner and the margin), the provenance risks of
// its declared accelerators, and every figure of the cost, each opening to its formula and
// inputs. The buyer's assumptions for the bid are edited here and the cost computed again.
class CostPanel : public QWidget
{
    Q_OBJECT

public:
    CostPanel(DatabaseWorker& worker, QWidget* parent = nullptr);

    // Computes and shows the cost of that bid (off the GUI thread); none: says why there is
    // none, in `whyNone`.
    void showBid(std::optional<qint64> bidId, const QString& whyNone = {});
    // Computes again, after a run of the bid was stored or its assumptions changed.
    void refresh();
    const std::optional<BidCost>& shown() const { return m_cost; }
    QTreeWidget* figureList() const { return m_figures; }

    void showFormula();
    void editAssumptions();

Q_SIGNALS:
    // A computation has been shown (for tests and the status bar).
    void costShown();

private:
    void display(const BidCost& cost);
    void showMessage(const QString& text, bool error);
    void setBanner(const QString& text, const QString& colour);

    DatabaseWorker& m_worker;
    std::optional<qint64> m_bidId;
    std::optional<BidCost> m_cost;
    quint64 m_generation = 0; // answers to an older request are dropped
    QLabel* m_heading;
    QLabel* m_banner;
    QLabel* m_details;
    QLabel* m_risks;
    QLabel* m_message;
    QTreeWidget* m_figures;
    QPushButton* m_formula;
    QPushButton* m_assumptions;
};

} // namespace td::ui
