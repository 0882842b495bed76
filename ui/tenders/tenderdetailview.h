#pragma once

#include "domain/tender.h"
#include "domain/tenderrelease.h"
#include "store/sealingkeyrepository.h"

#include <QHash>
#include <QTextBrowser>

namespace td::ui {

// The read-only detail of one tender: overview, lots, criteria and weights, hardware rules,
// workload, timeline, the cipher suite and key bids are sealed to, published releases with what
// each changed, clarifications, bids (with their hardware check) and awards.
class TenderDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit TenderDetailView(QWidget* parent = nullptr);

    void showNothingSelected();
    void showLoading();
    void showTender(const Tender& tender, const QHash<QString, bool>& isDomestic,
                    const QList<TenderRelease>& releases = {},
                    const std::optional<StoredSealingKey>& sealingKey = std::nullopt);
    void showError(const QString& message);

    // The HTML for a tender; public so that tests and exports can read it.
    static QString html(const Tender& tender, const QHash<QString, bool>& isDomestic,
                        const QList<TenderRelease>& releases = {},
                        const std::optional<StoredSealingKey>& sealingKey = std::nullopt);

private:
    void showMessage(const QString& text);
};

} // namespace td::ui
