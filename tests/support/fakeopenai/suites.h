#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace td::fakeopenai {

// The accuracy suites given with --suite, reduced to what the oracle and contrarian models
// need: the text to recognise in a prompt and the answer to give.
class Suites
{
public:
    // Adds the items of one suite file. Returns an empty string, or what is wrong.
    std::string load(const std::string& path);

    // The reply of the oracle (right) or contrarian (wrong) model to a user message: the answer
    // to the item whose question or prompt occurs in it, or "I do not know.".
    std::string answer(std::string_view userText, bool contrarian) const;

    size_t size() const { return items_.size(); }

private:
    struct Item
    {
        std::string id;
        std::string language;
        std::string text; // the question (multiple choice) or the prompt (code)
        bool code = false;
        std::string answer;               // multiple choice: the letter
        std::vector<std::string> letters; // multiple choice: the choices, in file order
        std::string entryPoint;           // code
        std::string referenceSolution;    // code
    };

    std::vector<Item> items_;
};

} // namespace td::fakeopenai
