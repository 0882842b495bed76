#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace td::ui {

// Where the API keys of endpoints live: in the system keychain (QtKeychain: Secret Service,
// KWallet, macOS Keychain, Windows Credential Manager), one entry per base URL, when the user
// asks to remember them; otherwise, and whenever the keychain is not available, in this
// session's memory only. Never in QSettings and never in the database: a key opens a vendor's
// deployment and must not sit in a plain file.
class ApiKeyStore : public QObject
{
    Q_OBJECT

public:
    explicit ApiKeyStore(QObject* parent = nullptr);

    // Looks up the key of `baseUrl`: this session's first, then the keychain (asynchronously).
    // Emits found() when there is one.
    void lookUp(const QString& baseUrl);
    // Keeps `key` for this session; `remember` also writes it to the keychain, and without it
    // an entry stored earlier for that URL is deleted.
    void keep(const QString& baseUrl, const QByteArray& key, bool remember);
    // False once the keychain has failed for a reason other than a missing entry.
    bool keychainAvailable() const { return m_keychainAvailable; }

    // The keychain entry's name for a base URL: trimmed, without a trailing slash.
    static QString entryName(const QString& baseUrl);

Q_SIGNALS:
    void found(const QString& baseUrl, const QByteArray& key, bool fromKeychain);
    // A sentence for the form's status line: where the key is kept, or why not in the keychain.
    void status(const QString& message);

private:
    QString service() const;
    void keychainFailed(const QString& reason);

    QHash<QString, QByteArray> m_session;
    bool m_keychainAvailable = true;
    QString m_unavailableReason; // the keychain's own words, the first time it failed
};

} // namespace td::ui
