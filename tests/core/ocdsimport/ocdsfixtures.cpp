#include "ocdsfixtures.h"

#include <QFile>
#include <QList>

namespace td::test::ocds {

QByteArray release(const QString& ocid, const QString& releaseId, const QString& date,
                   const QByteArray& extra)
{
    QByteArray r = R"({"ocid": "OCID", "id": "RID", EXTRA"date": "DATE", "tag": ["award"],
"initiationType": "tender",
"parties": [
 {"id": "B1", "name": "City Water Board", "identifier": {"scheme": "XI-TEST", "id": "100"},
  "roles": ["buyer"]},
 {"id": "T1", "name": "Alpha Pumps Ltd", "identifier": {"scheme": "XI-TEST", "id": "201"},
  "roles": ["tenderer", "supplier"]},
 {"id": "T2", "name": "Beta Valves", "identifier": {"scheme": "XI-TEST", "id": "202"},
  "roles": ["tenderer"]},
 {"id": "T3", "name": "Gamma Works", "roles": ["tenderer"]}],
"buyer": {"id": "B1", "name": "City Water Board"},
"tender": {"id": "T-1", "title": "Water pumps", "description": "Pumps for the east station",
 "status": "complete", "procurementMethod": "open", "mainProcurementCategory": "goods",
 "value": {"amount": 100000, "currency": "CNY"},
 "tenderPeriod": {"startDate": "2025-01-10T00:00:00Z", "endDate": "2025-02-10T00:00:00Z"},
 "lots": [{"id": "L1", "title": "Pumps", "value": {"amount": 60000, "currency": "CNY"}},
          {"id": "L2", "title": "Valves", "value": {"amount": 40000, "currency": "CNY"}}]},
"bids": {"details": [
 {"id": "bid-1", "date": "2025-02-01T00:00:00Z", "status": "valid",
  "tenderers": [{"id": "T1", "name": "Alpha Pumps Ltd"}],
  "value": {"amount": 55000.5, "currency": "CNY"}, "relatedLots": ["L1"]},
 {"id": "bid-2", "date": "2025-02-02T00:00:00Z", "status": "disqualified",
  "tenderers": [{"id": "T2", "name": "Beta Valves"}],
  "value": {"amount": 50000, "currency": "CNY"}, "relatedLots": ["L1"]},
 {"id": "bid-3", "date": "2025-02-03T00:00:00Z", "status": "valid",
  "tenderers": [{"id": "T3", "name": "Gamma Works"}],
  "value": {"amount": 39000, "currency": "CNY"}, "relatedLots": ["L2"]}]},
"awards": [{"id": "award-1", "status": "active", "date": "2025-02-20T00:00:00Z",
  "value": {"amount": 55000.5, "currency": "CNY"},
  "suppliers": [{"id": "T1", "name": "Alpha Pumps Ltd"}], "relatedBid": "bid-1",
  "relatedLots": ["L1"]}]})";
    r.replace("OCID", ocid.toUtf8());
    r.replace("RID", releaseId.toUtf8());
    r.replace("DATE", date.toUtf8());
    r.replace("EXTRA", extra);
    r.replace('\n', ' ');
    return r;
}

QByteArray releasePackage(const QList<QByteArray>& releases, const QByteArray& version)
{
    QByteArray out = "{\n\"uri\": \"https://example.org/package.json\",\n";
    if (!version.isEmpty())
        out += "\"version\": \"" + version + "\",\n";
    out += "\"publisher\": {\"name\": \"Example Publisher\"},\n"
           "\"publishedDate\": \"2025-03-02T00:00:00Z\",\n\"releases\": [\n";
    for (qsizetype i = 0; i < releases.size(); ++i)
        out += releases.at(i) + (i + 1 < releases.size() ? ",\n" : "\n");
    return out + "]\n}\n";
}

QByteArray record(const QString& ocid, const QList<QByteArray>& releases, bool compiled)
{
    QByteArray out = "{\"ocid\": \"" + ocid.toUtf8() + "\",\n\"releases\": [\n";
    for (qsizetype i = 0; i < releases.size(); ++i)
        out += releases.at(i) + (i + 1 < releases.size() ? ",\n" : "\n");
    out += "]";
    if (compiled)
        out += ",\n\"compiledRelease\": " + releases.constLast();
    return out + "}\n";
}

QByteArray version10Package()
{
    return R"({"uri": "https://example.org/1.0.json",
"publisher": {"name": "Old Publisher"},
"releases": [{"ocid": "ocds-q-1", "id": "1", "date": "2016-01-01T00:00:00Z",
  "buyer": {"identifier": {"scheme": "XI-TEST", "id": "100"}, "name": "City Water Board"},
  "tender": {"id": "1", "title": "Old pumps", "value": {"amount": 5, "currency": "USD"}},
  "awards": [{"id": "a1", "status": "active",
    "suppliers": [{"identifier": {"scheme": "XI-TEST", "id": "201"}, "name": "Alpha"}]}]}]}
)";
}

QString writeFile(const QString& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace td::test::ocds
