#pragma once

#include <QString>

#include <optional>

namespace td {

// The newest entry of the audit log at one moment: its number and its hash. Kept outside the
// log (with every release, on every printed tender document, on paper), it anchors the hash
// chain: the entry it names must still be in the log with that very hash. A chain alone cannot
// tell that its newest entries were cut off, or rewritten from some entry on with fresh hashes;
// an anchor can.
struct AuditHead
{
    qint64 seq = 0; // 0: the log was empty, and hash is the genesis hash
    QString hash;   // SHA-256 of entry `seq`, 64 lowercase hex digits

    bool isValid() const { return !hash.isEmpty(); }
    // "SEQ:HASH", the form `audit verify --anchor` takes.
    QString toText() const;
    // Reads what a person copies off a printed document: "SEQ:HASH", with an optional '#'
    // before the number and blanks anywhere (the hash is printed in groups of four). Nothing
    // for anything else, including a hash that is not 64 hex digits.
    static std::optional<AuditHead> parse(const QString& text);

    friend bool operator==(const AuditHead&, const AuditHead&) = default;
};

} // namespace td
