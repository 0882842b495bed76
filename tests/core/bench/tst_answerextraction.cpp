#include "bench/answerextraction.h"

#include <QTest>

using namespace td::bench;
using namespace Qt::StringLiterals;

namespace {

const QStringList abcd = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                          QStringLiteral("D")};

} // namespace

class TestAnswerExtraction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choiceLetter_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QStringList>("letters");
        QTest::addColumn<QString>("expected"); // empty: no letter

        auto row = [](const char* name, const QString& output, const QString& expected,
                      const QStringList& letters = abcd) {
            QTest::newRow(name) << output << letters << expected;
        };
        const QString none;
        // The letter alone, as the system prompts ask for.
        row("bare letter", u"C"_s, u"C"_s);
        row("letter and full stop", u"C."_s, u"C"_s);
        row("letter in brackets", u"(C)"_s, u"C"_s);
        row("letter with spaces and newline", u"  D \n"_s, u"D"_s);
        row("small letter alone", u"c"_s, u"C"_s);
        row("Chinese full stop", u"B。"_s, u"B"_s);
        row("lenticular brackets", u"【A】"_s, u"A"_s);
        row("letter with its choice text", u"B. 十五日"_s, u"B"_s);
        row("markdown bold letter", u"**D**"_s, u"D"_s);
        // Chinese answer markers.
        row("答案：C", u"答案：C"_s, u"C"_s);
        row("答案是 C", u"答案是 C"_s, u"C"_s);
        row("正确答案为C选项", u"正确答案为C选项"_s, u"C"_s);
        row("答案为（B）", u"答案为（B）"_s, u"B"_s);
        row("bold 答案 heading", u"**答案**：D\n\n解析：A、B、C 均不符合规定。"_s, u"D"_s);
        row("answer after rejecting the others", u"A项错误，B项错误，D项错误，答案是C。"_s, u"C"_s);
        row("正确的是", u"A 和 B 都不对，正确的是 D。"_s, u"D"_s);
        row("选C", u"选C"_s, u"C"_s);
        row("故选", u"根据第十条规定，故选 B"_s, u"B"_s);
        row("不选 then 选", u"不选A，选C"_s, u"C"_s);
        row("C项正确", u"A项错误，B项错误，C项正确。"_s, u"C"_s);
        row("one letter in Chinese prose", u"我认为是C，因为招标文件发出之日起至少二十日。"_s,
            u"C"_s);
        // English answer markers.
        row("The answer is C", u"The answer is C"_s, u"C"_s);
        row("Answer: **C**", u"Answer: **C**"_s, u"C"_s);
        row("answer in brackets", u"The answer is (B)."_s, u"B"_s);
        row("correct answer with text", u"The correct answer is: D) 30 days"_s, u"D"_s);
        row("correct option decides over A", u"The correct option is C because A ignores tax."_s,
            u"C"_s);
        row("I choose", u"After weighing A, B and D, I choose C."_s, u"C"_s);
        row("is correct", u"Option B is correct."_s, u"B"_s);
        row("final answer beats earlier answer",
            u"At first the answer is B, but that ignores VAT.\nFinal answer: D"_s, u"D"_s);
        row("boxed", u"$\\boxed{A}$"_s, u"A"_s);
        row("lone letter on the last line",
            u"Comparing A, B and D with the table, only one fits.\n\nC"_s, u"C"_s);
        // Full-width forms.
        row("full-width letter", u"Ｃ"_s, u"C"_s);
        row("full-width brackets and colon", u"答案：（Ｂ）"_s, u"B"_s);
        row("full-width letter after marker", u"答案是Ｄ"_s, u"D"_s);
        // Reasoning blocks never count.
        row("think block with other letters", u"<think>A looks right. No, B. Maybe D.</think>\nC"_s,
            u"C"_s);
        row("think block with a Chinese answer",
            u"<think>答案是A吗？不对，应该看第二款。</think>答案：B"_s, u"B"_s);
        row("think block with an answer marker", u"<think>Answer: A</think>\n\nThe answer is B."_s,
            u"B"_s);
        row("only the closing tag", u"weighing D against A\n</think>\n\nA"_s, u"A"_s);
        row("reasoning that never ended", u"<think>\nB or C? The table says"_s, none);
        // Ambiguous or empty: no letter, never a guess.
        row("empty", QString(), none);
        row("no letter", u"I don't know."_s, none);
        row("two letters without marker", u"A or B"_s, none);
        row("two letters in Chinese", u"A和C都有道理"_s, none);
        row("two letters after one marker", u"答案：A、C"_s, none);
        row("answer is B or D", u"The answer is B or D."_s, none);
        row("two answer markers disagree", u"答案是A。\n再想想，答案是C。"_s, none);
        row("options repeated without answer",
            u"选项A：十日\n选项B：十五日\n选项C：二十日\n选项D：三十日"_s, none);
        row("every letter on its own line", u"A\nB\nC\nD"_s, none);
        row("letter inside a word", u"CAD drawings are needed"_s, none);
        row("letter not among the choices", u"答案：E"_s, none);
        row("two-choice item", u"C"_s, none, {QStringLiteral("A"), QStringLiteral("B")});
        row("two-choice item answered", u"答案：B"_s, u"B"_s,
            {QStringLiteral("A"), QStringLiteral("B")});
    }
    void choiceLetter()
    {
        QFETCH(QString, output);
        QFETCH(QStringList, letters);
        QFETCH(QString, expected);
        const std::optional<QChar> letter = extractChoiceLetter(output, letters);
        QCOMPARE(letter ? QString(*letter) : QString(), expected);
    }

    void pythonCode_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("expected");

        QTest::newRow("python fence")
            << u"```python\ndef f():\n    return 1\n```"_s << u"def f():\n    return 1"_s;
        QTest::newRow("text around the fence")
            << u"Here it is:\n\n```python\nx = 1\n```\n\nThis sets x."_s << u"x = 1"_s;
        QTest::newRow("last of two python blocks")
            << u"```python\nx = 1\n```\nBetter:\n```python\nx = 2\n```"_s << u"x = 2"_s;
        QTest::newRow("py fence") << u"```py\nx = 1\n```"_s << u"x = 1"_s;
        QTest::newRow("capitalised tag with a title")
            << u"```Python title=\"f.py\"\nx = 1\n```"_s << u"x = 1"_s;
        QTest::newRow("bare fence") << u"```\nx = 1\n```"_s << u"x = 1"_s;
        QTest::newRow("python block before an example output")
            << u"```python\nprint(3)\n```\nOutput:\n```\n3\n```"_s << u"print(3)"_s;
        QTest::newRow("no fence: the whole output")
            << u"  def f():\n    return 1\n"_s << u"def f():\n    return 1"_s;
        QTest::newRow("fence never closed")
            << u"```python\ndef f():\n    return 1\n"_s << u"def f():\n    return 1\n"_s;
        QTest::newRow("Windows line ends")
            << u"```python\r\nx = 1\r\ny = 2\r\n```\r\n"_s << u"x = 1\ny = 2"_s;
        QTest::newRow("code in the think block is not the answer")
            << u"<think>\n```python\nx = 0\n```\n</think>\n```python\nx = 1\n```"_s << u"x = 1"_s;
        QTest::newRow("only a shell block") << u"```bash\npip install numpy\n```"_s << QString();
        QTest::newRow("longer fence holds a shorter one")
            << u"````python\ns = \"\"\"\n```\n\"\"\"\n````"_s << u"s = \"\"\"\n```\n\"\"\""_s;
        QTest::newRow("empty output") << QString() << QString();
    }
    void pythonCode()
    {
        QFETCH(QString, output);
        QFETCH(QString, expected);
        QCOMPARE(extractPythonCode(output), expected);
    }

    void reasoning_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no reasoning") << u"C"_s << u"C"_s;
        QTest::newRow("block removed") << u"<think>x</think>C"_s << u"C"_s;
        QTest::newRow("upper-case tags") << u"<THINK>x</THINK>C"_s << u"C"_s;
        QTest::newRow("two blocks") << u"<think>x</think>A<think>y</think>B"_s << u"AB"_s;
        QTest::newRow("thinking tag") << u"<thinking>x</thinking>C"_s << u"C"_s;
        QTest::newRow("closing tag only") << u"x\n</think>C"_s << u"C"_s;
        QTest::newRow("never closed") << u"C<think>x"_s << u"C"_s;
    }
    void reasoning()
    {
        QFETCH(QString, output);
        QFETCH(QString, expected);
        QCOMPARE(withoutReasoning(output), expected);
    }
};

QTEST_GUILESS_MAIN(TestAnswerExtraction)
#include "tst_answerextraction.moc"
