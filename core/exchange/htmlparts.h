#pragma once

#include <QString>

// Small pieces of HTML for printed documents. Arguments named `html` are HTML already (built from
// escaped text); `text` is escaped here.
namespace td::html {

QString escaped(const QString& text);
// Text typed by people, as paragraphs: blank lines separate paragraphs, other line breaks stay.
QString paragraphs(const QString& text);
QString cell(const QString& html, const char* cssClass = nullptr);
QString headerCell(const QString& html, const char* cssClass = nullptr);
QString row(const QString& cells, const char* cssClass = nullptr);
QString table(const QString& header, const QString& body, const char* cssClass = nullptr);
// A block never split across pages (tender.css), so that a heading stays with what it introduces.
QString keep(const QString& html);

} // namespace td::html
