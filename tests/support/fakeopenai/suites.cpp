#include "suites.h"

#include "json.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace td::fakeopenai {
namespace {

std::string stringMember(const JsonValue& object, std::string_view key)
{
    const JsonValue* value = object.find(key);
    return value && value->isString() ? value->string : std::string();
}

std::string choiceAnswer(const std::string& language, std::string_view letter)
{
    if (language == "zh_CN")
        return "答案：" + std::string(letter);
    return "The answer is " + std::string(letter) + ".";
}

} // namespace

std::string Suites::load(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return "cannot open the suite " + path;
    std::stringstream content;
    content << file.rdbuf();
    std::string error;
    const std::optional<JsonValue> suite = parseJson(content.str(), &error);
    if (!suite)
        return "the suite " + path + " is not valid JSON: " + error;
    const JsonValue* items = suite->find("items");
    if (!items || !items->isArray())
        return "the suite " + path + " has no \"items\" array";

    for (const JsonValue& entry : items->array) {
        Item item;
        item.id = stringMember(entry, "id");
        item.language = stringMember(entry, "language");
        const JsonValue* choices = entry.find("choices");
        if (choices && choices->isObject()) {
            item.text = stringMember(entry, "question");
            item.answer = stringMember(entry, "answer");
            for (const auto& [letter, text] : choices->object)
                item.letters.push_back(letter);
        } else {
            item.code = true;
            item.text = stringMember(entry, "prompt");
            item.entryPoint = stringMember(entry, "entryPoint");
            item.referenceSolution = stringMember(entry, "referenceSolution");
        }
        const bool complete = !item.text.empty() && (item.code ? !item.entryPoint.empty() &&
                                                                     !item.referenceSolution.empty()
                                                               : !item.answer.empty());
        if (!complete)
            return "the item '" + item.id + "' of the suite " + path +
                   " lacks its question, prompt, answer or reference solution";
        items_.push_back(std::move(item));
    }
    return {};
}

std::string Suites::answer(std::string_view userText, bool contrarian) const
{
    // The longest match wins, so that a question which is part of a longer one cannot steal it.
    const Item* best = nullptr;
    for (const Item& item : items_) {
        if (userText.find(item.text) != std::string_view::npos &&
            (!best || item.text.size() > best->text.size()))
            best = &item;
    }
    if (!best)
        return "I do not know.";
    if (best->code) {
        if (!contrarian)
            return "```python\n" + best->referenceSolution + "\n```";
        // Runs, has the right name, and fails every test that expects a value.
        return "```python\ndef " + best->entryPoint + "(*args, **kwargs):\n    return None\n```";
    }
    if (!contrarian)
        return choiceAnswer(best->language, best->answer);
    // The next letter after the right one, the last wrapping to the first.
    std::vector<std::string> letters = best->letters;
    std::sort(letters.begin(), letters.end());
    auto it = std::find(letters.begin(), letters.end(), best->answer);
    std::string wrong = "A";
    if (it != letters.end() && ++it != letters.end())
        wrong = *it;
    else if (!letters.empty())
        wrong = letters.front();
    return choiceAnswer(best->language, wrong);
}

} // namespace td::fakeopenai
