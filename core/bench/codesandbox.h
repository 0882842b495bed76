#pragma once

#include <QString>

#include <optional>

namespace td::bench {

struct SandboxLimits
{
    int timeoutMs = 10000;                    // wall clock, from the start of the sandbox
    qint64 memoryBytes = 512LL * 1024 * 1024; // address space of the Python process
};

enum class SandboxVerdict
{
    Passed,      // the program ended with exit code 0: every assert held
    Failed,      // it ended otherwise (an assert, an exception, a syntax error)
    TimedOut,    // it was still running at the time limit and was killed
    OutOfMemory, // it ran out of its memory limit (Python's MemoryError)
    NotScored,   // the sandbox itself could not run it; says nothing about the code
};

struct SandboxResult
{
    SandboxVerdict verdict = SandboxVerdict::NotScored;
    QString detail; // the first lines of the program's error output, or why it was not scored
};

// Runs code that a model wrote, with an item's tests, inside bubblewrap and nowhere else: no
// network (own network namespace), no view of the host beyond a read-only /usr (no home, no
// /etc, no host /tmp), a private /tmp of 64 MiB, no capabilities even when TenderDesk runs as
// root, an address-space limit set inside the sandbox before the code starts, and a wall-clock
// limit enforced from outside by killing the sandbox's process group.
//
// A CodeSandbox exists only where this works: find() returns one after a probe run passes.
// run() blocks until the program ends or is killed; call it off the GUI thread.
class CodeSandbox
{
public:
    // bwrap from PATH and the first python3 on PATH that lives under /usr (the only part of
    // the host the sandbox shows; a pyenv or venv python3 elsewhere could not start inside),
    // checked by a probe run. nullopt when any of that fails.
    static std::optional<CodeSandbox> find();
    // The same, saying in `whyNot` (not null) why it returns nullopt: one probe where a caller
    // needs both.
    static std::optional<CodeSandbox> find(QString* whyNot);

    // Why find() returns nullopt, as a sentence that says what to install or fix; empty when
    // the sandbox is available. Checks afresh (no state is kept between calls).
    static QString unavailableReason();

    // Runs `code`, then "\n\n", then `tests` as one Python program. Passed means exit code 0.
    SandboxResult run(const QString& code, const QString& tests, const SandboxLimits& limits) const;

    const QString& bwrapPath() const { return m_bwrap; }
    const QString& pythonPath() const { return m_python; }

private:
    CodeSandbox(QString bwrap, QString python);

    QString m_bwrap;
    QString m_python;
};

} // namespace td::bench
