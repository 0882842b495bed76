#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>

namespace td::bench {

// What a model answered, read out of its free text the way evaluation harnesses do. Both
// functions first drop the model's reasoning (withoutReasoning()), so that letters weighed
// while thinking never count as the answer.

// `output` without its reasoning: every <think>...</think> block removed; when only a closing
// </think> is left (chat templates that open the block in the prompt), everything before it;
// when a <think> is never closed (the model ran out of tokens while thinking), everything
// from it on.
QString withoutReasoning(const QString& output);

// The choice letter (one of `letters`, capitals) that `output` answers with, or nullopt when
// it names none or cannot be read as naming exactly one. In order:
//  1. a final-answer marker ("Final answer: C", "最终答案：C", "\boxed{C}");
//  2. an answer marker ("答案：C", "答案是 C", "正确答案为C选项", "The answer is C",
//     "Answer: **C**", "The correct option is (C)");
//  3. a statement of choice ("选C", "故选 C", "C 正确", "I choose C", "C is correct");
//  4. an output that is nothing but the letter ("C", "C.", "(C)", "【C】", "c");
//  5. a lone letter on the last line;
//  6. exactly one candidate letter anywhere ("我认为是C，因为…").
// The first rule that finds letters decides; if it finds two different letters, the answer is
// ambiguous and there is no letter: a score never rests on a guess. Full-width letters and
// brackets (Ｃ, （Ｃ）) and Markdown emphasis count as their plain forms.
std::optional<QChar> extractChoiceLetter(const QString& output, const QStringList& letters);

// The Python program in `output`: the last ```python (or ```py, ```python3) fenced block;
// without one, the last bare ``` block; without any fence, the whole output. A block that the
// model never closed runs to the end. Empty when the output has fenced code only in other
// languages.
QString extractPythonCode(const QString& output);

} // namespace td::bench
