#pragma once

#include "documents/collusionsignal.h"

#include <QAbstractListModel>

namespace td::ui {

// The collusion signals of a tender's opened bids, one row each: what was found and between
// whom. The clause of Article 40 it points to is its tooltip.
class CollusionSignalsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit CollusionSignalsModel(QObject* parent = nullptr);

    void setSignals(const QList<CollusionSignal>& list);
    const QList<CollusionSignal>& signalList() const { return m_signals; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<CollusionSignal> m_signals;
};

} // namespace td::ui
