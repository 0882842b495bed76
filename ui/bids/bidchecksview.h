#pragma once

#include "bidding/bidchecks.h"

#include <QListWidget>

namespace td::ui {

// The checks of the draft bid under the form, errors first: each a sentence with its severity's
// icon; "No problems found" when there are none. The issue's code is the item's UserRole.
class BidChecksView : public QListWidget
{
    Q_OBJECT

public:
    explicit BidChecksView(QWidget* parent = nullptr);

    void setIssues(const QList<BidIssue>& issues);
    QStringList codes() const;
    QSize sizeHint() const override;
};

} // namespace td::ui
