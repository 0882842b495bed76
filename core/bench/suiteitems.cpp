#include "suiteitems.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace td::bench {

namespace {

const QLatin1StringView suiteFormat("tenderdesk-suite-1");
const QStringList itemLanguages = {QStringLiteral("zh_CN"), QStringLiteral("en")};

// Reads the items of one suite, naming the suite and the item in every error.
class ItemReader
{
public:
    ItemReader(const QString& suiteName, Scoring scoring)
        : m_suite(suiteName)
        , m_scoring(scoring)
    {}

    SuiteItem read(const QJsonObject& json, qsizetype position)
    {
        // Until the id is known, the item is named by its place in the list.
        m_label = QString::number(position + 1);
        SuiteItem item;
        item.id = required(json, "id");
        m_label = item.id;
        item.language = required(json, "language");
        if (!itemLanguages.contains(item.language))
            fail(QCoreApplication::translate(
                     "td", "Item %1 of the benchmark suite \"%2\" is in the language \"%3\"; "
                           "suite items are in zh_CN or en.")
                     .arg(m_label, m_suite, item.language));
        if (m_scoring == Scoring::MultipleChoice)
            readChoiceFields(json, item);
        else
            readCodeFields(json, item);
        return item;
    }

private:
    [[noreturn]] void fail(const QString& message) const { throw Error(message); }

    QString required(const QJsonObject& json, const char* key) const
    {
        const QString value = json.value(QLatin1String(key)).toString();
        if (value.trimmed().isEmpty())
            fail(QCoreApplication::translate(
                     "td", "Item %1 of the benchmark suite \"%2\" has no \"%3\". Add it to the "
                           "suite file.")
                     .arg(m_label, m_suite, QLatin1String(key)));
        return value;
    }

    int optionalPositive(const QJsonObject& json, const char* key) const
    {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return 0;
        const int number = value.toInt(-1);
        if (number <= 0)
            fail(QCoreApplication::translate(
                     "td", "Item %1 of the benchmark suite \"%2\" gives \"%3\" as something "
                           "other than a positive whole number.")
                     .arg(m_label, m_suite, QLatin1String(key)));
        return number;
    }

    void readChoiceFields(const QJsonObject& json, SuiteItem& item) const
    {
        item.question = required(json, "question");
        const QJsonObject choices = json.value(QLatin1String("choices")).toObject();
        if (choices.size() < 2)
            fail(QCoreApplication::translate(
                     "td", "Item %1 of the benchmark suite \"%2\" has no \"%3\". Add it to the "
                           "suite file.")
                     .arg(m_label, m_suite, QLatin1String("choices")));
        for (auto it = choices.constBegin(); it != choices.constEnd(); ++it) {
            const QString letter = it.key();
            const QString text = it.value().toString();
            if (letter.size() != 1 || letter.at(0) < u'A' || letter.at(0) > u'Z' ||
                text.trimmed().isEmpty())
                fail(QCoreApplication::translate(
                         "td", "Item %1 of the benchmark suite \"%2\" has the choice \"%3\"; "
                               "a choice is a capital letter with a text.")
                         .arg(m_label, m_suite, letter));
            item.choices.insert(letter, text);
        }
        item.answer = required(json, "answer");
        if (!item.choices.contains(item.answer))
            fail(QCoreApplication::translate(
                     "td", "Item %1 of the benchmark suite \"%2\" gives the answer \"%3\", which "
                           "is not one of its choices.")
                     .arg(m_label, m_suite, item.answer));
    }

    void readCodeFields(const QJsonObject& json, SuiteItem& item) const
    {
        item.prompt = required(json, "prompt");
        item.entryPoint = required(json, "entryPoint");
        item.tests = required(json, "tests");
        item.referenceSolution = json.value(QLatin1String("referenceSolution")).toString();
        item.timeoutSeconds = optionalPositive(json, "timeoutSeconds");
        item.memoryMegabytes = optionalPositive(json, "memoryMegabytes");
    }

    QString m_suite;
    Scoring m_scoring;
    QString m_label;
};

QMap<QString, QString> byLanguage(const QJsonObject& json)
{
    QMap<QString, QString> texts;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        texts.insert(it.key(), it.value().toString());
    return texts;
}

} // namespace

Suite parseSuite(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(QCoreApplication::translate("td", "The benchmark suite is not valid JSON (%1 "
                                                      "at byte %2). Check that the file is a "
                                                      "TenderDesk suite and was copied whole.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        throw Error(QCoreApplication::translate("td", "The benchmark suite is not a JSON object. "
                                                      "Check that the file is a TenderDesk "
                                                      "suite."));
    const QJsonObject root = document.object();
    const QString format = root.value(QLatin1String("format")).toString();
    if (format != suiteFormat)
        throw Error(QCoreApplication::translate(
                        "td", "The benchmark suite has the format \"%1\", but TenderDesk reads "
                              "\"%2\". Use a suite written for this version of TenderDesk.")
                        .arg(format, suiteFormat));

    Suite suite;
    suite.name = root.value(QLatin1String("name")).toString();
    if (suite.name.trimmed().isEmpty())
        throw Error(QCoreApplication::translate(
            "td", "The benchmark suite has no \"name\". Add it to the suite file."));
    suite.category = root.value(QLatin1String("category")).toString();
    const QString scoring = root.value(QLatin1String("scoring")).toString();
    if (scoring == QLatin1String("multipleChoice"))
        suite.scoring = Scoring::MultipleChoice;
    else if (scoring == QLatin1String("codeTests"))
        suite.scoring = Scoring::CodeTests;
    else
        throw Error(QCoreApplication::translate(
                        "td", "The benchmark suite \"%1\" is scored by \"%2\"; TenderDesk scores "
                              "\"multipleChoice\" and \"codeTests\" suites.")
                        .arg(suite.name, scoring));
    suite.titles = byLanguage(root.value(QLatin1String("title")).toObject());
    suite.systemPrompts = byLanguage(
        root.value(QLatin1String("prompt")).toObject().value(QLatin1String("system")).toObject());

    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    if (items.isEmpty())
        throw Error(QCoreApplication::translate("td", "The benchmark suite \"%1\" has no items.")
                        .arg(suite.name));
    ItemReader reader(suite.name, suite.scoring);
    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const SuiteItem item = reader.read(items.at(i).toObject(), i);
        // Scores are kept by item id: two items under one id would overwrite each other.
        if (ids.contains(item.id))
            throw Error(QCoreApplication::translate(
                            "td", "The benchmark suite \"%1\" has two items with the id \"%2\". "
                                  "Give every item its own id.")
                            .arg(suite.name, item.id));
        ids.insert(item.id);
        if (suite.systemPrompt(item.language).trimmed().isEmpty())
            throw Error(QCoreApplication::translate(
                            "td", "The benchmark suite \"%1\" has no system prompt in %2, the "
                                  "language of item %3.")
                            .arg(suite.name, item.language, item.id));
        suite.items.append(item);
    }
    return suite;
}

Suite readSuiteFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("td", "Cannot read the benchmark suite %1: %2.")
                        .arg(path, file.errorString()));
    return parseSuite(file.readAll());
}

QString userMessage(const Suite& suite, const SuiteItem& item)
{
    if (suite.scoring == Scoring::CodeTests)
        return item.prompt;
    QString message = item.question;
    for (auto it = item.choices.constBegin(); it != item.choices.constEnd(); ++it)
        message += u'\n' + it.key() + QLatin1String(". ") + it.value();
    return message;
}

} // namespace td::bench
