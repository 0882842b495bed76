#pragma once

#include "evaluation/evaluabletenders.h"

#include <QAbstractListModel>

namespace td::ui {

// The tenders of the Evaluation workspace's picker: reference and title, with the status, the
// buyer and the opening.
class EvaluableTenderModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int ReferenceRole = Qt::UserRole + 1;

    explicit EvaluableTenderModel(QObject* parent = nullptr);

    void setTenders(const QList<EvaluableTender>& tenders);
    const QList<EvaluableTender>& tenders() const { return m_tenders; }
    int rowOf(const QString& reference) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<EvaluableTender> m_tenders;
};

} // namespace td::ui
