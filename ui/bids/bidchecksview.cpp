#include "bidchecksview.h"

#include <QStyle>

#include <algorithm>

namespace td::ui {

BidChecksView::BidChecksView(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("bidChecks"));
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setIssues({});
}

void BidChecksView::setIssues(const QList<BidIssue>& issues)
{
    QList<BidIssue> sorted = issues;
    std::stable_sort(sorted.begin(), sorted.end(), [](const BidIssue& a, const BidIssue& b) {
        return int(a.severity) < int(b.severity);
    });
    clear();
    if (sorted.isEmpty()) {
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("No problems found: the bid can be sealed."), this);
        item->setData(Qt::UserRole, QString());
        return;
    }
    for (const BidIssue& issue : sorted) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (issue.severity == BidIssue::Severity::Error)
            icon = QStyle::SP_MessageBoxCritical;
        else if (issue.severity == BidIssue::Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        auto* item = new QListWidgetItem(style()->standardIcon(icon), issue.message, this);
        item->setData(Qt::UserRole, issue.code);
        item->setToolTip(issue.field);
    }
}

QStringList BidChecksView::codes() const
{
    QStringList result;
    for (int i = 0; i < count(); ++i)
        if (const QString code = item(i)->data(Qt::UserRole).toString(); !code.isEmpty())
            result.append(code);
    return result;
}

QSize BidChecksView::sizeHint() const
{
    return {320, 180};
}

} // namespace td::ui
