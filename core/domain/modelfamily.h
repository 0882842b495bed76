#pragma once

#include <QString>

namespace td {

// The family a model belongs to, as analysts group the market: "DeepSeek-R1 671B (INT8)",
// "DeepSeek-R1 671B on Ascend (W8A8)" and "DeepSeek-V3 671B (INT8)" are all "DeepSeek";
// "QwQ-32B" and "Qwen-Max" are "Qwen"; "Moonshot-v1-128k" is "Kimi". A model no family claims
// is its own family: its name up to the first space or hyphen.
QString modelFamily(const QString& model);

} // namespace td
