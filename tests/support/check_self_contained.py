#!/usr/bin/env python3
"""Fails when a file of the build or the tests refers to a path outside the repository.

usage: check_self_contained.py ROOT
       check_self_contained.py --self-test

A user clones TenderDesk alone, into any folder: whatever the build, the tests and the scripts
read must be inside the clone. This reads every CMake file, every script and every file under
tests/ and installer/ (not tests/data, which is data, nor Markdown, which is prose) and resolves
each relative path it finds against the place it is relative to:
- ${PROJECT_SOURCE_DIR}/.. and ${CMAKE_SOURCE_DIR}/..: the repository's root;
- ${CMAKE_CURRENT_SOURCE_DIR}/.., ${CMAKE_CURRENT_LIST_DIR}/.. and $(dirname "$0")/..: the
  folder of the file that says it;
- a bare ../path: the folder of the file that says it;
and fails on any that leads out of the root, and on any absolute path into the folder that holds
the clone (its siblings). Each finding is printed as FILE:LINE: the path.

Exit status: 0 nothing found; 1 paths outside the tree; 2 bad usage.
"""

import os
import re
import subprocess
import sys
import tempfile

ROOT_VARIABLES = ("PROJECT_SOURCE_DIR", "CMAKE_SOURCE_DIR")
FILE_VARIABLES = ("CMAKE_CURRENT_SOURCE_DIR", "CMAKE_CURRENT_LIST_DIR")

# A base that a relative path hangs from, then the path itself.
PATH = re.compile(
    r"""(?P<base>\$\{(?P<var>[A-Za-z_]+)\}|\$\(dirname\s+"?\$(?:0|\{BASH_SOURCE\[0\]\})"?\))"""
    r"""(?P<attached>/[^\s"'()<>;,]*)"""
    r"""|(?:(?<=[\s"'=(:,])|^)(?P<path>\.\.(?:/[^\s"'()<>;,]*)?|/[^\s"'()<>;,]*)""")

SCRIPT_SUFFIXES = (".sh", ".py", ".cmake", ".in")


def tracked_files(root):
    """The files of the repository: git's list when it is a clone, else every file."""
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "-z"], check=True,
                             capture_output=True).stdout
        files = [f for f in out.decode("utf-8").split("\0") if f]
        if files:
            return files
    except (OSError, subprocess.CalledProcessError):
        pass
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d not in (".git", "build")]
        for name in names:
            found.append(os.path.relpath(os.path.join(folder, name), root))
    return found


def is_build_or_test_file(relative):
    name = os.path.basename(relative)
    if relative.endswith(".md"):
        return False
    if relative.startswith("tests/data/"):
        return False
    if relative == "tests/support/check_self_contained.py":
        return False  # its self-test holds bad paths on purpose
    if name in ("CMakeLists.txt", "CMakePresets.json") or name.endswith(SCRIPT_SUFFIXES):
        return True
    return relative.startswith(("tests/", "installer/", ".ci/"))


def findings_in(root, relative):
    path = os.path.join(root, relative)
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except (UnicodeDecodeError, OSError):
        return []  # binary files (screenshots, icons) hold no paths
    here = os.path.dirname(path)
    outside_root = os.path.dirname(root)
    found = []
    for number, line in enumerate(lines, 1):
        for m in PATH.finditer(line):
            relative_path = m.group("attached") or m.group("path")
            var = m.group("var")
            if m.group("base") and not var:
                base = here  # $(dirname "$0")
            elif var in ROOT_VARIABLES:
                base = root
            elif var in FILE_VARIABLES:
                base = here
            elif var:
                continue  # a build-tree or user variable: not a source path
            elif relative_path.startswith("/"):
                # An absolute path: outside when it reaches into the folder holding the clone.
                if relative_path.startswith(outside_root + "/") and \
                        not (relative_path + "/").startswith(root + "/"):
                    found.append((relative, number, relative_path))
                continue
            else:
                base = here
            if not relative_path.startswith(("..", "/..")):
                continue
            target = os.path.normpath(os.path.join(base, relative_path.lstrip("/")))
            if target != root and not target.startswith(root + os.sep):
                found.append((relative, number, m.group(0)))
    return found


def check(root):
    root = os.path.realpath(root)
    found = []
    for relative in sorted(tracked_files(root)):
        if is_build_or_test_file(relative):
            found.extend(findings_in(root, relative))
    return found


def self_test():
    """The checker catches what it must and lets the tree's own paths be."""
    up = ".." + "/"
    cases = [
        ("CMakeLists.txt", "set(D \"${PROJECT_SOURCE_DIR}/" + up + "shared\")", True),
        ("tests/CMakeLists.txt", "add_test(NAME a COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/" + up +
         up + "x)", True),
        ("tests/CMakeLists.txt", "add_test(NAME a COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/" + up +
         "support/x.sh)", False),
        ("tests/a/tst_a.cpp", "QFile f(QStringLiteral(\"" + up + up + up + "shared/x\"));", True),
        ("tests/a/tst_a.cpp", "#include \"" + up + "support/x.h\"", False),
        ("installer/setup.sh", "cd \"$(dirname \"$0\")/..\"", False),
        ("installer/setup.sh", "cd \"$(dirname \"$0\")/" + up + "..\"", True),
        ("tests/a/run.sh", "data=OUTSIDE/shared/data", True),
        ("tests/a/run.sh", "out=${CMAKE_CURRENT_BINARY_DIR}/" + up + "x", False),
        ("core/a.cpp", "QFile f(QStringLiteral(\"" + up + up + "x\"));", False),  # not a test file
    ]
    failures = 0
    for relative, text, outside in cases:
        with tempfile.TemporaryDirectory() as parent:
            root = os.path.join(parent, "clone")
            os.makedirs(os.path.join(root, os.path.dirname(relative)), exist_ok=True)
            with open(os.path.join(root, relative), "w", encoding="utf-8") as f:
                f.write(text.replace("OUTSIDE", parent) + "\n")
            got = bool(check(root))
            if got != outside:
                print(f"self-test: {relative}: {text!r}: expected "
                      f"{'a finding' if outside else 'none'}, got {check(root)}")
                failures += 1
    print(f"self-test: {len(cases) - failures} passed, {failures} failed")
    return 1 if failures else 0


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    if argv[1] == "--self-test":
        return self_test()
    found = check(argv[1])
    for relative, number, text in found:
        print(f"{relative}:{number}: refers outside the repository: {text}")
    if found:
        print(f"{len(found)} path(s) lead outside the repository: copy what they need into it "
              "(test data into tests/data) and point there.", file=sys.stderr)
        return 1
    print("every path of the build and the tests stays inside the repository")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
