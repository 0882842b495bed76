#include "draftautosave.h"

#include "domain/error.h"
#include "exchange/savefile.h"
#include "exchange/tenderjson.h"
#include "exchange/tenderjsonreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcAutosave, "tenderdesk.ui.tenders.autosave", QtWarningMsg)

namespace td::ui {

DraftAutosave::DraftAutosave(const QString& database, const QString& reference)
{
    // A folder per database: the same reference may name different tenders in two of them.
    const QString databaseKey = QString::fromLatin1(
        QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/autosave/") + databaseKey;
    QString safe = reference;
    for (QChar& ch : safe)
        if (!ch.isLetterOrNumber() && ch != QLatin1Char('-') && ch != QLatin1Char('_'))
            ch = QLatin1Char('_');
    m_path = folder + QLatin1Char('/') + safe + QStringLiteral(".json");
}

void DraftAutosave::write(const Tender& tender) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    try {
        saveFile(m_path, QJsonDocument(json::tender(tender)).toJson(QJsonDocument::Indented));
    } catch (const Error& e) {
        // The timer tries again; a failed autosave must not interrupt the typing.
        qCWarning(lcAutosave) << "cannot autosave:" << e.message();
    }
}

std::optional<Tender> DraftAutosave::read(const Tender& base, QDateTime* writtenAt) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    try {
        Tender kept = json::readTender(document.object(), base);
        if (kept.status != base.status) {
            // Edited as a draft, published since: those edits would be an amendment now.
            file.remove();
            return std::nullopt;
        }
        // The file may hold lots read back without ids; the same number is the same lot.
        for (Lot& lot : kept.lots)
            for (const Lot& old : base.lots)
                if (lot.id == 0 && old.number == lot.number)
                    lot.id = old.id;
        if (writtenAt)
            *writtenAt = QFileInfo(m_path).lastModified();
        return kept;
    } catch (const Error& e) {
        qCWarning(lcAutosave) << "keeping unreadable autosave aside" << m_path << e.message();
        file.close();
        QFile::remove(m_path + QStringLiteral(".unreadable"));
        QFile::rename(m_path, m_path + QStringLiteral(".unreadable"));
        return std::nullopt;
    }
}

void DraftAutosave::discard() const
{
    QFile::remove(m_path);
}

} // namespace td::ui
