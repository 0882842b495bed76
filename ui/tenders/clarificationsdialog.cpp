#include "clarificationsdialog.h"

#include "organizationdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace td::ui {

ClarificationsDialog::ClarificationsDialog(const Tender& tender,
                                           const QList<Organization>& organizations,
                                           Actions actions, QWidget* parent)
    : QDialog(parent)
    , m_organizations(organizations)
    , m_actions(std::move(actions))
    , m_table(new QTableWidget(0, 6, this))
{
    setObjectName(QStringLiteral("clarificationsDialog"));
    setWindowTitle(tr("Clarifications of %1").arg(tender.reference));
    resize(900, 480);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Asked"), tr("Asked by (not published)"),
                                        tr("Question"), tr("Answered"), tr("Answer")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_askButton = buttons->addButton(tr("&Record a question…"), QDialogButtonBox::ActionRole);
    m_answerButton =
        buttons->addButton(tr("&Answer to all bidders…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_askButton, &QPushButton::clicked, this, &ClarificationsDialog::recordQuestion);
    connect(m_answerButton, &QPushButton::clicked, this, &ClarificationsDialog::answerSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ClarificationsDialog::updateButtons);

    auto* note = new QLabel(tr("Answers are published to every bidder as a new release of the "
                               "tender and go into the tender package; the asker is never "
                               "named."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    show(tender);
}

void ClarificationsDialog::show(const Tender& tender)
{
    m_tender = tender;
    const QTimeZone zone(tender.timeZone.toUtf8());
    const auto when = [&](const QDateTime& utc) {
        return utc.isValid() ? utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : QString();
    };
    m_table->setRowCount(int(tender.clarifications.size()));
    for (int row = 0; row < tender.clarifications.size(); ++row) {
        const Clarification& c = tender.clarifications.at(row);
        QString asker;
        for (const Organization& o : std::as_const(m_organizations))
            if (o.id == c.askerId)
                asker = o.shortName.isEmpty() ? o.name : o.shortName;
        auto* number = new QTableWidgetItem(QString::number(row + 1));
        number->setData(Qt::UserRole, c.id);
        m_table->setItem(row, 0, number);
        m_table->setItem(row, 1, new QTableWidgetItem(when(c.askedAt)));
        m_table->setItem(row, 2, new QTableWidgetItem(asker));
        m_table->setItem(row, 3, new QTableWidgetItem(c.question));
        m_table->setItem(row, 4, new QTableWidgetItem(when(c.answeredAt)));
        m_table->setItem(
            row, 5, new QTableWidgetItem(c.answer.isEmpty() ? tr("(not answered)") : c.answer));
    }
    m_table->resizeRowsToContents();
    updateButtons();
}

void ClarificationsDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool open =
        m_tender.status == TenderStatus::Published || m_tender.status == TenderStatus::Tendering;
    m_askButton->setEnabled(open);
    m_answerButton->setEnabled(open && row >= 0 && row < m_tender.clarifications.size() &&
                               m_tender.clarifications.at(row).answer.isEmpty());
}

void ClarificationsDialog::recordQuestion()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record a question"));
    auto* asker = new QComboBox(&dialog);
    for (const Organization& o : std::as_const(m_organizations))
        if (o.id != m_tender.buyerId)
            asker->addItem(o.shortName.isEmpty() ? o.name : o.shortName, o.id);
    auto* question = new QPlainTextEdit(&dialog);
    auto* newAsker = new QPushButton(tr("New &organisation…"), &dialog);
    connect(newAsker, &QPushButton::clicked, &dialog, [this, asker, &dialog] {
        OrganizationDialog add({OrganizationKind::ModelVendor, OrganizationKind::CloudProvider,
                                OrganizationKind::Integrator},
                               &dialog);
        if (add.exec() != QDialog::Accepted)
            return;
        if (const std::optional<Organization> added =
                m_actions.addOrganization(add.organization())) {
            m_organizations.append(*added);
            asker->addItem(added->shortName, added->id);
            asker->setCurrentIndex(asker->count() - 1);
        }
    });
    auto* askerRow = new QHBoxLayout;
    askerRow->addWidget(asker, 1);
    askerRow->addWidget(newAsker);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    auto* askerLabel = new QLabel(tr("&Asked by:"), &dialog);
    askerLabel->setBuddy(asker);
    form->addRow(askerLabel, askerRow);
    form->addRow(tr("&Question:"), question);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const std::optional<Tender> updated =
            m_actions.ask(asker->currentData().toLongLong(), question->toPlainText()))
        show(*updated);
}

void ClarificationsDialog::answerSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_tender.clarifications.size())
        return;
    const Clarification& c = m_tender.clarifications.at(row);
    bool ok = false;
    const QString answer = QInputDialog::getMultiLineText(
        this, tr("Answer question %1").arg(row + 1),
        tr("%1\n\nThe answer is published to every bidder and cannot be changed afterwards.")
            .arg(c.question),
        QString(), &ok);
    if (!ok)
        return;
    if (const std::optional<Tender> updated = m_actions.answer(c.id, answer))
        show(*updated);
}

} // namespace td::ui
