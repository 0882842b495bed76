#include "modelfamily.h"

#include <QRegularExpression>

namespace td {

namespace {

struct FamilyPrefix
{
    const char* prefix; // matched case-insensitively at the start of the model's name
    const char* family;
};

// Longer prefixes of one family before shorter ones of another are not needed: no prefix
// here starts another. Distilled models go by what they were distilled from, as vendors
// sell them ("DeepSeek-R1-Distill-Qwen-32B" is a DeepSeek model).
constexpr FamilyPrefix prefixes[] = {
    {"DeepSeek", "DeepSeek"},
    {"Qwen", "Qwen"},
    {"QwQ", "Qwen"},
    {"GLM", "GLM"},
    {"ChatGLM", "GLM"},
    {"Kimi", "Kimi"},
    {"Moonshot", "Kimi"},
    {"Baichuan", "Baichuan"},
    {"iFlytek Spark", "Spark"},
    {"Spark", "Spark"},
    {"SenseNova", "SenseNova"},
    {"SenseChat", "SenseNova"},
    {"ERNIE", "ERNIE"},
    {"Hunyuan", "Hunyuan"},
    {"Pangu", "Pangu"},
    {"MiniMax", "MiniMax"},
    {"abab", "MiniMax"},
    {"Step-", "Step"},
    {"Yi-", "Yi"},
    {"MiniCPM", "MiniCPM"},
    {"TeleChat", "TeleChat"},
    {"Skywork", "Skywork"},
    {"Tiangong", "Skywork"},
    {"360", "360"},
    {"Yuan", "Yuan"},
    {"Doubao", "Doubao"},
    {"Llama", "Llama"},
};

} // namespace

QString modelFamily(const QString& model)
{
    const QString name = model.trimmed();
    for (const FamilyPrefix& p : prefixes)
        if (name.startsWith(QLatin1String(p.prefix), Qt::CaseInsensitive))
            return QLatin1String(p.family);
    static const QRegularExpression separator(QStringLiteral("[\\s\\-]"));
    const qsizetype end = name.indexOf(separator);
    return end > 0 ? name.left(end) : name;
}

} // namespace td
