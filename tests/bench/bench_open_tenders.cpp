// Opens a tender database in the Tenders workspace, as the GUI does, and prints the time from
// start to the first painted rows and the peak memory. Usage: bench_open_tenders DATABASE
#include "benchclock.h"
#include "store/database.h"
#include "store/tenderlistmodel.h"
#include "tenders/tendersworkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>

#include <cstdio>

namespace {

// Notes when the table's viewport has painted a frame.
class PaintWatcher : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_open_tenders DATABASE\n";
        return 2;
    }
    const td::Database db(td::DatabaseLocation::parse(QString::fromLocal8Bit(argv[1])));
    td::ui::TendersWorkspace workspace(db);
    workspace.resize(1400, 900);
    PaintWatcher watcher;
    workspace.table()->viewport()->installEventFilter(&watcher);
    workspace.show();
    td::TenderListModel* model = workspace.model();
    // First rows: the count is known, the first page is in the cache and a frame was painted
    // after it arrived.
    bool loaded = false;
    while (!loaded || !watcher.painted) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (!loaded && model->rowCount() > 0 &&
            model->data(model->index(0, 0), td::TenderListModel::LoadedRole).toBool()) {
            loaded = true;
            watcher.painted = false;
            workspace.table()->viewport()->update();
        }
        if (clock.elapsed() > 120000) {
            QTextStream(stderr) << "no rows after two minutes\n";
            return 1;
        }
    }
    const qint64 firstRows = clock.elapsed();
    // Then a jump to the middle of the list, as a drag of the scroll bar does.
    const int middle = model->rowCount() / 2;
    QElapsedTimer jump;
    jump.start();
    workspace.table()->scrollTo(model->index(middle, 0));
    model->data(model->index(middle, 0));
    while (!model->data(model->index(middle, 0), td::TenderListModel::LoadedRole).toBool())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    out << "tenders " << model->rowCount() << "\n"
        << "first_rows_ms " << firstRows << "\n"
        << "jump_to_middle_ms " << jump.elapsed() << "\n"
        << "peak_memory_mib " << QString::number(td::bench::peakMemoryMiB(), 'f', 1) << "\n";
    return 0;
}
