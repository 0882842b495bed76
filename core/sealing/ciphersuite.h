#pragma once

#include <QString>

#include <optional>

namespace td {

// The algorithms a tender's bids are sealed and signed with, chosen when the tender is
// published. International: EC P-256 (ECDH, ECDSA), AES-256-GCM, SHA-256, in CMS. National:
// the Chinese commercial algorithms SM2, SM4, SM3 (GB/T 32918, 32907, 32905), in the documented
// layout of docs/sealing.md, because OpenSSL 3.0 has no CMS for SM2.
enum class CipherSuite
{
    International,
    National
};

// "international" / "national": the code in packages, manifests and on the command line.
QString cipherSuiteCode(CipherSuite suite);
// The suite with this code, or nothing for an unknown code.
std::optional<CipherSuite> cipherSuiteFromCode(const QString& code);
// The suite for people, translated: 国际算法 (P-256, AES-256-GCM) / 国密算法 (SM2, SM4, SM3).
QString cipherSuiteName(CipherSuite suite);
// One sentence on what the suite is for, translated, for the choice at publication.
QString cipherSuiteDescription(CipherSuite suite);

// The algorithm text stored with a key ("EC P-256" / "SM2") and the suite it belongs to.
QString keyAlgorithmOf(CipherSuite suite);
// Throws td::Error for an algorithm text of neither suite.
CipherSuite suiteOfKeyAlgorithm(const QString& algorithm);

} // namespace td
