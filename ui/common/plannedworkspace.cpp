#include "plannedworkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace td::ui {

PlannedWorkspace::PlannedWorkspace(const QString& title, const QString& willHold, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto* body = new QLabel(willHold, this);
    body->setWordWrap(true);
    body->setMaximumWidth(640);
    auto* notice = new QLabel(tr("This workspace is not built yet: it arrives in a later version "
                                 "of TenderDesk."),
                              this);
    notice->setWordWrap(true);
    notice->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    for (QLabel* label : {heading, body, notice}) {
        label->setAlignment(Qt::AlignHCenter);
        layout->addWidget(label, 0, Qt::AlignHCenter);
    }
    layout->addStretch(2);
}

} // namespace td::ui
