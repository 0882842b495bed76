#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The settings of the red-flag indicators, with cardinal-rs's names and defaults
// (https://cardinal.readthedocs.io, docs/cli/indicators/R/*.md). Read from JSON: one object per
// indicator code, holding cardinal's property names, and the global "currency":
//   {"currency": "CNY", "R024": {"threshold": 0.05}, "R038": {"minimum_submitted_bids": 3}}
// As in cardinal's INI file, naming indicators runs only those; without a settings file every
// indicator runs with its defaults.
namespace td::analytics {

struct RedFlagSettings
{
    QSet<QString> enabled = allIndicators();
    QString currency = QStringLiteral("CNY"); // the main currency; other amounts are left out

    int r003Threshold = 15; // days: a shorter bid period of an open procedure is flagged
    QStringList r018ProcurementMethods{QStringLiteral("open"), QStringLiteral("selective")};
    std::optional<double> r024Threshold; // lower fence; default Q1 - 1.5 IQR
    int r025Percentile = 75;             // upper fence of the numbers of valid bids
    std::optional<double> r025Threshold; // lower fence of the win ratios; default Q1 - 1.5 IQR
    int r035Threshold = 1;               // other tenderers disqualified
    std::optional<double> r038Threshold; // upper fence; default Q3 + 1.5 IQR
    int r038MinimumSubmittedBids = 2;
    int r038MinimumContractingProcesses = 2;
    std::optional<double> r048Threshold; // upper fence; default Q3 + 1.5 IQR
    int r048Digits = 2;                  // of a numeric classification (see docs/market.md)
    std::optional<double> r058Threshold; // upper fence; default Q3 + 1.5 IQR

    bool runs(const char* code) const { return enabled.contains(QLatin1String(code)); }
    static QSet<QString> allIndicators();
};

// Throws td::Error naming what is wrong: not JSON, an unknown indicator or property, a value of
// the wrong type or out of range.
RedFlagSettings redFlagSettingsFromJson(const QByteArray& json);

} // namespace td::analytics
