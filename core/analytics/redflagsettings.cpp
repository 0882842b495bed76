#include "redflagsettings.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::analytics {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td::analytics", text);
}

// Each indicator's properties, as cardinal names them.
QStringList propertiesOf(const QString& code)
{
    if (code == QLatin1String("R003") || code == QLatin1String("R024") ||
        code == QLatin1String("R035") || code == QLatin1String("R058"))
        return {QStringLiteral("threshold")};
    if (code == QLatin1String("R018"))
        return {QStringLiteral("procurement_methods")};
    if (code == QLatin1String("R025"))
        return {QStringLiteral("percentile"), QStringLiteral("threshold")};
    if (code == QLatin1String("R038"))
        return {QStringLiteral("threshold"), QStringLiteral("minimum_submitted_bids"),
                QStringLiteral("minimum_contracting_processes")};
    if (code == QLatin1String("R048"))
        return {QStringLiteral("threshold"), QStringLiteral("digits")};
    return {};
}

double number(const QJsonObject& o, const QString& code, const char* key, double min, double max)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
        throw Error(tr("The red-flag setting %1.%2 must be a number from %3 to %4.")
                        .arg(code, QLatin1String(key))
                        .arg(min)
                        .arg(max));
    return v.toDouble();
}

int whole(const QJsonObject& o, const QString& code, const char* key, int min, int max)
{
    const double v = number(o, code, key, min, max);
    if (v != double(int(v)))
        throw Error(
            tr("The red-flag setting %1.%2 must be a whole number.").arg(code, QLatin1String(key)));
    return int(v);
}

} // namespace

QSet<QString> RedFlagSettings::allIndicators()
{
    return {QStringLiteral("R003"), QStringLiteral("R018"), QStringLiteral("R024"),
            QStringLiteral("R025"), QStringLiteral("R028"), QStringLiteral("R030"),
            QStringLiteral("R035"), QStringLiteral("R036"), QStringLiteral("R038"),
            QStringLiteral("R048"), QStringLiteral("R058")};
}

RedFlagSettings redFlagSettingsFromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        throw Error(tr("The red-flag settings are not a JSON object (%1). Write them as "
                       "{\"R024\": {\"threshold\": 0.05}}.")
                        .arg(error.errorString()));
    const QJsonObject root = doc.object();
    RedFlagSettings s;
    s.enabled.clear();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString code = it.key();
        if (code == QLatin1String("currency")) {
            if (!it.value().isString() || it.value().toString().size() != 3)
                throw Error(tr("The red-flag setting currency must be an ISO 4217 code: CNY."));
            s.currency = it.value().toString();
            continue;
        }
        if (!RedFlagSettings::allIndicators().contains(code))
            throw Error(tr("The red-flag settings name %1, which is not an indicator of this "
                           "build; the indicators are R003, R018, R024, R025, R028, R030, R035, "
                           "R036, R038, R048 and R058.")
                            .arg(code));
        if (!it.value().isObject())
            throw Error(tr("The red-flag settings of %1 must be an object: {} for the defaults.")
                            .arg(code));
        const QJsonObject o = it.value().toObject();
        const QStringList known = propertiesOf(code);
        for (auto p = o.begin(); p != o.end(); ++p)
            if (!known.contains(p.key()))
                throw Error(tr("%1 has no setting %2%3.")
                                .arg(code, p.key(),
                                     known.isEmpty() ? tr(": it is not configurable")
                                                     : tr("; its settings are ") +
                                                           known.join(QStringLiteral(", "))));
        s.enabled.insert(code);
        const auto has = [&o](const char* key) {
            return o.contains(QLatin1String(key));
        };
        if (code == QLatin1String("R003") && has("threshold"))
            s.r003Threshold = whole(o, code, "threshold", 0, 3650);
        if (code == QLatin1String("R018") && has("procurement_methods")) {
            const QJsonValue v = o.value(QLatin1String("procurement_methods"));
            if (!v.isString())
                throw Error(tr("R018.procurement_methods is a pipe-separated list of OCDS "
                               "methods: open|selective."));
            s.r018ProcurementMethods = v.toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (QString& m : s.r018ProcurementMethods)
                m = m.trimmed();
        }
        if (code == QLatin1String("R024") && has("threshold"))
            s.r024Threshold = number(o, code, "threshold", -1e9, 1e9);
        if (code == QLatin1String("R025") && has("percentile"))
            s.r025Percentile = whole(o, code, "percentile", 0, 100);
        if (code == QLatin1String("R025") && has("threshold"))
            s.r025Threshold = number(o, code, "threshold", 0, 1);
        if (code == QLatin1String("R035") && has("threshold"))
            s.r035Threshold = whole(o, code, "threshold", 1, 1000000);
        if (code == QLatin1String("R038") && has("threshold"))
            s.r038Threshold = number(o, code, "threshold", 0, 1);
        if (code == QLatin1String("R038") && has("minimum_submitted_bids"))
            s.r038MinimumSubmittedBids = whole(o, code, "minimum_submitted_bids", 1, 1000000);
        if (code == QLatin1String("R038") && has("minimum_contracting_processes"))
            s.r038MinimumContractingProcesses =
                whole(o, code, "minimum_contracting_processes", 1, 1000000);
        if (code == QLatin1String("R048") && has("threshold"))
            s.r048Threshold = number(o, code, "threshold", 0, 1e9);
        if (code == QLatin1String("R048") && has("digits"))
            s.r048Digits = whole(o, code, "digits", 1, 8);
        if (code == QLatin1String("R058") && has("threshold"))
            s.r058Threshold = number(o, code, "threshold", -1e9, 1e9);
    }
    return s;
}

} // namespace td::analytics
