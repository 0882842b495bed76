#pragma once

#include <QWidget>

namespace td::ui {

// The page of a workspace that a later version builds: it says plainly what the workspace will
// hold, and shows nothing that could pass for real data.
class PlannedWorkspace : public QWidget
{
    Q_OBJECT

public:
    PlannedWorkspace(const QString& title, const QString& willHold, QWidget* parent = nullptr);
};

} // namespace td::ui
