#include "acceleratorcatalogdialog.h"

#include "acceleratorcatalogmodel.h"
#include "common/actor.h"
#include "domain/error.h"
#include "hostingcatalogmodel.h"
#include "store/acceleratorrepository.h"
#include "store/catalogedits.h"
#include "store/costcatalogrepository.h"
#include "vouchercatalogmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace td::ui {

AcceleratorCatalogDialog::AcceleratorCatalogDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_undo(new QUndoStack(this))
    , m_tabs(new QTabWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("acceleratorCatalogDialog"));
    setWindowTitle(tr("Accelerator catalog[*]"));
    setSizeGripEnabled(true);
    resize(1100, 600);

    auto* intro = new QLabel(
        tr("The figures the cost-to-serve model uses. Prices marked as estimates are "
           "TenderDesk's, not published prices: set your own. Export-controlled models are "
           "shown in orange with a warning: a bid that declares one is a provenance risk."),
        this);
    intro->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("editProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    QList<Accelerator> accelerators;
    QList<HostingOption> hosting;
    QList<ComputeVoucher> vouchers;
    QString loadError;
    try {
        accelerators = AcceleratorRepository(m_db).all();
        const CostCatalogRepository catalogs(m_db);
        hosting = catalogs.hostingOptions();
        vouchers = catalogs.vouchers();
    } catch (const Error& e) {
        loadError = e.message();
    }
    QStringList cities;
    for (const ComputeVoucher& v : std::as_const(vouchers))
        cities.append(v.city);
    m_accelerators = new AcceleratorCatalogModel(accelerators, m_undo, this);
    m_hosting = new HostingCatalogModel(hosting, cities, m_undo, this);
    m_vouchers = new VoucherCatalogModel(vouchers, m_undo, this);
    addTable(m_accelerators, QStringLiteral("acceleratorTable"), tr("&Accelerators"));
    addTable(m_hosting, QStringLiteral("hostingTable"), tr("&Hosting options"));
    addTable(m_vouchers, QStringLiteral("voucherTable"), tr("Compute &vouchers"));

    auto* buttons = new QDialogButtonBox(this);
    auto* undoButton = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    auto* redoButton = buttons->addButton(tr("Redo"), QDialogButtonBox::ActionRole);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    redoButton->setObjectName(QStringLiteral("redoButton"));
    undoButton->setToolTip(tr("Undo the last edit (Ctrl+Z)"));
    redoButton->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &AcceleratorCatalogDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QPushButton::setEnabled);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    // The same keys on every platform, as the tender editor's.
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z), this, [this] { m_undo->undo(); });
    new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), this, [this] { m_undo->redo(); });
    connect(m_undo, &QUndoStack::indexChanged, this, &AcceleratorCatalogDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (!loadError.isEmpty()) {
        showProblem(tr("The catalogs could not be read: %1").arg(loadError));
        m_tabs->setEnabled(false);
    }
    updateState();
}

AcceleratorCatalogDialog::~AcceleratorCatalogDialog()
{
    // The undo stack is a child deleted after this destructor; clearing itself, it would
    // signal into a dialog that is already gone.
    m_undo->disconnect(this);
}

QTableView* AcceleratorCatalogDialog::addTable(CatalogTableModel* model, const QString& objectName,
                                               const QString& title)
{
    auto* view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->resizeColumnsToContents();
    connect(model, &CatalogTableModel::editRefused, this, &AcceleratorCatalogDialog::showProblem);
    connect(model, &CatalogTableModel::edited, this, [this] { m_problem->hide(); });
    m_tabs->addTab(view, title);
    return view;
}

void AcceleratorCatalogDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

bool AcceleratorCatalogDialog::hasUnsavedEdits() const
{
    return m_accelerators->isModified() || m_hosting->isModified() || m_vouchers->isModified();
}

void AcceleratorCatalogDialog::updateState()
{
    const bool modified = hasUnsavedEdits();
    setWindowModified(modified);
    m_saveButton->setEnabled(modified);
}

bool AcceleratorCatalogDialog::save()
{
    CatalogEdits edits;
    edits.accelerators = m_accelerators->modifiedEntries();
    edits.hostingOptions = m_hosting->modifiedEntries();
    edits.vouchers = m_vouchers->modifiedEntries();
    if (edits.isEmpty())
        return true;
    try {
        saveCatalogEdits(m_db, edits, currentActor());
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Accelerator catalog"),
                             tr("Nothing was saved: %1\n\nYour edits are still here; correct "
                                "them or cancel.")
                                 .arg(e.message()));
        return false;
    }
    m_accelerators->markSaved();
    m_hosting->markSaved();
    m_vouchers->markSaved();
    m_undo->setClean();
    updateState();
    return true;
}

bool AcceleratorCatalogDialog::confirmClose()
{
    if (!hasUnsavedEdits())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Accelerator catalog"), tr("Save your edits to the catalogs?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    return true;
}

void AcceleratorCatalogDialog::reject()
{
    if (confirmClose())
        QDialog::reject();
}

} // namespace td::ui
