#!/usr/bin/env python3
"""Validates OCDS releases against the official release schema, offline.

usage: validate_ocds.py SCHEMA [--extension EXTENSION]... [--package | --jsonl] FILE...

SCHEMA is release-schema.json or the folder holding it (tests/data/ocds/schema/release-1.1.5).
Each EXTENSION is an OCDS extension's folder (tests/data/ocds/schema/bid-extension/v1.1.5): its
release-schema.json is applied to the schema as OCDS applies extensions, a JSON Merge Patch
(RFC 7386), so that what the extension defines is checked too.
Each FILE holds one release; with --package, one release package, checked against
release-package-schema.json beside SCHEMA, its releases against the release schema with the
extensions applied; with --jsonl, one release per line (JSON Lines).
Every error is printed as FILE: /json/path: message (FILE:LINE: for JSON Lines).

Exit status: 0 every release is valid; 1 some release is invalid; 2 bad usage or a file that
cannot be read; 3 the jsonschema module is missing (install python3-jsonschema).

The schema declares JSON Schema draft 4, so Draft4Validator checks it. $ref is resolved only
among the schema files beside SCHEMA: any other reference is an error, never a download.
"date-time" is checked as RFC 3339 here, because jsonschema checks it only when an optional
package is installed, and a check that depends on what happens to be installed is no check.
"""

import datetime
import json
import os
import re
import sys

try:
    import jsonschema
except ImportError:
    print("python3 has no jsonschema module: install python3-jsonschema "
          "(installer/setup.sh test does)", file=sys.stderr)
    sys.exit(3)

RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def is_date_time(value):
    if not isinstance(value, str):
        return True  # "type" judges non-strings
    if not RFC3339.match(value):
        return False
    text = value.upper().replace("Z", "+00:00")
    text = re.sub(r"\.\d+", "", text)  # fromisoformat before 3.11 takes 3 or 6 digits only
    try:
        datetime.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def local_schemas(folder):
    """Every schema file in the folder, by its id."""
    schemas = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            document = load_json(os.path.join(folder, name))
            if isinstance(document, dict) and "id" in document:
                schemas[document["id"]] = document
    return schemas


def merge_patch(target, patch):
    """RFC 7386: objects merge key by key, null removes, anything else replaces."""
    if not isinstance(patch, dict):
        return patch
    merged = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = merge_patch(merged.get(key), value)
    return merged


def make_validator(schema, schemas, checker):
    try:
        # jsonschema 4.18 and later resolve through a referencing.Registry.
        from referencing import Registry
        from referencing.exceptions import NoSuchResource
        from referencing.jsonschema import DRAFT4
    except ImportError:
        def refuse(uri):
            raise jsonschema.RefResolutionError("not a local schema: " + uri)
        resolver = jsonschema.RefResolver.from_schema(
            schema, store=schemas, handlers={"http": refuse, "https": refuse})
        return jsonschema.Draft4Validator(schema, resolver=resolver, format_checker=checker)

    def retrieve(uri):
        raise NoSuchResource(ref=uri)
    registry = Registry(retrieve=retrieve).with_resources(
        (uri, DRAFT4.create_resource(document)) for uri, document in schemas.items())
    return jsonschema.Draft4Validator(schema, registry=registry, format_checker=checker)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    schema_path = argv[1]
    if os.path.isdir(schema_path):
        schema_path = os.path.join(schema_path, "release-schema.json")
    files = argv[2:]
    extensions = []
    while len(files) >= 2 and files[0] == "--extension":
        extensions.append(os.path.join(files[1], "release-schema.json"))
        files = files[2:]
    mode = "release"
    if files and files[0] in ("--package", "--jsonl"):
        mode = files[0][2:]
        files = files[1:]
    if not files:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        schema = load_json(schema_path)
        schemas = local_schemas(os.path.dirname(os.path.abspath(schema_path)))
        for extension in extensions:
            schema = merge_patch(schema, load_json(extension))
    except (OSError, ValueError) as e:
        print(f"{schema_path}: cannot read the schema or an extension: {e}", file=sys.stderr)
        return 2
    if "id" in schema:
        schemas[schema["id"]] = schema  # references into the schema see the extensions
    jsonschema.Draft4Validator.check_schema(schema)
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date-time")(is_date_time)
    validator = make_validator(schema, schemas, checker)
    if mode == "package":
        package_path = os.path.join(os.path.dirname(os.path.abspath(schema_path)),
                                    "release-package-schema.json")
        try:
            package_schema = load_json(package_path)
        except (OSError, ValueError) as e:
            print(f"{package_path}: cannot read the package schema: {e}", file=sys.stderr)
            return 2
        validator = make_validator(package_schema, schemas, checker)

    invalid = 0
    checked = 0
    for path in files:
        try:
            documents = list(read_documents(path, mode))
        except (OSError, ValueError) as e:
            print(f"{path}: cannot read: {e}", file=sys.stderr)
            return 2
        for where_in_file, document in documents:
            checked += 1
            errors = sorted(validator.iter_errors(document),
                            key=lambda e: [str(p) for p in e.absolute_path])
            for error in errors:
                where = "/" + "/".join(str(p) for p in error.absolute_path)
                print(f"{path}{where_in_file}: {where}: {error.message}")
            if errors:
                invalid += 1
    what = {"release": "release(s)", "package": "package(s)", "jsonl": "release(s)"}[mode]
    if invalid:
        print(f"{invalid} of {checked} {what} invalid", file=sys.stderr)
        return 1
    if checked == 0:
        print(f"no {what} to check", file=sys.stderr)
        return 1
    print(f"{checked} {what} valid")
    return 0


def read_documents(path, mode):
    """(where, document) for each document of the file: one, or one per line of JSON Lines."""
    if mode != "jsonl":
        yield "", load_json(path)
        return
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                raise ValueError(f"line {number} is empty: JSON Lines hold one release per line")
            yield f":{number}", json.loads(line)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
