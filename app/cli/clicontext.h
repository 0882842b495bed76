#pragma once

#include "store/database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace td::cli {

// lupdate files the tr() calls of the CLI under "td::cli".
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);

// Everything a command needs: the parsed command line and where to write.
struct Context
{
    QCommandLineParser& parser;
    QStringList words; // positional arguments after the command
    QTextStream& out;
    QTextStream& err;
    bool interactive = false; // stderr is a terminal: show progress

    DatabaseLocation location() const;
    QString value(const char* option) const;
    bool isSet(const char* option) const;
};

// A wrong command line: reported with the usage, exit code 2.
struct UsageError
{
    QString message;
};

qint64 positiveNumber(const Context& c, const QString& option, qint64 fallback);
// Options a command does not take are an error, not silently ignored.
void allowOnly(const Context& c, const QStringList& allowed);
// Opens the database and lets the clock move the tenders whose deadlines have passed, so that
// what a command shows is what the GUI shows.
std::unique_ptr<Database> openDatabase(const Context& c);
// The value of a required option, or a UsageError that shows how the command is written.
QString required(const Context& c, const char* option, const QString& usage);
// The bytes of a file ("-": standard input); throws td::Error naming it.
QByteArray readFile(const QString& path);
// A passphrase file's first line, its line ending stripped; warns on stderr when others may read
// the file.
QByteArray readPassphrase(const Context& c, const QString& path);

} // namespace td::cli
