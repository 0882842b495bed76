#include "apikeystore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace td::ui {

namespace {

// The keychain's own words, unless it has none worth showing.
QString reasonOf(const QKeychain::Job* job)
{
    const QString said = job->errorString().trimmed();
    if (job->error() == QKeychain::NoBackendAvailable || said.isEmpty() ||
        said == QLatin1String("Unknown error"))
        return ApiKeyStore::tr("no keychain service, such as GNOME Keyring or KWallet, answers");
    return said;
}

} // namespace

ApiKeyStore::ApiKeyStore(QObject* parent)
    : QObject(parent)
{}

QString ApiKeyStore::entryName(const QString& baseUrl)
{
    QString name = baseUrl.trimmed();
    while (name.endsWith(u'/'))
        name.chop(1);
    return name;
}

QString ApiKeyStore::service() const
{
    // The program's name: tests (another application name) never touch the program's entries.
    return QCoreApplication::applicationName() + QStringLiteral(" endpoint API keys");
}

void ApiKeyStore::keychainFailed(const QString& reason)
{
    m_keychainAvailable = false;
    if (m_unavailableReason.isEmpty())
        m_unavailableReason = reason;
    Q_EMIT status(tr("The system keychain is not available (%1): the API key is kept for this "
                     "session only.")
                      .arg(m_unavailableReason));
}

void ApiKeyStore::lookUp(const QString& baseUrl)
{
    const QString name = entryName(baseUrl);
    if (name.isEmpty())
        return;
    if (const auto it = m_session.constFind(name); it != m_session.cend()) {
        Q_EMIT found(baseUrl, it.value(), false);
        return;
    }
    if (!m_keychainAvailable)
        return;
    auto* job = new QKeychain::ReadPasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, baseUrl, name](QKeychain::Job* done) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(done);
        switch (read->error()) {
        case QKeychain::NoError:
            m_session.insert(name, read->binaryData());
            Q_EMIT found(baseUrl, read->binaryData(), true);
            break;
        case QKeychain::EntryNotFound:
            break;
        default:
            keychainFailed(reasonOf(read));
        }
    });
    job->start();
}

void ApiKeyStore::keep(const QString& baseUrl, const QByteArray& key, bool remember)
{
    const QString name = entryName(baseUrl);
    if (name.isEmpty())
        return;
    if (key.isEmpty())
        m_session.remove(name);
    else
        m_session.insert(name, key);
    if (!m_keychainAvailable) {
        if (remember)
            keychainFailed(m_unavailableReason);
        return;
    }
    if (remember && !key.isEmpty()) {
        auto* job = new QKeychain::WritePasswordJob(service(), this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(name);
        job->setBinaryData(key);
        connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* done) {
            if (done->error() == QKeychain::NoError)
                Q_EMIT status(tr("The API key is stored in the system keychain."));
            else
                keychainFailed(reasonOf(done));
        });
        job->start();
        return;
    }
    // Not to be remembered: a key stored earlier for this URL goes.
    auto* job = new QKeychain::DeletePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* done) {
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
            keychainFailed(reasonOf(done));
    });
    job->start();
}

} // namespace td::ui
