#include "ciphersuite.h"

#include "domain/error.h"

#include <QCoreApplication>

namespace td {

QString cipherSuiteCode(CipherSuite suite)
{
    switch (suite) {
    case CipherSuite::International:
        return QStringLiteral("international");
    case CipherSuite::National:
        return QStringLiteral("national");
    }
    Q_UNREACHABLE();
}

std::optional<CipherSuite> cipherSuiteFromCode(const QString& code)
{
    for (const CipherSuite suite : {CipherSuite::International, CipherSuite::National}) {
        if (code == cipherSuiteCode(suite))
            return suite;
    }
    return std::nullopt;
}

QString cipherSuiteName(CipherSuite suite)
{
    switch (suite) {
    case CipherSuite::International:
        return QCoreApplication::translate("td::CipherSuite",
                                           "International algorithms (P-256, AES-256-GCM)");
    case CipherSuite::National:
        return QCoreApplication::translate("td::CipherSuite",
                                           "Chinese national algorithms (SM2, SM4, SM3)");
    }
    Q_UNREACHABLE();
}

QString cipherSuiteDescription(CipherSuite suite)
{
    switch (suite) {
    case CipherSuite::International:
        return QCoreApplication::translate(
            "td::CipherSuite",
            "Bids are sealed in standard CMS with elliptic-curve P-256 and AES-256-GCM; any "
            "OpenSSL opens them. Suits tenders without a requirement for Chinese cryptography.");
    case CipherSuite::National:
        return QCoreApplication::translate(
            "td::CipherSuite",
            "Bids are sealed with the Chinese commercial algorithms SM2, SM4 and SM3 (GB/T "
            "32918, 32907, 32905). Choose it when the tender must use national cryptography.");
    }
    Q_UNREACHABLE();
}

QString keyAlgorithmOf(CipherSuite suite)
{
    switch (suite) {
    case CipherSuite::International:
        return QStringLiteral("EC P-256");
    case CipherSuite::National:
        return QStringLiteral("SM2");
    }
    Q_UNREACHABLE();
}

CipherSuite suiteOfKeyAlgorithm(const QString& algorithm)
{
    for (const CipherSuite suite : {CipherSuite::International, CipherSuite::National}) {
        if (algorithm == keyAlgorithmOf(suite))
            return suite;
    }
    throw Error(QCoreApplication::translate("td::CipherSuite",
                                            "The key algorithm \"%1\" is neither EC P-256 nor "
                                            "SM2. Use a key made by TenderDesk.")
                    .arg(algorithm));
}

} // namespace td
