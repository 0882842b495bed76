#include "biddocumentspage.h"

#include "domain/biddocuments.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace td::ui {

namespace {

enum Column
{
    KindColumn,
    TitleColumn,
    MandatoryColumn,
    ColumnCount
};

} // namespace

BidDocumentsPage::BidDocumentsPage(Edit edit, QWidget* parent)
    : QWidget(parent)
    , m_edit(std::move(edit))
{
    auto* intro = new QLabel(tr("Every bid attaches these documents as PDF files. A bid that "
                                "lacks a mandatory one is refused before it is sealed."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("bidDocumentsTable"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Title"), tr("Mandatory")});
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    auto* add = new QPushButton(tr("&Add document"), this);
    m_remove = new QPushButton(tr("Re&move document"), this);
    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move do&wn"), this);
    connect(add, &QPushButton::clicked, this, &BidDocumentsPage::addDocument);
    connect(m_remove, &QPushButton::clicked, this, &BidDocumentsPage::removeDocument);
    connect(m_up, &QPushButton::clicked, this, [this] { moveDocument(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveDocument(+1); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BidDocumentsPage::refreshButtons);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        const int row = item->row();
        if (m_refreshing || row >= m_documents.size())
            return;
        if (item->column() == TitleColumn) {
            const QString title = item->text().trimmed();
            m_edit(tr("rename required document %1").arg(row + 1),
                   [row, title](Tender& t) { t.bidDocuments[row].title = title; });
        } else if (item->column() == MandatoryColumn) {
            const bool mandatory = item->checkState() == Qt::Checked;
            m_edit(mandatory ? tr("make document %1 mandatory").arg(row + 1)
                             : tr("make document %1 optional").arg(row + 1),
                   [row, mandatory](Tender& t) { t.bidDocuments[row].mandatory = mandatory; });
        }
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    refreshButtons();
}

void BidDocumentsPage::showDocuments(const QList<BidDocumentRequirement>& documents)
{
    const bool wasRefreshing = std::exchange(m_refreshing, true);
    const int current = m_table->currentRow();
    m_documents = documents;
    m_table->setRowCount(int(documents.size()));
    for (int row = 0; row < documents.size(); ++row) {
        const BidDocumentRequirement& d = documents.at(row);
        auto* kind = new QComboBox(m_table);
        for (BidDocumentKind k : Codes<BidDocumentKind>::all())
            kind->addItem(Codes<BidDocumentKind>::displayName(k), codeOf(k));
        kind->setCurrentIndex(kind->findData(codeOf(d.kind)));
        connect(kind, &QComboBox::currentIndexChanged, this, [this, row, kind] {
            const auto chosen = parseCode<BidDocumentKind>(kind->currentData().toString());
            if (m_refreshing || !chosen || row >= m_documents.size())
                return;
            m_edit(tr("change the kind of required document %1").arg(row + 1),
                   [row, chosen](Tender& t) { t.bidDocuments[row].kind = *chosen; });
        });
        m_table->setCellWidget(row, KindColumn, kind);
        auto* title = new QTableWidgetItem(d.title);
        title->setToolTip(
            tr("Empty: the kind's name (%1)").arg(bidDocumentTitle({d.kind, {}, {}})));
        m_table->setItem(row, TitleColumn, title);
        auto* mandatory = new QTableWidgetItem;
        mandatory->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        mandatory->setCheckState(d.mandatory ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, MandatoryColumn, mandatory);
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
    m_refreshing = wasRefreshing;
    refreshButtons();
}

void BidDocumentsPage::addDocument()
{
    const int row = int(m_documents.size());
    m_edit(tr("add a required document"), [](Tender& t) {
        t.bidDocuments.append({BidDocumentKind::Other, QString(), true});
    });
    m_table->selectRow(row);
}

void BidDocumentsPage::removeDocument()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_documents.size())
        return;
    m_edit(tr("remove required document %1").arg(row + 1),
           [row](Tender& t) { t.bidDocuments.removeAt(row); });
}

void BidDocumentsPage::moveDocument(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_documents.size())
        return;
    m_edit(by < 0 ? tr("move required document %1 up").arg(row + 1)
                  : tr("move required document %1 down").arg(row + 1),
           [row, to](Tender& t) { t.bidDocuments.move(row, to); });
    m_table->selectRow(to);
}

void BidDocumentsPage::refreshButtons()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_documents.size();
    m_remove->setEnabled(selected);
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row + 1 < m_documents.size());
}

} // namespace td::ui
